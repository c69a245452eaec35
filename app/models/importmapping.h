#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Huike {

// Which customer or contact field a column of an imported sheet fills (客户导入,
// FEATURES.md C5): matched from the header (Chinese or English, as offices name them),
// re-assignable by the user, remembered per set of headers.
class ImportMapping
{
public:
    enum class Field {
        Ignore,
        // The customer
        Name, ShortName, CreditCode, Phone, Email, Website, Address, Province, City, Postcode,
        Industry, Region, Size, Status, Level, Type, Source, Background, CreditRating,
        SecurityLevel, Tags, Owner,
        // A contact (several per row: slot 0, 1, …)
        ContactName, ContactTitle, ContactDepartment, ContactPhone, ContactMobile, ContactEmail, ContactNotes,
        FieldCount
    };
    struct Column
    {
        Field field = Field::Ignore;
        int slot = 0; // the contact's number on the row (联系人1 → 0, 联系人2 → 1); 0 for customer fields
        friend bool operator==(const Column &, const Column &) = default;
    };

    ImportMapping() = default;
    explicit ImportMapping(QList<Column> columns) : m_columns(std::move(columns)) { }

    // The mapping the headers suggest: each header matched to a field by its words; a
    // customer field taken by an earlier column is left to the first; numbered contact
    // headers (联系人2, 手机2) open further contacts. 手机 (a person's mobile) fills the
    // customer's phone when no contact column is there and no phone column either.
    static ImportMapping guess(const QStringList &headers);
    // The field a single header names (slot in *slot), Ignore when none.
    static Field match(const QString &header, int *slot = nullptr);

    const QList<Column> &columns() const { return m_columns; }
    Column column(int index) const { return index >= 0 && index < m_columns.size() ? m_columns[index] : Column(); }
    void setColumn(int index, Column column);
    // How many contacts a row can hold (the highest slot + 1; 0 without contact columns).
    int contactSlots() const;
    bool maps(Field field) const;
    bool isContactField(Field field) const { return field >= Field::ContactName && field < Field::FieldCount; }

    // A key for the set of headers (order and spelling as normalised for matching), to
    // remember the user's mapping and offer it the next time the same sheet comes.
    static QString headerSetKey(const QStringList &headers);
    // "name", "contactName2", …: the mapping as text (saved in the settings; read back with
    // fromText, which ignores what it does not know).
    QString toText() const;
    static ImportMapping fromText(const QString &text, int columnCount);

    static QString fieldName(Field field);        // "name", "creditCode", "contactMobile"…
    static QString fieldCaption(Field field);     // translated: "Customer name", "Contact: mobile"…
    static QList<Field> fields();                 // every field but Ignore, in display order

    friend bool operator==(const ImportMapping &, const ImportMapping &) = default;

private:
    QList<Column> m_columns;
};

} // namespace Huike
