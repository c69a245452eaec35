#include "replica/preparedstatement.h"

#include "schema/schemaerror.h"
#include "schema/sqlitehandle.h"

#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <optional>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {
std::atomic<bool> qtPathOnly{false};
} // namespace

void PreparedStatement::setQtPathOnly(bool on)
{
    qtPathOnly.store(on);
}

struct PreparedStatement::Private
{
    Database *database = nullptr;
    QVariantList observed; // the values bound, while the connection has an observer (tests)
    QString sql;
    sqlite3 *db = nullptr;
    sqlite3_stmt *st = nullptr;
    bool stepped = false;            // a query is between its rows (C API)
    std::optional<QSqlQuery> query;  // the Qt path
    bool executed = false;           // the Qt path's query has run for these bindings

    [[noreturn]] void fail(const QString &what) const
    {
        throw SchemaError(u"Failed [%1]: %2"_s.arg(sql, what));
    }
    QString sqliteError() const { return QString::fromUtf8(sqlite3_errmsg(db)); }
    void note(int index, const QVariant &value)
    {
        if (!database->isObserved())
            return;
        if (observed.size() <= index)
            observed.resize(index + 1);
        observed[index] = value;
    }
    void report() const
    {
        if (database->isObserved())
            database->observed(sql, observed);
    }
};

PreparedStatement::PreparedStatement(Database &db, const QString &sql) : d(std::make_unique<Private>())
{
    d->database = &db;
    d->sql = sql;
    d->db = qtPathOnly.load() ? nullptr : sqliteHandle(db);
    if (d->db) {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v3(d->db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &d->st, nullptr) != SQLITE_OK) {
            const QString error = d->sqliteError();
            sqlite3_finalize(d->st);
            d->st = nullptr;
            throw SchemaError(u"Cannot prepare [%1]: %2"_s.arg(sql, error));
        }
        return;
    }
    d->query.emplace(db.handle());
    d->query->setForwardOnly(true);
    if (!d->query->prepare(sql))
        throw SchemaError(u"Cannot prepare [%1]: %2"_s.arg(sql, d->query->lastError().text()));
}

PreparedStatement::~PreparedStatement()
{
    if (d->st)
        sqlite3_finalize(d->st);
}

bool PreparedStatement::isNative() const
{
    return d->st != nullptr;
}

void PreparedStatement::bindNull(int index)
{
    d->note(index, QVariant());
    if (d->st)
        sqlite3_bind_null(d->st, index + 1);
    else
        d->query->bindValue(index, QVariant());
}

void PreparedStatement::bind(int index, qint64 value)
{
    d->note(index, value);
    if (d->st)
        sqlite3_bind_int64(d->st, index + 1, value);
    else
        d->query->bindValue(index, value);
}

void PreparedStatement::bind(int index, QStringView text)
{
    if (text.isNull()) {
        bindNull(index);
        return;
    }
    d->note(index, text.toString());
    if (d->st)
        sqlite3_bind_text16(d->st, index + 1, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
    else
        d->query->bindValue(index, text.toString());
}

void PreparedStatement::bindUtf8(int index, QByteArrayView utf8)
{
    d->note(index, QString::fromUtf8(utf8));
    if (d->st)
        sqlite3_bind_text(d->st, index + 1, utf8.data(), int(utf8.size()), SQLITE_TRANSIENT);
    else
        d->query->bindValue(index, QString::fromUtf8(utf8));
}

void PreparedStatement::bind(int index, const QVariant &value)
{
    if (value.isNull()) {
        bindNull(index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        bind(index, value.toLongLong());
        return;
    case QMetaType::QByteArray:
        d->note(index, value);
        if (d->st) {
            const QByteArray bytes = value.toByteArray();
            sqlite3_bind_blob(d->st, index + 1, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
        } else {
            d->query->bindValue(index, value);
        }
        return;
    case QMetaType::QString:
        bind(index, QStringView(*static_cast<const QString *>(value.constData())));
        return;
    default:
        bind(index, QStringView(value.toString()));
    }
}

PreparedStatement::Value PreparedStatement::Value::of(const QVariant &value)
{
    if (value.isNull())
        return {};
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return of(value.toLongLong());
    case QMetaType::QByteArray:
        return {Kind::Blob, 0, value.toByteArray()};
    case QMetaType::QString:
        return ofText(*static_cast<const QString *>(value.constData()));
    default:
        return ofText(value.toString());
    }
}

void PreparedStatement::bind(int index, const Value &value)
{
    switch (value.kind) {
    case Value::Kind::Null: bindNull(index); return;
    case Value::Kind::Integer: bind(index, value.integer); return;
    case Value::Kind::Text: {
        if (!d->st || d->database->isObserved()) {
            // An empty text stays text, not NULL (a null QByteArray gives a null QString).
            QString text = QString::fromUtf8(value.bytes);
            if (text.isNull())
                text = u""_s;
            d->note(index, text);
            if (!d->st) {
                d->query->bindValue(index, text);
                return;
            }
        }
        sqlite3_bind_text(d->st, index + 1, value.bytes.isEmpty() ? "" : value.bytes.constData(), int(value.bytes.size()),
                          SQLITE_TRANSIENT);
        return;
    }
    case Value::Kind::Blob:
        d->note(index, value.bytes);
        if (d->st)
            sqlite3_bind_blob(d->st, index + 1, value.bytes.constData(), int(value.bytes.size()), SQLITE_TRANSIENT);
        else
            d->query->bindValue(index, value.bytes);
        return;
    }
}

void PreparedStatement::run()
{
    d->report();
    if (d->st) {
        const int rc = sqlite3_step(d->st);
        sqlite3_reset(d->st);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW)
            d->fail(d->sqliteError());
        return;
    }
    if (!d->query->exec())
        d->fail(d->query->lastError().text());
    d->query->finish();
}

bool PreparedStatement::next()
{
    if (d->st) {
        if (!d->stepped)
            d->report();
        const int rc = sqlite3_step(d->st);
        if (rc == SQLITE_ROW) {
            d->stepped = true;
            return true;
        }
        d->stepped = false;
        sqlite3_reset(d->st);
        if (rc != SQLITE_DONE)
            d->fail(d->sqliteError());
        return false;
    }
    if (!d->executed) {
        d->report();
        if (!d->query->exec())
            d->fail(d->query->lastError().text());
        d->executed = true;
    }
    if (d->query->next())
        return true;
    d->executed = false;
    d->query->finish();
    return false;
}

void PreparedStatement::reset()
{
    if (d->st) {
        d->stepped = false;
        sqlite3_reset(d->st);
        return;
    }
    d->executed = false;
    d->query->finish();
}

bool PreparedStatement::isNull(int column) const
{
    if (d->st)
        return sqlite3_column_type(d->st, column) == SQLITE_NULL;
    return d->query->isNull(column);
}

qint64 PreparedStatement::integer(int column) const
{
    if (d->st)
        return sqlite3_column_int64(d->st, column);
    return d->query->value(column).toLongLong();
}

QString PreparedStatement::text(int column) const
{
    if (d->st) {
        const auto *p = static_cast<const char16_t *>(sqlite3_column_text16(d->st, column));
        return p ? QString(reinterpret_cast<const QChar *>(p), sqlite3_column_bytes16(d->st, column) / 2) : QString();
    }
    return d->query->value(column).toString();
}

QVariant PreparedStatement::value(int column) const
{
    if (!d->st)
        return d->query->value(column);
    switch (sqlite3_column_type(d->st, column)) {
    case SQLITE_NULL: return QVariant();
    case SQLITE_INTEGER: return QVariant(qlonglong(sqlite3_column_int64(d->st, column)));
    case SQLITE_FLOAT: return QVariant(sqlite3_column_double(d->st, column));
    case SQLITE_BLOB: {
        const auto *p = static_cast<const char *>(sqlite3_column_blob(d->st, column));
        return QVariant(QByteArray(p, sqlite3_column_bytes(d->st, column)));
    }
    default: return QVariant(text(column));
    }
}

} // namespace Huike
