#include "ui/contactspage.h"

#include "models/contactlistmodel.h"
#include "models/vcard.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Huike {

ContactsPage::ContactsPage(ContactListModel &model, QWidget *parent) : QWidget(parent), m_model(model)
{
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search contacts by name, phone, e-mail or pinyin"));
    m_search->setClearButtonEnabled(true);
    m_scope = new QComboBox(this);
    if (!model.userId().isEmpty())
        m_scope->addItem(tr("Contacts of my customers"), true);
    m_scope->addItem(tr("All contacts I can see"), false);
    m_count = new QLabel(this);
    m_export = new QPushButton(tr("&Export vCard…"), this);
    m_export->setToolTip(tr("Saves the selected contacts — or, with none selected, the whole list — as a vCard file "
                            "for an address book or a phone."));
    connect(m_export, &QPushButton::clicked, this, &ContactsPage::exportWithDialog);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_scope);
    top->addWidget(m_export);

    m_view = new QTableView(this);
    m_view->setModel(&model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ContactListModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    // The customer takes what is left; phones and e-mail addresses are shown whole.
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(ContactListModel::Customer, QHeaderView::Stretch);
    const int em = fontMetrics().horizontalAdvance(u"M"_s);
    m_view->setColumnWidth(ContactListModel::Name, em * 7);
    m_view->setColumnWidth(ContactListModel::Title, em * 8);
    m_view->setColumnWidth(ContactListModel::Phone, em * 23);
    m_view->setColumnWidth(ContactListModel::Email, em * 24);
    m_view->setColumnWidth(ContactListModel::Owner, em * 6);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(ContactListModel::CustomerIdRole).toString();
        if (!id.isEmpty())
            emit customerActivated(id);
    });
    // Enter in the search box with a single contact found opens its customer.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        applyFilter();
        if (m_model.rowCount() == 1)
            emit customerActivated(m_model.entryAt(0).customerId);
        else if (m_model.rowCount() > 1)
            m_view->setFocus();
    });
    connect(&model, &QAbstractItemModel::modelReset, this, &ContactsPage::updateCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ContactsPage::updateCount);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count);
    bottom->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &ContactsPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_scope, &QComboBox::currentIndexChanged, this, &ContactsPage::applyFilter);
    applyFilter();
}

void ContactsPage::applyFilter()
{
    m_debounce->stop();
    ContactListModel::Filter filter;
    filter.text = m_search->text();
    filter.mineOnly = m_scope->currentData().toBool();
    m_model.setFilter(filter);
    updateCount();
}

void ContactsPage::reload()
{
    m_model.reload();
}

void ContactsPage::updateCount()
{
    const int shown = m_model.rowCount();
    QString text = m_model.totalCount() > shown
        ? tr("The first %1 of %2 contacts; search to narrow the list").arg(shown).arg(m_model.totalCount())
        : tr("%n contact(s)", nullptr, shown);
    const int selected = int(m_view->selectionModel()->selectedRows().size());
    if (selected > 0)
        text += u" · "_s + tr("%n selected", nullptr, selected);
    m_count->setText(text);
    m_export->setEnabled(shown > 0);
}

QList<int> ContactsPage::exportRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty()) {
        for (int row = 0; row < m_model.rowCount(); ++row)
            rows << row;
    }
    std::sort(rows.begin(), rows.end()); // in the list's order
    return rows;
}

QByteArray ContactsPage::vCards() const
{
    QList<VCard::Card> cards;
    for (int row : exportRows()) {
        const ContactListModel::Entry &e = m_model.entryAt(row);
        cards.append({e.name, e.customer, e.department, e.title, e.phone, e.mobile, e.email});
    }
    return VCard::write(cards);
}

int ContactsPage::exportTo(const QString &path, QString *error) const
{
    QSaveFile file(path);
    const QByteArray text = vCards();
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return -1;
    }
    return int(exportRows().size());
}

void ContactsPage::exportWithDialog()
{
    if (m_model.rowCount() == 0)
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export contacts as vCard"),
                                                      QDir(dir).filePath(tr("contacts") + u".vcf"_s),
                                                      tr("vCard files (*.vcf)"));
    if (path.isEmpty())
        return;
    QString error;
    const int n = exportTo(path, &error);
    if (n < 0)
        QMessageBox::warning(this, tr("Export vCard"), tr("The file could not be written: %1").arg(error));
    else
        m_count->setText(tr("%n contact(s) exported to %1", nullptr, n).arg(QDir::toNativeSeparators(path)));
}

} // namespace Huike
