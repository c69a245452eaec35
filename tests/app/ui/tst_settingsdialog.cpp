// The settings dialog offscreen, as an administrator and as a sales rep: a bad value is
// shown next to its field on its tab and nothing is written; a logo, the letterhead, the
// threshold and a new stage are saved; a rep sees the settings read-only.
#include "core/approval.h"
#include "core/enums.h"
#include "models/settingsservice.h"
#include "replica/replica.h"
#include "schema/rows.h"
#include "ui/settingsdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_SettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void administratorSaves();
    void salesRepReads();
    void levelDefinitions();

private:
    QPushButton *button(QDialog &d, QDialogButtonBox::StandardButton which)
    {
        return d.findChild<QDialogButtonBox *>()->button(which);
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Replica> m_replica;
};

void tst_SettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_replica = Replica::open(m_dir->path() + u"/replica.sqlite"_s);
    for (const SalesStage &s : SalesStage::defaults())
        m_replica->create(u"sales_stages"_s, {{u"code"_s, s.code}, {u"name"_s, s.name}, {u"probability_e4"_s, s.probabilityPercent.raw()},
                                              {u"sort_order"_s, s.sortOrder}, {u"outcome"_s, enumCode(s.outcome)}, {u"active"_s, 1}});
    const QString admin = m_replica->create(u"users"_s, {{u"login"_s, u"admin"_s}, {u"display_name"_s, u"管理员"_s}, {u"role"_s, u"admin"_s}})
                              .value(u"id"_s).toString();
    m_replica->setUserId(admin);
}

void tst_SettingsDialog::cleanup()
{
    m_replica.reset();
    m_dir.reset();
}

void tst_SettingsDialog::administratorSaves()
{
    SettingsService service(*m_replica);
    SettingsDialog dialog(service);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString threshold = SettingKeys::DiscountApprovalPercent.toString();
    QLineEdit *name = dialog.field(SettingKeys::CompanyName.toString());
    name->insert(u"杭州汇客软件有限公司"_s);
    dialog.field(threshold)->setText(u"150"_s);
    const int pending = m_replica->pendingCount();
    button(dialog, QDialogButtonBox::Save)->click();
    // Refused next to the field, on its tab, with nothing written.
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.errorFor(threshold)->isVisible());
    QVERIFY(!dialog.errorFor(threshold)->text().isEmpty());
    QCOMPARE(dialog.tabs()->currentIndex(), 1);
    QCOMPARE(m_replica->pendingCount(), pending);

    dialog.field(threshold)->setText(u"15"_s);
    dialog.termsEdit()->setPlainText(u"1. 报价有效期 30 天。"_s);
    // A new stage goes before 赢单 and 输单, named in place.
    dialog.tabs()->setCurrentIndex(2);
    QTableWidget *stages = dialog.stagesTable();
    const int before = stages->rowCount();
    for (QPushButton *b : dialog.findChildren<QPushButton *>())
        if (b->text().contains(u"Add stage"_s))
            b->click();
    QCOMPARE(stages->rowCount(), before + 1);
    QCOMPARE(stages->currentRow(), before - 2);
    stages->item(before - 2, 0)->setText(u"样品试用"_s);
    stages->item(before - 2, 1)->setText(u"60"_s);
    button(dialog, QDialogButtonBox::Save)->click();
    QVERIFY(!dialog.isVisible());

    Database &db = m_replica->database();
    QCOMPARE(Rows::setting(db, SettingKeys::CompanyName), u"杭州汇客软件有限公司"_s);
    QCOMPARE(Rows::setting(db, SettingKeys::DiscountApprovalPercent), u"15"_s);
    QCOMPARE(Rows::setting(db, SettingKeys::QuoteTerms), u"1. 报价有效期 30 天。"_s);
    const QList<SalesStage> now = Rows::salesStages(db);
    QCOMPARE(now.size(), before + 1);
    QCOMPARE(now[before - 2].name, u"样品试用"_s);
    QCOMPARE(now[before - 2].probabilityPercent, Decimal::fromInteger(60));
    QVERIFY(m_replica->pendingCount() > pending);
}

// 客户级别: the company's name, description and criteria for each level, saved as settings
// and shown by the card's level box; a name over 20 characters is refused next to it.
void tst_SettingsDialog::levelDefinitions()
{
    SettingsService service(*m_replica);
    SettingsDialog dialog(service);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString name = SettingKeys::levelKey(u"a", u"name"), criteria = SettingKeys::levelKey(u"a", u"criteria");
    QVERIFY(dialog.field(name));
    QVERIFY(dialog.field(SettingKeys::levelKey(u"d", u"description")));
    dialog.field(name)->setText(QString(21, u'战'));
    button(dialog, QDialogButtonBox::Save)->click();
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.errorFor(name)->isVisible());
    QVERIFY(dialog.tabs()->tabText(dialog.tabs()->currentIndex()).remove(u'&').contains(u"levels"_s));
    dialog.field(name)->setText(u"战略客户"_s);
    dialog.field(criteria)->setText(u"年采购额 100 万元以上"_s);
    if (const QString shots = qEnvironmentVariable("HUIKE_TEST_SCREENSHOTS"); !shots.isEmpty())
        dialog.grab().save(shots + u"/settings-levels.png"_s);
    button(dialog, QDialogButtonBox::Save)->click();
    QVERIFY(!dialog.isVisible());
    const QList<LevelDefinition> levels = service.levels();
    QCOMPARE(levels.size(), 4);
    QCOMPARE(levels[0].code, u"a"_s);
    QCOMPARE(levels[0].name, u"战略客户"_s);
    QCOMPARE(levels[0].criteria, u"年采购额 100 万元以上"_s);
    QVERIFY(levels[0].caption().endsWith(u" · 战略客户"_s));
    QVERIFY(levels[0].details().contains(u"年采购额 100 万元以上"_s));
    QVERIFY(levels[1].name.isEmpty());
    QCOMPARE(levels[1].caption(), enumLabelFor(u"CustomerLevel", u"b").value());
    QVERIFY(levels[1].details().isEmpty());
}

void tst_SettingsDialog::salesRepReads()
{
    m_replica->create(u"app_settings"_s, {{u"key"_s, u"company.name"_s}, {u"value"_s, u"杭州汇客软件有限公司"_s}});
    const QString rep = m_replica->create(u"users"_s, {{u"login"_s, u"wangfang"_s}, {u"display_name"_s, u"王芳"_s}, {u"role"_s, u"sales"_s}})
                            .value(u"id"_s).toString();
    m_replica->setUserId(rep);
    SettingsService service(*m_replica);
    SettingsDialog dialog(service);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QLineEdit *name = dialog.field(SettingKeys::CompanyName.toString());
    QCOMPARE(name->text(), u"杭州汇客软件有限公司"_s);
    QVERIFY(name->isReadOnly());
    QVERIFY(!button(dialog, QDialogButtonBox::Save));
    QCOMPARE(dialog.stagesTable()->editTriggers(), QAbstractItemView::NoEditTriggers);
    dialog.grab().save(m_dir->path() + u"/settings.png"_s);
    if (const QString shots = qEnvironmentVariable("HUIKE_TEST_SCREENSHOTS"); !shots.isEmpty())
        dialog.grab().save(shots + u"/settings.png"_s);
}

QTEST_MAIN(tst_SettingsDialog)
#include "tst_settingsdialog.moc"
