#include "ui/voucherdialog.h"

#include "models/modelerror.h"
#include "models/services.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

QString aux(const VoucherEntry &e)
{
    QStringList parts;
    for (const VoucherParty *p : {&e.customer, &e.department, &e.person})
        if (!p->name.isEmpty())
            parts << p->name;
    return parts.join(u" / "_s);
}

} // namespace

VoucherDialog::VoucherDialog(Replica &replica, QWidget *parent) : QDialog(parent), m_service(replica)
{
    setWindowTitle(tr("Export accounting vouchers"));
    setObjectName(u"voucherDialog"_s);
    auto *form = new QFormLayout;
    m_month = new QDateEdit(this);
    m_month->setObjectName(u"month"_s);
    m_month->setDisplayFormat(u"yyyy-MM"_s);
    m_month->setCalendarPopup(false);
    m_month->setDate(QDate::currentDate().addMonths(-1));
    form->addRow(tr("&Month:"), m_month);
    m_format = new QComboBox(this);
    m_format->setObjectName(u"format"_s);
    for (auto f : {VoucherService::Format::Kingdee, VoucherService::Format::Yonyou, VoucherService::Format::List})
        m_format->addItem(VoucherService::caption(f), int(f));
    form->addRow(tr("&Format:"), m_format);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"vouchers"_s);
    m_tree->setHeaderLabels({tr("Voucher / summary"), tr("Account"), tr("Debit"), tr("Credit"), tr("Customer / department / person")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    auto *previewLabel = new QLabel(tr("&Preview:"), this);
    previewLabel->setBuddy(m_tree);

    m_totals = new QLabel(this);
    m_totals->setObjectName(u"totals"_s);
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exported = new QLabel(this);
    m_exported->setObjectName(u"exported"_s);
    m_exported->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(u"export"_s);
    m_export->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &VoucherDialog::exportClicked);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(previewLabel);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_totals);
    layout->addWidget(m_exported);
    layout->addWidget(buttons);
    resize(1000, 580);

    connect(m_month, &QDateEdit::dateChanged, this, &VoucherDialog::reload);
    connect(m_format, &QComboBox::currentIndexChanged, this, &VoucherDialog::reload);
    reload();
}

VoucherDialog::~VoucherDialog() = default;

void VoucherDialog::addMenu(QMenuBar *menuBar, Services &services, QWidget *window)
{
    try {
        if (!VoucherService(services.replica()).mayExport())
            return;
    } catch (const ModelError &) {
        return;
    }
    // The main window's 财务 menu when it has one (expenses, budgets), else a new one.
    QMenu *finance = menuBar->findChild<QMenu *>(u"financeMenu"_s);
    if (!finance) {
        finance = menuBar->addMenu(tr("Fin&ance"));
        finance->setObjectName(u"financeMenu"_s);
    } else {
        finance->addSeparator();
    }
    QAction *vouchers = finance->addAction(tr("Export accounting &vouchers…"));
    vouchers->setObjectName(u"exportVouchers"_s);
    Replica *replica = &services.replica();
    QObject::connect(vouchers, &QAction::triggered, window, [replica, window] {
        VoucherDialog dialog(*replica, window);
        dialog.exec();
    });
}

void VoucherDialog::setPeriod(QDate month)
{
    m_month->setDate(month);
    reload();
}

void VoucherDialog::setFormat(VoucherService::Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

VoucherService::Format VoucherDialog::format() const
{
    return VoucherService::Format(m_format->currentData().toInt());
}

QString VoucherDialog::status() const
{
    return m_totals->text();
}

void VoucherDialog::reload()
{
    const QString period = VoucherService::periodOf(m_month->date());
    m_tree->clear();
    try {
        // The list shows the month as a whole; an export shows what it would write.
        m_preview = m_service.preview(period, format() == VoucherService::Format::List ? VoucherService::Again::Yes
                                                                                        : VoucherService::Again::No);
    } catch (const ModelError &e) {
        m_preview = {};
        m_preview.error = e.message();
    }
    const QLocale locale;
    for (const Voucher &v : std::as_const(m_preview.vouchers)) {
        auto *top = new QTreeWidgetItem(m_tree, {tr("%1-%2  %3  (%n attachment(s))", nullptr, v.attachments)
                                                     .arg(v.word)
                                                     .arg(v.number)
                                                     .arg(v.date.toString(Qt::ISODate)),
                                                 QString(), v.debitTotal().format(locale), v.creditTotal().format(locale)});
        top->setFirstColumnSpanned(false);
        for (const VoucherEntry &e : v.entries) {
            auto *item = new QTreeWidgetItem(top, {e.summary, e.accountCode + u' ' + e.accountName,
                                                   e.debit.isZero() ? QString() : e.debit.format(locale),
                                                   e.credit.isZero() ? QString() : e.credit.format(locale), aux(e)});
            item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
            item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        }
        top->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        top->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_tree->expandAll();
    for (int c = 0; c < 4; ++c)
        m_tree->resizeColumnToContents(c);

    if (!m_preview.error.isEmpty()) {
        m_totals->setText(m_preview.error);
        m_totals->setStyleSheet(u"color: #b00020;"_s);
    } else if (m_preview.vouchers.isEmpty() && !m_preview.needsAgain()) {
        m_totals->setText(tr("No payments or invoices to book in %1.").arg(period));
        m_totals->setStyleSheet(QString());
    } else if (m_preview.needsAgain()) {
        m_totals->setText(tr("Every voucher of %1 was exported before; nothing new is left.").arg(period));
        m_totals->setStyleSheet(QString());
    } else {
        m_totals->setText(tr("%n voucher(s); debits %1, credits %2 — %3", nullptr, int(m_preview.vouchers.size()))
                              .arg(m_preview.debit.format(locale), m_preview.credit.format(locale),
                                   m_preview.balanced() ? tr("debits and credits balance") : tr("NOT BALANCED")));
        m_totals->setStyleSheet(m_preview.balanced() ? QString() : u"color: #b00020;"_s);
    }
    m_exported->setText(m_preview.batchesBefore == 0
                            ? QString()
                            : tr("%n voucher(s) of this month were exported before (in %1 export(s)); they are left out.",
                                 nullptr, m_preview.exportedBefore)
                                  .arg(m_preview.batchesBefore));
    m_exported->setVisible(m_preview.batchesBefore > 0 && format() != VoucherService::Format::List);
    m_export->setEnabled(m_preview.error.isEmpty() && (!m_preview.vouchers.isEmpty() || m_preview.needsAgain()));
}

bool VoucherDialog::exportTo(const QString &path, VoucherService::Again again, bool quiet)
{
    const QString period = VoucherService::periodOf(m_month->date());
    QString error;
    bool ok = false;
    try {
        const VoucherService::Preview p = again == VoucherService::Again::Yes ? m_service.preview(period, again) : m_preview;
        ok = m_service.exportTo(p, format(), path, &error);
    } catch (const ModelError &e) {
        error = e.message();
    }
    if (!ok && !quiet)
        QMessageBox::warning(this, tr("Export accounting vouchers"), error);
    reload();
    return ok;
}

void VoucherDialog::exportClicked()
{
    const QString period = VoucherService::periodOf(m_month->date());
    VoucherService::Again again = VoucherService::Again::No;
    if (m_preview.needsAgain() && format() != VoucherService::Format::List) {
        const auto answer = QMessageBox::question(
            this, tr("Export accounting vouchers"),
            tr("The vouchers of %1 were all exported before. Export them again with the same numbers? "
               "Import them into the accounting software only once.")
                .arg(period),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
        again = VoucherService::Again::Yes;
    }
    const VoucherService::Format f = format();
    const bool text = f == VoucherService::Format::Yonyou;
    const QString suffix = text ? u"txt"_s : u"xlsx"_s;
    const QString name = f == VoucherService::Format::List ? tr("Vouchers %1").arg(period)
                                                           : tr("Vouchers %1 %2").arg(period, VoucherService::code(f));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("Export accounting vouchers"),
                                                QDir(folder).filePath(name + u'.' + suffix),
                                                text ? tr("Text file (*.txt)") : tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += u'.' + suffix;
    if (exportTo(path, again))
        QMessageBox::information(this, tr("Export accounting vouchers"),
                                 tr("The vouchers were written to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace Huike
