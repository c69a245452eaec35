#pragma once

#include <QByteArrayView>
#include <QString>
#include <QVariant>

#include <memory>
#include <vector>

namespace Huike {

class Database;

// A statement the replica runs many times in a row (an import's records and notes), prepared
// once and bound by position (0-based, like QSqlQuery): on SQLite's C API when Qt's driver
// runs on this program's SQLite (sqliteHandle()), else on a kept QSqlQuery — the slower Qt
// path, same results. Runs on the connection's open transaction, if any. Throws SchemaError.
class PreparedStatement
{
public:
    PreparedStatement(Database &db, const QString &sql);
    ~PreparedStatement();
    PreparedStatement(const PreparedStatement &) = delete;
    PreparedStatement &operator=(const PreparedStatement &) = delete;

    void bindNull(int index);
    void bind(int index, qint64 value);
    void bind(int index, QStringView text); // a null QString binds NULL
    void bindUtf8(int index, QByteArrayView utf8);
    // Null, integers and booleans, byte arrays (as blobs), anything else as its text.
    void bind(int index, const QVariant &value);

    // A value made ready for binding ahead (on another thread: the text already UTF-8),
    // bound as bind(QVariant) binds the value it was made from.
    struct Value
    {
        enum class Kind : quint8 { Null, Integer, Text, Blob };
        Kind kind = Kind::Null;
        qint64 integer = 0;
        QByteArray bytes; // Text: UTF-8; Blob: as is
        static Value of(const QVariant &value);
        static Value of(qint64 value) { return {Kind::Integer, value, {}}; }
        static Value ofText(const QString &text) { return text.isNull() ? Value() : Value{Kind::Text, 0, text.toUtf8()}; }
    };
    void bind(int index, const Value &value);

    // Runs a statement that returns no rows; then the next bindings may follow.
    void run();
    // Steps a query: true with a row to read, false at its end (then it is ready again).
    bool next();
    bool isNull(int column) const;
    qint64 integer(int column) const;
    QString text(int column) const;
    // NULL, qlonglong, double, QByteArray (blob) or QString: what Qt's driver would give.
    QVariant value(int column) const;
    // Ends a query before its last row.
    void reset();

    // Whether this runs on SQLite's C API (the fast path).
    bool isNative() const;
    // Tests: statements prepared from now on take the Qt path even where the C API is there.
    static void setQtPathOnly(bool on);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Huike
