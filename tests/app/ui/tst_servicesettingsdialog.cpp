// The service settings dialog (服务设置) offscreen: it opens on the defaults; an edit of a
// rule, a holiday or a category is saved as that one setting, read back from the replica as
// what fromJson makes of the expected JSON; an edit the value types refuse shows their
// reason on its tab and writes nothing, keeping what was typed; a sales rep reads it all
// without changing anything; the 服务 page opens it.
#include "core/approval.h"
#include "core/slarules.h"
#include "core/warranty.h"
#include "core/workcalendar.h"
#include "models/settingsservice.h"
#include "models/ticketservice.h"
#include "replica/replica.h"
#include "schema/rows.h"
#include "ui/servicepage.h"
#include "ui/servicesettingsdialog.h"
#include "ui/slarulestab.h"
#include "ui/warrantytab.h"
#include "ui/workcalendartab.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QSignalSpy>
#include <QTimer>
#include <QTranslator>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Huike;

using Edit = std::function<void(ServiceSettingsDialog &)>;
Q_DECLARE_METATYPE(Edit)

namespace {

QDoubleSpinBox *hours(SlaRulesTab *tab, int row, SlaRulesTab::Column column)
{
    return qobject_cast<QDoubleSpinBox *>(tab->table()->cellWidget(row, column));
}

QComboBox *combo(SlaRulesTab *tab, int row, SlaRulesTab::Column column)
{
    return qobject_cast<QComboBox *>(tab->table()->cellWidget(row, column));
}

void setCell(QTableWidget *table, int row, int column, const QString &text)
{
    if (!table->item(row, column))
        table->setItem(row, column, new QTableWidgetItem);
    table->item(row, column)->setText(text);
}

// The default calendar's JSON object with `change` applied: what an edit of the calendar
// tab should store.
QString calendarWith(const std::function<void(QJsonObject &)> &change)
{
    QJsonObject o = QJsonDocument::fromJson(WorkCalendar::defaultCalendar().toJson().toUtf8()).object();
    change(o);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// Every setting's parsed value, equal when the stored text reads as the expected one.
bool sameSetting(const QString &key, const QString &stored, const QString &expected)
{
    if (key == SettingKeys::ServiceSla)
        return SlaRules::fromJson(stored) && SlaRules::fromJson(stored) == SlaRules::fromJson(expected);
    if (key == SettingKeys::ServiceCalendar)
        return WorkCalendar::fromJson(stored) && WorkCalendar::fromJson(stored) == WorkCalendar::fromJson(expected);
    return WarrantyRules::fromJson(stored) && WarrantyRules::fromJson(stored) == WarrantyRules::fromJson(expected);
}

} // namespace

class tst_ServiceSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void opensOnTheDefaults();
    void savesWhatChanged_data();
    void savesWhatChanged();
    void refusesWhatCannotBeRead_data();
    void refusesWhatCannotBeRead();
    void keepsTheFallbackRule();
    void asksBeforeLosingEdits();
    void salesRepReads();
    void servicePageOpensIt();
    void chineseScreenshots();

private:
    QPushButton *button(QDialog &d, QDialogButtonBox::StandardButton which)
    {
        return d.findChild<QDialogButtonBox *>()->button(which);
    }
    QString stored(QStringView key) { return Rows::setting(m_replica->database(), key); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Replica> m_replica;
};

void tst_ServiceSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_replica = Replica::open(m_dir->path() + u"/replica.sqlite"_s);
    const QString admin = m_replica->create(u"users"_s, {{u"login"_s, u"admin"_s}, {u"display_name"_s, u"管理员"_s}, {u"role"_s, u"admin"_s}})
                              .value(u"id"_s).toString();
    m_replica->setUserId(admin);
}

void tst_ServiceSettingsDialog::cleanup()
{
    m_replica.reset();
    m_dir.reset();
}

// Nothing stored: every tab shows the built-in values, and saving them unchanged writes nothing.
void tst_ServiceSettingsDialog::opensOnTheDefaults()
{
    SettingsService service(*m_replica);
    ServiceSettingsDialog dialog(service);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.tabs()->count(), 3);
    const QList<SlaRules::Rule> rules = SlaRules::defaults().rules();
    QCOMPARE(dialog.slaTab()->table()->rowCount(), rules.size());
    for (int row = 0; row < rules.size(); ++row)
        QCOMPARE(dialog.slaTab()->rule(row), rules[row]);
    QCOMPARE(dialog.slaTab()->reopenDays()->value(), 7);
    QVERIFY(SlaRules::fromJson(dialog.slaTab()->json()) == SlaRules::defaults());
    QVERIFY(WorkCalendar::fromJson(dialog.calendarTab()->json()) == WorkCalendar::defaultCalendar());
    QCOMPARE(dialog.calendarTab()->timeZoneBox()->currentText(), u"Asia/Shanghai"_s);
    QVERIFY(dialog.calendarTab()->weekdayBoxes().at(0)->isChecked());  // Monday first
    QVERIFY(!dialog.calendarTab()->weekdayBoxes().at(6)->isChecked()); // Sunday last
    QVERIFY(dialog.calendarTab()->dateList(WorkCalendarTab::Holidays)->item(0)->text().startsWith(u"2026-"_s));
    QVERIFY(WarrantyRules::fromJson(dialog.warrantyTab()->json()) == WarrantyRules::defaults());
    QCOMPARE(dialog.warrantyTab()->mainMonths()->value(), 12);
    QVERIFY(!dialog.isModified());

    const int pending = m_replica->pendingCount();
    button(dialog, QDialogButtonBox::Save)->click();
    QVERIFY(!dialog.isVisible());
    QCOMPARE(m_replica->pendingCount(), pending);
    for (const QString &key : SettingsService::serviceKeys())
        QVERIFY(stored(key).isEmpty());
}

void tst_ServiceSettingsDialog::savesWhatChanged_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("byShortcut");

    QTest::newRow("a rule's hours, round the clock, a rule for complaints, reopen days")
        << Edit([](ServiceSettingsDialog &d) {
               SlaRulesTab *tab = d.slaTab();
               QCOMPARE(combo(tab, 1, SlaRulesTab::PriorityColumn)->currentData().toString(), u"high"_s);
               hours(tab, 1, SlaRulesTab::FirstResponseColumn)->setValue(1.5);
               hours(tab, 1, SlaRulesTab::ResolutionColumn)->setValue(12);
               tab->table()->item(1, SlaRulesTab::RoundTheClockColumn)->setCheckState(Qt::Checked);
               tab->addRule();
               const int row = tab->table()->rowCount() - 1;
               combo(tab, row, SlaRulesTab::PriorityColumn)->setCurrentIndex(0); // 紧急
               combo(tab, row, SlaRulesTab::KindColumn)->setCurrentIndex(
                   combo(tab, row, SlaRulesTab::KindColumn)->findData(u"complaint"_s));
               hours(tab, row, SlaRulesTab::FirstResponseColumn)->setValue(0.25);
               hours(tab, row, SlaRulesTab::ResolutionColumn)->setValue(2);
               tab->reopenDays()->setValue(14);
           })
        << SettingKeys::ServiceSla.toString()
        << uR"({"rules": [{"priority": "urgent", "firstResponse": 30, "resolution": 240, "calendar": true},
                          {"priority": "high", "firstResponse": 90, "resolution": 720, "calendar": true},
                          {"priority": "normal", "kind": "complaint", "firstResponse": 240, "resolution": 1440},
                          {"priority": "normal", "firstResponse": 480, "resolution": 2880},
                          {"priority": "low", "firstResponse": 960, "resolution": 7200},
                          {"priority": "urgent", "kind": "complaint", "firstResponse": 15, "resolution": 120}],
                "reopenDays": 14})"_s
        << false;
    QTest::newRow("a holiday, a 调休 workday removed, Saturdays, another zone and hours")
        << Edit([](ServiceSettingsDialog &d) {
               WorkCalendarTab *tab = d.calendarTab();
               tab->dateEdit(WorkCalendarTab::Holidays)->setDate(QDate(2026, 12, 25));
               // The Add beside the date box, as a user would.
               for (QPushButton *b : tab->dateList(WorkCalendarTab::Holidays)->parentWidget()->findChildren<QPushButton *>())
                   if (b->text() == u"Add")
                       b->click();
               tab->dateList(WorkCalendarTab::Workdays)->setCurrentRow(0);
               tab->removeDate(WorkCalendarTab::Workdays);
               tab->weekdayBoxes().at(5)->setChecked(true);
               tab->timeZoneBox()->setCurrentText(u"Asia/Tokyo"_s);
               setCell(tab->periodsTable(), 1, 1, u"24:00"_s);
           })
        << SettingKeys::ServiceCalendar.toString() << calendarWith([](QJsonObject &o) {
               QJsonArray holidays = o.value(u"holidays"_s).toArray();
               holidays.append(u"2026-12-25"_s);
               QJsonArray workdays = o.value(u"workdays"_s).toArray();
               workdays.removeFirst();
               o[u"holidays"_s] = holidays;
               o[u"workdays"_s] = workdays;
               o[u"weekdays"_s] = QJsonArray{1, 2, 3, 4, 5, 6};
               o[u"timeZone"_s] = u"Asia/Tokyo"_s;
               o[u"periods"_s] = QJsonArray{QJsonArray{u"09:00"_s, u"12:00"_s}, QJsonArray{u"13:30"_s, u"24:00"_s}};
           })
        << true;
    QTest::newRow("a category overriding two periods, the default part changed")
        << Edit([](ServiceSettingsDialog &d) {
               WarrantyTab *tab = d.warrantyTab();
               tab->partMonths()->setValue(9);
               tab->addCategory();
               QTableWidget *table = tab->categoriesTable();
               setCell(table, 0, WarrantyTab::CategoryColumn, u" 空压机 "_s);
               setCell(table, 0, WarrantyTab::MainColumn, u"24"_s);
               setCell(table, 0, WarrantyTab::AfterRepairColumn, u"6"_s);
               tab->addCategory(); // left empty: not a category
           })
        << SettingKeys::ServiceWarranty.toString()
        << uR"({"default": {"mainMonths": 12, "partMonths": 9, "afterRepairMonths": 3},
                "categories": [{"category": "空压机", "mainMonths": 24, "afterRepairMonths": 6}]})"_s
        << false;
}

void tst_ServiceSettingsDialog::savesWhatChanged()
{
    QFETCH(Edit, edit);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    QFETCH(bool, byShortcut);
    SettingsService service(*m_replica);
    ServiceSettingsDialog dialog(service);
    QSignalSpy saved(&dialog, &ServiceSettingsDialog::saved);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    edit(dialog);
    QVERIFY(dialog.isModified());
    const int pending = m_replica->pendingCount();
    if (byShortcut) {
        QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(dialog.isVisible()); // Ctrl+S saves and stays
        QCOMPARE(dialog.statusLabel()->text(), u"Saved."_s);
        QVERIFY(!dialog.isModified());
    } else {
        button(dialog, QDialogButtonBox::Save)->click();
        QVERIFY(!dialog.isVisible());
    }
    QCOMPARE(saved.count(), 1);
    QCOMPARE(m_replica->pendingCount(), pending + 1); // that one setting, created
    QVERIFY2(sameSetting(key, stored(key), expected), qPrintable(stored(key)));
    for (const QString &other : SettingsService::serviceKeys())
        if (other != key)
            QVERIFY2(stored(other).isEmpty(), qPrintable(other));

    // Opened again, it shows what was stored and has nothing to save.
    ServiceSettingsDialog again(service);
    QVERIFY(!again.isModified());
    QVERIFY(sameSetting(key, key == SettingKeys::ServiceSla ? again.slaTab()->json()
                             : key == SettingKeys::ServiceCalendar ? again.calendarTab()->json()
                                                                   : again.warrantyTab()->json(),
                        expected));
}

void tst_ServiceSettingsDialog::refusesWhatCannotBeRead_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<int>("tab");
    QTest::addColumn<QString>("reason"); // part of the value type's English reason

    QTest::newRow("answered after resolved") << Edit([](ServiceSettingsDialog &d) {
        hours(d.slaTab(), 3, SlaRulesTab::FirstResponseColumn)->setValue(10);
        hours(d.slaTab(), 3, SlaRulesTab::ResolutionColumn)->setValue(2);
    }) << 0 << u"answered before it is resolved"_s;
    QTest::newRow("two rules for one priority and kind") << Edit([](ServiceSettingsDialog &d) {
        d.slaTab()->addRule(); // high, every kind: there is one
    }) << 0 << u"Two rules for high"_s;
    QTest::newRow("overlapping periods") << Edit([](ServiceSettingsDialog &d) {
        setCell(d.calendarTab()->periodsTable(), 1, 0, u"11:00"_s);
    }) << 1 << u"overlaps"_s;
    QTest::newRow("a time that is none") << Edit([](ServiceSettingsDialog &d) {
        setCell(d.calendarTab()->periodsTable(), 0, 0, u"9 点"_s);
    }) << 1 << u"HH:mm"_s;
    QTest::newRow("no working day") << Edit([](ServiceSettingsDialog &d) {
        for (QCheckBox *box : d.calendarTab()->weekdayBoxes())
            box->setChecked(false);
    }) << 1 << u"at least one working weekday"_s;
    QTest::newRow("a holiday worked") << Edit([](ServiceSettingsDialog &d) {
        d.calendarTab()->addDate(WorkCalendarTab::Holidays, d.calendarTab()->dates(WorkCalendarTab::Workdays).first());
    }) << 1 << u"both a holiday and a workday"_s;
    QTest::newRow("a category twice") << Edit([](ServiceSettingsDialog &d) {
        for (const QString &name : {u"空压机"_s, u"空压机 "_s}) {
            d.warrantyTab()->addCategory();
            setCell(d.warrantyTab()->categoriesTable(), d.warrantyTab()->categoriesTable()->rowCount() - 1, 0, name);
        }
    }) << 2 << u"listed twice"_s;
    QTest::newRow("months that are none") << Edit([](ServiceSettingsDialog &d) {
        d.warrantyTab()->addCategory();
        setCell(d.warrantyTab()->categoriesTable(), 0, WarrantyTab::CategoryColumn, u"软件"_s);
        setCell(d.warrantyTab()->categoriesTable(), 0, WarrantyTab::PartColumn, u"半年"_s);
    }) << 2 << u"whole number of months"_s;
    QTest::newRow("months without a category") << Edit([](ServiceSettingsDialog &d) {
        d.warrantyTab()->addCategory();
        setCell(d.warrantyTab()->categoriesTable(), 0, WarrantyTab::MainColumn, u"24"_s);
    }) << 2 << u"no \"category\" name"_s;
}

void tst_ServiceSettingsDialog::refusesWhatCannotBeRead()
{
    QFETCH(Edit, edit);
    QFETCH(int, tab);
    QFETCH(QString, reason);
    SettingsService service(*m_replica);
    ServiceSettingsDialog dialog(service);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // A valid edit on another tab is not saved either: nothing is, until all can be read.
    dialog.warrantyTab()->mainMonths()->setValue(tab == 2 ? 12 : 18);
    edit(dialog);
    const QString sla = dialog.slaTab()->json(), calendar = dialog.calendarTab()->json(), warranty = dialog.warrantyTab()->json();
    const int pending = m_replica->pendingCount();
    dialog.tabs()->setCurrentIndex((tab + 1) % 3);
    button(dialog, QDialogButtonBox::Save)->click();

    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.tabs()->currentIndex(), tab);
    const QList<QLabel *> errors{dialog.slaTab()->errorLabel(), dialog.calendarTab()->errorLabel(), dialog.warrantyTab()->errorLabel()};
    for (int i = 0; i < errors.size(); ++i)
        QCOMPARE(!errors[i]->isHidden(), i == tab);
    QVERIFY2(errors[tab]->text().contains(reason), qPrintable(errors[tab]->text()));
    QVERIFY2(errors[tab]->text().contains(u"cannot be saved"_s), qPrintable(errors[tab]->text()));
    QVERIFY(!dialog.statusLabel()->text().isEmpty());
    QCOMPARE(m_replica->pendingCount(), pending);
    for (const QString &key : SettingsService::serviceKeys())
        QVERIFY(stored(key).isEmpty());
    // What was typed is still there.
    QCOMPARE(dialog.slaTab()->json(), sla);
    QCOMPARE(dialog.calendarTab()->json(), calendar);
    QCOMPARE(dialog.warrantyTab()->json(), warranty);
    QVERIFY(dialog.isModified());

    // The service refuses it too, whoever calls it.
    const QString key = SettingsService::serviceKeys().at(tab);
    const QString text = tab == 0 ? sla : tab == 1 ? calendar : warranty;
    const ValidationErrors refused = service.saveService({{key, text}});
    QVERIFY(refused.has(key));
    QCOMPARE(refused.codeFor(key), u"invalid"_s);
    QVERIFY(stored(key).isEmpty());
}

// The rule for normal priority and every kind is what other tickets fall back to.
void tst_ServiceSettingsDialog::keepsTheFallbackRule()
{
    SettingsService service(*m_replica);
    ServiceSettingsDialog dialog(service);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    SlaRulesTab *tab = dialog.slaTab();
    const int rows = tab->table()->rowCount();
    QCOMPARE(tab->rule(3).priority, u"normal"_s);
    QVERIFY(tab->rule(3).kind.isEmpty());
    hours(tab, 3, SlaRulesTab::FirstResponseColumn)->setFocus(); // a click into the row selects it
    QCOMPARE(tab->table()->currentRow(), 3);
    tab->removeRule();
    QCOMPARE(tab->table()->rowCount(), rows);
    QVERIFY(!tab->errorLabel()->isHidden());
    QVERIFY(tab->errorLabel()->text().contains(u"fallback"_s));

    tab->table()->setCurrentCell(2, SlaRulesTab::PriorityColumn); // normal complaints
    tab->removeRule();
    QCOMPARE(tab->table()->rowCount(), rows - 1);
    QVERIFY(tab->errorLabel()->isHidden());
    button(dialog, QDialogButtonBox::Save)->click();
    QVERIFY(!dialog.isVisible());
    const auto saved = SlaRules::fromJson(stored(SettingKeys::ServiceSla));
    QVERIFY(saved);
    QCOMPARE(saved->rules().size(), rows - 1);
    QCOMPARE(saved->targetFor(u"normal", u"complaint").firstResponseMinutes, 480); // normal's now
}

// Closing with edits asks first: Cancel keeps the dialog and the edits, Discard drops them.
void tst_ServiceSettingsDialog::asksBeforeLosingEdits()
{
    SettingsService service(*m_replica);
    ServiceSettingsDialog dialog(service);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.calendarTab()->addDate(WorkCalendarTab::Holidays, QDate(2026, 12, 25));
    const auto answer = [this](QMessageBox::StandardButton which) {
        QTimer::singleShot(0, this, [which] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->button(which)->click();
        });
    };
    answer(QMessageBox::Cancel);
    dialog.reject();
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.calendarTab()->dates(WorkCalendarTab::Holidays).contains(QDate(2026, 12, 25)));
    answer(QMessageBox::Discard);
    dialog.reject();
    QVERIFY(!dialog.isVisible());
    QVERIFY(stored(SettingKeys::ServiceCalendar).isEmpty());
}

void tst_ServiceSettingsDialog::salesRepReads()
{
    const QString warranty = uR"({"categories": [{"category": "空压机", "mainMonths": 24}]})"_s;
    m_replica->create(u"app_settings"_s, {{u"key"_s, SettingKeys::ServiceWarranty.toString()}, {u"value"_s, warranty}});
    const QString rep = m_replica->create(u"users"_s, {{u"login"_s, u"wangfang"_s}, {u"display_name"_s, u"王芳"_s}, {u"role"_s, u"sales"_s}})
                            .value(u"id"_s).toString();
    m_replica->setUserId(rep);
    SettingsService service(*m_replica);
    ServiceSettingsDialog dialog(service);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.isEditable());
    QVERIFY(!button(dialog, QDialogButtonBox::Save));
    QVERIFY(button(dialog, QDialogButtonBox::Close));
    QVERIFY(dialog.statusLabel()->text().contains(u"administrator"_s));
    QCOMPARE(dialog.warrantyTab()->categoriesTable()->item(0, WarrantyTab::CategoryColumn)->text(), u"空压机"_s);
    // Every input is off; the tables and lists still scroll.
    int inputs = 0;
    for (QWidget *w : dialog.findChildren<QWidget *>()) {
        if (qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QCheckBox *>(w)
            || (qobject_cast<QPushButton *>(w) && !qobject_cast<QDialogButtonBox *>(w->parentWidget()))) {
            ++inputs;
            QVERIFY2(!w->isEnabled(), qPrintable(QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName()));
        }
    }
    QVERIFY(inputs > 20);
    for (QTableWidget *t : dialog.findChildren<QTableWidget *>())
        QCOMPARE(t->editTriggers(), QAbstractItemView::NoEditTriggers);
    QVERIFY(!(dialog.slaTab()->table()->item(0, SlaRulesTab::RoundTheClockColumn)->flags() & Qt::ItemIsUserCheckable));
    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!dialog.isModified());
    // Even called directly, the service writes nothing for a rep.
    const int pending = m_replica->pendingCount();
    QVERIFY(service.saveService({{SettingKeys::ServiceSla.toString(), SlaRules::defaults().toJson()}}).has(u"settings"_s));
    QCOMPARE(m_replica->pendingCount(), pending);
    button(dialog, QDialogButtonBox::Close)->click();
    QVERIFY(!dialog.isVisible());
}

void tst_ServiceSettingsDialog::servicePageOpensIt()
{
    TicketService tickets(*m_replica);
    ServicePage page(tickets, nullptr);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *open = page.findChild<QPushButton *>(u"serviceSettings"_s);
    QVERIFY(open);
    QSignalSpy changed(&page, &ServicePage::changed);
    bool seen = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ServiceSettingsDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        seen = true;
        dialog->warrantyTab()->afterRepairMonths()->setValue(4);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    });
    open->click();
    QVERIFY(seen);
    QCOMPARE(changed.count(), 1); // the main window syncs the new setting soon
    QCOMPARE(WarrantyRules::fromJson(stored(SettingKeys::ServiceWarranty))->defaultRule().afterRepairMonths, 4);
}

// In Chinese, each tab; with HUIKE_SCREENSHOT_DIR set, its picture for a person to look at.
void tst_ServiceSettingsDialog::chineseScreenshots()
{
    QTranslator zh;
    QVERIFY(zh.load(QStringLiteral(HUIKE_QM_FILE)));
    QCoreApplication::installTranslator(&zh);
    {
        SettingsService service(*m_replica);
        ServiceSettingsDialog dialog(service);
        QCOMPARE(dialog.windowTitle(), u"服务设置"_s);
        QCOMPARE(dialog.tabs()->tabText(0).remove(u"(&T)"_s), u"服务时限"_s);
        QCOMPARE(dialog.tabs()->tabText(1).remove(u"(&C)"_s), u"工作日历"_s);
        QCOMPARE(dialog.tabs()->tabText(2).remove(u"(&W)"_s), u"保修期"_s);
        dialog.warrantyTab()->addCategory();
        setCell(dialog.warrantyTab()->categoriesTable(), 0, 0, u"空压机"_s);
        setCell(dialog.warrantyTab()->categoriesTable(), 0, 1, u"24"_s);
        setCell(dialog.calendarTab()->periodsTable(), 1, 0, u"11:00"_s);
        dialog.resize(980, 700);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.save());
        QVERIFY(dialog.calendarTab()->errorLabel()->text().startsWith(u"工作日历"_s));
        const QString shots = qEnvironmentVariable("HUIKE_SCREENSHOT_DIR", m_dir->path());
        const QStringList names{u"sla"_s, u"calendar"_s, u"warranty"_s};
        for (int i = 0; i < names.size(); ++i) {
            dialog.tabs()->setCurrentIndex(i);
            QVERIFY(dialog.grab().save(shots + u"/svcset-"_s + names[i] + u".png"_s));
        }
    }
    QCoreApplication::removeTranslator(&zh);
}

QTEST_MAIN(tst_ServiceSettingsDialog)
#include "tst_servicesettingsdialog.moc"
