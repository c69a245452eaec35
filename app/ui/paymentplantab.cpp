#include "ui/paymentplantab.h"

#include "models/paymentplanmodel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

// The state of an overdue instalment in red.
class OverdueDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(PaymentPlanModel::OverdueRole).toBool())
            option->palette.setBrush(QPalette::Text, QColor(u"#b91c1c"_s));
    }
};

} // namespace

PaymentPlanTab::PaymentPlanTab(QWidget *parent) : QWidget(parent)
{
    m_model = new PaymentPlanModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(PaymentPlanModel::State, new OverdueDelegate(m_table));
    m_table->horizontalHeader()->setSectionResizeMode(PaymentPlanModel::Note, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->installEventFilter(this); // Enter edits and commits a cell, never the dialog's default button
    m_sum = new QLabel(this);
    auto *add = new QPushButton(tr("Add &instalment"), this);
    auto *split = new QPushButton(tr("S&plit by proportion…"), this);
    auto *remove = new QPushButton(tr("Remove instalment"), this);
    m_buttons = {add, split, remove};
    for (QPushButton *b : m_buttons)
        b->setAutoDefault(false); // Enter in a field never adds or removes an instalment
    auto *bar = new QHBoxLayout;
    bar->addWidget(add);
    bar->addWidget(split);
    bar->addWidget(remove);
    bar->addStretch(1);
    bar->addWidget(m_sum);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(bar);
    connect(add, &QPushButton::clicked, this, &PaymentPlanTab::addRequested);
    connect(split, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString text = QInputDialog::getText(window(), tr("Split the amount"),
                                                   tr("Proportions of the instalments, e.g. 30/60/10:"), QLineEdit::Normal,
                                                   u"30/60/10"_s, &ok);
        if (ok)
            emit splitRequested(text);
    });
    connect(remove, &QPushButton::clicked, this, [this] { emit removeRequested(currentRow()); });
}

int PaymentPlanTab::currentRow() const
{
    return m_table->currentIndex().row();
}

void PaymentPlanTab::setPlan(const QList<PaymentPlanLine> &plan, const QList<ContractService::PlanState> &states,
                             const QString &currency, bool draft, const Money &amount)
{
    m_model->setPlan(plan, states, currency, draft);
    bool ok = false;
    m_sum->setText(m_model->summary(amount, &ok));
    m_sum->setStyleSheet(ok ? QString() : u"color:#b91c1c"_s);
}

void PaymentPlanTab::setButtonsEnabled(bool enabled)
{
    for (QPushButton *b : std::as_const(m_buttons))
        b->setEnabled(enabled);
}

PaymentPlanEdits::SplitRemainder PaymentPlanTab::askSplitRemainder(const QString &proportions, qint64 total)
{
    using R = PaymentPlanEdits::SplitRemainder;
    QMessageBox box(QMessageBox::Question, tr("Split the amount"),
                    tr("The proportions %1 add up to %2 %, not 100 %.").arg(proportions.trimmed()).arg(total), QMessageBox::NoButton, window());
    QPushButton *rest = nullptr;
    if (total < 100) {
        box.setInformativeText(tr("Add the remaining %1 % as the balance instalment (尾款), or spread the whole amount in these proportions?").arg(100 - total));
        rest = box.addButton(tr("Add %1 % as the &balance").arg(100 - total), QMessageBox::AcceptRole);
    } else {
        box.setInformativeText(tr("Spread the whole amount in these proportions, or correct them?"));
    }
    QPushButton *scale = box.addButton(tr("&Spread in proportion"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(rest ? rest : scale);
    box.exec();
    if (rest && box.clickedButton() == rest)
        return R::BalanceLine;
    return box.clickedButton() == scale ? R::Scale : R::Cancel;
}

bool PaymentPlanTab::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in the plan: starts editing the current cell, or (coming up from the cell's
    // editor, which has committed it) ends there. Left alone, the table ignores it and the
    // dialog clicks its default button — which added an instalment.
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            const QModelIndex current = m_table->currentIndex();
            QWidget *focus = QApplication::focusWidget();
            const bool editing = focus && focus != m_table && m_table->isAncestorOf(focus); // the cell's editor
            if (!editing && current.isValid() && (m_model->flags(current) & Qt::ItemIsEditable))
                m_table->edit(current);
            event->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Huike
