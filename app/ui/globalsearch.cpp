#include "ui/globalsearch.h"

#include "schema/schemaerror.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {
constexpr int HitRole = Qt::UserRole + 1; // index into m_hits; -1 for headings and notes
}

GlobalSearch::GlobalSearch(SearchIndex &index, QWidget *parent) : QLineEdit(parent), m_index(index)
{
    setPlaceholderText(tr("Search customers, contacts, opportunities, contracts — Chinese, pinyin or digits (Ctrl+K)"));
    setClearButtonEnabled(true);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(80);
    connect(m_debounce, &QTimer::timeout, this, &GlobalSearch::searchNow);
    connect(this, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
}

void GlobalSearch::setBacklog(int backlog)
{
    m_backlog = backlog;
}

void GlobalSearch::searchNow()
{
    m_debounce->stop();
    if (text().trimmed().isEmpty()) {
        hideResults();
        return;
    }
    try {
        m_hits = m_index.search(text());
    } catch (const SchemaError &e) {
        qWarning("huike: search failed: %s", qPrintable(e.message()));
        m_hits.clear();
    }
    showResults();
}

void GlobalSearch::showResults()
{
    if (!m_results) {
        // A child of the window, over its contents: it never takes the focus away from
        // the box, so typing (and the input method) stays here.
        m_results = new QTreeWidget(window());
        m_results->setObjectName(u"globalSearchResults"_s);
        m_results->setColumnCount(2);
        m_results->header()->hide();
        m_results->setRootIsDecorated(false);
        m_results->setFocusPolicy(Qt::NoFocus);
        m_results->setFrameShape(QFrame::Box);
        m_results->setSelectionMode(QAbstractItemView::SingleSelection);
        m_results->header()->setSectionResizeMode(0, QHeaderView::Stretch);
        m_results->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
        connect(m_results, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) { activate(item); });
        window()->installEventFilter(this);
    }
    m_results->clear();
    int lastKind = -1;
    QTreeWidgetItem *first = nullptr;
    for (int i = 0; i < m_hits.size(); ++i) {
        const SearchIndex::Hit &h = m_hits[i];
        if (int(h.kind) != lastKind) {
            lastKind = int(h.kind);
            auto *heading = new QTreeWidgetItem(m_results, {SearchIndex::kindName(h.kind)});
            QFont bold = heading->font(0);
            bold.setBold(true);
            heading->setFont(0, bold);
            heading->setFlags(Qt::ItemIsEnabled);
            heading->setData(0, HitRole, -1);
        }
        auto *item = new QTreeWidgetItem(m_results, {u"    "_s + h.title, h.detail});
        item->setData(0, HitRole, i);
        item->setToolTip(0, h.title);
        if (!first)
            first = item;
    }
    if (m_hits.isEmpty()) {
        auto *none = new QTreeWidgetItem(m_results, {tr("No matches")});
        none->setFlags(Qt::ItemIsEnabled);
        none->setData(0, HitRole, -1);
    }
    if (m_backlog > 0) {
        auto *note = new QTreeWidgetItem(m_results, {tr("Still indexing %n record(s); results may be incomplete.", nullptr, m_backlog)});
        note->setFlags(Qt::ItemIsEnabled);
        note->setData(0, HitRole, -1);
        note->setForeground(0, palette().placeholderText());
    }
    m_results->setCurrentItem(first);
    place();
    m_results->show();
    m_results->raise();
}

void GlobalSearch::place()
{
    if (!m_results)
        return;
    const QPoint at = mapTo(window(), QPoint(0, height()));
    const int rows = std::max(1, m_results->topLevelItemCount());
    const int rowHeight = m_results->sizeHintForRow(0) > 0 ? m_results->sizeHintForRow(0) : fontMetrics().height() + 6;
    const int h = std::min(rows * rowHeight + 6, window()->height() - at.y() - 8);
    const int w = std::max(width(), fontMetrics().horizontalAdvance(u"M"_s) * 60);
    m_results->setGeometry(std::min(at.x(), std::max(0, window()->width() - w)), at.y(), w, h);
}

void GlobalSearch::hideResults()
{
    if (m_results)
        m_results->hide();
}

void GlobalSearch::move(int step)
{
    if (!m_results || !m_results->isVisible())
        return;
    int row = m_results->indexOfTopLevelItem(m_results->currentItem());
    for (int i = 0; i < m_results->topLevelItemCount(); ++i) {
        row += step;
        if (row < 0 || row >= m_results->topLevelItemCount())
            return;
        QTreeWidgetItem *item = m_results->topLevelItem(row);
        if (item->data(0, HitRole).toInt() >= 0) {
            m_results->setCurrentItem(item);
            m_results->scrollToItem(item);
            return;
        }
    }
}

void GlobalSearch::activate(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const int i = item->data(0, HitRole).toInt();
    if (i < 0 || i >= m_hits.size())
        return;
    const SearchIndex::Hit hit = m_hits[i];
    hideResults();
    emit hitActivated(hit);
}

void GlobalSearch::keyPressEvent(QKeyEvent *event)
{
    const bool open = m_results && m_results->isVisible();
    switch (event->key()) {
    case Qt::Key_Down:
        if (!open)
            searchNow();
        else
            move(1);
        return;
    case Qt::Key_Up:
        move(-1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_debounce->isActive())
            searchNow(); // typed and pressed Enter at once: search what was typed
        if (m_results && m_results->isVisible())
            activate(m_results->currentItem());
        return;
    case Qt::Key_Escape:
        if (open)
            hideResults();
        else
            clear();
        return;
    default:
        QLineEdit::keyPressEvent(event);
    }
}

void GlobalSearch::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    // A click on a result arrives after the focus moved; let it land first.
    QTimer::singleShot(150, this, [this] {
        if (!hasFocus())
            hideResults();
    });
}

bool GlobalSearch::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == window() && event->type() == QEvent::Resize)
        place();
    return QLineEdit::eventFilter(watched, event);
}

} // namespace Huike
