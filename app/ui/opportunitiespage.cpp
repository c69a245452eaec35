#include "ui/opportunitiespage.h"

#include "core/dateformat.h"
#include "core/textnormalizer.h"
#include "core/timestamp.h"
#include "models/modelerror.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

constexpr int IdRole = Qt::UserRole + 1;
constexpr int NameRole = Qt::UserRole + 2;     // a card's opportunity name, in full
constexpr int CustomerRole = Qt::UserRole + 3; // its customer's name
constexpr int AmountRole = Qt::UserRole + 4;   // its amount, formatted

constexpr int SortRole = Qt::UserRole + 5;     // a list cell's sort value when not its text

// A cell of the list: names sort by pinyin (as QCollator for zh_CN), amounts by value.
class ListItem : public QTableWidgetItem
{
public:
    explicit ListItem(const QString &text, const QVariant &sortValue = {}) : QTableWidgetItem(text)
    {
        if (sortValue.isValid())
            setData(SortRole, sortValue);
    }
    bool operator<(const QTableWidgetItem &other) const override
    {
        const QVariant a = data(SortRole), b = other.data(SortRole);
        if (a.isValid() && b.isValid())
            return a.toLongLong() < b.toLongLong();
        return TextNormalizer::compare(text(), other.text()) < 0;
    }
};

// Room a card's text leaves inside the column: the item's margin, border and padding
// (the style sheet below) and a little air.
constexpr int CardChrome = 2 * (4 + 1 + 6) + 8;

QString duration(qint64 ms)
{
    const qint64 hours = ms / 3600000;
    if (hours < 24)
        return QCoreApplication::translate("Huike::OpportunityDialog", "%n hour(s)", nullptr, int(hours));
    // (lupdate 6.4 hangs on a '/' inside translate()'s arguments: divide first.)
    const int days = int(hours / 24);
    return QCoreApplication::translate("Huike::OpportunityDialog", "%n day(s)", nullptr, days);
}

} // namespace

// ---- OpportunityDialog -----------------------------------------------------------------

OpportunityDialog::OpportunityDialog(OpportunityService &service, const Opportunity &opportunity, QWidget *parent)
    : QDialog(parent), m_service(service), m_opportunity(opportunity)
{
    setWindowTitle(opportunity.meta.id.isNull() ? tr("New opportunity") : tr("Opportunity — %1").arg(opportunity.name));
    m_name = new QLineEdit(opportunity.name, this);
    m_stage = new QComboBox(this);
    for (const SalesStage &s : m_service.stages())
        m_stage->addItem(u"%1 (%2 %)"_s.arg(s.name, s.probabilityPercent.toString()), s.code);
    m_stage->setCurrentIndex(std::max(0, m_stage->findData(opportunity.stage)));
    m_probability = new QLineEdit(opportunity.probabilityPercent.toString(), this);
    m_amount = new QLineEdit(opportunity.amount.toPlainString(), this);
    m_close = new QDateEdit(this);
    m_close->setCalendarPopup(true);
    m_close->setDisplayFormat(DateFormat::DatePattern.toString());
    m_close->setDate(opportunity.expectedClose.isEmpty() ? QDate::currentDate().addMonths(2)
                                                         : QDate::fromString(opportunity.expectedClose, Qt::ISODate));
    m_competitors = new QLineEdit(opportunity.competitors, this);
    m_nextStep = new QLineEdit(opportunity.nextStep, this);
    m_lostReason = new QLineEdit(opportunity.lostReason, this);
    m_name->setObjectName(u"name"_s);
    m_probability->setObjectName(u"probabilityPercent"_s);
    m_amount->setObjectName(u"amount"_s);
    m_competitors->setObjectName(u"competitors"_s);
    m_nextStep->setObjectName(u"nextStep"_s);
    m_lostReason->setObjectName(u"lostReason"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Stage:"), m_stage);
    form->addRow(tr("&Probability (%):"), m_probability);
    form->addRow(tr("&Amount (CNY):"), m_amount);
    form->addRow(tr("Expected &close:"), m_close);
    form->addRow(tr("C&ompetitors:"), m_competitors);
    form->addRow(tr("Ne&xt step:"), m_nextStep);
    form->addRow(tr("&Reason lost:"), m_lostReason);
    m_history = new QTableWidget(0, 3, this);
    m_history->setHorizontalHeaderLabels({tr("Stage"), tr("Entered"), tr("Time in stage")});
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->verticalHeader()->hide();
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setStyleSheet(u"color:#b91c1c"_s);
    auto *saveButton = new QPushButton(tr("&Save"), this);
    saveButton->setDefault(true);
    auto *quote = new QPushButton(tr("New &quote…"), this);
    auto *cancel = new QPushButton(tr("Cancel"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(quote);
    buttons->addStretch(1);
    buttons->addWidget(saveButton);
    buttons->addWidget(cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Stage history:"), this));
    layout->addWidget(m_history, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_stage, &QComboBox::currentIndexChanged, this, [this] {
        if (const auto s = m_service.stage(m_stage->currentData().toString())) {
            m_probability->setText(s->probabilityPercent.toString());
            m_lostReason->setEnabled(s->outcome == StageOutcome::Lost);
        }
    });
    if (const auto s = m_service.stage(opportunity.stage))
        m_lostReason->setEnabled(s->outcome == StageOutcome::Lost);
    connect(saveButton, &QPushButton::clicked, this, [this] {
        if (save())
            accept();
    });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(quote, &QPushButton::clicked, this, [this] {
        if (m_opportunity.meta.id.isNull() && !save())
            return;
        emit quoteRequested(m_opportunity.customerId.toString(), m_opportunity.meta.id.toString());
        accept();
    });
    showHistory();
}

QLineEdit *OpportunityDialog::field(const QString &name) const
{
    return findChild<QLineEdit *>(name);
}

bool OpportunityDialog::save()
{
    Opportunity o = m_opportunity;
    o.name = m_name->text().trimmed();
    o.stage = m_stage->currentData().toString();
    const auto probability = Decimal::parse(m_probability->text().trimmed().remove(u'%'));
    const auto amount = Money::parse(m_amount->text().trimmed());
    if (!probability) {
        m_status->setText(tr("The probability is a number from 0 to 100."));
        m_probability->setFocus();
        return false;
    }
    if (!amount) {
        m_status->setText(tr("The amount is a sum like 120000.00."));
        m_amount->setFocus();
        return false;
    }
    o.probabilityPercent = *probability;
    o.amount = *amount;
    o.expectedClose = m_close->date().toString(Qt::ISODate);
    o.competitors = m_competitors->text().trimmed();
    o.nextStep = m_nextStep->text().trimmed();
    o.lostReason = m_lostReason->isEnabled() ? m_lostReason->text().trimmed() : QString();
    try {
        const ValidationErrors errors = m_service.save(o);
        if (errors) {
            m_status->setText(errors.errors().first().message);
            if (QLineEdit *f = field(errors.errors().first().field))
                f->setFocus();
            return false;
        }
    } catch (const ModelError &e) {
        m_status->setText(tr("Not saved: %1").arg(e.message()));
        return false;
    }
    m_opportunity = o;
    showHistory();
    emit saved(o.meta.id.toString());
    return true;
}

void OpportunityDialog::showHistory()
{
    if (m_opportunity.meta.id.isNull())
        return;
    const QList<StageChange> history = m_service.history(m_opportunity.meta.id.toString());
    m_history->setRowCount(int(history.size()));
    const QString now = Timestamp::now();
    for (int r = 0; r < history.size(); ++r) {
        const auto s = m_service.stage(history[r].toStage);
        const QString next = r + 1 < history.size() ? history[r + 1].changedAt : now;
        const auto at = Timestamp::parse(history[r].changedAt);
        const auto until = Timestamp::parse(next);
        m_history->setItem(r, 0, new QTableWidgetItem(s ? s->name : history[r].toStage));
        m_history->setItem(r, 1, new QTableWidgetItem(DateFormat::dateTime(history[r].changedAt)));
        m_history->setItem(r, 2, new QTableWidgetItem(at && until ? duration(std::max<qint64>(0, at->msecsTo(*until))) : QString()));
    }
}

// ---- OpportunitiesPage -----------------------------------------------------------------

OpportunitiesPage::OpportunitiesPage(OpportunityService &service, QWidget *parent, Load load)
    : QWidget(parent), m_service(service)
{
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Filter by opportunity or customer name…"));
    m_search->setClearButtonEnabled(true);
    m_mode = new QComboBox(this);
    m_mode->addItem(tr("List"));
    m_mode->addItem(tr("Board by stage"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_mode);

    m_table = new QTableWidget(0, 7, this);
    m_table->setHorizontalHeaderLabels({tr("Opportunity"), tr("Customer"), tr("Stage"), tr("Amount"), tr("Probability"),
                                        tr("Expected close"), tr("Next step")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setSortingEnabled(true);
    connect(m_table, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *item) {
        emit openOpportunity(m_table->item(item->row(), 0)->data(IdRole).toString());
    });

    auto *board = new QWidget(this);
    auto *boardLayout = new QHBoxLayout(board);
    m_stages = m_service.stages();
    for (const SalesStage &s : m_stages) {
        auto *column = new QVBoxLayout;
        auto *title = new QLabel(board);
        title->setObjectName(u"stageTitle_"_s + s.code);
        title->setAlignment(Qt::AlignCenter);
        title->setTextFormat(Qt::RichText);
        m_titles << title;
        auto *list = new QListWidget(board);
        list->setProperty("stage", s.code);
        list->setDragDropMode(QAbstractItemView::DragDrop);
        list->setDefaultDropAction(Qt::MoveAction);
        // One line for the name, one for customer and amount: elided by fitCards, never
        // wrapped (a wrapped amount reads as two numbers).
        list->setWordWrap(false);
        list->setTextElideMode(Qt::ElideNone);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        list->setStyleSheet(u"QListWidget::item { border: 1px solid palette(mid); border-radius: 4px; margin: 4px; "
                            u"padding: 6px; background: palette(base); }"
                            u"QListWidget::item:selected { border: 1px solid palette(highlight); background: palette(highlight); "
                            u"color: palette(highlighted-text); }"_s);
        list->viewport()->installEventFilter(this);
        connect(list->model(), &QAbstractItemModel::rowsInserted, this, [this, list] {
            if (!m_filling)
                QTimer::singleShot(0, this, [this, list] { dropped(list); });
        });
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
            emit openOpportunity(item->data(IdRole).toString());
        });
        column->addWidget(title);
        column->addWidget(list, 1);
        boardLayout->addLayout(column);
        m_columns << list;
    }
    m_views = new QStackedWidget(this);
    m_views->addWidget(m_table);
    m_views->addWidget(board);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_views, 1);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this](int i) { showBoard(i == 1); });
    connect(m_search, &QLineEdit::textChanged, this, &OpportunitiesPage::reload);
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Right), board, [this] { moveCurrent(1); }, Qt::WidgetWithChildrenShortcut);
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Left), board, [this] { moveCurrent(-1); }, Qt::WidgetWithChildrenShortcut);
    if (load == Load::Now)
        reload();
}

void OpportunitiesPage::showBoard(bool board)
{
    m_mode->setCurrentIndex(board ? 1 : 0);
    m_views->setCurrentIndex(board ? 1 : 0);
}

void OpportunitiesPage::reload()
{
    m_items = m_service.list({}, m_search->text());
    const QLocale locale;
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(m_items.size()));
    QHash<QString, QString> names;
    for (const SalesStage &s : m_stages)
        names.insert(s.code, s.name);
    for (int r = 0; r < m_items.size(); ++r) {
        const Opportunity &o = m_items[r].opportunity;
        auto *name = new ListItem(o.name);
        name->setData(IdRole, o.meta.id.toString());
        m_table->setItem(r, 0, name);
        m_table->setItem(r, 1, new ListItem(m_items[r].customerName));
        const qsizetype stage = std::find_if(m_stages.cbegin(), m_stages.cend(), [&](const SalesStage &s) { return s.code == o.stage; })
                                - m_stages.cbegin();
        m_table->setItem(r, 2, new ListItem(names.value(o.stage, o.stage), qint64(stage))); // in the stages' order
        auto *amount = new ListItem(o.amount.format(locale), o.amount.fen());
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, 3, amount);
        m_table->setItem(r, 4, new QTableWidgetItem(o.probabilityPercent.toString() + u" %"_s));
        m_table->setItem(r, 5, new QTableWidgetItem(DateFormat::date(o.expectedClose)));
        m_table->setItem(r, 6, new ListItem(o.nextStep));
    }
    m_table->setSortingEnabled(true);
    fillBoard();
}

void OpportunitiesPage::fillBoard()
{
    m_filling = true;
    const QLocale locale;
    for (QListWidget *list : m_columns)
        list->clear();
    QList<Money> totals(m_columns.size(), Money::fromFen(0));
    QList<bool> mixed(m_columns.size(), false); // amounts in more than one currency
    for (const OpportunityService::Item &item : m_items) {
        for (qsizetype c = 0; c < m_columns.size(); ++c) {
            QListWidget *list = m_columns[c];
            if (list->property("stage").toString() != item.opportunity.stage)
                continue;
            const Opportunity &o = item.opportunity;
            auto *entry = new QListWidgetItem;
            entry->setData(IdRole, o.meta.id.toString());
            entry->setData(NameRole, o.name);
            entry->setData(CustomerRole, item.customerName);
            entry->setData(AmountRole, o.amount.format(locale));
            entry->setToolTip(u"%1\n%2 · %3"_s.arg(o.name, item.customerName, o.amount.format(locale)));
            list->addItem(entry);
            if (list->count() == 1)
                totals[c] = Money::fromFen(0, o.amount.currency());
            if (o.amount.currency() == totals[c].currency())
                totals[c] += o.amount;
            else
                mixed[c] = true;
        }
    }
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        fitCards(m_columns[c]);
        const int n = m_columns[c]->count();
        const QString name = c < m_stages.size() ? m_stages[c].name : QString();
        const QString total = mixed[c] ? tr("several currencies") : totals[c].format(locale);
        m_titles[c]->setText(u"<b>%1</b><br>%2 · %3"_s.arg(name.toHtmlEscaped(), tr("%n opportunity(s)", nullptr, n).toHtmlEscaped(),
                                                          total.toHtmlEscaped()));
    }
    m_filling = false;
}

void OpportunitiesPage::fitCards(QListWidget *column)
{
    // Each line fits the column: the names give way, the amount stays whole.
    const QFontMetrics fm(column->font());
    const int width = std::max(0, column->viewport()->width() - CardChrome);
    for (int i = 0; i < column->count(); ++i) {
        QListWidgetItem *item = column->item(i);
        const QString amount = u" · "_s + item->data(AmountRole).toString();
        const QString name = fm.elidedText(item->data(NameRole).toString(), Qt::ElideRight, width);
        const QString customer = fm.elidedText(item->data(CustomerRole).toString(), Qt::ElideRight,
                                               std::max(0, width - fm.horizontalAdvance(amount)));
        item->setText(name + u'\n' + customer + amount);
    }
}

bool OpportunitiesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize)
        for (QListWidget *list : std::as_const(m_columns))
            if (watched == list->viewport())
                fitCards(list);
    return QWidget::eventFilter(watched, event);
}

void OpportunitiesPage::dropped(QListWidget *column)
{
    // The item dragged in carries its id; anything in this column not of this stage moved.
    const QString stage = column->property("stage").toString();
    for (int i = 0; i < column->count(); ++i) {
        const QString id = column->item(i)->data(IdRole).toString();
        for (const OpportunityService::Item &item : m_items)
            if (item.opportunity.meta.id.toString() == id && item.opportunity.stage != stage) {
                try {
                    m_service.moveToStage(id, stage);
                } catch (const ModelError &) {
                }
            }
    }
    reload();
}

bool OpportunitiesPage::moveCurrent(int steps)
{
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        QListWidget *list = m_columns[c];
        if (!list->hasFocus() && !(list->currentItem() && list == QApplication::focusWidget()))
            continue;
        QListWidgetItem *item = list->currentItem();
        const qsizetype target = c + steps;
        if (!item || target < 0 || target >= m_columns.size())
            return false;
        const QString id = item->data(IdRole).toString();
        try {
            if (!m_service.moveToStage(id, m_columns[target]->property("stage").toString()).isEmpty())
                return false;
        } catch (const ModelError &) {
            return false;
        }
        reload();
        QListWidget *to = m_columns[target];
        for (int i = 0; i < to->count(); ++i)
            if (to->item(i)->data(IdRole).toString() == id) {
                to->setFocus();
                to->setCurrentRow(i);
            }
        return true;
    }
    return false;
}

} // namespace Huike
