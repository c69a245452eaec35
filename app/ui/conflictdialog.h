#pragma once

#include "models/conflictservice.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Huike {

// 冲突处理 (DESIGN.md §3): every open conflict and rejection the server sent back — the
// record as its user knows it (报价单 BJ-2026-0001145 V2 第 3 行), the field's caption, the
// value it had (base), mine, theirs, who changed it and when. Keep mine (an ordinary edit
// on top of theirs, which syncs), take theirs, or type a value; rejections say why in
// words (app/models/outcometext.h), show what was typed against what is stored, and are
// acknowledged. 打开 goes to the record. Resolving never loses the other value: it stays
// in the resolved record. Reads and writes through app/models/conflictservice.h.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConflictDialog(ConflictService &service, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    void keepMine();
    void takeTheirs();
    void useValue(const QString &text);
    void reload();
    // Opens the selected record (openRecord).
    void openCurrent();

signals:
    void resolved(); // a local edit was made: sync soon
    // The document to show for the selected record: table "customers", "quotes" or
    // "contracts" (a line, instalment, approval … leads to its document), its id, and the
    // customer it belongs to.
    void openRecord(const QString &table, const QString &recordId, const QString &customerId);

private:
    QString currentId() const;

    ConflictService &m_service;
    QList<ConflictService::Entry> m_entries; // as the table shows them, by row
    QTableWidget *m_table = nullptr;
    QLabel *m_detail = nullptr;
    QPushButton *m_mine = nullptr;
    QPushButton *m_theirs = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace Huike
