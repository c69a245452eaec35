// The enumerated columns, declared once with their tables (ColumnDef::enumeration in
// shared/schema/builtintables.cpp): the conflict list and merge preview (OutcomeText) and
// the history (HistoryService) show each code by its label, in English and in Chinese,
// keep a code the enumeration does not know as it is, and every declaration names an
// enumeration shared/core/enums knows (a typo fails here).
#include "core/enums.h"
#include "models/historyservice.h"
#include "models/outcometext.h"
#include "replica/replica.h"
#include "schema/domainschema.h"
#include "schema/rows.h"
#include "schema/tabledef.h"

#include <QJsonValue>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_EnumColumns : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void labels_data();
    void labels();
    void declaredColumns_data();
    void declaredColumns();
    void byName();
    void onlyOnTextColumns();

private:
    // The label as the conflict list and the history show it.
    QString outcomeText(const QString &table, const QString &column, const QString &code);
    QString history(const QString &table, const QString &column, const QString &code);
    void toChinese(bool on);

    QTemporaryDir m_dir;
    std::unique_ptr<Replica> m_replica;
    QTranslator m_zh;
};

void tst_EnumColumns::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_replica = Replica::open(m_dir.path() + u"/replica.sqlite"_s);
    QVERIFY(m_zh.load(QStringLiteral(HUIKE_QM_FILE)));
}

QString tst_EnumColumns::outcomeText(const QString &table, const QString &column, const QString &code)
{
    return OutcomeText::valueText(table, column, code);
}

QString tst_EnumColumns::history(const QString &table, const QString &column, const QString &code)
{
    HistoryService service(*m_replica);
    return service.formatValue(table, Rows::jsonName(column), QJsonValue(code));
}

void tst_EnumColumns::toChinese(bool on)
{
    if (on)
        QCoreApplication::installTranslator(&m_zh);
    else
        QCoreApplication::removeTranslator(&m_zh);
}

void tst_EnumColumns::labels_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("chinese");
    QTest::newRow("customer size") << u"customers"_s << u"size"_s << u"micro"_s << u"Micro (under 10 staff)"_s << u"微型（10 人以下）"_s;
    QTest::newRow("customer status") << u"customers"_s << u"status"_s << u"active"_s << u"Active"_s << u"合作中"_s;
    QTest::newRow("customer level") << u"customers"_s << u"level"_s << u"a"_s << u"Level A (key account)"_s << u"A 级（重点客户）"_s;
    QTest::newRow("customer type") << u"customers"_s << u"type"_s << u"reseller"_s << u"Reseller"_s << u"中间客户"_s;
    QTest::newRow("decision role") << u"contacts"_s << u"decision_role"_s << u"decision_maker"_s << u"Decision maker"_s << u"决策者"_s;
    QTest::newRow("user role") << u"users"_s << u"role"_s << u"sales"_s << u"Sales representative"_s << u"销售代表"_s;
    QTest::newRow("opportunity status") << u"opportunities"_s << u"status"_s << u"won"_s << u"Won"_s << u"赢单"_s;
    QTest::newRow("quote status") << u"quotes"_s << u"status"_s << u"sent"_s << u"Sent"_s << u"已发送"_s;
    QTest::newRow("contract status") << u"contracts"_s << u"status"_s << u"in_approval"_s << u"In approval"_s << u"审批中"_s;
    QTest::newRow("payment method") << u"payments"_s << u"method"_s << u"bank"_s << u"Bank transfer"_s << u"银行转账"_s;
    QTest::newRow("invoice kind") << u"invoices"_s << u"kind"_s << u"special"_s << u"Special VAT invoice"_s << u"增值税专用发票"_s;
    QTest::newRow("activity kind") << u"activities"_s << u"kind"_s << u"call"_s << u"Phone call"_s << u"电话"_s;
    QTest::newRow("approval status") << u"approvals"_s << u"status"_s << u"pending"_s << u"Awaiting approval"_s << u"待审批"_s;
    QTest::newRow("stage outcome") << u"sales_stages"_s << u"outcome"_s << u"open"_s << u"In progress"_s << u"进行中"_s;
}

void tst_EnumColumns::labels()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    QFETCH(QString, code);
    QFETCH(QString, english);
    QFETCH(QString, chinese);
    QCOMPARE(outcomeText(table, column, code), english);
    QCOMPARE(history(table, column, code), english);
    toChinese(true);
    const QString inChinese = outcomeText(table, column, code);
    const QString historyInChinese = history(table, column, code);
    toChinese(false);
    QCOMPARE(inChinese, chinese);
    QCOMPARE(historyInChinese, chinese);
    // A code the enumeration does not have (a newer version's) as it is.
    QCOMPARE(outcomeText(table, column, u"no_such_code"_s), u"no_such_code"_s);
    QCOMPARE(history(table, column, u"no_such_code"_s), u"no_such_code"_s);
}

void tst_EnumColumns::declaredColumns_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("enumeration");
    int count = 0;
    for (const TableDef &table : DomainSchema::tables())
        for (const ColumnDef &c : table.columns())
            if (!c.enumeration.isEmpty()) {
                QTest::addRow("%s.%s", qPrintable(table.name()), qPrintable(c.name)) << table.name() << c.name << c.enumeration;
                ++count;
            }
    QVERIFY2(count >= 14, "the enumerated columns of the built-in tables are declared");
}

void tst_EnumColumns::declaredColumns()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    QFETCH(QString, enumeration);
    const QStringList codes = enumCodesFor(enumeration);
    QVERIFY2(!codes.isEmpty(), qPrintable(u"no enumeration "_s + enumeration));
    QCOMPARE(DomainSchema::find(table)->column(column)->type, ColumnType::Text);
    for (const QString &code : codes) {
        const std::optional<QString> label = enumLabelFor(enumeration, code);
        QVERIFY2(label && !label->isEmpty(), qPrintable(code));
        QCOMPARE(outcomeText(table, column, code), *label);
        QCOMPARE(history(table, column, code), *label);
        toChinese(true);
        const QString inChinese = outcomeText(table, column, code);
        toChinese(false);
        const bool han = std::any_of(inChinese.cbegin(), inChinese.cend(),
                                     [](QChar ch) { return ch.unicode() >= 0x4E00 && ch.unicode() <= 0x9FFF; });
        QVERIFY2(han, qPrintable(code + u" → "_s + inChinese));
    }
    QCOMPARE(outcomeText(table, column, u"no_such_code"_s), u"no_such_code"_s);
}

void tst_EnumColumns::byName()
{
    QCOMPARE(enumLabelFor(u"CustomerLevel", u"a"), std::optional<QString>(u"Level A (key account)"_s));
    QCOMPARE(enumLabelFor(u"ContractStatus", u"in_approval"), std::optional<QString>(u"In approval"_s));
    QCOMPARE(enumLabelFor(u"CustomerLevel", u"z"), std::nullopt);
    QCOMPARE(enumLabelFor(u"CustomerLevel", u""), std::nullopt);
    QCOMPARE(enumLabelFor(u"CustomerLevels", u"a"), std::nullopt); // no such enumeration
    QCOMPARE(enumLabelFor(u"", u"a"), std::nullopt);
    QCOMPARE(enumCodesFor(u"CustomerLevel"), (QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s}));
    QCOMPARE(enumCodesFor(u"QuoteStatus"), (QStringList{u"draft"_s, u"sent"_s, u"accepted"_s, u"rejected"_s, u"expired"_s}));
    QVERIFY(enumCodesFor(u"customerlevel").isEmpty()); // the type's name, exactly
    // Every enumeration of enums.h by its name: the same codes and labels as the typed helpers.
    QCOMPARE(enumCodesFor(u"StageOutcome").size(), enumValues<StageOutcome>().size());
    for (const UserRole role : enumValues<UserRole>())
        QCOMPARE(enumLabelFor(u"UserRole", enumCode(role)), std::optional<QString>(enumLabel(role)));
}

void tst_EnumColumns::onlyOnTextColumns()
{
    TableDef text(u"t"_s, TableDef::Kind::Local);
    text.text(u"level"_s).enumerated(u"CustomerLevel"_s).text(u"note"_s);
    QCOMPARE(text.declarationError(), QString());
    QCOMPARE(text.column(u"level"_s)->enumeration, u"CustomerLevel"_s);
    QVERIFY(text.column(u"note"_s)->enumeration.isEmpty()); // the column just added only
    TableDef number(u"t"_s, TableDef::Kind::Local);
    number.integer(u"level"_s).enumerated(u"CustomerLevel"_s);
    QVERIFY(!number.declarationError().isEmpty());
}

QTEST_GUILESS_MAIN(tst_EnumColumns)
#include "tst_enumcolumns.moc"
