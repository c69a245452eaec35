#pragma once

#include "models/customermerge.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Huike {

class MergeClient;

// 合并客户 (issue 19, C3): two or more cards side by side — which one stays (a radio per
// card), for each field whose values differ the value kept (a radio per card in the
// field's row), and how many records of each kind follow the card that stays. 合并 asks
// the server (online only; offline the dialog says so); afterwards 撤销合并 undoes it.
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    MergeDialog(const CustomerMergePreview &preview, MergeClient &client, QWidget *parent = nullptr);

    int survivor() const; // an index into the preview's cards
    void setSurvivor(int card);
    // The card whose value a differing field keeps (by column), and choosing it.
    int choiceFor(const QString &column) const;
    void choose(const QString &column, int card);
    // The records that follow, as shown ("联系人 2，报价单 1").
    QString followingText() const;
    QString message() const;
    QString mergeId() const { return m_mergeId; }

    QPushButton *mergeButton() const { return m_merge; }
    QPushButton *undoButton() const { return m_undo; }
    QTableWidget *table() const { return m_table; }

    // 撤销合并… of a merge into `customerId` (the survivor): lists the merges still undoable,
    // asks which (or whether, for one), undoes it; says why not. True when undone.
    static bool undoMergeInto(QWidget *parent, MergeClient &client, const QString &customerId);

    // What the buttons do, without asking (tests call them).
    bool mergeNow();
    bool undoNow();

signals:
    // After a merge or its undo: the list reloads and a sync follows.
    void customersChanged();

private:
    void updateFollowing();
    void updateOnline();
    void showMessage(const QString &text, bool error);

    CustomerMergePreview m_preview;
    MergeClient &m_client;
    QTableWidget *m_table = nullptr;
    QButtonGroup *m_survivor = nullptr;
    QHash<QString, QButtonGroup *> m_fields; // column → its choice
    QLabel *m_following = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_merge = nullptr;
    QPushButton *m_undo = nullptr;
    QString m_mergeId;
};

} // namespace Huike
