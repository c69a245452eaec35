#pragma once

#include "models/customerimport.h"

#include <QAbstractTableModel>

namespace Huike {

// The dry run's preview (客户导入): one line per row of the sheet that the filter shows —
// its line in the file, what will happen (新建, 更新, 跳过, 错误), why (the duplicate it
// matches, the fields that change, the errors), then the cells as read, the cells with an
// error marked (ErrorRole: the reason, also the tooltip; the view colours by it and by
// OutcomeRole). The import's per-row choice for a duplicate
// is set through setRowPolicy (the plan is made again).
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Line, Outcome, Details, FirstCell };
    enum Role { OutcomeRole = Qt::UserRole + 1, DataRowRole, ErrorRole };

    explicit ImportPreviewModel(CustomerImport &import, QObject *parent = nullptr);

    // Plans again (after a change of mapping, policy or a row's choice). Throws ModelError.
    void refresh(const CustomerImport::Progress &progress = {});
    void setPlan(CustomerImport::Plan plan);
    const CustomerImport::Plan &plan() const { return m_plan; }
    // Only the rows with this outcome; nullopt: all.
    void setFilter(std::optional<CustomerImport::Outcome> outcome);
    std::optional<CustomerImport::Outcome> filter() const { return m_filter; }
    // The data row (0-based, as the import numbers them) of a line of the model.
    qsizetype dataRow(int modelRow) const { return modelRow >= 0 && modelRow < m_shown.size() ? m_shown[modelRow] : -1; }
    void setRowPolicy(qsizetype dataRow, std::optional<CustomerImport::OnDuplicate> policy);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The Details column's text of a planned row (also for tests).
    QString details(qsizetype dataRow) const;

private:
    void rebuildShown();

    CustomerImport &m_import;
    CustomerImport::Plan m_plan;
    std::optional<CustomerImport::Outcome> m_filter;
    QList<qsizetype> m_shown;
};

} // namespace Huike
