#pragma once

#include "core/lineitem.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace Huike {

struct Quote;

// The lines of a quote or a contract as a table: description, unit, quantity, unit price,
// discount %, VAT rate typed; net, tax and gross computed by shared/core Pricing as you
// type. The quote editor edits them (through its undo stack: setData asks with
// editRequested, applyEdit does the change); the contract editor shows them read-only.
// No widgets here.
class QuoteLinesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Description, Unit, Quantity, UnitPrice, Discount, VatRate, Net, Tax, Gross, ColumnCount };

    explicit QuoteLinesModel(QObject *parent = nullptr);
    void setLines(const QList<LineItem> &lines, TaxMode mode, const QString &currency);
    void setQuote(const Quote &quote); // its lines, tax mode and currency
    const QList<LineItem> &lines() const { return m_lines; }
    void setTaxMode(TaxMode mode);
    void setEditable(bool editable) { m_editable = editable; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Edits go through the editor's undo stack (editRequested); applyEdit does the change.
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    bool applyEdit(int row, int column, const QString &text);
    // Why the text typed in that cell is refused, translated; empty when it is fine.
    static QString checkCell(int column, const QString &text);

signals:
    void editRequested(int row, int column, const QString &text);

private:
    void compute(LineItem &line) const;
    QList<LineItem> m_lines;
    TaxMode m_mode = TaxMode::Exclusive;
    QString m_currency = QStringLiteral("CNY");
    bool m_editable = true;
};

} // namespace Huike
