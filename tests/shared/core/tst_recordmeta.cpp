#include "core/recordmeta.h"
#include "core/timestamp.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_RecordMeta : public QObject
{
    Q_OBJECT

private slots:
    void created();
};

void tst_RecordMeta::created()
{
    const Id author = Id::generate();
    const Id owner = Id::generate();
    const RecordMeta a = RecordMeta::created(author, owner);
    const RecordMeta b = RecordMeta::created(author, Id());
    QCOMPARE(a.id.version(), 7);
    QVERIFY(a.id < b.id); // ids made on the client are monotonic
    QCOMPARE(a.version, 0);  // not yet confirmed by the server
    QVERIFY(!a.deleted);
    QCOMPARE(a.ownerId, owner);
    QVERIFY(b.ownerId.isNull()); // a pool record
    QCOMPARE(a.createdBy, author);
    QCOMPARE(a.updatedBy, author);
    QVERIFY(Timestamp::parse(a.createdAt).has_value());
    QCOMPARE(a.createdAt, a.updatedAt);
}

QTEST_APPLESS_MAIN(tst_RecordMeta)
#include "tst_recordmeta.moc"
