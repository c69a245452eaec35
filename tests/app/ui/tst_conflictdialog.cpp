#include "conflictfixture.h"
#include "models/conflictservice.h"
#include "models/outcometext.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "schema/domainschema.h"
#include "ui/conflictdialog.h"

#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTranslator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_ConflictDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void keepMineMakesAnEdit();
    void takeTheirsOnlyResolves();
    void rejectionsAreDismissed();
    void rejectionSpeaksToAPerson();
    void openGoesToTheDocument();
    void everyServerCodeHasAReason();
    void everyFieldHasACaption();
    void inChinese();
    void valuesAreShownAsTheyAreNamed_data();
    void valuesAreShownAsTheyAreNamed();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Replica> m_replica;
    QString m_customer;
};

void tst_ConflictDialog::init()
{
    // A confirmed customer showing the server's address, and the conflict about it.
    m_dir = std::make_unique<QTemporaryDir>();
    m_replica = TestSupport::replicaWithAddressConflict(*m_dir);
    m_customer = TestSupport::ConflictCustomerId;
}

void tst_ConflictDialog::keepMineMakesAnEdit()
{
    ConflictService service(*m_replica);
    ConflictDialog dialog(service);
    QCOMPARE(dialog.table()->rowCount(), 1);
    QCOMPARE(dialog.table()->item(0, 0)->text(), u"杭州华通科技有限公司"_s);
    QCOMPARE(dialog.table()->item(0, 3)->text(), u"江南大道 9 号"_s);
    QCOMPARE(dialog.table()->item(0, 4)->text(), u"文三路 1 号"_s);
    dialog.keepMine();
    QCOMPARE(m_replica->read(u"customers"_s, m_customer)->value(u"address"_s).toString(), u"江南大道 9 号"_s);
    QCOMPARE(m_replica->pendingCount(), 1); // syncs like any edit, based on theirs
    QCOMPARE(m_replica->openConflictCount(), 0);
    QCOMPARE(dialog.table()->rowCount(), 0);
}

void tst_ConflictDialog::takeTheirsOnlyResolves()
{
    ConflictService service(*m_replica);
    ConflictDialog dialog(service);
    dialog.takeTheirs();
    QCOMPARE(m_replica->read(u"customers"_s, m_customer)->value(u"address"_s).toString(), u"文三路 1 号"_s);
    QCOMPARE(m_replica->pendingCount(), 0);
    QCOMPARE(m_replica->openConflictCount(), 0);
    QCOMPARE(m_replica->conflicts(false).size(), 1); // kept, resolved
}

void tst_ConflictDialog::rejectionsAreDismissed()
{
    m_replica->database().exec(u"UPDATE conflicts SET kind = 'rejection', field = '', code = 'out_of_scope', message = 'gone'"_s);
    ConflictService service(*m_replica);
    ConflictDialog dialog(service);
    const QString why = dialog.table()->item(0, 4)->text();
    QVERIFY2(why.contains(u"no longer visible to you"_s), qPrintable(why));
    QVERIFY(!why.contains(u"out_of_scope"_s) && !why.contains(u"gone"_s));
    dialog.takeTheirs();
    QCOMPARE(m_replica->openConflictCount(), 0);
}

namespace {
const QString QuoteId = u"0190f3a2-7c1e-7b3a-9f00-00000000a001"_s;
const QString LineId = u"0190f3a2-7c1e-7b3a-9f00-00000000a002"_s;
const QString ApprovalId = u"0190f3a2-7c1e-7b3a-9f00-00000000a003"_s;

// A sent quote BJ-2026-0001145 V2 whose third line was typed to 20 % and refused, its
// status change refused, and a refused request for approval (a create: gone here).
void refusals(Replica &replica, const QString &customer)
{
    Database &db = replica.database();
    db.exec(u"DELETE FROM conflicts"_s);
    db.exec(u"INSERT INTO quotes (id, version, deleted, created_at, updated_at, customer_id, number, revision, status, tax_mode, currency) "
            u"VALUES (?, 3, 0, 'x', 'x', ?, 'BJ-2026-0001145', 2, 'draft', 'exclusive', 'CNY')"_s,
            {QuoteId, customer});
    db.exec(u"INSERT INTO quote_lines (id, version, deleted, created_at, updated_at, customer_id, quote_id, line_no, description, "
            u"quantity_e4, unit_price_e4, discount_pct_e4, vat_rate_e4, net_fen, tax_fen, gross_fen) "
            u"VALUES (?, 3, 0, 'x', 'x', ?, ?, 3, '机架式服务器', 10000, 10000000, 150000, 130000, 85000, 11050, 96050)"_s,
            {LineId, customer, QuoteId});
    const QString conflict = u"INSERT INTO conflicts (id, kind, table_name, record_id, field, base, mine, theirs, code, message, at) "
                             u"VALUES (?, 'rejection', ?, ?, '', '', ?, '', ?, ?, ?)"_s;
    db.exec(conflict, {u"r1"_s, u"quote_lines"_s, LineId, u"{\"columns\":[\"discount_pct_e4\"],\"values\":[\"200000\"],\"op\":\"upsert\"}"_s,
                       u"document_locked"_s, u"The quote has been sent; make a new revision to change its lines."_s, u"2026-11-24T08:00:00.000Z"_s});
    db.exec(conflict, {u"r2"_s, u"quotes"_s, QuoteId, u"{\"columns\":[\"status\"],\"values\":[\"sent\"],\"op\":\"upsert\"}"_s,
                       u"approval_required"_s, u"A discount of 20 % is above 10 %."_s, u"2026-11-24T08:00:01.000Z"_s});
    db.exec(conflict, {u"r3"_s, u"approvals"_s, ApprovalId,
                       u"{\"columns\":[\"customer_id\",\"table_name\",\"record_id\",\"status\"],\"values\":[\"%1\",\"quotes\",\"%2\",\"pending\"],\"op\":\"upsert\"}"_s
                           .arg(customer, QuoteId),
                       u"forbidden"_s, u"A manager, director or administrator other than the requester decides."_s, u"2026-11-24T08:00:02.000Z"_s});
}
} // namespace

void tst_ConflictDialog::rejectionSpeaksToAPerson()
{
    refusals(*m_replica, m_customer);
    ConflictService service(*m_replica);
    ConflictDialog dialog(service);
    QTableWidget *t = dialog.table();
    QCOMPARE(t->rowCount(), 3);
    // The line: the document and line number, the field's caption, stored against typed.
    QCOMPARE(t->item(0, 0)->text(), u"Quote BJ-2026-0001145 V2, line 3"_s);
    QCOMPARE(t->item(0, 1)->text(), u"Discount"_s);
    QCOMPARE(t->item(0, 2)->text(), u"15 %"_s);
    QCOMPARE(t->item(0, 3)->text(), u"20 %"_s);
    QVERIFY2(t->item(0, 4)->text().contains(u"new revision"_s), qPrintable(t->item(0, 4)->text()));
    // The quote's status change: the reason in words, not the code or the server's English.
    QCOMPARE(t->item(1, 0)->text(), u"Quote BJ-2026-0001145 V2"_s);
    QCOMPARE(t->item(1, 1)->text(), u"Status"_s);
    QCOMPARE(t->item(1, 2)->text(), u"Draft"_s);
    QCOMPARE(t->item(1, 3)->text(), u"Sent"_s);
    QVERIFY(t->item(1, 4)->text().contains(u"a manager must approve it"_s));
    // A refused create is gone from the replica; what was typed names it.
    QCOMPARE(t->item(2, 0)->text(), u"Discount approval for Quote BJ-2026-0001145 V2"_s);
    QCOMPARE(t->item(2, 1)->text(), u"Approval status"_s);
    QCOMPARE(t->item(2, 3)->text(), u"Awaiting approval"_s);
    for (int row = 0; row < 3; ++row)
        for (int column = 0; column < t->columnCount(); ++column) {
            const QString text = t->item(row, column)->text();
            for (const QString &raw : {u"quote_lines"_s, u"quotes"_s, u"approvals"_s, u"forbidden"_s, u"document_locked"_s, u"approval_required"_s})
                QVERIFY2(!text.contains(raw), qPrintable(u"%1 in \"%2\""_s.arg(raw, text)));
        }
}

void tst_ConflictDialog::openGoesToTheDocument()
{
    refusals(*m_replica, m_customer);
    ConflictService service(*m_replica);
    ConflictDialog dialog(service);
    QSignalSpy open(&dialog, &ConflictDialog::openRecord);
    QPushButton *button = nullptr;
    for (QPushButton *b : dialog.findChildren<QPushButton *>())
        if (b->text() == u"&Open"_s)
            button = b;
    QVERIFY(button);
    for (int row = 0; row < 3; ++row) {
        dialog.table()->setCurrentCell(row, 0);
        QVERIFY(button->isEnabled());
        button->click();
    }
    QCOMPARE(open.count(), 3);
    for (const QList<QVariant> &args : std::as_const(open))
        QCOMPARE(args, (QList<QVariant>{u"quotes"_s, QuoteId, m_customer}));
    // The customer of the first test goes to the card.
    m_replica->database().exec(u"DELETE FROM conflicts"_s);
    m_replica->database().exec(u"INSERT INTO conflicts (id, kind, table_name, record_id, field, base, mine, theirs, code, message, at) "
                               u"VALUES ('c1', 'conflict', 'customers', ?, 'address', 'null', '\"江南大道 9 号\"', '\"文三路 1 号\"', "
                               u"'conflict', '', '2026-11-24T08:00:00.000Z')"_s, {m_customer});
    dialog.reload();
    QCOMPARE(dialog.table()->item(0, 1)->text(), u"Address"_s);
    dialog.openCurrent();
    QCOMPARE(open.last(), (QList<QVariant>{u"customers"_s, m_customer, m_customer}));
}

void tst_ConflictDialog::everyServerCodeHasAReason()
{
    // Every code the server's sources can send back — RequestError and refusal codes, the
    // field codes of its validation, the shared pipeline rules — and the outcomes' own.
    static const QRegularExpression patterns[] = {
        QRegularExpression(uR"re(RequestError\(\s*\d+\s*,\s*u"([a-z_]+)")re"_s),
        QRegularExpression(uR"re(refusal\(\s*u"([a-z_]+)")re"_s),
        QRegularExpression(uR"re(PipelineRefusal\{\s*\d+\s*,\s*u"([a-z_]+)")re"_s),
        QRegularExpression(uR"re((?:\.add|invalid)\(\s*[^,;()]+(?:\([^()]*\))?\s*,\s*u"([a-z_]+)"_s\s*,)re"_s),
        QRegularExpression(uR"re(error\(\s*\d+\s*,\s*u"([a-z_]+)")re"_s),
    };
    QSet<QString> codes{u"conflict"_s, u"deleted"_s, u"out_of_scope"_s};
    QStringList files;
    for (const QString &dir : {u"/server"_s, u"/shared/core"_s}) {
        QDirIterator it(QStringLiteral(HUIKE_SOURCE_DIR) + dir, {u"*.cpp"_s, u"*.h"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    QVERIFY(files.size() > 20);
    for (const QString &path : std::as_const(files)) {
        if (path.contains(u"/shared/core/"_s) && !path.endsWith(u"pipelinepolicy.cpp"_s))
            continue; // the entities' validation codes reach the client as validation_failed
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        for (const QRegularExpression &re : patterns)
            for (auto m = re.globalMatch(text); m.hasNext();)
                codes.insert(m.next().captured(1));
    }
    for (const QString &expected : {u"forbidden"_s, u"approval_required"_s, u"read_only"_s, u"invalid_id"_s, u"required"_s,
                                    u"not_found"_s, u"document_locked"_s, u"validation_failed"_s})
        QVERIFY2(codes.contains(expected), qPrintable(expected + u" not found in the server's sources"_s));
    QStringList missing;
    for (const QString &code : std::as_const(codes))
        if (!OutcomeText::knows(code))
            missing << code;
    missing.sort();
    QVERIFY2(missing.isEmpty(), qPrintable(u"No reason for: "_s + missing.join(u", "_s)));
}

void tst_ConflictDialog::everyFieldHasACaption()
{
    const QStringList technical{u"id"_s, u"version"_s, u"deleted"_s, u"created_at"_s, u"updated_at"_s, u"created_by"_s,
                                u"updated_by"_s, u"name_norm"_s, u"phone_norm"_s, u"path"_s, u"pinyin"_s, u"initials"_s};
    QStringList missing;
    for (const TableDef &table : DomainSchema::tables()) {
        QVERIFY2(OutcomeText::tableCaption(table.name()) != table.name(), qPrintable(table.name()));
        for (const QString &column : table.columnNames())
            if (!technical.contains(column) && !column.endsWith(u"_norm"_s) && !column.endsWith(u"_key"_s)
                && OutcomeText::fieldCaption(table.name(), column).isEmpty())
                missing << table.name() + u'.' + column;
    }
    QVERIFY2(missing.isEmpty(), qPrintable(u"No caption for: "_s + missing.join(u", "_s)));
    QCOMPARE(OutcomeText::fieldCaption(u"quote_lines"_s, u"discountPercent"_s), u"Discount"_s); // the API's name too
}

void tst_ConflictDialog::valuesAreShownAsTheyAreNamed_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("shown");
    QTest::newRow("level") << u"customers"_s << u"level"_s << u"a"_s << u"Level A (key account)"_s;
    QTest::newRow("type") << u"customers"_s << u"type"_s << u"reseller"_s << u"Reseller"_s;
    QTest::newRow("size") << u"customers"_s << u"size"_s << u"micro"_s << u"Micro (under 10 staff)"_s;
    QTest::newRow("status") << u"customers"_s << u"status"_s << u"active"_s << u"Active"_s;
    QTest::newRow("decision role") << u"contacts"_s << u"decision_role"_s << u"decision_maker"_s << u"Decision maker"_s;
    QTest::newRow("unknown code kept") << u"customers"_s << u"level"_s << u"z"_s << u"z"_s;
    QTest::newRow("text") << u"customers"_s << u"city"_s << u"北京市"_s << u"北京市"_s;
    QTest::newRow("empty") << u"customers"_s << u"city"_s << QString() << u"(empty)"_s;
}

void tst_ConflictDialog::valuesAreShownAsTheyAreNamed()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    QFETCH(QString, value);
    QFETCH(QString, shown);
    QCOMPARE(OutcomeText::valueText(table, column, value.isNull() ? QVariant() : QVariant(value)), shown);
}

void tst_ConflictDialog::inChinese()
{
    QTranslator zh;
    QVERIFY(zh.load(QStringLiteral(HUIKE_QM_FILE)));
    QCoreApplication::installTranslator(&zh);
    refusals(*m_replica, m_customer);
    ConflictService service(*m_replica);
    ConflictDialog dialog(service);
    QTableWidget *t = dialog.table();
    QCOMPARE(t->item(0, 0)->text(), u"报价单 BJ-2026-0001145 V2 第 3 行"_s);
    QCOMPARE(t->item(0, 1)->text(), u"折扣"_s);
    QCOMPARE(t->item(0, 4)->text(), u"单据已不是草稿，内容不能再修改；报价单请新建一个版本。"_s);
    QCOMPARE(t->item(1, 1)->text(), u"状态"_s);
    QCOMPARE(t->item(1, 3)->text(), enumLabel(QuoteStatus::Sent)); // as the lists say it
    QVERIFY(t->item(1, 3)->text() != u"Sent"_s);
    QCOMPARE(t->item(1, 4)->text(), u"折扣超出限额：报价单发出前须经经理审批。"_s);
    QCOMPARE(t->item(2, 0)->text(), u"报价单 BJ-2026-0001145 V2 的折扣审批"_s);
    if (qEnvironmentVariableIsSet("HUIKE_SCREENSHOTS")) {
        dialog.resize(1100, 300);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.grab().save(qEnvironmentVariable("HUIKE_SCREENSHOTS") + u"/conflictdialog.png"_s);
    }
    QCoreApplication::removeTranslator(&zh);
}

QTEST_MAIN(tst_ConflictDialog)
#include "tst_conflictdialog.moc"
