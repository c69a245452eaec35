#include "schema/transaction.h"

#include "schema/database.h"
#include "schema/schemaerror.h"

#include <QRecursiveMutex>
#include <QSqlError>
#include <QSqlQuery>

#include <utility>

using namespace Qt::StringLiterals;

namespace Huike {

Transaction::Transaction(Database &db, Mode mode) : m_db(db)
{
    if (db.dialect() == Dialect::Sqlite) {
        if (mode == Mode::Write) {
            m_gate = db.writeGate();
            if (m_gate)
                m_gate->lock();
        }
        // QSqlDatabase::transaction() issues a plain BEGIN (deferred); writers want IMMEDIATE.
        QSqlQuery q(db.handle());
        if (!q.exec(mode == Mode::Write ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s)) {
            release();
            throw SchemaError(u"Cannot begin a transaction: %1"_s.arg(q.lastError().text()));
        }
    } else {
        if (!db.handle().transaction())
            throw SchemaError(u"Cannot begin a transaction: %1"_s.arg(db.handle().lastError().text()));
        if (mode == Mode::Read) {
            QSqlQuery q(db.handle());
            if (!q.exec(u"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"_s)) {
                db.handle().rollback();
                throw SchemaError(u"Cannot begin a snapshot: %1"_s.arg(q.lastError().text()));
            }
        }
    }
    m_active = true;
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

void Transaction::commit()
{
    if (!m_active)
        throw SchemaError(u"Commit without an active transaction."_s);
    bool ok = false;
    QString error;
    if (m_db.dialect() == Dialect::Sqlite) {
        QSqlQuery q(m_db.handle());
        ok = q.exec(u"COMMIT"_s);
        error = q.lastError().text();
    } else {
        ok = m_db.handle().commit();
        error = m_db.handle().lastError().text();
    }
    if (!ok) {
        rollback();
        throw SchemaError(u"Cannot commit: %1"_s.arg(error));
    }
    m_active = false;
    release();
}

void Transaction::release()
{
    if (m_gate)
        std::exchange(m_gate, nullptr)->unlock();
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (m_db.dialect() == Dialect::Sqlite) {
        QSqlQuery q(m_db.handle());
        q.exec(u"ROLLBACK"_s);
    } else {
        m_db.handle().rollback();
    }
    release();
}

} // namespace Huike
