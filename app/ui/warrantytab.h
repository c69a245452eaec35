#pragma once

#include "core/warranty.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Huike {

// 保修期, the third tab of the service settings: the default months of cover for a main unit,
// a part and after a repair, and a table of product categories that override some of them —
// an empty cell follows the default (and its later changes). json() hands what is typed to
// WarrantyRules to judge.
class WarrantyTab : public QWidget
{
    Q_OBJECT

public:
    enum Column { CategoryColumn, MainColumn, PartColumn, AfterRepairColumn, ColumnCount };

    explicit WarrantyTab(QWidget *parent = nullptr);

    void setRules(const WarrantyRules &rules);
    // The rules as typed, as the setting's JSON ("service.warranty"); empty rows are skipped.
    QString json() const;
    void setEditable(bool editable);
    void showError(const QString &message);
    // Appends an empty category row and starts editing its name.
    void addCategory();

    QSpinBox *mainMonths() const { return m_main; }
    QSpinBox *partMonths() const { return m_part; }
    QSpinBox *afterRepairMonths() const { return m_afterRepair; }
    QTableWidget *categoriesTable() const { return m_categories; }
    QLabel *errorLabel() const { return m_error; }

private:
    void showDefaults();

    QSpinBox *m_main = nullptr, *m_part = nullptr, *m_afterRepair = nullptr;
    QTableWidget *m_categories = nullptr;
    QPushButton *m_add = nullptr, *m_remove = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Huike
