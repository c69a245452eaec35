#pragma once

#include "replica/searchindex.h"

#include <QLineEdit>

class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace Huike {

// The global search box (FEATURES.md C8, Ctrl+K): as you type, customers, contacts,
// opportunities and contracts that match — Chinese substrings of any length, pinyin in
// full or by initials, phone digits, numbers — appear below it, grouped by kind. Up and
// Down move through them, Enter opens one, Escape closes the list. Works on the replica,
// offline. Typing stays in the box (input methods included); the list never takes focus.
class GlobalSearch : public QLineEdit
{
    Q_OBJECT

public:
    GlobalSearch(SearchIndex &index, QWidget *parent = nullptr);

    QTreeWidget *results() const { return m_results; }
    // Rows still to be indexed (shown as a note under the results).
    void setBacklog(int backlog);
    void searchNow();

signals:
    void hitActivated(const Huike::SearchIndex::Hit &hit);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showResults();
    void hideResults();
    void place();
    void move(int step);
    void activate(QTreeWidgetItem *item);

    SearchIndex &m_index;
    QTreeWidget *m_results = nullptr;
    QTimer *m_debounce = nullptr;
    QList<SearchIndex::Hit> m_hits;
    int m_backlog = 0;
};

} // namespace Huike
