#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Huike {

class Replica;

// A record's history (历史, FEATURES.md P4) for the card's and the editors' 历史 tab: who
// changed which field when, from what to what, in words — each field under the caption
// the card or editor shows it with, money as ¥1,234.50, dates and times in local time,
// ids as the names they stand for (owner → the user, customer, product, contact …),
// codes as their labels. It reads what the replica holds: this user's edits not yet
// synced (the outbox) on top, then the server's entries as HistoryClient last fetched
// them (history_cache). A customer's history holds its records' too; a quote's or a
// contract's holds its own records' (lines, plan, payments …) as far as the replica has
// them (they come with the customer's history). No widgets here.
class HistoryService
{
    Q_DECLARE_TR_FUNCTIONS(Huike::HistoryService)

public:
    explicit HistoryService(Replica &replica);

    struct Change
    {
        QString field;   // the JSON name ("phone", "amount")
        QString caption; // "电话"
        QString before;  // formatted; empty when there was none
        QString after;
        // "电话: 010-1234 → 010-5678", "电话: 010-5678" when created, "电话: 010-1234 → （空）".
        QString text() const;
    };
    struct Entry
    {
        qint64 seq = 0;       // the server's order; 0 for an edit not yet synced
        bool pending = false; // this replica's edit, not yet synced
        QString at;           // stored form (UTC)
        QString when;         // local time, "2026-12-06 21:40"
        QString who;          // the user's display name
        QString table;
        QString recordId;
        QString kind;         // the kind of record, "联系人"
        QString record;       // which one, "张伟" (its name, number …); empty for the record shown
        QString action;       // create | update | delete | share | …
        QString actionText;   // "新建", "修改", "删除" …
        QList<Change> changes;
        // "修改 联系人 张伟" — what happened to which record.
        QString title() const;
        // The changes one per line.
        QString details() const;
    };
    struct History
    {
        QList<Entry> entries; // pending first, then newest first
        QString fetchedAt;    // when the cached part was last fetched (local time); empty: never
    };

    // What the replica holds of the record's history; for a customer also its records'.
    // `tables`: only entries about these tables (empty: all).
    History history(const QString &table, const QString &recordId, const QStringList &tables = {});
    // The kinds of record a history can be filtered by: table → its name, in a fixed order.
    static QList<QPair<QString, QString>> kinds();

    // One server entry (server/API.md "History (audit trail)") in words.
    Entry fromServer(const QJsonObject &entry);
    // A field's value in words: `value` in the wire form (RecordJson).
    QString formatValue(const QString &table, const QString &field, const QJsonValue &value);
    // The caption of a field of a table, as the card or editor shows it (without its
    // accelerator or colon); the JSON name when there is none.
    static QString caption(const QString &table, const QString &field);
    // "客户", "联系人", "报价单" …
    static QString kindName(const QString &table);

private:
    QList<Entry> pendingEntries(const QString &table, const QString &recordId, const QSet<QString> &parts);
    // "table/id" of a document's own records (a quote's lines …); empty for other records.
    QSet<QString> partsOf(const QString &table, const QString &recordId);
    QString recordName(const QString &table, const QString &id, const QJsonObject &changes = {});
    QString userName(const QString &userId);

    Replica &m_replica;
    QHash<QString, QPair<QString, bool>> m_names; // "table/id" → its name, deleted (during one history())
};

} // namespace Huike
