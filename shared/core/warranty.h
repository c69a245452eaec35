#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Huike {

// Warranty periods (保修) of the assets a contract delivers, per product category: months for
// a main unit (整机/主机), for a part (配件), and after a repair of the same fault. A setting
// ("service.warranty") holds them as JSON:
//   {"default": {"mainMonths": 12, "partMonths": 6, "afterRepairMonths": 3},
//    "categories": [{"category": "空压机", "mainMonths": 24, "partMonths": 12, "afterRepairMonths": 6},
//                   {"category": "软件", "partMonths": 0}]}
// Months are whole numbers from 0 (no cover) to 120. Every key may be left out: a key missing
// from "default" takes the built-in value (12, 6, 3), one missing from a category takes the
// setting's default, so a category overrides only what it names and follows later changes of
// the default for the rest. Categories compare trimmed and case-insensitively.
class WarrantyRules
{
public:
    struct Rule
    {
        int mainMonths = 12;
        int partMonths = 6;
        int afterRepairMonths = 3;

        friend bool operator==(const Rule &, const Rule &) = default;
    };
    // A category's own values as written; a missing one is the default's.
    struct Category
    {
        QString name; // trimmed
        std::optional<int> mainMonths;
        std::optional<int> partMonths;
        std::optional<int> afterRepairMonths;

        friend bool operator==(const Category &, const Category &) = default;
    };

    static WarrantyRules defaults();
    // The rules of a setting's text ("" → the defaults); nullopt with the reason (English)
    // when they are not.
    static std::optional<WarrantyRules> fromJson(const QString &text, QString *error = nullptr);
    QString toJson() const;

    Rule defaultRule() const { return m_default; }
    QList<Category> categoryRules() const { return m_categories; }
    // The category's rule (trimmed, case-insensitive), else the default.
    Rule ruleFor(QStringView category) const;
    QStringList categories() const; // in the setting's order

    static constexpr int kMaxMonths = 120;

    friend bool operator==(const WarrantyRules &, const WarrantyRules &) = default;

private:
    Rule m_default;
    QList<Category> m_categories;
};

// The arithmetic of an asset's warranty. Cover has no first day: an asset delivered and not
// yet invoiced is covered although its months count from the invoice.
namespace Warranty {

// The date the warranty counts from: the invoice date when valid, else the delivery date
// (else invalid).
QDate startDate(const QDate &invoicedOn, const QDate &deliveredOn);

// The last day covered by `months` from `start`: the day before the same day of the month
// `months` later; when that day does not exist in that month, the last day of that month
// (2026-01-31 + 1 → 2026-02-28, 2028-02-29 + 12 → 2029-02-28). Invalid for an invalid start
// or months < 1 (no cover).
QDate lastDay(const QDate &start, int months);

// A finished repair of the asset and the fault code it repaired.
struct Repair
{
    QDate completedOn;
    QString fault;
};

struct Status
{
    bool covered = false; // in warranty on onDate (for the fault when one is given)
    QDate baseLastDay;    // the purchase warranty's last day (invalid: none)
    QDate lastDay;        // the end of the cover that applies (the base or a repair's), invalid if none
    bool byRepair = false; // that end is a repair's extension, reaching past the base

    friend bool operator==(const Status &, const Status &) = default;
};

// An asset's status on onDate: covered through the base warranty (mainMonths or partMonths
// from start), or, for a fault, through the extension of the latest repair of the same fault
// completed by onDate: afterRepairMonths counted from the day after the repair was completed
// (a repair finished on 10 March with 3 months covers through 10 June). Fault codes compare
// trimmed and case-insensitively; an empty fault, the asked one or a repair's, matches none.
// A repair extends, never shortens. Not covered on an invalid onDate.
Status status(const WarrantyRules::Rule &rule, bool isPart, const QDate &start, const QList<Repair> &repairs,
              const QDate &onDate, QStringView fault = {});

// "保修至" of the asset without a fault: the latest of the base warranty's last day and every
// repair's extension (repairs with a fault code; those without extend nothing). Invalid: none.
QDate coverUntil(const WarrantyRules::Rule &rule, bool isPart, const QDate &start, const QList<Repair> &repairs);

} // namespace Warranty

} // namespace Huike
