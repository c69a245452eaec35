// BulkWriter (an import's records and its undo) writes what the Outbox writes for one edit —
// the same stored row, keys, sort key, outbox mutation and shadow — on SQLite's C API and on
// Qt's path alike; PreparedStatement refuses bad SQL and failed steps with SchemaError.
#include "core/id.h"
#include "replica/bulkwriter.h"
#include "replica/preparedstatement.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "schema/domainschema.h"
#include "schema/schemaerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_BulkWriter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createsWhatTheOutboxCreates_data();
    void createsWhatTheOutboxCreates();
    void removesWhatTheOutboxRemoves_data();
    void removesWhatTheOutboxRemoves();
    void readsWhatTheReplicaReads_data();
    void readsWhatTheReplicaReads();
    void statementsRefuseWithAReason_data();
    void statementsRefuseWithAReason();
    void valuesMadeAheadBindAsTheirVariants_data();
    void valuesMadeAheadBindAsTheirVariants();

private:
    static void addPaths()
    {
        QTest::addColumn<bool>("qtPath");
        QTest::newRow("SQLite C API") << false;
        QTest::newRow("Qt path") << true;
    }
    // A row without what differs between two creates (id, times) and its sort key.
    static Row comparable(Replica &replica, const QString &table, const QString &id)
    {
        Row row = replica.read(table, id).value_or(Row());
        for (const QString &c : {u"id"_s, u"created_at"_s, u"updated_at"_s})
            row.remove(c);
        if (table == u"customers")
            row.insert(u"name_sort"_s, replica.database().scalar(u"SELECT name_sort FROM customers WHERE id = ?"_s, {id}));
        return row;
    }
    struct Entry
    {
        QString op;
        QJsonArray columns, values;
        QString base;
    };
    static Entry outbox(Database &db, const QString &id)
    {
        QSqlQuery q = db.exec(u"SELECT op, columns, vals, COALESCE(base, '') FROM outbox WHERE record_id = ? ORDER BY mutation_id DESC LIMIT 1"_s, {id});
        if (!q.next())
            return {};
        return {q.value(0).toString(), QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array(),
                QJsonDocument::fromJson(q.value(2).toString().toUtf8()).array(), q.value(3).toString()};
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Replica> m_replica;
    QString m_user;
};

void tst_BulkWriter::init()
{
    QVERIFY(m_dir.isValid());
    static int opened = 0;
    m_replica = Replica::open(m_dir.path() + u"/replica-%1.sqlite"_s.arg(++opened));
    m_user = Id::generate().toString();
    m_replica->setUserId(m_user);
}

void tst_BulkWriter::cleanup()
{
    PreparedStatement::setQtPathOnly(false);
    m_replica.reset();
}

void tst_BulkWriter::createsWhatTheOutboxCreates_data()
{
    addPaths();
}

void tst_BulkWriter::createsWhatTheOutboxCreates()
{
    QFETCH(bool, qtPath);
    PreparedStatement::setQtPathOnly(qtPath);
    Replica &replica = *m_replica;
    const Row customer{{u"name"_s, u"上海汇客贸易有限公司"_s}, {u"phone"_s, u"021-50001234"_s}, {u"level"_s, u"B"_s},
                       {u"tags"_s, u"[\"展会\"]"_s}, {u"owner_id"_s, m_user}};
    const QString viaOutbox = replica.create(u"customers"_s, customer).value(u"id"_s).toString();
    QString viaBulk, contact, batch, contactViaOutbox, batchViaOutbox;
    {
        BulkWriter writer(replica);
        QCOMPARE(writer.statement(u"SELECT 1"_s).isNative(), !qtPath);
        Replica::Batch tx(replica);
        viaBulk = writer.create(u"customers"_s, customer);
        contact = writer.create(u"contacts"_s, Row{{u"customer_id"_s, viaBulk}, {u"name"_s, u"王芳"_s}, {u"mobile"_s, u"13900001111"_s}});
        batch = writer.create(u"import_batches"_s, Row{{u"kind"_s, u"customers"_s}, {u"file_name"_s, u"a.csv"_s},
                                                      {u"on_duplicate"_s, u"skip"_s}, {u"status"_s, u"imported"_s}});
        tx.commit();
    }
    contactViaOutbox = replica.create(u"contacts"_s, Row{{u"customer_id"_s, viaBulk}, {u"name"_s, u"王芳"_s}, {u"mobile"_s, u"13900001111"_s}})
                           .value(u"id"_s).toString();
    batchViaOutbox = replica.create(u"import_batches"_s, Row{{u"kind"_s, u"customers"_s}, {u"file_name"_s, u"a.csv"_s},
                                                             {u"on_duplicate"_s, u"skip"_s}, {u"status"_s, u"imported"_s}})
                         .value(u"id"_s).toString();
    QVERIFY(Id::fromString(viaBulk).has_value());
    QVERIFY(viaBulk != viaOutbox);

    const QList<std::pair<QString, std::pair<QString, QString>>> pairs{
        {u"customers"_s, {viaOutbox, viaBulk}}, {u"contacts"_s, {contactViaOutbox, contact}}, {u"import_batches"_s, {batchViaOutbox, batch}}};
    for (const auto &[table, ids] : pairs) {
        const Row expected = comparable(replica, table, ids.first);
        const Row actual = comparable(replica, table, ids.second);
        QVERIFY2(!expected.isEmpty(), qPrintable(table));
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QVERIFY2(actual.value(it.key()) == it.value() || (actual.value(it.key()).toString() == it.value().toString()
                                                              && actual.value(it.key()).isNull() == it.value().isNull()),
                     qPrintable(u"%1.%2: %3 vs %4"_s.arg(table, it.key(), actual.value(it.key()).toString(), it.value().toString())));
        const Entry a = outbox(replica.database(), ids.first), b = outbox(replica.database(), ids.second);
        QCOMPARE(b.op, u"upsert"_s);
        QCOMPARE(b.columns, a.columns);
        QCOMPARE(b.values, a.values);
        QCOMPARE(b.base, a.base);
    }
    // What the writer derives: the duplicate-check keys, the pinyin sort key, the owner.
    const Row stored = replica.read(u"customers"_s, viaBulk).value_or(Row());
    QVERIFY(!stored.value(u"name_norm"_s).toString().isEmpty());
    QCOMPARE(stored.value(u"phone_norm"_s).toString(), replica.read(u"customers"_s, viaOutbox)->value(u"phone_norm"_s).toString());
    QVERIFY(!replica.database().scalar(u"SELECT name_sort FROM customers WHERE id = ?"_s, {viaBulk}).isNull());
    QCOMPARE(replica.read(u"import_batches"_s, batch)->value(u"owner_id"_s).toString(), m_user);
    QCOMPARE(replica.read(u"customers"_s, viaBulk)->value(u"version"_s).toLongLong(), 0);
    // Keys the caller derived already are taken as they are.
    {
        BulkWriter writer(replica);
        Replica::Batch tx(replica);
        const QString keyed = writer.create(u"customers"_s, Row{{u"name"_s, u"北京测试有限公司"_s}, {u"name_norm"_s, u"given"_s}});
        tx.commit();
        QCOMPARE(replica.read(u"customers"_s, keyed)->value(u"name_norm"_s).toString(), u"given"_s);
    }
}

void tst_BulkWriter::removesWhatTheOutboxRemoves_data()
{
    addPaths();
}

void tst_BulkWriter::removesWhatTheOutboxRemoves()
{
    QFETCH(bool, qtPath);
    PreparedStatement::setQtPathOnly(qtPath);
    Replica &replica = *m_replica;
    Database &db = replica.database();
    QStringList ids;
    for (int i = 0; i < 4; ++i)
        ids << replica.create(u"customers"_s, Row{{u"name"_s, u"客户%1有限公司"_s.arg(i)}, {u"owner_id"_s, m_user}}).value(u"id"_s).toString();
    // Two the server has confirmed (versions 7), two only made here.
    db.exec(u"UPDATE customers SET version = 7 WHERE id IN (?, ?)"_s, {ids[0], ids[1]});
    replica.remove(u"customers"_s, ids[0]);
    replica.remove(u"customers"_s, ids[2]);
    {
        BulkWriter writer(replica);
        Replica::Batch tx(replica);
        for (const QString &id : {ids[1], ids[3]}) {
            const std::optional<Row> current = writer.read(u"customers"_s, id);
            QVERIFY(current.has_value());
            writer.remove(u"customers"_s, *current);
        }
        tx.commit();
    }
    for (const auto &[outboxId, bulkId] : {std::pair{ids[0], ids[1]}, std::pair{ids[2], ids[3]}}) {
        QCOMPARE(replica.read(u"customers"_s, bulkId)->value(u"deleted"_s).toInt(), 1);
        const Entry a = outbox(db, outboxId), b = outbox(db, bulkId);
        QCOMPARE(b.op, u"delete"_s);
        QCOMPARE(b.columns, a.columns);
        QCOMPARE(b.values, a.values);
        const auto shadow = [&db](const QString &id) {
            QSqlQuery q = db.exec(u"SELECT version, deleted, columns, row FROM shadow WHERE record_id = ?"_s, {id});
            if (!q.next())
                return QStringList();
            QJsonArray row = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array();
            const QJsonArray columns = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).array();
            for (qsizetype i = 0; i < columns.size(); ++i)
                if (columns[i].toString() == u"id" || columns[i].toString() == u"name" || columns[i].toString().endsWith(u"_at")
                    || columns[i].toString().endsWith(u"_norm"))
                    row[i] = QJsonValue();
            return QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                               QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact))};
        };
        QCOMPARE(shadow(bulkId), shadow(outboxId));
    }
    QCOMPARE(db.scalar(u"SELECT version FROM shadow WHERE record_id = ?"_s, {ids[1]}).toInt(), 7);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM shadow WHERE record_id = ?"_s, {ids[3]}).toInt(), 0);
}

void tst_BulkWriter::readsWhatTheReplicaReads_data()
{
    addPaths();
}

void tst_BulkWriter::readsWhatTheReplicaReads()
{
    QFETCH(bool, qtPath);
    PreparedStatement::setQtPathOnly(qtPath);
    Replica &replica = *m_replica;
    const QString id = replica.create(u"customers"_s, Row{{u"name"_s, u"深圳读取测试有限公司"_s}, {u"last_activity_at"_s, u"2026-12-01T08:00:00.000Z"_s}})
                           .value(u"id"_s).toString();
    BulkWriter writer(replica);
    const std::optional<Row> read = writer.read(u"customers"_s, id);
    QVERIFY(read.has_value());
    const Row expected = replica.read(u"customers"_s, id).value_or(Row());
    QCOMPARE(read->keys(), expected.keys());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QCOMPARE(read->value(it.key()).isNull(), it.value().isNull());
        QCOMPARE(read->value(it.key()).toString(), it.value().toString());
    }
    QVERIFY(!writer.read(u"customers"_s, Id::generate().toString()).has_value());
    QVERIFY(writer.read(u"customers"_s, id).has_value()); // ready again after a miss
}

void tst_BulkWriter::statementsRefuseWithAReason_data()
{
    addPaths();
}

void tst_BulkWriter::statementsRefuseWithAReason()
{
    QFETCH(bool, qtPath);
    PreparedStatement::setQtPathOnly(qtPath);
    Replica &replica = *m_replica;
    Database &db = replica.database();
    QVERIFY_THROWS_EXCEPTION(SchemaError, PreparedStatement(db, u"SELEC nothing"_s));
    BulkWriter writer(replica);
    const QString id = writer.create(u"customers"_s, Row{{u"name"_s, u"重复编号有限公司"_s}});
    // The same id again: the step fails with SQLite's reason, and the statement goes on.
    try {
        writer.create(u"customers"_s, Row{{u"id"_s, id}, {u"name"_s, u"重复编号有限公司"_s}});
        QFAIL("a second row with the same id was written");
    } catch (const SchemaError &e) {
        QVERIFY2(e.message().contains(u"UNIQUE"_s, Qt::CaseInsensitive), qPrintable(e.message()));
    }
    const QString next = writer.create(u"customers"_s, Row{{u"name"_s, u"之后有限公司"_s}});
    QVERIFY(replica.read(u"customers"_s, next).has_value());
    // Text with quotes, controls and characters outside the BMP survives both ways.
    const QString odd = u"引号\"与\\反斜杠\n换行 😀 𠀀"_s;
    const QString oddId = writer.create(u"customers"_s, Row{{u"name"_s, odd}});
    QCOMPARE(writer.read(u"customers"_s, oddId)->value(u"name"_s).toString(), odd);
    QCOMPARE(outbox(db, oddId).values.at(outbox(db, oddId).columns.toVariantList().indexOf(u"name"_s)).toString(), odd);
}

void tst_BulkWriter::valuesMadeAheadBindAsTheirVariants_data()
{
    addPaths();
}

// PreparedStatement::Value (what an import stages on its helper thread) stores what
// bind(QVariant) stores: the same type and value, an empty text not NULL.
void tst_BulkWriter::valuesMadeAheadBindAsTheirVariants()
{
    QFETCH(bool, qtPath);
    PreparedStatement::setQtPathOnly(qtPath);
    Database &db = m_replica->database();
    db.exec(u"CREATE TEMP TABLE bound (k INTEGER, v)"_s);
    const QVariantList values{QVariant(), QVariant(QString()), QVariant(u""_s), QVariant(u"汇客"_s), QVariant(qint64(7)), QVariant(42),
                              QVariant(true), QVariant(QByteArray("\x01\x02", 2)), QVariant(1.5)};
    PreparedStatement insert(db, u"INSERT INTO bound (k, v) VALUES (?, ?)"_s);
    for (int i = 0; i < values.size(); ++i) {
        insert.bind(0, qint64(2 * i));
        insert.bind(1, values[i]);
        insert.run();
        insert.bind(0, qint64(2 * i + 1));
        insert.bind(1, PreparedStatement::Value::of(values[i]));
        insert.run();
    }
    QSqlQuery q = db.exec(u"SELECT a.k, typeof(a.v), quote(a.v), typeof(b.v), quote(b.v) FROM bound a JOIN bound b ON b.k = a.k + 1 "
                          u"WHERE a.k % 2 = 0 ORDER BY a.k"_s);
    int rows = 0;
    while (q.next()) {
        ++rows;
        QCOMPARE(q.value(3).toString(), q.value(1).toString());
        QCOMPARE(q.value(4).toString(), q.value(2).toString());
    }
    QCOMPARE(rows, int(values.size()));
    QCOMPARE(db.scalar(u"SELECT typeof(v) FROM bound WHERE k = 5"_s).toString(), u"text"_s); // "" stays text
}

QTEST_GUILESS_MAIN(tst_BulkWriter)
#include "tst_bulkwriter.moc"
