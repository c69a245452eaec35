#include "models/importpreviewmodel.h"

using namespace Qt::StringLiterals;

namespace Huike {

ImportPreviewModel::ImportPreviewModel(CustomerImport &import, QObject *parent)
    : QAbstractTableModel(parent), m_import(import)
{
}

void ImportPreviewModel::refresh(const CustomerImport::Progress &progress)
{
    CustomerImport::Plan plan = m_import.dryRun(progress);
    if (!plan.cancelled)
        setPlan(std::move(plan));
}

void ImportPreviewModel::setPlan(CustomerImport::Plan plan)
{
    beginResetModel();
    m_plan = std::move(plan);
    rebuildShown();
    endResetModel();
}

void ImportPreviewModel::setFilter(std::optional<CustomerImport::Outcome> outcome)
{
    beginResetModel();
    m_filter = outcome;
    rebuildShown();
    endResetModel();
}

void ImportPreviewModel::setRowPolicy(qsizetype dataRow, std::optional<CustomerImport::OnDuplicate> policy)
{
    if (policy)
        m_import.setRowOnDuplicate(dataRow, *policy);
    else
        m_import.clearRowOnDuplicate(dataRow);
    refresh();
}

void ImportPreviewModel::rebuildShown()
{
    m_shown.clear();
    for (qsizetype r = 0; r < m_plan.rows.size(); ++r)
        if (!m_filter || m_plan.rows[r].outcome == *m_filter)
            m_shown << r;
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstCell + int(m_import.headers().size());
}

QString ImportPreviewModel::details(qsizetype dataRow) const
{
    if (dataRow < 0 || dataRow >= m_plan.rows.size())
        return {};
    const CustomerImport::RowPlan &rp = m_plan.rows[dataRow];
    if (rp.outcome == CustomerImport::Outcome::Error)
        return CustomerImport::errorText(m_import, rp);
    QStringList parts;
    if (!rp.reason.isEmpty())
        parts << rp.reason;
    if (!rp.changedFields.isEmpty()) {
        QStringList captions;
        for (const QString &name : rp.changedFields)
            for (const ImportMapping::Field f : ImportMapping::fields())
                if (ImportMapping::fieldName(f) == name)
                    captions << ImportMapping::fieldCaption(f);
        parts << tr("Changes: %1").arg(captions.join(tr(", ")));
    }
    if (rp.newContacts > 0)
        parts << tr("%n new contact(s)", nullptr, rp.newContacts);
    return parts.join(u' ');
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown.size())
        return {};
    const qsizetype r = m_shown[index.row()];
    const CustomerImport::RowPlan &rp = m_plan.rows[r];
    const int column = index.column();
    if (role == OutcomeRole)
        return int(rp.outcome);
    if (role == DataRowRole)
        return qlonglong(r);
    QString cellError;
    if (column >= FirstCell)
        for (const CustomerImport::CellError &e : rp.errors)
            if (e.column == column - FirstCell)
                cellError += (cellError.isEmpty() ? QString() : u"\n"_s) + e.message;
    if (role == ErrorRole)
        return cellError;
    switch (role) {
    case Qt::DisplayRole:
        if (column == Line)
            return qlonglong(m_import.lineNumber(r));
        if (column == Outcome)
            return CustomerImport::outcomeText(rp.outcome);
        if (column == Details)
            return details(r);
        return m_import.rows()[r].value(column - FirstCell);
    case Qt::ToolTipRole:
        if (column == Details)
            return details(r);
        return cellError.isEmpty() ? QVariant() : QVariant(cellError);
    case Qt::TextAlignmentRole:
        return column == Line ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Line: return tr("Row");
    case Outcome: return tr("Result");
    case Details: return tr("Details");
    default: return m_import.headers().value(section - FirstCell);
    }
}

} // namespace Huike
