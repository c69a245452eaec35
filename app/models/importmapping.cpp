#include "models/importmapping.h"

#include <algorithm>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

using Field = ImportMapping::Field;

struct FieldInfo
{
    Field field;
    const char *name;
    const char *caption; // translated in context "Huike::ImportMapping"
    // Header words (normalised: lower case, no spaces or punctuation), Chinese and English.
    std::initializer_list<const char16_t *> headers;
};

const FieldInfo fieldTable[] = {
    {Field::Name, "name", QT_TRANSLATE_NOOP("Huike::ImportMapping", "Customer name"),
     {u"客户名称", u"公司名称", u"名称", u"客户", u"客户全称", u"公司全称", u"企业名称", u"单位名称", u"公司", u"企业",
      u"单位", u"customer", u"customername", u"company", u"companyname", u"account", u"accountname", u"name"}},
    {Field::ShortName, "shortName", QT_TRANSLATE_NOOP("Huike::ImportMapping", "Short name"),
     {u"简称", u"客户简称", u"公司简称", u"shortname", u"abbreviation"}},
    {Field::CreditCode, "creditCode", QT_TRANSLATE_NOOP("Huike::ImportMapping", "Unified social credit code"),
     {u"统一社会信用代码", u"社会信用代码", u"信用代码", u"税号", u"纳税人识别号", u"creditcode", u"uscc", u"taxid",
      u"taxnumber"}},
    {Field::Phone, "phone", QT_TRANSLATE_NOOP("Huike::ImportMapping", "Phone"),
     {u"电话", u"联系电话", u"公司电话", u"座机", u"办公电话", u"总机", u"固定电话", u"phone", u"telephone", u"tel",
      u"companyphone"}},
    {Field::Email, "email", QT_TRANSLATE_NOOP("Huike::ImportMapping", "E-mail"),
     {u"邮箱", u"电子邮箱", u"电子邮件", u"邮件", u"公司邮箱", u"email", u"mail"}},
    {Field::Website, "website", QT_TRANSLATE_NOOP("Huike::ImportMapping", "Website"),
     {u"网址", u"网站", u"官网", u"主页", u"公司网址", u"website", u"web", u"url", u"homepage"}},
    {Field::Address, "address", QT_TRANSLATE_NOOP("Huike::ImportMapping", "Address"),
     {u"地址", u"公司地址", u"详细地址", u"注册地址", u"通讯地址", u"办公地址", u"联系地址", u"address"}},
    {Field::Province, "province", QT_TRANSLATE_NOOP("Huike::ImportMapping", "Province"),
     {u"省", u"省份", u"所在省", u"所在省份", u"province", u"state"}},
    {Field::City, "city", QT_TRANSLATE_NOOP("Huike::ImportMapping", "City"),
     {u"市", u"城市", u"所在城市", u"所在市", u"city"}},
    {Field::Postcode, "postcode", QT_TRANSLATE_NOOP("Huike::ImportMapping", "Postcode"),
     {u"邮编", u"邮政编码", u"postcode", u"zip", u"zipcode", u"postalcode"}},
    {Field::Industry, "industry", QT_TRANSLATE_NOOP("Huike::ImportMapping", "Industry"),
     {u"行业", u"所属行业", u"industry"}},
    {Field::Region, "region", QT_TRANSLATE_NOOP("Huike::ImportMapping", "Region"),
     {u"区域", u"地区", u"销售区域", u"所属区域", u"region", u"area", u"territory"}},
    {Field::Size, "size", QT_TRANSLATE_NOOP("Huike::ImportMapping", "Size"),
     {u"规模", u"企业规模", u"人员规模", u"公司规模", u"size", u"companysize"}},
    {Field::Status, "status", QT_TRANSLATE_NOOP("Huike::ImportMapping", "Status"),
     {u"状态", u"客户状态", u"status"}},
    {Field::Level, "level", QT_TRANSLATE_NOOP("Huike::ImportMapping", "Level"),
     {u"级别", u"客户级别", u"等级", u"客户等级", u"客户分级", u"level", u"grade"}},
    {Field::Type, "type", QT_TRANSLATE_NOOP("Huike::ImportMapping", "Type"),
     {u"类型", u"客户类型", u"type", u"customertype"}},
    {Field::Source, "source", QT_TRANSLATE_NOOP("Huike::ImportMapping", "Source"),
     {u"来源", u"客户来源", u"获得途径", u"获取途径", u"source", u"leadsource"}},
    {Field::Background, "background", QT_TRANSLATE_NOOP("Huike::ImportMapping", "Background / notes"),
     {u"备注", u"背景", u"客户背景", u"说明", u"描述", u"简介", u"background", u"notes", u"note", u"remark",
      u"remarks", u"description"}},
    {Field::CreditRating, "creditRating", QT_TRANSLATE_NOOP("Huike::ImportMapping", "Credit rating"),
     {u"信用等级", u"信用评级", u"creditrating"}},
    {Field::SecurityLevel, "securityLevel", QT_TRANSLATE_NOOP("Huike::ImportMapping", "Confidentiality"),
     {u"保密级别", u"密级", u"securitylevel"}},
    {Field::Tags, "tags", QT_TRANSLATE_NOOP("Huike::ImportMapping", "Tags"), {u"标签", u"tags", u"tag"}},
    {Field::Owner, "owner", QT_TRANSLATE_NOOP("Huike::ImportMapping", "Owner"),
     {u"负责人", u"客户负责人", u"销售负责人", u"业务员", u"销售员", u"销售", u"所属销售", u"归属人", u"跟进人",
      u"owner", u"salesrep", u"accountowner"}},
    {Field::ContactName, "contactName", QT_TRANSLATE_NOOP("Huike::ImportMapping", "Contact: name"),
     {u"联系人", u"联系人姓名", u"联系人名称", u"姓名", u"contact", u"contactname", u"contactperson"}},
    {Field::ContactTitle, "contactTitle", QT_TRANSLATE_NOOP("Huike::ImportMapping", "Contact: title"),
     {u"职务", u"职位", u"联系人职务", u"联系人职位", u"title", u"jobtitle", u"position"}},
    {Field::ContactDepartment, "contactDepartment", QT_TRANSLATE_NOOP("Huike::ImportMapping", "Contact: department"),
     {u"部门", u"联系人部门", u"所在部门", u"department"}},
    {Field::ContactPhone, "contactPhone", QT_TRANSLATE_NOOP("Huike::ImportMapping", "Contact: phone"),
     {u"联系人电话", u"联系人座机", u"联系人固话", u"contactphone"}},
    {Field::ContactMobile, "contactMobile", QT_TRANSLATE_NOOP("Huike::ImportMapping", "Contact: mobile"),
     {u"手机", u"手机号", u"手机号码", u"联系人手机", u"移动电话", u"mobile", u"mobilephone", u"cellphone", u"cell"}},
    {Field::ContactEmail, "contactEmail", QT_TRANSLATE_NOOP("Huike::ImportMapping", "Contact: e-mail"),
     {u"联系人邮箱", u"联系人邮件", u"联系人电子邮箱", u"contactemail"}},
    {Field::ContactNotes, "contactNotes", QT_TRANSLATE_NOOP("Huike::ImportMapping", "Contact: notes"),
     {u"联系人备注", u"contactnotes"}},
};

const FieldInfo *info(Field field)
{
    for (const FieldInfo &i : fieldTable)
        if (i.field == field)
            return &i;
    return nullptr;
}

// A header as matched: compatibility forms folded (全角 → half width), lower case, what is
// in brackets dropped ("客户名称（必填）", "Phone (office)"), no spaces or punctuation.
QString normaliseHeader(const QString &header)
{
    QString h = header.normalized(QString::NormalizationForm_KC).toCaseFolded();
    static const QRegularExpression brackets(u"[(\\[【<《][^)\\]】>》]*[)\\]】>》]"_s);
    h.remove(brackets);
    QString out;
    out.reserve(h.size());
    for (const QChar c : std::as_const(h))
        if (c.isLetterOrNumber())
            out += c;
    return out;
}

const QHash<QString, Field> &headerWords()
{
    static const QHash<QString, Field> words = [] {
        QHash<QString, Field> w;
        for (const FieldInfo &i : fieldTable)
            for (const char16_t *h : i.headers)
                w.insert(QString::fromUtf16(h), i.field);
        return w;
    }();
    return words;
}

} // namespace

ImportMapping::Field ImportMapping::match(const QString &header, int *slot)
{
    QString h = normaliseHeader(header);
    int number = 0;
    // A trailing number: the second contact (联系人2, 手机2, contact 2).
    qsizetype digits = 0;
    while (digits < h.size() && h.at(h.size() - 1 - digits).isDigit())
        ++digits;
    if (digits > 0 && digits < h.size() && digits <= 2) {
        number = h.right(digits).toInt();
        h.chop(digits);
    }
    const Field f = headerWords().value(h, Field::Ignore);
    if (slot)
        *slot = number > 0 ? number - 1 : 0;
    return f;
}

ImportMapping ImportMapping::guess(const QStringList &headers)
{
    QList<Column> columns;
    columns.reserve(headers.size());
    QList<Column> taken;
    bool anyContact = false;
    for (const QString &header : headers) {
        int slot = 0;
        const Field f = match(header, &slot);
        Column c;
        if (f != Field::Ignore && !(f >= Field::ContactName && f < Field::FieldCount))
            slot = 0; // 电话2 is no second customer phone: the first column keeps it
        c = {f, slot};
        if (f != Field::Ignore && taken.contains(c))
            c = {}; // the first column of a field keeps it
        else if (f != Field::Ignore)
            taken << c;
        anyContact = anyContact || (c.field >= Field::ContactName && c.field < Field::FieldCount && c.field != Field::ContactMobile);
        columns << c;
    }
    // 手机 alone on a sheet of companies is the company's number.
    if (!anyContact && !taken.contains(Column{Field::Phone, 0})) {
        for (Column &c : columns) {
            if (c.field == Field::ContactMobile && c.slot == 0) {
                c = {Field::Phone, 0};
                break;
            }
        }
    }
    // 邮箱 and 电话 on a list of people (the company named, a contact's name, nothing else of
    // the company) are the person's.
    const bool named = std::any_of(columns.cbegin(), columns.cend(), [](const Column &c) { return c.field == Field::ContactName; });
    const bool peopleOnly = std::all_of(columns.cbegin(), columns.cend(), [](const Column &c) {
        return c.field == Field::Ignore || c.field == Field::Name || c.field == Field::CreditCode || c.field == Field::Email
            || c.field == Field::Phone || (c.field >= Field::ContactName && c.field < Field::FieldCount);
    });
    if (named && peopleOnly) {
        for (const auto &[company, person] : {std::pair{Field::Email, Field::ContactEmail}, std::pair{Field::Phone, Field::ContactPhone}}) {
            if (taken.contains(Column{person, 0}))
                continue;
            for (Column &c : columns)
                if (c.field == company)
                    c = {person, 0};
        }
    }
    return ImportMapping(columns);
}

void ImportMapping::setColumn(int index, Column column)
{
    if (index < 0)
        return;
    while (m_columns.size() <= index)
        m_columns << Column();
    if (!isContactField(column.field))
        column.slot = 0;
    column.slot = std::clamp(column.slot, 0, 99);
    m_columns[index] = column;
}

int ImportMapping::contactSlots() const
{
    int n = 0;
    for (const Column &c : m_columns)
        if (isContactField(c.field))
            n = std::max(n, c.slot + 1);
    return n;
}

bool ImportMapping::maps(Field field) const
{
    return std::any_of(m_columns.begin(), m_columns.end(), [field](const Column &c) { return c.field == field; });
}

QString ImportMapping::headerSetKey(const QStringList &headers)
{
    QStringList normalised;
    for (const QString &h : headers)
        normalised << normaliseHeader(h);
    return QString::fromLatin1(
        QCryptographicHash::hash(normalised.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha1).toHex());
}

QString ImportMapping::toText() const
{
    QStringList parts;
    for (const Column &c : m_columns) {
        QString name = fieldName(c.field);
        if (isContactField(c.field) && c.slot > 0)
            name += QString::number(c.slot + 1);
        parts << name;
    }
    return parts.join(u',');
}

ImportMapping ImportMapping::fromText(const QString &text, int columnCount)
{
    ImportMapping m;
    const QStringList parts = text.split(u',');
    for (int i = 0; i < columnCount; ++i) {
        QString part = i < parts.size() ? parts[i] : QString();
        int slot = 0;
        qsizetype digits = 0;
        while (digits < part.size() && part.at(part.size() - 1 - digits).isDigit())
            ++digits;
        if (digits > 0 && digits <= 2) {
            slot = part.right(digits).toInt() - 1;
            part.chop(digits);
        }
        Field f = Field::Ignore;
        for (const FieldInfo &fi : fieldTable)
            if (part == QLatin1StringView(fi.name))
                f = fi.field;
        m.setColumn(i, {f, std::max(slot, 0)});
    }
    return m;
}

QString ImportMapping::fieldName(Field field)
{
    const FieldInfo *i = info(field);
    return i ? QString::fromLatin1(i->name) : u"ignore"_s;
}

QString ImportMapping::fieldCaption(Field field)
{
    const FieldInfo *i = info(field);
    return i ? QCoreApplication::translate("Huike::ImportMapping", i->caption)
             : QCoreApplication::translate("Huike::ImportMapping", "(not imported)");
}

QList<ImportMapping::Field> ImportMapping::fields()
{
    QList<Field> out;
    for (const FieldInfo &i : fieldTable)
        out << i.field;
    return out;
}

} // namespace Huike
