// The company's settings: every value checked before anything is written, changes written
// in one transaction (one outbox entry per changed row), only administrators may change
// them, and stages edited once they came from the server.
#include "core/approval.h"
#include "models/settingsservice.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "schema/rows.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_SettingsService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void invalidValuesWriteNothing_data();
    void invalidValuesWriteNothing();
    void savesWhatChanged();
    void stages();
    void onlyAdministrators();

private:
    void storeDefaultStages()
    {
        for (const SalesStage &s : SalesStage::defaults()) {
            Row row = Rows::toRow(s);
            row.remove(u"id"_s);
            for (const QString &meta : {u"version"_s, u"created_at"_s, u"updated_at"_s, u"created_by"_s, u"updated_by"_s, u"deleted"_s})
                row.remove(meta);
            m_replica->create(u"sales_stages"_s, row);
        }
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Replica> m_replica;
};

void tst_SettingsService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_replica = Replica::open(m_dir->path() + u"/replica.sqlite"_s);
}

void tst_SettingsService::cleanup()
{
    m_replica.reset();
    m_dir.reset();
}

void tst_SettingsService::invalidValuesWriteNothing_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("threshold 12.5") << u"quote.discount_approval_pct"_s << u"12.5"_s << true;
    QTest::newRow("threshold 101") << u"quote.discount_approval_pct"_s << u"101"_s << false;
    QTest::newRow("threshold -1") << u"quote.discount_approval_pct"_s << u"-1"_s << false;
    QTest::newRow("threshold text") << u"quote.discount_approval_pct"_s << u"十"_s << false;
    QTest::newRow("target") << u"sales.target"_s << u"1000000.00"_s << true;
    QTest::newRow("target fractions of a fen") << u"sales.target"_s << u"1.001"_s << false;
    QTest::newRow("target negative") << u"sales.target"_s << u"-5"_s << false;
    QTest::newRow("instalment days") << u"reminders.instalment_days"_s << u"14"_s << true;
    QTest::newRow("instalment days 400") << u"reminders.instalment_days"_s << u"400"_s << false;
    QTest::newRow("contract end days text") << u"reminders.contract_end_days"_s << u"a month"_s << false;
    QTest::newRow("pool limit") << u"pool.max_customers_per_rep"_s << u"200"_s << true;
    QTest::newRow("pool limit none") << u"pool.max_customers_per_rep"_s << u"0"_s << true;
    QTest::newRow("pool limit negative") << u"pool.max_customers_per_rep"_s << u"-3"_s << false;
    QTest::newRow("pool limit text") << u"pool.max_customers_per_rep"_s << u"很多"_s << false;
    QTest::newRow("company name") << u"company.name"_s << u"杭州汇客软件有限公司"_s << true;
    QTest::newRow("company name too long") << u"company.name"_s << QString(201, u'汇') << false;
    QTest::newRow("logo too large") << u"company.logo"_s << QString(20001, u'A') << false;
}

void tst_SettingsService::invalidValuesWriteNothing()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(bool, valid);
    storeDefaultStages();
    SettingsService settings(*m_replica);
    QHash<QString, QString> values = settings.values();
    values.insert(key, value);
    const int pending = m_replica->pendingCount();
    const ValidationErrors errors = settings.save(values, settings.stages());
    QCOMPARE(errors.isEmpty(), valid);
    if (valid) {
        QCOMPARE(m_replica->pendingCount(), pending + 1);
        QCOMPARE(settings.values().value(key), value);
    } else {
        QVERIFY2(errors.has(key), qPrintable(errors.fields().join(u", "_s)));
        QCOMPARE(m_replica->pendingCount(), pending);
    }
}

void tst_SettingsService::savesWhatChanged()
{
    storeDefaultStages();
    SettingsService settings(*m_replica);
    QHash<QString, QString> values = settings.values();
    values[SettingKeys::CompanyName.toString()] = u"  杭州汇客软件有限公司 "_s;
    values[SettingKeys::QuoteTerms.toString()] = u"1. 报价有效期 30 天。\n2. 含税价。\n"_s;
    int pending = m_replica->pendingCount();
    QVERIFY(settings.save(values, settings.stages()).isEmpty());
    QCOMPARE(m_replica->pendingCount(), pending + 2);
    QCOMPARE(Rows::setting(m_replica->database(), SettingKeys::CompanyName), u"杭州汇客软件有限公司"_s); // trimmed
    QCOMPARE(Rows::setting(m_replica->database(), SettingKeys::QuoteTerms), u"1. 报价有效期 30 天。\n2. 含税价。\n"_s);

    // Saving again without a change writes nothing; a change updates the same row.
    pending = m_replica->pendingCount();
    QVERIFY(settings.save(settings.values(), settings.stages()).isEmpty());
    QCOMPARE(m_replica->pendingCount(), pending);
    values = settings.values();
    values[SettingKeys::CompanyName.toString()] = u"杭州汇客科技有限公司"_s;
    QVERIFY(settings.save(values, settings.stages()).isEmpty());
    QCOMPARE(m_replica->pendingCount(), pending + 1);
    QCOMPARE(m_replica->database().scalar(u"SELECT COUNT(*) FROM app_settings WHERE key = 'company.name'"_s).toInt(), 1);
    QCOMPARE(Rows::setting(m_replica->database(), SettingKeys::CompanyName), u"杭州汇客科技有限公司"_s);
}

void tst_SettingsService::stages()
{
    SettingsService settings(*m_replica);
    // Before the first sync: the defaults are shown and not written.
    QVERIFY(!settings.stagesStored());
    QCOMPARE(settings.stages().size(), 6);
    QList<SalesStage> stages = settings.stages();
    stages[1].name = u"需求分析"_s;
    int pending = m_replica->pendingCount();
    QVERIFY(settings.save(settings.values(), stages).isEmpty());
    QCOMPARE(m_replica->pendingCount(), pending);

    storeDefaultStages();
    QVERIFY(settings.stagesStored());
    stages = settings.stages();
    stages[1].name = u"需求分析"_s;
    stages[1].probabilityPercent = Decimal::fromInteger(25);
    SalesStage added;
    added.code = SettingsService::newStageCode(stages);
    added.name = u"样品试用"_s;
    added.probabilityPercent = Decimal::fromInteger(60);
    stages.insert(3, added);
    stages[0].active = false;
    pending = m_replica->pendingCount();
    QVERIFY(settings.save(settings.values(), stages).isEmpty());
    QVERIFY(m_replica->pendingCount() > pending);
    const QList<SalesStage> stored = settings.stages();
    QCOMPARE(stored.size(), 7);
    QCOMPARE(stored[1].name, u"需求分析"_s);
    QCOMPARE(stored[1].probabilityPercent, Decimal::fromInteger(25));
    QCOMPARE(stored[3].name, u"样品试用"_s); // in the order given
    QVERIFY(!stored[0].active);
    // The pipeline's reader leaves the inactive stage out.
    QCOMPARE(Rows::salesStages(m_replica->database()).size(), 6);

    // Refused: a duplicate name, an empty name, a probability over 100, no open stage left.
    QList<SalesStage> bad = stored;
    bad[2].name = bad[1].name;
    QVERIFY(settings.save(settings.values(), bad).has(u"stages[2].name"_s));
    bad = stored;
    bad[4].name = u"  "_s;
    QVERIFY(settings.save(settings.values(), bad).has(u"stages[4].name"_s));
    bad = stored;
    bad[4].probabilityPercent = Decimal::fromInteger(120);
    QVERIFY(settings.save(settings.values(), bad).has(u"stages[4].probabilityPercent"_s));
    bad = stored;
    for (SalesStage &s : bad)
        if (s.outcome == StageOutcome::Open)
            s.active = false;
    QVERIFY(settings.save(settings.values(), bad).has(u"stages"_s));
    QCOMPARE(settings.stages(), stored);
}

void tst_SettingsService::onlyAdministrators()
{
    const QString me = m_replica->create(u"users"_s, {{u"login"_s, u"wangfang"_s}, {u"display_name"_s, u"王芳"_s}, {u"role"_s, u"sales"_s}})
                           .value(u"id"_s).toString();
    m_replica->setUserId(me);
    SettingsService settings(*m_replica);
    QVERIFY(!settings.mayEdit());
    QHash<QString, QString> values = settings.values();
    values[SettingKeys::CompanyName.toString()] = u"随便改改"_s;
    const int pending = m_replica->pendingCount();
    QVERIFY(settings.save(values, settings.stages()).has(u"settings"_s));
    QCOMPARE(m_replica->pendingCount(), pending);
    m_replica->database().exec(u"UPDATE users SET role = 'admin' WHERE id = ?"_s, {me});
    QVERIFY(settings.mayEdit());
    QVERIFY(settings.save(values, settings.stages()).isEmpty());
}

QTEST_GUILESS_MAIN(tst_SettingsService)
#include "tst_settingsservice.moc"
