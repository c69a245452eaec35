#include "ui/loanrepaymentspanel.h"

#include "models/loanrepayments.h"
#include "models/modelerror.h"
#include "ui/expenselinesdelegate.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Huike {

LoanRepaymentsPanel::LoanRepaymentsPanel(LoanRepayments &service, QWidget *parent) : QWidget(parent), m_service(service)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_figures = new QLabel(this);
    m_figures->setObjectName(u"loanFigures"_s);
    m_figures->setWordWrap(true);
    layout->addWidget(m_figures);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"repayments"_s);
    m_table->setHorizontalHeaderLabels({tr("Received on"), tr("Amount"), tr("Repayment method"), tr("Note"), tr("Recorded by")});
    m_table->horizontalHeader()->setSectionResizeMode(Note, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setMaximumHeight(fontMetrics().height() * 7);
    layout->addWidget(m_table);
    auto *buttons = new QHBoxLayout;
    m_record = new QPushButton(tr("Record &repayment…"), this);
    m_record->setObjectName(u"recordRepayment"_s);
    m_remove = new QPushButton(tr("Remove repayment"), this);
    m_remove->setObjectName(u"removeRepayment"_s);
    m_status = new QLabel(this);
    m_status->setObjectName(u"repaymentStatus"_s);
    m_status->setWordWrap(true);
    buttons->addWidget(m_record);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_status, 1);
    layout->addLayout(buttons);
    connect(m_record, &QPushButton::clicked, this, &LoanRepaymentsPanel::askAndRecord);
    connect(m_remove, &QPushButton::clicked, this, &LoanRepaymentsPanel::askAndRemove);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] { m_remove->setEnabled(m_table->currentRow() >= 0); });
}

void LoanRepaymentsPanel::setLoan(const QString &loanId)
{
    m_loanId = loanId;
    m_status->clear();
    reload();
}

void LoanRepaymentsPanel::reload()
{
    m_table->setRowCount(0);
    m_figures->clear();
    bool record = false, remove = false;
    if (!m_loanId.isEmpty()) {
        try {
            const QLocale locale;
            const QList<LoanRepayments::Repayment> rows = m_service.list(m_loanId);
            m_table->setRowCount(int(rows.size()));
            for (int r = 0; r < rows.size(); ++r) {
                const LoanRepayments::Repayment &p = rows[r];
                auto *date = new QTableWidgetItem(p.receivedOn);
                date->setData(Qt::UserRole, p.id);
                auto *amount = new QTableWidgetItem(p.amount.format(locale));
                amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_table->setItem(r, Date, date);
                m_table->setItem(r, Amount, amount);
                m_table->setItem(r, Method, new QTableWidgetItem(LoanRepayments::methodText(p.method)));
                m_table->setItem(r, Note, new QTableWidgetItem(p.note));
                m_table->setItem(r, RecordedBy, new QTableWidgetItem(p.recordedBy.isEmpty() ? tr("(not synced yet)") : p.recordedBy));
            }
            const LoanRepayments::Figures f = m_service.figures(m_loanId);
            m_figures->setText(tr("Lent %1 · set against claims %2 · repaid %3 · left %4")
                                   .arg(f.amount.format(locale), f.offset.format(locale), f.repaid.format(locale), f.left().format(locale)));
            record = m_service.mayRecord(m_loanId);
            remove = m_service.mayRemove(m_loanId);
        } catch (const ModelError &e) {
            m_status->setText(e.message());
        }
    }
    m_record->setVisible(record);
    m_remove->setVisible(remove && m_table->rowCount() > 0);
    m_remove->setEnabled(m_table->currentRow() >= 0);
}

bool LoanRepaymentsPanel::apply(const std::function<QString()> &write, const QString &done)
{
    try {
        if (const QString refused = write(); !refused.isEmpty()) {
            m_status->setText(refused);
            return false;
        }
    } catch (const ModelError &e) {
        m_status->setText(e.message());
        return false;
    }
    reload();
    m_status->setText(done);
    emit changed();
    return true;
}

bool LoanRepaymentsPanel::record(const Money &amount, const QString &receivedOn, const QString &method, const QString &note)
{
    return apply([&] { return m_service.record(m_loanId, amount, receivedOn, method, note); },
                 tr("Repayment recorded; it goes to the server with the next sync."));
}

bool LoanRepaymentsPanel::removeAt(int row)
{
    const QTableWidgetItem *item = row >= 0 && row < m_table->rowCount() ? m_table->item(row, Date) : nullptr;
    return item && apply([&] { return m_service.remove(item->data(Qt::UserRole).toString()); }, tr("Repayment removed."));
}

void LoanRepaymentsPanel::askAndRecord()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Record repayment"));
    auto *form = new QFormLayout(&dialog);
    auto *amount = new QLineEdit(&dialog);
    amount->setObjectName(u"repaymentAmount"_s);
    amount->setValidator(ExpenseLinesDelegate::amountValidator(amount));
    try {
        amount->setText(m_service.figures(m_loanId).left().toPlainString());
    } catch (const ModelError &) {
    }
    auto *date = new QDateEdit(QDate::currentDate(), &dialog);
    date->setCalendarPopup(true);
    date->setDisplayFormat(u"yyyy-MM-dd"_s);
    auto *method = new QComboBox(&dialog);
    method->addItem(LoanRepayments::methodText(u"bank"_s), u"bank"_s);
    method->addItem(LoanRepayments::methodText(u"cash"_s), u"cash"_s);
    auto *note = new QLineEdit(&dialog);
    form->addRow(tr("&Amount:"), amount);
    form->addRow(tr("&Received on:"), date);
    form->addRow(tr("&Method:"), method);
    form->addRow(tr("&Note:"), note);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    while (dialog.exec() == QDialog::Accepted) {
        const std::optional<Money> value = Money::parse(amount->text().trimmed());
        if (value && record(*value, date->date().toString(Qt::ISODate), method->currentData().toString(), note->text()))
            return;
        QMessageBox::warning(&dialog, tr("Record repayment"), value ? m_status->text() : tr("Enter the amount received, e.g. 1200.00."));
    }
}

void LoanRepaymentsPanel::askAndRemove()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    if (QMessageBox::question(this, tr("Remove repayment"),
                              tr("Remove the repayment of %1 received on %2? Record it again if it was wrong.")
                                  .arg(m_table->item(row, Amount)->text(), m_table->item(row, Date)->text()))
        == QMessageBox::Yes)
        removeAt(row);
}

} // namespace Huike
