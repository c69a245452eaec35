// The fields' captions: OutcomeText::fieldCaption (the conflict list, the merge) takes a
// column or the API's name of it, also for a table this version does not know, and the
// history (HistoryService::caption) says a field as the card or editor does, else in its
// own words where they differ, else as OutcomeText does — one table of the fields' names.
#include "models/historyservice.h"
#include "models/outcometext.h"
#include "schema/domainschema.h"
#include "schema/rows.h"
#include "schema/tabledef.h"

#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_FieldCaptions : public QObject
{
    Q_OBJECT

private slots:
    void outcomeText_data();
    void outcomeText();
    void history_data();
    void history();
    void everyFieldInTheHistory();
};

void tst_FieldCaptions::outcomeText_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("column") << u"payments"_s << u"amount_fen"_s << u"Amount received"_s;
    QTest::newRow("API's camelCase name") << u"quote_lines"_s << u"discountPercent"_s << u"Discount"_s;
    // A lower-case API name of a column named otherwise was not found (amount → amount_fen).
    QTest::newRow("API's lower-case name") << u"payments"_s << u"amount"_s << u"Amount received"_s;
    QTest::newRow("API's decimal") << u"quote_lines"_s << u"quantity"_s << u"Quantity"_s;
    QTest::newRow("same in both") << u"customers"_s << u"phone"_s << u"Phone"_s;
    // A newer server's table: its API names by the common captions (this threw SchemaError).
    QTest::newRow("unknown table, camelCase") << u"tickets"_s << u"ownerId"_s << u"Owner"_s;
    QTest::newRow("unknown table, column") << u"tickets"_s << u"customer_id"_s << u"Customer"_s;
    QTest::newRow("unknown table, unknown field") << u"tickets"_s << u"severityLevel"_s << QString();
    QTest::newRow("unknown field") << u"customers"_s << u"rating2"_s << QString();
    QTest::newRow("empty") << u"customers"_s << QString() << QString();
}

void tst_FieldCaptions::outcomeText()
{
    QFETCH(QString, table);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QCOMPARE(OutcomeText::fieldCaption(table, field), expected);
}

void tst_FieldCaptions::history_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("chinese");
    // The card's and editors' labels first.
    QTest::newRow("card") << u"customers"_s << u"ownerId"_s << u"Owner"_s << u"负责人"_s;
    QTest::newRow("editor") << u"contracts"_s << u"signDate"_s << u"Signed on"_s << u"签订日期"_s;
    // The history's own words where they differ from the conflict list's.
    QTest::newRow("own words") << u"payments"_s << u"amount"_s << u"Amount"_s << u"金额"_s;
    QTest::newRow("own words, date") << u"payments"_s << u"paidOn"_s << u"Paid on"_s << u"回款日期"_s;
    // The common captions (these were a second copy in the history's table).
    QTest::newRow("common owner") << u"contacts"_s << u"ownerId"_s << u"Owner"_s << u"负责人"_s;
    QTest::newRow("common customer") << u"quotes"_s << u"customerId"_s << u"Customer"_s << u"客户名称"_s;
    QTest::newRow("common method") << u"payments"_s << u"method"_s << u"Payment method"_s << u"付款方式"_s;
    QTest::newRow("common discount") << u"quote_lines"_s << u"discountPercent"_s << u"Discount"_s << u"折扣"_s;
    // Fields the history named by their API name before.
    QTest::newRow("user's role") << u"users"_s << u"role"_s << u"Role"_s << u"角色"_s;
    QTest::newRow("stage's outcome") << u"sales_stages"_s << u"outcome"_s << u"Outcome"_s << u"结果"_s;
    QTest::newRow("newer server's table") << u"tickets"_s << u"ownerId"_s << u"Owner"_s << u"负责人"_s;
    QTest::newRow("unknown") << u"customers"_s << u"rating2"_s << u"rating2"_s << u"rating2"_s;
}

void tst_FieldCaptions::history()
{
    QFETCH(QString, table);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QFETCH(QString, chinese);
    QCOMPARE(HistoryService::caption(table, field), expected);
    QTranslator zh;
    QVERIFY(zh.load(QStringLiteral(HUIKE_QM_FILE)));
    QCoreApplication::installTranslator(&zh);
    const QString inChinese = HistoryService::caption(table, field);
    QCoreApplication::removeTranslator(&zh);
    QCOMPARE(inChinese, chinese);
}

void tst_FieldCaptions::everyFieldInTheHistory()
{
    // Every field a history entry can name has a caption, not its API name.
    const QStringList technical{u"id"_s, u"version"_s, u"deleted"_s, u"created_at"_s, u"updated_at"_s, u"created_by"_s,
                                u"updated_by"_s, u"name_norm"_s, u"phone_norm"_s, u"path"_s, u"pinyin"_s, u"initials"_s};
    QStringList missing;
    for (const TableDef &table : DomainSchema::tables())
        for (const QString &column : table.columnNames()) {
            const QString field = Rows::jsonName(column);
            if (!technical.contains(column) && !column.endsWith(u"_norm"_s) && !column.endsWith(u"_key"_s)
                && HistoryService::caption(table.name(), field) == field)
                missing << table.name() + u'.' + field;
        }
    QVERIFY2(missing.isEmpty(), qPrintable(u"No caption for: "_s + missing.join(u", "_s)));
}

QTEST_GUILESS_MAIN(tst_FieldCaptions)
#include "tst_fieldcaptions.moc"
