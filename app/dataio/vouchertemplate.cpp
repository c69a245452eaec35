#include "dataio/vouchertemplate.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Huike {

const QStringList &VoucherTemplate::fields()
{
    static const QStringList f{u"date"_s,         u"period"_s,       u"year"_s,           u"word"_s,
                               u"number"_s,       u"attachments"_s,  u"entry"_s,          u"summary"_s,
                               u"accountCode"_s,  u"accountName"_s,  u"debit"_s,          u"credit"_s,
                               u"currency"_s,     u"rate"_s,         u"maker"_s,          u"customerCode"_s,
                               u"customerName"_s, u"departmentCode"_s, u"departmentName"_s, u"personCode"_s,
                               u"personName"_s,   u"constant"_s,     u"empty"_s};
    return f;
}

QStringList VoucherTemplate::builtIn()
{
    return {u"kingdee"_s, u"yonyou"_s};
}

QString VoucherTemplate::overrideFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/vouchers"_s;
}

int VoucherTemplate::columnOf(QStringView field) const
{
    for (qsizetype i = 0; i < columns.size(); ++i)
        if (columns[i].field == field)
            return int(i);
    return -1;
}

std::optional<VoucherTemplate> VoucherTemplate::load(const QString &name, QString *error, const QString &folder)
{
    QString path = u":/vouchers/%1.json"_s.arg(name);
    const QString local = folder.isEmpty() ? QString() : QDir(folder).filePath(name + u".json"_s);
    if (!local.isEmpty() && QFileInfo::exists(local))
        path = local;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = path.startsWith(u':') ? tr("There is no voucher template “%1”.").arg(name)
                                           : tr("The voucher template %1 cannot be read: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return std::nullopt;
    }
    if (f.size() > 1024 * 1024) {
        if (error)
            *error = tr("The voucher template %1 is too large.").arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    auto t = fromJson(f.readAll(), path, error);
    if (t)
        t->name = name;
    return t;
}

std::optional<VoucherTemplate> VoucherTemplate::fromJson(const QByteArray &json, const QString &origin, QString *error)
{
    const QString where = QDir::toNativeSeparators(origin);
    auto fail = [&](const QString &why) -> std::optional<VoucherTemplate> {
        if (error)
            *error = tr("The voucher template %1 is broken: %2").arg(where, why);
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("not JSON (%1 at byte %2).").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return fail(tr("not a JSON object."));
    const QJsonObject o = doc.object();
    VoucherTemplate t;
    t.origin = origin;
    t.name = QFileInfo(origin).completeBaseName();
    t.target = o.value(u"target"_s).toString();
    const QString file = o.value(u"file"_s).toString();
    if (file == u"xlsx")
        t.file = File::Xlsx;
    else if (file == u"text")
        t.file = File::Text;
    else
        return fail(tr("“file” must be “xlsx” or “text”, not “%1”.").arg(file));
    t.sheet = o.value(u"sheet"_s).toString();
    if (t.file == File::Xlsx && t.sheet.isEmpty())
        t.sheet = u"Sheet1"_s;
    if (o.contains(u"encoding"_s)) {
        const auto encoding = TextEncoding::fromName(o.value(u"encoding"_s).toString());
        if (!encoding || *encoding == TextEncoding::Encoding::Utf16BE || *encoding == TextEncoding::Encoding::Utf16LE)
            return fail(tr("the encoding “%1” is not one of UTF-8 and GB18030.").arg(o.value(u"encoding"_s).toString()));
        t.encoding = *encoding;
    }
    if (o.contains(u"separator"_s))
        t.separator = o.value(u"separator"_s).toString();
    if (t.file == File::Text && (t.separator.isEmpty() || t.separator.contains(u'\n') || t.separator.contains(u'\r')))
        return fail(tr("the separator must be a character such as “,” or a tab."));
    if (o.contains(u"lineEnd"_s))
        t.lineEnd = o.value(u"lineEnd"_s).toString();
    if (t.lineEnd != u"\r\n" && t.lineEnd != u"\n")
        return fail(tr("“lineEnd” must be \\r\\n or \\n."));
    t.headerRow = o.value(u"headerRow"_s).toBool(true);
    for (const QJsonValue &line : o.value(u"firstLines"_s).toArray())
        t.firstLines << line.toString();
    if (o.contains(u"dateFormat"_s))
        t.dateFormat = o.value(u"dateFormat"_s).toString();
    if (t.dateFormat.isEmpty() || !QDate(2026, 11, 30).toString(t.dateFormat).contains(u"30"_s))
        return fail(tr("the date format “%1” does not show the day.").arg(t.dateFormat));
    if (o.contains(u"zeroAmount"_s))
        t.zeroAmount = o.value(u"zeroAmount"_s).toString();
    if (t.zeroAmount != u"0" && !t.zeroAmount.isEmpty())
        return fail(tr("“zeroAmount” must be \"0\" or \"\"."));
    t.numberWidth = o.value(u"numberWidth"_s).toInt(0);
    if (t.numberWidth < 0 || t.numberWidth > 10)
        return fail(tr("“numberWidth” must be between 0 and 10."));
    const QJsonArray columns = o.value(u"columns"_s).toArray();
    if (columns.isEmpty())
        return fail(tr("it has no columns."));
    for (const QJsonValue &v : columns) {
        const QJsonObject c = v.toObject();
        Column column{c.value(u"caption"_s).toString(), c.value(u"field"_s).toString(), c.value(u"value"_s).toString()};
        if (!fields().contains(column.field))
            return fail(tr("the column “%1” names the field “%2”, which is not one of %3.")
                            .arg(column.caption, column.field, fields().join(u", "_s)));
        if (column.field == u"currency" && !c.contains(u"value"_s))
            column.value = u"RMB"_s;
        if (column.field == u"rate" && !c.contains(u"value"_s))
            column.value = u"1"_s;
        t.columns << column;
    }
    for (const QString &needed : {u"date"_s, u"word"_s, u"number"_s, u"accountCode"_s, u"debit"_s, u"credit"_s})
        if (t.columnOf(needed) < 0)
            return fail(tr("it has no column for the field “%1”.").arg(needed));
    return t;
}

} // namespace Huike
