// Which line of a claim an invoice is for (ExpenseAttachments over a replica, issue 21 W2):
// the claim's lines offered by number, category and amount; an invoice moved to a line and
// back to the whole claim through the outbox; refused, as the server would, for another
// claim's line, a line deleted since, a claim no longer editable, an invoice removed.
#include "models/expenseattachments.h"
#include "models/expenseservice.h"

#include "core/id.h"
#include "replica/replica.h"
#include "schema/database.h"

#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_ExpenseAttachmentLines : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_replica.reset(); }

    void linesOffered();
    void moveToALineAndBack();
    void refused_data();
    void refused();
    void addToALine();
    void aRemovedLinesInvoiceStaysWithTheClaim();

private:
    QString claim(const QList<ExpenseService::Line> &lines)
    {
        ExpenseService expenses(*m_replica);
        ExpenseService::Expense e = expenses.newClaim();
        e.title = u"杭州出差"_s;
        e.spentOn = u"2026-11-20"_s;
        e.lines = lines;
        return expenses.save(e) ? QString() : e.id;
    }
    static ExpenseService::Line line(const QString &category, qint64 fen)
    {
        return ExpenseService::Line{{}, u"2026-11-20"_s, category, Money::fromFen(fen), u"出差"_s, {}};
    }
    QStringList lineIds(const QString &expenseId)
    {
        QStringList ids;
        for (const ExpenseAttachments::LineChoice &l : m_service->lines(expenseId))
            ids << l.id;
        return ids;
    }
    QString photo()
    {
        const QString path = m_dir.filePath(u"发票-%1.jpg"_s.arg(Id::generate().toString()));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write("\xff\xd8\xff\xe0 发票 " + path.toUtf8()) <= 0)
            return {};
        return path;
    }
    QString invoice(const QString &expenseId, const QString &lineId = {})
    {
        if (m_service->add(expenseId, photo(), lineId))
            return {};
        return m_replica->database()
            .scalar(u"SELECT id FROM expense_attachments WHERE expense_id = ? ORDER BY created_at DESC, id DESC LIMIT 1"_s, {expenseId})
            .toString();
    }
    QVariant storedLine(const QString &attachmentId)
    {
        return m_replica->read(u"expense_attachments"_s, attachmentId)->value(u"line_id"_s);
    }
    // The line the outbox sends for the invoice: its last pending write's.
    QString pendingLine(const QString &attachmentId)
    {
        QString line = u"(none)"_s;
        for (const Replica::Mutation &m : m_replica->pendingMutations(1000)) {
            const qsizetype c = std::max(m.columns.indexOf(u"line_id"_s), m.columns.indexOf(u"lineId"_s));
            if (m.recordId == attachmentId && c >= 0)
                line = m.values.at(c).toString();
        }
        return line;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Replica> m_replica;
    std::unique_ptr<ExpenseAttachments> m_service;
};

void tst_ExpenseAttachmentLines::init()
{
    QVERIFY(m_dir.isValid());
    m_replica = Replica::open(m_dir.filePath(u"replica-%1.sqlite"_s.arg(Id::generate().toString())));
    m_replica->setUserId(Id::generate().toString());
    m_service = std::make_unique<ExpenseAttachments>(*m_replica);
}

void tst_ExpenseAttachmentLines::linesOffered()
{
    m_replica->create(u"app_settings"_s, Row{{u"key"_s, u"expense.categories"_s},
                                             {u"value"_s, u"[{\"code\":\"travel\",\"label\":\"差旅费\"},{\"code\":\"fuel\",\"label\":\"油费\"}]"_s}});
    const QString id = claim({line(u"travel"_s, 128000), line(u"fuel"_s, 35050), line(u"meals"_s, 9900)});
    QVERIFY(!id.isEmpty());
    QVERIFY(!claim({line(u"travel"_s, 100)}).isEmpty()); // another claim's line is not offered
    const QList<ExpenseAttachments::LineChoice> lines = m_service->lines(id);
    QCOMPARE(lines.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(lines[i].lineNo, i + 1);
    QCOMPARE(lines[0].label, u"Line 1 · 差旅费 · %1"_s.arg(Money::fromFen(128000).format(QLocale())));
    QCOMPARE(lines[1].label, u"Line 2 · 油费 · %1"_s.arg(Money::fromFen(35050).format(QLocale())));
    QCOMPARE(lines[2].label, u"Line 3 · meals · %1"_s.arg(Money::fromFen(9900).format(QLocale()))); // not listed: its code
    QVERIFY(m_service->lines(QString()).isEmpty());
    QVERIFY(m_service->lines(Id::generate().toString()).isEmpty());
}

void tst_ExpenseAttachmentLines::moveToALineAndBack()
{
    const QString id = claim({line(u"travel"_s, 86000), line(u"meals"_s, 12000)});
    const QStringList lines = lineIds(id);
    QCOMPARE(lines.size(), 2);
    const QString a = invoice(id);
    QVERIFY(!a.isEmpty());
    QVERIFY(storedLine(a).isNull());

    QVERIFY(!m_service->setLine(a, lines[1]));
    QCOMPARE(storedLine(a).toString(), lines[1]);
    QCOMPARE(pendingLine(a), lines[1]);
    QCOMPARE(m_service->list(id).first().lineNo, 2);
    QCOMPARE(m_service->list(id).first().lineId, lines[1]);

    const int pending = m_replica->pendingCount();
    QVERIFY(!m_service->setLine(a, lines[1])); // the same line again: nothing to send
    QCOMPARE(m_replica->pendingCount(), pending);

    QVERIFY(!m_service->setLine(a, QString())); // the whole claim's again: NULL, not ''
    QVERIFY(storedLine(a).isNull());
    QCOMPARE(pendingLine(a), QString());
    QCOMPARE(m_service->list(id).first().lineNo, 0);
    QVERIFY(m_service->list(id).first().lineId.isEmpty());
}

void tst_ExpenseAttachmentLines::aRemovedLinesInvoiceStaysWithTheClaim()
{
    const QString id = claim({line(u"travel"_s, 86000), line(u"meals"_s, 12000)});
    const QStringList lines = lineIds(id);
    const QString onSecond = invoice(id, lines[1]);
    const QString onFirst = invoice(id, lines[0]);
    QVERIFY(!onSecond.isEmpty() && !onFirst.isEmpty());
    // The requester removes the second line and saves: its invoice is the claim's now, in the
    // outbox too (the server refuses an invoice naming a removed line).
    ExpenseService expenses(*m_replica);
    ExpenseService::Expense e = *expenses.load(id);
    e.lines.removeAt(1);
    QVERIFY(!expenses.save(e));
    QVERIFY(storedLine(onSecond).isNull());
    QCOMPARE(pendingLine(onSecond), QString());
    QCOMPARE(storedLine(onFirst).toString(), lines[0]);
}

void tst_ExpenseAttachmentLines::refused_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    QTest::newRow("another claim's line") << u"other"_s << u"lineId"_s << u"not_found"_s;
    QTest::newRow("a line deleted since") << u"deleted"_s << u"lineId"_s << u"not_found"_s;
    QTest::newRow("no such line") << u"unknown"_s << u"lineId"_s << u"not_found"_s;
    QTest::newRow("a submitted claim") << u"pending"_s << u"expenseId"_s << u"document_locked"_s;
    QTest::newRow("an invoice removed") << u"removed"_s << u"id"_s << u"not_found"_s;
}

void tst_ExpenseAttachmentLines::refused()
{
    QFETCH(QString, situation);
    QFETCH(QString, field);
    QFETCH(QString, code);
    const QString id = claim({line(u"travel"_s, 86000), line(u"meals"_s, 12000)});
    const QString other = claim({line(u"office"_s, 4500)});
    const QString a = invoice(id);
    QVERIFY(!a.isEmpty());
    QString target = lineIds(id).first();
    if (situation == u"other") {
        target = lineIds(other).first();
    } else if (situation == u"deleted") {
        // The claim saved again without its second line.
        ExpenseService expenses(*m_replica);
        ExpenseService::Expense e = *expenses.load(id);
        target = e.lines.takeLast().id;
        QVERIFY(!expenses.save(e));
        QCOMPARE(lineIds(id).size(), 1);
    } else if (situation == u"unknown") {
        target = Id::generate().toString();
    } else if (situation == u"pending") {
        m_replica->database().exec(u"UPDATE expenses SET status = 'pending' WHERE id = ?"_s, {id});
    } else if (situation == u"removed") {
        m_service->remove(a);
    }
    const int pending = m_replica->pendingCount();
    const ValidationErrors errors = m_service->setLine(a, target);
    QVERIFY(errors);
    QCOMPARE(errors.errors().first().field, field);
    QCOMPARE(errors.errors().first().code, code);
    QVERIFY(!errors.errors().first().message.isEmpty());
    QCOMPARE(m_replica->pendingCount(), pending);
    QVERIFY(storedLine(a).isNull());
}

void tst_ExpenseAttachmentLines::addToALine()
{
    const QString id = claim({line(u"travel"_s, 86000), line(u"meals"_s, 12000)});
    const QString other = claim({line(u"office"_s, 4500)});
    const QString a = invoice(id, lineIds(id).last());
    QVERIFY(!a.isEmpty());
    QCOMPARE(storedLine(a).toString(), lineIds(id).last());
    QCOMPARE(pendingLine(a), lineIds(id).last());
    // Not on another claim's line: the server would refuse the record after its upload.
    const ValidationErrors errors = m_service->add(id, photo(), lineIds(other).first());
    QVERIFY(errors);
    QCOMPARE(errors.errors().first().field, u"lineId"_s);
    QCOMPARE(m_service->list(id).size(), 1);
}

QTEST_GUILESS_MAIN(tst_ExpenseAttachmentLines)
#include "tst_expenseattachmentlines.moc"
