// 设备导入 (issue 20 V2): the columns a register's headers name, the dates offices write, and
// a sheet's rows checked one by one — the customer by credit code or by name (not when two
// share it), the product by code or name, the contract the customer's and signed, the
// status in Chinese — with only the rows that are right written.
#include "models/assetimport.h"

#include "core/companyname.h"
#include "core/id.h"
#include "replica/replica.h"
#include "schema/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_AssetImport : public QObject
{
    Q_OBJECT

private slots:
    void headers_data();
    void headers();
    void dates_data();
    void dates();
    void rowsCheckedOneByOne();

private:
    QString serverRow(Replica &replica, const QString &table, const Row &values)
    {
        const QString id = Id::generate().toString();
        Row row{{u"id"_s, id}, {u"version"_s, 1}, {u"deleted"_s, 0}, {u"created_at"_s, u"2026-01-01T00:00:00.000Z"_s},
                {u"updated_at"_s, u"2026-01-01T00:00:00.000Z"_s}};
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            row.insert(it.key(), it.value());
        replica.applyServerRow(table, row);
        return id;
    }
    QString customer(Replica &replica, const QString &name, const QString &creditCode = {})
    {
        return serverRow(replica, u"customers"_s, {{u"name"_s, name}, {u"name_norm"_s, CompanyName::normalizedKey(name)},
                                                   {u"credit_code"_s, creditCode.isEmpty() ? QVariant() : QVariant(creditCode)},
                                                   {u"status"_s, u"active"_s}, {u"type"_s, u"end"_s}});
    }
    QTemporaryDir m_dir;
};

void tst_AssetImport::headers_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("field");
    using F = AssetImport::Field;
    QTest::newRow("客户名称") << u"客户名称"_s << int(F::Customer);
    QTest::newRow("使用单位") << u"使用单位"_s << int(F::Customer);
    QTest::newRow("信用代码") << u"统一社会信用代码"_s << int(F::CreditCode);
    QTest::newRow("物料编码") << u"物料编码"_s << int(F::ProductCode);
    QTest::newRow("设备名称") << u"设备名称"_s << int(F::ProductName);
    QTest::newRow("SN, full width") << u"ＳＮ"_s << int(F::Serial);
    QTest::newRow("出厂编号") << u"出厂编号"_s << int(F::Serial);
    QTest::newRow("Serial No.") << u"Serial No."_s << int(F::Serial);
    QTest::newRow("合同号") << u"合同号"_s << int(F::Contract);
    QTest::newRow("到货日期") << u"到货日期"_s << int(F::Delivered);
    QTest::newRow("开票日期") << u"开票日期"_s << int(F::Invoiced);
    QTest::newRow("安装位置") << u"安装位置"_s << int(F::Location);
    QTest::newRow("设备状态") << u"设备状态"_s << int(F::Status);
    QTest::newRow("备注") << u" 备注 "_s << int(F::Note);
    QTest::newRow("unknown") << u"颜色"_s << int(F::Ignore);
}

void tst_AssetImport::headers()
{
    QFETCH(QString, header);
    QFETCH(int, field);
    QCOMPARE(int(AssetImport::match(header)), field);
}

void tst_AssetImport::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("ISO") << u"2026-11-22"_s << QDate(2026, 11, 22);
    QTest::newRow("slashes, Excel's") << u"2026/1/5"_s << QDate(2026, 1, 5);
    QTest::newRow("dots") << u"2026.01.05"_s << QDate(2026, 1, 5);
    QTest::newRow("年月日") << u"2026年1月5日"_s << QDate(2026, 1, 5);
    QTest::newRow("with a time") << u"2026-11-22 00:00:00"_s << QDate(2026, 11, 22);
    QTest::newRow("30 February") << u"2026-02-30"_s << QDate();
    QTest::newRow("words") << u"下周"_s << QDate();
    QTest::newRow("day first") << u"22/11/2026"_s << QDate();
    QTest::newRow("empty") << u""_s << QDate();
}

void tst_AssetImport::dates()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QCOMPARE(AssetImport::parseDate(text), date);
}

void tst_AssetImport::rowsCheckedOneByOne()
{
    auto replica = Replica::open(m_dir.filePath(u"replica.sqlite"_s));
    const QString hengtai = customer(*replica, u"苏州恒泰精密有限公司"_s, u"91320500MA1XXXXX1X"_s);
    customer(*replica, u"杭州华通科技有限公司"_s);
    customer(*replica, u"杭州华通科技有限公司"_s); // a second card of the same name
    const QString product = serverRow(*replica, u"products"_s, {{u"code"_s, u"KY-37"_s}, {u"name"_s, u"螺杆空压机"_s}, {u"is_part"_s, 0},
                                                                 {u"active"_s, 1}, {u"list_price_e4"_s, 0}, {u"vat_rate_e4"_s, 130000},
                                                                 {u"currency"_s, u"CNY"_s}});
    const Row contract{{u"customer_id"_s, hengtai}, {u"title"_s, u"采购合同"_s}, {u"tax_mode"_s, u"exclusive"_s}, {u"currency"_s, u"CNY"_s},
                       {u"net_fen"_s, 0}, {u"tax_fen"_s, 0}, {u"amount_fen"_s, 0}};
    Row signedOne = contract;
    signedOne.insert({{u"number"_s, u"HT-2026-0001"_s}, {u"status"_s, u"executing"_s}});
    const QString signedId = serverRow(*replica, u"contracts"_s, signedOne);
    Row draft = contract;
    draft.insert({{u"number"_s, u"HT-2026-0002"_s}, {u"status"_s, u"draft"_s}});
    serverRow(*replica, u"contracts"_s, draft);

    AssetImport import(*replica);
    import.setSheet({u"统一社会信用代码"_s, u"客户名称"_s, u"设备名称"_s, u"SN"_s, u"合同编号"_s, u"开票日期"_s, u"状态"_s},
                    {{u"91320500ma1xxxxx1x"_s, u""_s, u"螺杆空压机"_s, u"A-1"_s, u"HT-2026-0001"_s, u"2026年11月30日"_s, u"报废"_s},
                     {u""_s, u"苏州恒泰精密有限公司"_s, u"螺杆空压机"_s, u"A-2"_s, u""_s, u""_s, u""_s},
                     {u""_s, u"杭州华通科技有限公司"_s, u"螺杆空压机"_s, u"A-3"_s, u""_s, u""_s, u""_s},
                     {u""_s, u"苏州恒泰精密有限公司"_s, u"螺杆空压机"_s, u"A-4"_s, u"HT-2026-0002"_s, u""_s, u""_s},
                     {u""_s, u"苏州恒泰精密有限公司"_s, u"螺杆空压机"_s, u"A-5"_s, u"HT-2026-0009"_s, u""_s, u"丢失"_s},
                     {u""_s, u"上海不存在有限公司"_s, u""_s, u""_s, u""_s, u""_s, u""_s}});
    QVERIFY(import.missingColumns().isEmpty());
    const AssetImport::Plan plan = import.dryRun();
    QCOMPARE(plan.rows.size(), 6);
    QCOMPARE(plan.ready, 2);
    QCOMPARE(plan.errors, 4);
    // By credit code, whatever its case; the contract and the date read; the status in Chinese.
    QVERIFY(plan.rows[0].errors.isEmpty());
    QCOMPARE(plan.rows[0].asset.customerId, hengtai);
    QCOMPARE(plan.rows[0].asset.productId, product);
    QCOMPARE(plan.rows[0].asset.contractId, signedId);
    QCOMPARE(plan.rows[0].asset.invoicedOn, QDate(2026, 11, 30));
    QCOMPARE(plan.rows[0].asset.status, u"scrapped"_s);
    QCOMPARE(plan.rows[1].asset.status, u"in_use"_s);
    QVERIFY(plan.rows[2].errors.join(u' ').contains(u"several customers"_s));
    QVERIFY(plan.rows[3].errors.join(u' ').contains(u"not signed"_s));
    QCOMPARE(plan.rows[4].errors.size(), 2); // no such contract, no such status
    QCOMPARE(plan.rows[5].errors.size(), 3); // no such customer, no product, no serial number

    const AssetImport::Result result = import.run(plan);
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.created, 2);
    QCOMPARE(replica->database().scalar(u"SELECT count(*) FROM assets"_s).toInt(), 2);

    // A sheet without a product column says so.
    AssetImport bare(*replica);
    bare.setSheet({u"客户名称"_s, u"序列号"_s}, {});
    QCOMPARE(bare.missingColumns().size(), 1);
}

QTEST_GUILESS_MAIN(tst_AssetImport)
#include "tst_assetimport.moc"
