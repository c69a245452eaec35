#include "ui/customer360page.h"

#include "core/dateformat.h"
#include "core/enums.h"
#include "core/money.h"
#include "core/timestamp.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

QString money(qint64 fen)
{
    return Money::fromFen(fen).format(QLocale());
}

QString localTime(const QString &timestamp)
{
    return DateFormat::dateTime(timestamp);
}

} // namespace

Customer360Page::Customer360Page(Customer360 &service, QWidget *parent) : QWidget(parent), m_service(service)
{
    m_header = new QLabel(this);
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_figures = new QLabel(this);
    m_figures->setTextFormat(Qt::RichText);
    m_figures->setWordWrap(true);
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("All records"), QString());
    for (const QString &k : Customer360::kinds())
        m_kind->addItem(Customer360::kindLabel(k), k);
    auto *log = new QPushButton(tr("Log ac&tivity…"), this);
    log->setToolTip(tr("Log a call, visit, email or note (Ctrl+L)"));
    connect(log, &QPushButton::clicked, this, &Customer360Page::logActivityRequested);
    auto *quote = new QPushButton(tr("New &quote…"), this);
    connect(quote, &QPushButton::clicked, this, &Customer360Page::newQuoteRequested);
    auto *opportunity = new QPushButton(tr("New o&pportunity…"), this);
    connect(opportunity, &QPushButton::clicked, this, &Customer360Page::newOpportunityRequested);

    m_model = new TimelineModel(this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(TimelineModel::Title, QHeaderView::Stretch);
    m_view->setColumnWidth(TimelineModel::When, fontMetrics().horizontalAdvance(u"2026/11/24 23:59"_s) + 16);
    m_view->setColumnWidth(TimelineModel::Detail, fontMetrics().horizontalAdvance(u"M"_s) * 22);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        emit entryActivated(m_model->entry(index.row()));
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const QString k = m_kind->currentData().toString();
        m_model->setKinds(k.isEmpty() ? QSet<QString>() : QSet<QString>{k});
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Show:"), this));
    bar->addWidget(m_kind);
    bar->addStretch(1);
    bar->addWidget(opportunity);
    bar->addWidget(quote);
    bar->addWidget(log);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_figures);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
}

void Customer360Page::load(const Customer &customer, const QString &ownerName)
{
    m_customer = customer;
    m_owner = ownerName;
    reload();
}

void Customer360Page::reload()
{
    const Customer &c = m_customer;
    const QString id = c.meta.id.toString();
    QStringList facts{c.level ? enumLabel(*c.level) : tr("no level"), enumLabel(c.status), enumLabel(c.type),
                      tr("owner: %1").arg(m_owner.toHtmlEscaped())};
    if (!c.creditRating.isEmpty())
        facts << tr("credit rating: %1").arg(c.creditRating.toHtmlEscaped());
    m_header->setText(u"<span style='font-size:large; font-weight:bold'>%1</span><br>%2"_s.arg(
        c.name.toHtmlEscaped(), facts.join(u" · "_s)));
    const Customer360::Figures f = m_service.figures(id);
    const QString tickets = f.overdueTickets > 0 ? tr("%1, <span style='color:#c0392b'>%2 overdue</span>").arg(f.openTickets).arg(f.overdueTickets)
                                                 : QString::number(f.openTickets);
    m_figures->setText(
        tr("<table cellspacing='12'><tr>"
           "<td>Lifetime revenue<br><b>%1</b></td>"
           "<td>Receivables outstanding<br><b>%2</b></td>"
           "<td>Open pipeline (%3)<br><b>%4</b></td>"
           "<td>Last contact<br><b>%5</b></td>"
           "<td>Open service tickets<br><b>%6</b></td>"
           "<td>Assets in warranty<br><b>%7</b></td>"
           "</tr></table>")
            .arg(money(f.lifetimeRevenueFen), money(f.receivablesFen))
            .arg(f.openOpportunities)
            .arg(money(f.openPipelineFen), f.lastContact.isEmpty() ? tr("never") : localTime(f.lastContact), tickets,
                 tr("%1 of %2").arg(f.assetsInWarranty).arg(f.assets)));
    m_model->setEntries(m_service.timeline(id));
}

RecordDialog::RecordDialog(const QString &table, const Row &row, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(Customer360::kindLabel(table));
    // The columns worth showing, in order, with their captions.
    static const QList<QPair<QString, const char *>> columns{
        {u"number"_s, QT_TRANSLATE_NOOP("Huike::RecordDialog", "Number")},
        {u"name"_s, QT_TRANSLATE_NOOP("Huike::RecordDialog", "Name")},
        {u"title"_s, QT_TRANSLATE_NOOP("Huike::RecordDialog", "Heading")},
        {u"revision"_s, QT_TRANSLATE_NOOP("Huike::RecordDialog", "Revision")},
        {u"stage"_s, QT_TRANSLATE_NOOP("Huike::RecordDialog", "Stage")},
        {u"status"_s, QT_TRANSLATE_NOOP("Huike::RecordDialog", "Status")},
        {u"kind"_s, QT_TRANSLATE_NOOP("Huike::RecordDialog", "Kind")},
        {u"amount_fen"_s, QT_TRANSLATE_NOOP("Huike::RecordDialog", "Amount")},
        {u"net_fen"_s, QT_TRANSLATE_NOOP("Huike::RecordDialog", "Net amount")},
        {u"tax_fen"_s, QT_TRANSLATE_NOOP("Huike::RecordDialog", "Tax")},
        {u"gross_fen"_s, QT_TRANSLATE_NOOP("Huike::RecordDialog", "Total")},
        {u"expected_close"_s, QT_TRANSLATE_NOOP("Huike::RecordDialog", "Expected close")},
        {u"valid_until"_s, QT_TRANSLATE_NOOP("Huike::RecordDialog", "Valid until")},
        {u"sign_date"_s, QT_TRANSLATE_NOOP("Huike::RecordDialog", "Signed on")},
        {u"start_date"_s, QT_TRANSLATE_NOOP("Huike::RecordDialog", "Start")},
        {u"end_date"_s, QT_TRANSLATE_NOOP("Huike::RecordDialog", "End")},
        {u"paid_on"_s, QT_TRANSLATE_NOOP("Huike::RecordDialog", "Paid on")},
        {u"issued_on"_s, QT_TRANSLATE_NOOP("Huike::RecordDialog", "Issued on")},
        {u"delivered_on"_s, QT_TRANSLATE_NOOP("Huike::RecordDialog", "Delivered on")},
        {u"method"_s, QT_TRANSLATE_NOOP("Huike::RecordDialog", "Method")},
        {u"reference"_s, QT_TRANSLATE_NOOP("Huike::RecordDialog", "Reference")},
        {u"description"_s, QT_TRANSLATE_NOOP("Huike::RecordDialog", "Goods")},
        {u"carrier"_s, QT_TRANSLATE_NOOP("Huike::RecordDialog", "Carrier")},
        {u"tracking_number"_s, QT_TRANSLATE_NOOP("Huike::RecordDialog", "Tracking number")},
        {u"receiver"_s, QT_TRANSLATE_NOOP("Huike::RecordDialog", "Received by")},
        {u"competitors"_s, QT_TRANSLATE_NOOP("Huike::RecordDialog", "Competitors")},
        {u"next_step"_s, QT_TRANSLATE_NOOP("Huike::RecordDialog", "Next step")},
        {u"party_a"_s, QT_TRANSLATE_NOOP("Huike::RecordDialog", "Party A")},
        {u"party_b"_s, QT_TRANSLATE_NOOP("Huike::RecordDialog", "Party B")},
        {u"terms"_s, QT_TRANSLATE_NOOP("Huike::RecordDialog", "Terms")},
        {u"notes"_s, QT_TRANSLATE_NOOP("Huike::RecordDialog", "Notes")},
        {u"note"_s, QT_TRANSLATE_NOOP("Huike::RecordDialog", "Note")},
    };
    auto *form = new QFormLayout;
    for (const auto &[column, caption] : columns) {
        if (!row.contains(column) || row.value(column).isNull() || row.value(column).toString().isEmpty())
            continue;
        QString value = row.value(column).toString();
        if (column.endsWith(u"_fen"))
            value = money(row.value(column).toLongLong());
        else if (column == u"stage")
            value = Customer360::stageLabel(value);
        else if (column == u"status" && table == u"contracts")
            value = enumLabel(enumFromCode<ContractStatus>(value).value_or(ContractStatus::Draft));
        else if (column == u"status" && table == u"quotes")
            value = enumLabel(enumFromCode<QuoteStatus>(value).value_or(QuoteStatus::Draft));
        else if (column == u"method")
            value = enumLabel(enumFromCode<PaymentMethod>(value).value_or(PaymentMethod::Other));
        else if (column == u"kind" && table == u"invoices")
            value = enumLabel(enumFromCode<InvoiceKind>(value).value_or(InvoiceKind::Ordinary));
        auto *label = new QLabel(value, this);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
        form->addRow(QCoreApplication::translate("Huike::RecordDialog", caption), label);
    }
    auto *note = new QLabel(tr("The editor for this kind of record comes with the sales pipeline; here it is read-only."), this);
    note->setWordWrap(true);
    note->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(u"M"_s) * 40);
}

} // namespace Huike
