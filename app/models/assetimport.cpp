#include "models/assetimport.h"

#include "core/companyname.h"
#include "core/enums.h"
#include "core/pipelinepolicy.h"
#include "models/modelerror.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "schema/schemaerror.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

constexpr int ChunkRows = 500;  // each chunk one transaction
constexpr int MaxSerialLength = AssetService::MaxSerialLength;

// A header as compared: case-folded, full-width folded, letters and digits only.
QString normalised(const QString &header)
{
    const QString h = header.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString out;
    for (const QChar c : h)
        if (c.isLetterOrNumber())
            out += c;
    return out;
}

const QHash<QString, AssetImport::Field> &headerWords()
{
    using F = AssetImport::Field;
    static const QHash<QString, F> words = [] {
        const QList<std::pair<F, QStringList>> table{
            {F::Customer, {u"客户"_s, u"客户名称"_s, u"公司名称"_s, u"单位名称"_s, u"使用单位"_s, u"customer"_s, u"customername"_s, u"company"_s}},
            {F::CreditCode, {u"统一社会信用代码"_s, u"信用代码"_s, u"税号"_s, u"creditcode"_s}},
            {F::ProductCode, {u"产品编码"_s, u"产品代码"_s, u"物料编码"_s, u"商品编码"_s, u"型号编码"_s, u"productcode"_s, u"code"_s, u"sku"_s}},
            {F::ProductName, {u"产品"_s, u"产品名称"_s, u"商品名称"_s, u"设备名称"_s, u"product"_s, u"productname"_s}},
            {F::Serial, {u"序列号"_s, u"设备序列号"_s, u"出厂编号"_s, u"机身号"_s, u"sn"_s, u"sn号"_s, u"serial"_s, u"serialnumber"_s, u"serialno"_s}},
            {F::Contract, {u"合同"_s, u"合同编号"_s, u"合同号"_s, u"contract"_s, u"contractnumber"_s, u"contractno"_s}},
            {F::Delivered, {u"交付日期"_s, u"发货日期"_s, u"到货日期"_s, u"交货日期"_s, u"安装日期"_s, u"delivered"_s, u"deliveredon"_s, u"deliverydate"_s}},
            {F::Invoiced, {u"开票日期"_s, u"发票日期"_s, u"invoiced"_s, u"invoicedon"_s, u"invoicedate"_s}},
            {F::Location, {u"安装地点"_s, u"安装位置"_s, u"使用地点"_s, u"location"_s, u"installedat"_s}},
            {F::Status, {u"状态"_s, u"设备状态"_s, u"status"_s}},
            {F::Note, {u"备注"_s, u"说明"_s, u"note"_s, u"notes"_s, u"remark"_s}},
        };
        QHash<QString, F> w;
        for (const auto &[field, headers] : table)
            for (const QString &h : headers)
                w.insert(normalised(h), field);
        return w;
    }();
    return words;
}

// A status as a sheet writes it: the code, or its label in either language.
QString statusCode(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return u"in_use"_s;
    static const QHash<QString, QString> words{{u"在用"_s, u"in_use"_s},      {u"使用中"_s, u"in_use"_s},
                                               {u"正常"_s, u"in_use"_s},      {u"已退回"_s, u"returned"_s},
                                               {u"退回"_s, u"returned"_s},    {u"退货"_s, u"returned"_s},
                                               {u"已报废"_s, u"scrapped"_s},  {u"报废"_s, u"scrapped"_s}};
    if (words.contains(t))
        return words.value(t);
    for (const AssetStatus s : enumValues<AssetStatus>())
        if (t.compare(enumCode(s), Qt::CaseInsensitive) == 0 || t == enumLabel(s))
            return enumCode(s);
    return {};
}

} // namespace

AssetImport::AssetImport(Replica &replica) : m_replica(replica) { }

AssetImport::Field AssetImport::match(const QString &header)
{
    return headerWords().value(normalised(header), Field::Ignore);
}

QString AssetImport::fieldName(Field field)
{
    static const char *const names[] = {"-",        "customer",    "creditCode", "productCode", "productName", "serialNumber",
                                        "contract", "deliveredOn", "invoicedOn", "location",    "status",      "note"};
    return QString::fromLatin1(names[int(field)]);
}

QDate AssetImport::parseDate(const QString &text)
{
    static const QRegularExpression pattern(u"^\\s*(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T].*)?$"_s);
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

void AssetImport::setSheet(const QStringList &headers, const QList<QStringList> &rows, const QList<qsizetype> &lineNumbers)
{
    m_headers = headers;
    m_rows = rows;
    m_lines = lineNumbers;
    m_columns.clear();
    QSet<Field> taken;
    for (const QString &h : headers) {
        Field f = match(h);
        if (f != Field::Ignore && taken.contains(f))
            f = Field::Ignore; // the first column of a kind fills it
        taken.insert(f);
        m_columns << f;
    }
}

qsizetype AssetImport::lineNumber(qsizetype row) const
{
    return row < m_lines.size() ? m_lines.at(row) : row + 2; // the header is line 1
}

QStringList AssetImport::missingColumns() const
{
    QStringList out;
    if (!m_columns.contains(Field::Customer) && !m_columns.contains(Field::CreditCode))
        out << tr("the customer (a column such as 客户名称 or 统一社会信用代码)");
    if (!m_columns.contains(Field::ProductCode) && !m_columns.contains(Field::ProductName))
        out << tr("the product (a column such as 产品编码 or 产品名称)");
    if (!m_columns.contains(Field::Serial))
        out << tr("the serial number (a column such as 序列号 or SN)");
    return out;
}

QString AssetImport::cell(const QStringList &row, Field field) const
{
    const qsizetype c = m_columns.indexOf(field);
    return c < 0 ? QString() : row.value(c).trimmed();
}

AssetImport::Plan AssetImport::dryRun(const Progress &progress)
try {
    Database &db = m_replica.database();
    Plan plan;
    // What the rows name, looked up once each.
    QHash<QString, QString> customers, products, contracts;
    QHash<QString, QString> customerErrors, productErrors;
    QSet<QString> inSheet; // product + serial, upper case
    AssetService assets(m_replica);
    const auto customerOf = [&](const QString &name, const QString &code, QString *error) -> QString {
        const QString key = code.isEmpty() ? u"n:"_s + CompanyName::normalizedKey(name) : u"c:"_s + code.toUpper();
        if (!customers.contains(key)) {
            QStringList ids;
            QSqlQuery q = code.isEmpty()
                ? db.exec(u"SELECT id FROM customers WHERE name_norm = ? AND deleted = 0 AND merged_into IS NULL LIMIT 2"_s, {key.mid(2)})
                : db.exec(u"SELECT id FROM customers WHERE credit_code = ? AND deleted = 0 AND merged_into IS NULL LIMIT 2"_s, {key.mid(2)});
            while (q.next())
                ids << q.value(0).toString();
            customers.insert(key, ids.size() == 1 ? ids.first() : QString());
            customerErrors.insert(key, ids.isEmpty() ? tr("no customer %1 in your data").arg(code.isEmpty() ? name : code)
                                                      : ids.size() > 1 ? tr("several customers are called %1: give the credit code").arg(name)
                                                                       : QString());
        }
        *error = customerErrors.value(key);
        return customers.value(key);
    };
    const auto productOf = [&](const QString &code, const QString &name, QString *error) -> QString {
        const QString key = code.isEmpty() ? u"n:"_s + name : u"c:"_s + code.toUpper();
        if (!products.contains(key)) {
            QStringList ids;
            QSqlQuery q = code.isEmpty() ? db.exec(u"SELECT id FROM products WHERE name = ? AND deleted = 0 LIMIT 2"_s, {name})
                                         : db.exec(u"SELECT id FROM products WHERE UPPER(code) = ? AND deleted = 0 LIMIT 2"_s, {key.mid(2)});
            while (q.next())
                ids << q.value(0).toString();
            products.insert(key, ids.size() == 1 ? ids.first() : QString());
            productErrors.insert(key, ids.isEmpty() ? tr("no product %1 in the catalogue").arg(code.isEmpty() ? name : code)
                                                     : ids.size() > 1 ? tr("several products are called %1: give the product code").arg(name)
                                                                      : QString());
        }
        *error = productErrors.value(key);
        return products.value(key);
    };

    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        if (progress && r % 200 == 0 && !progress(r, m_rows.size()))
            break;
        const QStringList &row = m_rows.at(r);
        RowPlan rp;
        AssetService::Asset &a = rp.asset;
        QString why;
        const QString name = cell(row, Field::Customer), code = cell(row, Field::CreditCode);
        if (name.isEmpty() && code.isEmpty())
            rp.errors << tr("no customer");
        else if (a.customerId = customerOf(name, code, &why); a.customerId.isEmpty())
            rp.errors << why;
        const QString productCode = cell(row, Field::ProductCode), productName = cell(row, Field::ProductName);
        if (productCode.isEmpty() && productName.isEmpty())
            rp.errors << tr("no product");
        else if (a.productId = productOf(productCode, productName, &why); a.productId.isEmpty())
            rp.errors << why;
        a.serialNumber = cell(row, Field::Serial);
        const QString serialKey = a.productId + u'\n' + a.serialNumber.toUpper();
        if (a.serialNumber.isEmpty())
            rp.errors << tr("no serial number");
        else if (a.serialNumber.size() > MaxSerialLength)
            rp.errors << tr("a serial number longer than %1 characters").arg(MaxSerialLength);
        else if (!a.productId.isEmpty() && inSheet.contains(serialKey))
            rp.errors << tr("serial number %1 is in the sheet twice").arg(a.serialNumber);
        else if (!a.productId.isEmpty()
                 && assets.serialInUse(a.productId, a.serialNumber))
            rp.errors << tr("serial number %1 is another asset's already").arg(a.serialNumber);
        if (!a.serialNumber.isEmpty())
            inSheet.insert(serialKey);
        if (const QString number = cell(row, Field::Contract); !number.isEmpty() && !a.customerId.isEmpty()) {
            const QString key = a.customerId + u'\n' + number;
            if (!contracts.contains(key)) {
                QSqlQuery q = db.exec(u"SELECT id, status FROM contracts WHERE customer_id = ? AND number = ? AND deleted = 0"_s,
                                      {a.customerId, number});
                contracts.insert(key, !q.next() ? QString() : PipelinePolicy::recordsAllowed(q.value(1).toString()) ? u"!"_s
                                                                                                                    : q.value(0).toString());
            }
            a.contractId = contracts.value(key);
            if (a.contractId.isEmpty())
                rp.errors << tr("no contract %1 of this customer").arg(number);
            else if (a.contractId == u"!") {
                rp.errors << tr("contract %1 is not signed").arg(number);
                a.contractId.clear();
            }
        }
        for (const auto &[field, date] : {std::pair{Field::Delivered, &a.deliveredOn}, std::pair{Field::Invoiced, &a.invoicedOn}}) {
            const QString text = cell(row, field);
            *date = parseDate(text);
            if (!text.isEmpty() && !date->isValid())
                rp.errors << tr("\"%1\" is not a date (write 2026-11-22)").arg(text);
        }
        a.location = cell(row, Field::Location);
        a.note = cell(row, Field::Note);
        a.status = statusCode(cell(row, Field::Status));
        if (a.status.isEmpty())
            rp.errors << tr("status \"%1\" is none of 在用, 已退回, 已报废").arg(cell(row, Field::Status));
        ++(rp.errors.isEmpty() ? plan.ready : plan.errors);
        plan.rows << rp;
    }
    return plan;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

AssetImport::Result AssetImport::run(const Plan &plan, const Progress &progress)
{
    Result result;
    try {
        for (qsizetype from = 0; from < plan.rows.size(); from += ChunkRows) {
            if (progress && !progress(from, plan.rows.size()))
                break;
            Replica::Batch batch(m_replica);
            int created = 0;
            for (qsizetype r = from; r < std::min<qsizetype>(from + ChunkRows, plan.rows.size()); ++r) {
                const RowPlan &rp = plan.rows.at(r);
                if (!rp.errors.isEmpty())
                    continue;
                const AssetService::Asset &a = rp.asset;
                m_replica.create(u"assets"_s, {{u"customer_id"_s, a.customerId},
                                               {u"product_id"_s, a.productId},
                                               {u"contract_id"_s, a.contractId.isEmpty() ? QVariant() : QVariant(a.contractId)},
                                               {u"serial_number"_s, a.serialNumber},
                                               {u"delivered_on"_s, a.deliveredOn.isValid() ? QVariant(a.deliveredOn.toString(Qt::ISODate)) : QVariant()},
                                               {u"invoiced_on"_s, a.invoicedOn.isValid() ? QVariant(a.invoicedOn.toString(Qt::ISODate)) : QVariant()},
                                               {u"location"_s, a.location.isEmpty() ? QVariant() : QVariant(a.location)},
                                               {u"status"_s, a.status},
                                               {u"note"_s, a.note.isEmpty() ? QVariant() : QVariant(a.note)}});
                ++created;
            }
            batch.commit();
            result.created += created;
        }
    } catch (const SchemaError &e) {
        result.error = tr("The import stopped: %1").arg(e.message());
    }
    return result;
}

} // namespace Huike
