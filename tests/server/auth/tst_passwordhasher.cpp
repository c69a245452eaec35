#include "auth/passwordhasher.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_PasswordHasher : public QObject
{
    Q_OBJECT

private slots:
    void verifies_data();
    void verifies();
    void saltsDiffer();
    void rejectsForeignOrDamagedHashes_data();
    void rejectsForeignOrDamagedHashes();
    void rehashWhenCostChanges();
};

void tst_PasswordHasher::verifies_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("attempt");
    QTest::addColumn<bool>("ok");
    QTest::newRow("same") << u"correct horse"_s << u"correct horse"_s << true;
    QTest::newRow("chinese") << u"汇客密码２０２６"_s << u"汇客密码２０２６"_s << true;
    QTest::newRow("full vs half width differ") << u"汇客密码２０２６"_s << u"汇客密码2026"_s << false;
    QTest::newRow("case") << u"Secret"_s << u"secret"_s << false;
    QTest::newRow("trailing space") << u"secret"_s << u"secret "_s << false;
    QTest::newRow("empty attempt") << u"secret"_s << QString() << false;
    QTest::newRow("emoji") << u"🔑🔑"_s << u"🔑🔑"_s << true;
}

void tst_PasswordHasher::verifies()
{
    QFETCH(QString, password);
    QFETCH(QString, attempt);
    QFETCH(bool, ok);
    const PasswordHasher hasher(PasswordHasher::testCost());
    const QString encoded = hasher.hash(password);
    QVERIFY(encoded.startsWith(u"$argon2id$v=19$"_s));
    QVERIFY(!encoded.contains(password));
    QCOMPARE(PasswordHasher::verify(attempt, encoded), ok);
}

void tst_PasswordHasher::saltsDiffer()
{
    const PasswordHasher hasher(PasswordHasher::testCost());
    const QString a = hasher.hash(u"same"_s);
    const QString b = hasher.hash(u"same"_s);
    QVERIFY(a != b);
    QVERIFY(PasswordHasher::verify(u"same"_s, a));
    QVERIFY(PasswordHasher::verify(u"same"_s, b));
}

void tst_PasswordHasher::rejectsForeignOrDamagedHashes_data()
{
    QTest::addColumn<QString>("encoded");
    QTest::newRow("empty") << QString();
    QTest::newRow("plain text") << u"secret"_s;
    QTest::newRow("argon2i") << u"$argon2i$v=19$m=1024,t=1,p=1$c29tZXNhbHQ$aGFzaA"_s;
    QTest::newRow("truncated") << u"$argon2id$v=19$m=1024,t=1,p=1$"_s;
}

void tst_PasswordHasher::rejectsForeignOrDamagedHashes()
{
    QFETCH(QString, encoded);
    QVERIFY(!PasswordHasher::verify(u"secret"_s, encoded));
}

void tst_PasswordHasher::rehashWhenCostChanges()
{
    const PasswordHasher cheap(PasswordHasher::testCost());
    const QString encoded = cheap.hash(u"pw"_s);
    QVERIFY(!cheap.needsRehash(encoded));
    QVERIFY(PasswordHasher(PasswordHasher::Cost{}).needsRehash(encoded));
    // A damaged hash (one byte of the digest changed) never verifies.
    QString damaged = encoded;
    damaged[damaged.size() - 2] = damaged[damaged.size() - 2] == u'A' ? u'B' : u'A';
    QVERIFY(!PasswordHasher::verify(u"pw"_s, damaged));
}

QTEST_GUILESS_MAIN(tst_PasswordHasher)
#include "tst_passwordhasher.moc"
