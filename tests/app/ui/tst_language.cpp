// The interface language on a system whose locale is not Chinese (LANG=C, en_US): Chinese
// by default — the product is Chinese first — English only when chosen in the settings
// (or with --lang en), which is kept; the settings dialog offers the choice.
#include "models/settingsservice.h"
#include "replica/replica.h"
#include "ui/language.h"
#include "ui/settingsdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

namespace {
QString customers()
{
    return QCoreApplication::translate("Huike::MainWindow", "Customers");
}
} // namespace

class tst_Language : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void chineseWhateverTheSystem_data();
    void chineseWhateverTheSystem();
    void englishWhenChosen();
    void settingsDialogChoice();
};

void tst_Language::initTestCase()
{
    QCoreApplication::setOrganizationName(u"HuikeTestLanguage"_s);
    QVERIFY2(QLocale::system().language() != QLocale::Chinese, qPrintable(QLocale::system().name()));
}

void tst_Language::chineseWhateverTheSystem_data()
{
    QTest::addColumn<QVariant>("kept");
    QTest::newRow("nothing kept") << QVariant();
    QTest::newRow("former 'as the system'") << QVariant(QString());
    QTest::newRow("zh_CN") << QVariant(u"zh_CN"_s);
    QTest::newRow("nonsense") << QVariant(u"xx"_s);
}

void tst_Language::chineseWhateverTheSystem()
{
    QFETCH(QVariant, kept);
    QSettings settings;
    if (kept.isValid())
        settings.setValue(u"ui/language"_s, kept);
    else
        settings.remove(u"ui/language"_s);
    QCOMPARE(Language::chosen(), u"zh_CN"_s);
    QCOMPARE(Language::install(*qApp, Language::chosen(), QStringLiteral(HUIKE_CATALOGUE_DIR)), u"zh_CN"_s);
    QCOMPARE(customers(), u"客户"_s);
    QCOMPARE(QLocale().language(), QLocale::Chinese);
}

void tst_Language::englishWhenChosen()
{
    Language::choose(u"en"_s);
    QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"en"_s);
    QCOMPARE(Language::chosen(), u"en"_s);
    QCOMPARE(Language::install(*qApp, Language::chosen(), QStringLiteral(HUIKE_CATALOGUE_DIR)), u"en"_s);
    QCOMPARE(customers(), u"Customers"_s);
    Language::choose(u"en_US"_s); // --lang en_US
    QCOMPARE(Language::chosen(), u"en"_s);
    Language::choose(u"zh_CN"_s);
    QCOMPARE(Language::install(*qApp, Language::chosen(), QStringLiteral(HUIKE_CATALOGUE_DIR)), u"zh_CN"_s);
    QCOMPARE(customers(), u"客户"_s);
    Language::install(*qApp, u"en"_s, QStringLiteral(HUIKE_CATALOGUE_DIR)); // the rest in English
}

void tst_Language::settingsDialogChoice()
{
    QTemporaryDir dir;
    auto replica = Replica::open(dir.path() + u"/replica.sqlite"_s);
    SettingsService service(*replica);
    QSettings().remove(u"ui/language"_s);
    SettingsDialog dialog(service);
    QComboBox *box = dialog.languageBox();
    QVERIFY(box);
    QCOMPARE(box->count(), 2);
    QCOMPARE(box->currentText(), u"简体中文"_s);
    QCOMPARE(box->itemText(1), u"English"_s);
    box->setCurrentIndex(1);
    emit box->activated(1);
    QCOMPARE(Language::chosen(), u"en"_s);
    box->setCurrentIndex(0);
    emit box->activated(0);
    QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"zh_CN"_s);
    QSettings().remove(u"ui/language"_s);
}

int main(int argc, char *argv[])
{
    // A system that is not Chinese, as on the machine of the report.
    qputenv("LANG", "en_US.UTF-8");
    qputenv("LC_ALL", "en_US.UTF-8");
    qputenv("LANGUAGE", "en_US");
    QApplication app(argc, argv);
    tst_Language test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_language.moc"
