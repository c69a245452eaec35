#include "ui/customerlistpage.h"
#include "ui/levelstatisticsdialog.h"

#include "core/enums.h"
#include "models/customerservice.h"
#include "models/listexport.h"
#include "models/modelerror.h"
#include "ui/listexportdialog.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

// A filter whose choices are read when its list is first opened: the distinct regions of
// a million customers are not worth reading at every start.
class LazyComboBox : public QComboBox
{
public:
    using QComboBox::QComboBox;
    std::function<QStringList()> loader;
    bool loaded = false;

    void showPopup() override
    {
        if (!loaded && loader) {
            loaded = true;
            const QString current = currentData().toString();
            QSignalBlocker block(this);
            QStringList values;
            try {
                values = loader();
            } catch (const ModelError &) {
            }
            for (const QString &v : values)
                if (findData(v) < 0)
                    addItem(v, v);
            setCurrentIndex(std::max(0, findData(current)));
        }
        QComboBox::showPopup();
    }
};

} // namespace

CustomerListPage::CustomerListPage(CustomerListModel &model, QWidget *parent) : QWidget(parent), m_model(model)
{
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Filter customers by name, short name, pinyin or phone"));
    m_search->setClearButtonEnabled(true);
    m_level = new QComboBox(this);
    m_level->addItem(tr("All levels"), QString());
    for (CustomerLevel l : enumValues<CustomerLevel>())
        m_level->addItem(enumLabel(l), enumCode(l));
    m_status = new QComboBox(this);
    m_status->addItem(tr("All statuses"), QString());
    for (CustomerStatus s : enumValues<CustomerStatus>())
        m_status->addItem(enumLabel(s), enumCode(s));
    m_owner = new QComboBox(this);
    m_owner->addItem(tr("All owners"), QString());
    m_owner->addItem(tr("Public pool"), u"pool"_s);
    m_type = new QComboBox(this);
    m_type->addItem(tr("All types"), QString());
    for (CustomerType t : enumValues<CustomerType>())
        m_type->addItem(enumLabel(t), enumCode(t));
    m_region = new LazyComboBox(this);
    m_region->addItem(tr("All regions"), QString());
    m_industry = new LazyComboBox(this);
    m_industry->addItem(tr("All industries"), QString());
    m_tag = new QLineEdit(this);
    m_tag->setPlaceholderText(tr("Tag"));
    m_tag->setClearButtonEnabled(true);
    m_tag->setMaximumWidth(fontMetrics().horizontalAdvance(u"M"_s) * 10);
    m_count = new QLabel(this);

    m_views = new QComboBox(this);
    m_views->setToolTip(tr("Saved views: a filter and sort kept under a name"));
    auto *saveView = new QPushButton(tr("Save &view…"), this);
    auto *deleteView = new QPushButton(tr("Delete view"), this);
    connect(saveView, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save view"), tr("Name of this view:"), QLineEdit::Normal,
                                                   m_views->currentIndex() > 0 ? m_views->currentText() : QString(), &ok)
                                 .trimmed();
        if (ok && !name.isEmpty())
            this->saveView(name);
    });
    connect(deleteView, &QPushButton::clicked, this, [this] {
        if (m_views->currentIndex() > 0)
            this->deleteView(m_views->currentText());
    });
    connect(m_views, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            applyView(m_views->itemText(index));
    });
    m_export = new QPushButton(tr("&Export…"), this);
    m_export->setToolTip(tr("Save the list as shown — its filter, sort and columns, every row — as an Excel or CSV file"));
    connect(m_export, &QPushButton::clicked, this, &CustomerListPage::exportWithDialog);
    m_levels = new QPushButton(tr("&Levels…"), this);
    m_levels->setToolTip(tr("The customers by level: how many, what they paid and what they still owe"));
    connect(m_levels, &QPushButton::clicked, this, [this] {
        LevelStatisticsDialog dialog(m_model.database(), this);
        dialog.exec();
    });
    auto *add = new QPushButton(tr("&New customer"), this);
    add->setToolTip(tr("Create a customer (Ctrl+N)"));
    connect(add, &QPushButton::clicked, this, &CustomerListPage::newCustomerRequested);
    m_claim = new QPushButton(tr("&Claim"), this);
    m_claim->setToolTip(tr("Claim the selected customers from the public pool (Ctrl+Shift+C)"));
    m_release = new QPushButton(tr("Release to &pool"), this);
    m_release->setToolTip(tr("Release the selected customers to the public pool (Ctrl+Shift+P)"));
    m_changeOwner = new QPushButton(tr("Change &owner…"), this);
    m_changeOwner->setToolTip(tr("Give the selected customers to another owner (Ctrl+Shift+O)"));
    // Shown once the role is known (after the first sync brought the users), enabled for a
    // selection they apply to; also on the list's context menu.
    m_claimAction = new QAction(tr("Claim"), this);
    m_claimAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_releaseAction = new QAction(tr("Release to the public pool"), this);
    m_releaseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_changeOwnerAction = new QAction(tr("Change owner…"), this);
    m_changeOwnerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    for (QAction *action : {m_claimAction, m_releaseAction, m_changeOwnerAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setVisible(false);
        action->setEnabled(false);
        addAction(action);
    }
    for (QPushButton *button : {m_claim, m_release, m_changeOwner}) {
        button->setEnabled(false);
        button->hide();
    }
    connect(m_claimAction, &QAction::triggered, this, &CustomerListPage::claimSelection);
    connect(m_claim, &QPushButton::clicked, this, &CustomerListPage::claimSelection);
    connect(m_releaseAction, &QAction::triggered, this, &CustomerListPage::releaseSelection);
    connect(m_release, &QPushButton::clicked, this, &CustomerListPage::releaseSelection);
    connect(m_changeOwnerAction, &QAction::triggered, this, &CustomerListPage::chooseOwnerForSelection);
    connect(m_changeOwner, &QPushButton::clicked, this, &CustomerListPage::chooseOwnerForSelection);
    m_mergeButton = new QPushButton(tr("&Merge…"), this);
    m_mergeButton->setToolTip(tr("Merge the selected customers into one card"));
    m_mergeAction = new QAction(tr("Merge customers…"), this);
    m_undoMergeAction = new QAction(tr("Undo a merge into this customer…"), this);
    for (QAction *action : {m_mergeAction, m_undoMergeAction}) {
        action->setVisible(false);
        action->setEnabled(false);
    }
    m_mergeButton->setEnabled(false);
    m_mergeButton->hide();
    connect(m_mergeAction, &QAction::triggered, this, &CustomerListPage::mergeSelection);
    connect(m_mergeButton, &QPushButton::clicked, this, &CustomerListPage::mergeSelection);
    connect(m_undoMergeAction, &QAction::triggered, this, &CustomerListPage::undoMergeOfSelection);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_views);
    top->addWidget(saveView);
    top->addWidget(deleteView);
    top->addWidget(m_claim);
    top->addWidget(m_release);
    top->addWidget(m_changeOwner);
    top->addWidget(m_mergeButton);
    top->addWidget(m_levels);
    top->addWidget(m_export);
    top->addWidget(add);
    auto *filters = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_level, m_status, m_owner, m_type, m_region, m_industry, m_tag})
        filters->addWidget(w);
    filters->addStretch(1);
    filters->addWidget(m_count);

    m_view = new QTableView(this);
    m_view->setModel(&model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CustomerListModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(CustomerListModel::Name, 280);
    m_view->setColumnWidth(CustomerListModel::Level, 130);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString id = m_model.idAt(index.row());
        if (!id.isEmpty())
            emit customerActivated(id);
    });
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_claimAction, m_releaseAction, m_changeOwnerAction, m_mergeAction, m_undoMergeAction});
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CustomerListPage::updateSelectionActions);
    connect(&model, &QAbstractItemModel::modelReset, this, &CustomerListPage::updateSelectionActions);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150); // filter as the user types, without a query per key
    connect(m_debounce, &QTimer::timeout, this, &CustomerListPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_tag, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop(); // filter now, not after the pause
        applyFilter();
        if (m_model.rowCount() == 1 && !m_model.canFetchMore({})) {
            const QString id = m_model.idAt(0);
            if (!id.isEmpty())
                emit customerActivated(id);
        }
    });
    for (QComboBox *box : {m_level, m_status, m_owner, m_type, m_region, m_industry})
        connect(box, &QComboBox::currentIndexChanged, this, &CustomerListPage::applyFilter);
    auto showCount = [this] {
        const QString error = m_model.readError();
        m_count->setText(error.isEmpty() ? tr("%n customer(s)", nullptr, m_model.rowCount())
                                         : tr("Could not read the list: %1").arg(error));
    };
    connect(&model, &QAbstractItemModel::modelReset, this, showCount);
    showCount();
    fillChoices();
}

QList<int> CustomerListPage::shownColumns() const
{
    QList<int> columns;
    const QHeaderView *header = m_view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}

qint64 CustomerListPage::exportTo(const QString &path, bool gb18030)
{
    if (m_debounce->isActive()) { // what was typed counts
        m_debounce->stop();
        applyFilter();
    }
    ListExport exporter(m_model, shownColumns());
    return ListExportDialog::exportTo(this, exporter, path, SheetWriter::formatOf(path).value_or(SheetWriter::Format::Xlsx),
                                      gb18030 ? TextEncoding::Encoding::Gb18030 : TextEncoding::Encoding::Utf8);
}

void CustomerListPage::exportWithDialog()
{
    if (m_debounce->isActive()) {
        m_debounce->stop();
        applyFilter();
    }
    ListExport exporter(m_model, shownColumns());
    ListExportDialog::run(this, exporter, tr("Customers"));
}

QComboBox *CustomerListPage::filterBox(const QString &name) const
{
    if (name == u"level") return m_level;
    if (name == u"status") return m_status;
    if (name == u"owner") return m_owner;
    if (name == u"type") return m_type;
    if (name == u"region") return m_region;
    if (name == u"industry") return m_industry;
    return nullptr;
}

void CustomerListPage::setService(CustomerService *service)
{
    m_service = service;
    fillChoices();
}

void CustomerListPage::fillChoices()
{
    // Owners and, lazily, the regions and industries in use. The owner filter is refilled
    // silently (removing the chosen entry would move the filter to another one) and keeps
    // its choice; only when that owner is gone does the filter change, and say so.
    const QString owner = m_owner->currentData().toString();
    {
        QSignalBlocker block(m_owner);
        while (m_owner->count() > 2)
            m_owner->removeItem(2);
        if (m_service) {
            const QString me = m_service->currentUserId();
            if (!me.isEmpty())
                m_owner->addItem(tr("My customers"), me);
            for (const auto &[id, name] : m_service->users())
                if (id != me)
                    m_owner->addItem(name, id);
        }
        m_owner->setCurrentIndex(std::max(0, m_owner->findData(owner)));
    }
    if (m_owner->currentData().toString() != owner)
        applyFilter();
    m_views->clear();
    m_views->addItem(tr("All customers"));
    m_views->addItems(savedViews());
    updateRoleActions();
    if (!m_service)
        return;
    for (QComboBox *box : {m_region, m_industry}) {
        auto *lazy = static_cast<LazyComboBox *>(box);
        const QString column = box == m_region ? u"region"_s : u"industry"_s;
        lazy->loader = [this, column] { return m_service->distinctValues(column); };
        lazy->loaded = false; // read again when next opened
    }
}

void CustomerListPage::applyFilter()
{
    if (m_applyingView)
        return;
    CustomerListModel::Filter f = m_model.filter();
    f.text = m_search->text();
    f.level = m_level->currentData().toString();
    f.status = m_status->currentData().toString();
    f.ownerId = m_owner->currentData().toString();
    f.type = m_type->currentData().toString();
    f.region = m_region->currentData().toString();
    f.industry = m_industry->currentData().toString();
    f.tag = m_tag->text().trimmed();
    m_model.setFilter(f);
}

QString CustomerListPage::settingsKey() const
{
    const QString user = m_service ? m_service->currentUserId() : QString();
    return u"views/customers/"_s + (user.isEmpty() ? u"default"_s : user);
}

QStringList CustomerListPage::savedViews() const
{
    QSettings settings;
    settings.beginGroup(settingsKey());
    QStringList names = settings.childGroups();
    names.sort();
    return names;
}

void CustomerListPage::saveView(const QString &name)
{
    QSettings settings;
    settings.beginGroup(settingsKey() + u'/' + name);
    settings.setValue(u"text"_s, m_search->text());
    for (const QString &box : {u"level"_s, u"status"_s, u"owner"_s, u"type"_s, u"region"_s, u"industry"_s})
        settings.setValue(box, filterBox(box)->currentData().toString());
    settings.setValue(u"tag"_s, m_tag->text());
    settings.setValue(u"sortColumn"_s, m_view->horizontalHeader()->sortIndicatorSection());
    settings.setValue(u"sortOrder"_s, int(m_view->horizontalHeader()->sortIndicatorOrder()));
    settings.endGroup();
    settings.sync();
    fillChoices();
    m_views->setCurrentIndex(m_views->findText(name));
}

void CustomerListPage::applyView(const QString &name)
{
    QSettings settings;
    settings.beginGroup(settingsKey() + u'/' + name);
    m_applyingView = true;
    m_search->setText(settings.value(u"text"_s).toString());
    for (const QString &box : {u"level"_s, u"status"_s, u"owner"_s, u"type"_s, u"region"_s, u"industry"_s}) {
        QComboBox *b = filterBox(box);
        const QString value = settings.value(box).toString();
        if (!value.isEmpty() && b->findData(value) < 0)
            b->addItem(value, value); // a region or industry not in the list yet
        b->setCurrentIndex(std::max(0, b->findData(value)));
    }
    m_tag->setText(settings.value(u"tag"_s).toString());
    m_applyingView = false;
    m_debounce->stop();
    applyFilter();
    m_view->sortByColumn(settings.value(u"sortColumn"_s, int(CustomerListModel::Name)).toInt(),
                         Qt::SortOrder(settings.value(u"sortOrder"_s, int(Qt::AscendingOrder)).toInt()));
    m_views->setCurrentIndex(std::max(0, m_views->findText(name)));
}

void CustomerListPage::deleteView(const QString &name)
{
    QSettings settings;
    settings.remove(settingsKey() + u'/' + name);
    settings.sync();
    fillChoices();
}

QStringList CustomerListPage::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids << m_model.idAt(index.row());
    ids.removeAll(QString());
    return ids;
}

} // namespace Huike
