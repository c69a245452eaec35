// The customer card offscreen, driven as a user would: Ctrl+N, typing (Chinese included),
// errors next to the field while typing, the duplicate warning, two contacts (one through
// the contact dialog), undo and redo, Ctrl+S, the pending count while the server is down,
// and the question before closing with unsaved changes. The attachments tab (附件): a new
// card asks to be saved first, files added there are the customer's own and sync, and a
// customer's own file in the 360° view opens on that tab.
#include "activitydialog.h"
#include "attachmentspanel.h"
#include "contactdialog.h"
#include "contracteditor.h"
#include "customer360page.h"
#include "money.h"
#include "ownershipclient.h"
#include "customercard.h"
#include "customerlistmodel.h"
#include "customerlistpage.h"
#include "customerservice.h"
#include "database.h"
#include "mainwindow.h"
#include "reminderdialog.h"
#include "replica.h"
#include "synccontroller.h"
#include "syncstatuswidget.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Huike;

namespace {

// Types as a user does: Latin text key by key, Chinese as an input method commits it.
void type(QWidget *w, const QString &text)
{
    QString latin;
    auto flush = [&] {
        if (!latin.isEmpty())
            QTest::keyClicks(w, latin);
        latin.clear();
    };
    for (QChar c : text) {
        if (c.unicode() < 0x80) {
            latin += c;
            continue;
        }
        flush();
        QInputMethodEvent commit;
        commit.setCommitString(QString(c));
        QApplication::sendEvent(w, &commit);
    }
    flush();
}

// The Alt+letter of a label ("Attach&ments" → 'm'), null when it has none.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = text.indexOf(u'&'); i >= 0 && i + 1 < text.size(); i = text.indexOf(u'&', i + 2))
        if (text[i + 1] != u'&')
            return text[i + 1].toLower();
    return {};
}

// The Alt+letters of what is on screen in `window` (its tabs, buttons and field labels)
// that more than one widget uses.
QStringList clashingMnemonics(QWidget *window)
{
    QHash<QChar, QStringList> users;
    for (QTabWidget *tabs : window->findChildren<QTabWidget *>())
        if (tabs->isVisible())
            for (int i = 0; i < tabs->count(); ++i)
                users[mnemonic(tabs->tabText(i))] << tabs->tabText(i);
    for (QAbstractButton *b : window->findChildren<QAbstractButton *>())
        if (b->isVisible())
            users[mnemonic(b->text())] << b->text();
    for (QLabel *l : window->findChildren<QLabel *>())
        if (l->isVisible() && l->buddy())
            users[mnemonic(l->text())] << l->text();
    QStringList clashes;
    for (auto it = users.begin(); it != users.end(); ++it)
        if (!it.key().isNull() && it.value().size() > 1)
            clashes << it.value().join(u" / "_s);
    return clashes;
}

} // namespace

class tst_CustomerCard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createWithTwoContacts();
    void undoRedo();
    void editExistingFromTheList();
    void closingAsksAboutUnsavedChanges();
    void view360AndActivities();
    void attachmentsTab();
    void mnemonicsUniqueOnEveryTab_data();
    void mnemonicsUniqueOnEveryTab();
    void errorLineDoesNotMoveFieldsBelow();
    void savedCardShowsNormalisedValues();
    void duplicateCreditCodeRefused();

private:
    // Runs `fill` on the next modal dialog of type T as soon as it is shown.
    template<typename T, typename F>
    void onNextDialog(F fill)
    {
        QTimer::singleShot(0, this, [this, fill] {
            auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
            if (!dialog) {
                onNextDialog<T>(fill); // not shown yet
                return;
            }
            fill(dialog);
        });
    }

    QTemporaryDir m_dir;
    QString m_path;
    QString m_existing;
};

void tst_CustomerCard::initTestCase()
{
    QCoreApplication::setOrganizationName(u"HuikeTest"_s);
    m_path = m_dir.path() + u"/replica.sqlite"_s;
    auto replica = Replica::open(m_path);
    replica->setUserId(u"0192b6c8-0000-7000-8000-000000000001"_s);
    replica->database().exec(
        u"INSERT INTO users (id, version, deleted, created_at, updated_at, login, display_name, role, disabled) "
        u"VALUES ('0192b6c8-0000-7000-8000-000000000001', 1, 0, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', "
        u"'wangfang', '王芳', 'sales', 0)"_s);
    CustomerService service(*replica);
    CustomerService::Card card;
    card.customer.name = u"北京市华通科技有限公司"_s;
    card.customer.phone = u"010-65529988"_s;
    QVERIFY(service.save(card, {}).isEmpty());
    m_existing = card.customer.meta.id.toString();
    replica->acknowledgePush(100);
}

void tst_CustomerCard::createWithTwoContacts()
{
    auto replica = Replica::open(m_path);
    CustomerListModel model(replica->database());
    SyncController sync(m_path, QUrl(u"http://127.0.0.1:1"_s), u"x"_s); // the server is down
    MainWindow window(model, sync, u"王芳"_s, replica.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    sync.start();
    QTRY_COMPARE_WITH_TIMEOUT(sync.state(), SyncController::State::Offline, 10000);

    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    CustomerCard *card = window.findChild<CustomerCard *>();
    QVERIFY(card);
    QVERIFY(QTest::qWaitForWindowExposed(card));
    QVERIFY(card->windowTitle().contains(u"New customer"_s));

    // Typing the name shows the existing customer as a likely duplicate.
    QLineEdit *name = card->field(u"name"_s);
    name->setFocus();
    type(name, u"华通科技（北京）有限公司"_s);
    QTRY_VERIFY(card->duplicateList()->isVisible());
    QCOMPARE(card->duplicateList()->count(), 1);
    QVERIFY(card->duplicateList()->item(0)->text().contains(u"北京市华通科技有限公司"_s));
    QCOMPARE(card->duplicateList()->item(0)->data(Qt::UserRole).toString(), m_existing);
    // It is another company after all: a different name clears the warning.
    name->selectAll();
    type(name, u"上海恒信精密机械有限公司"_s);
    QTRY_VERIFY(!card->duplicateList()->isVisible());

    // A wrong check character is shown next to the field as it is typed, and goes away.
    QLineEdit *code = card->field(u"creditCode"_s);
    QTest::keyClicks(code, u"91350100M000100Y44"_s);
    QVERIFY(card->errorLabel(u"creditCode"_s)->isVisible());
    QVERIFY(!card->errorLabel(u"creditCode"_s)->text().isEmpty());
    QTest::keyClick(code, Qt::Key_Backspace);
    QTest::keyClicks(code, u"3"_s);
    QVERIFY(!card->errorLabel(u"creditCode"_s)->isVisible());
    QTest::keyClicks(card->field(u"phone"_s), u"021 6552 9988"_s);
    QVERIFY(!card->errorLabel(u"phone"_s)->isVisible());

    // Two contacts: one through the contact dialog (with a wrong mobile number first), one
    // added directly.
    card->tabs()->setCurrentIndex(2);
    onNextDialog<ContactDialog>([](ContactDialog *d) {
        type(d->field(u"name"_s), u"李明"_s);
        QTest::keyClicks(d->field(u"mobile"_s), u"1380013800"_s);
        d->accept(); // refused: ten digits
        QVERIFY(d->isVisible());
        QVERIFY(d->errorLabel(u"mobile"_s)->isVisible());
        QTest::keyClicks(d->field(u"mobile"_s), u"0"_s);
        type(d->field(u"title"_s), u"采购经理"_s);
        d->accept();
    });
    QPushButton *add = nullptr;
    for (QPushButton *b : card->findChildren<QPushButton *>())
        if (b->text().contains(u"Add contact"_s))
            add = b;
    QVERIFY(add);
    QTest::mouseClick(add, Qt::LeftButton);
    QTRY_COMPARE(card->contactTable()->rowCount(), 1);
    Contact second;
    second.name = u"张伟"_s;
    second.phone = u"021-65529988-801"_s;
    card->addContact(second);
    QCOMPARE(card->contactTable()->rowCount(), 2);
    QVERIFY(card->contactTable()->item(0, 0)->text().contains(u"李明"_s));
    QVERIFY(card->isModified());

    // Ctrl+S: saved only after the commit, then in the list and waiting in the outbox.
    card->activateWindow();
    QTRY_VERIFY(card->isActiveWindow());
    QTest::keyClick(card, Qt::Key_S, Qt::ControlModifier);
    QVERIFY2(card->statusLabel()->text().contains(u"Saved"_s), qPrintable(card->statusLabel()->text()));
    QVERIFY(!card->isModified());
    const QString id = card->customerId();
    QVERIFY(!id.isEmpty());
    const auto row = replica->read(u"customers"_s, id);
    QVERIFY(row);
    QCOMPARE(row->value(u"name"_s).toString(), u"上海恒信精密机械有限公司"_s);
    QCOMPARE(row->value(u"credit_code"_s).toString(), u"91350100M000100Y43"_s);
    QCOMPARE(replica->database().scalar(u"SELECT count(*) FROM contacts WHERE customer_id = ?"_s, {id}).toInt(), 2);
    QCOMPARE(replica->pendingCount(), 3);
    QTRY_COMPARE(model.rowCount(), 2);
    QTRY_VERIFY2(window.syncStatus()->text().contains(u"3 change(s) waiting"_s), qPrintable(window.syncStatus()->text()));
    card->grab().save(m_dir.path() + u"/card.png"_s);
    card->close();
}

void tst_CustomerCard::undoRedo()
{
    auto replica = Replica::open(m_path);
    CustomerService service(*replica);
    CustomerCard card(service, m_existing);
    card.show();
    QVERIFY(QTest::qWaitForWindowExposed(&card));
    QLineEdit *shortName = card.field(u"shortName"_s);
    shortName->setFocus();
    type(shortName, u"华通"_s);
    QTest::keyClicks(card.field(u"email"_s), u"info@"_s);
    QVERIFY(card.errorLabel(u"email"_s)->isVisible());
    QCOMPARE(card.undoStack()->count(), 2); // typing in one field is one step

    QTest::keyClick(card.field(u"email"_s), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(card.field(u"email"_s)->text(), QString());
    QVERIFY(!card.errorLabel(u"email"_s)->isVisible());
    QTest::keyClick(&card, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(shortName->text(), QString());
    QVERIFY(!card.isModified());
    QTest::keyClick(&card, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(shortName->text(), u"华通"_s);

    // Contacts too.
    Contact c;
    c.name = u"赵磊"_s;
    card.addContact(c);
    QCOMPARE(card.contactTable()->rowCount(), 1);
    card.undoStack()->undo();
    QCOMPARE(card.contactTable()->rowCount(), 0);
    card.undoStack()->redo();
    QCOMPARE(card.contactTable()->rowCount(), 1);

    // A level picked from the list is a step as well.
    QComboBox *level = card.combo(u"level"_s);
    level->setFocus();
    QTest::keyClick(level, Qt::Key_Down);
    QVERIFY(!card.undoStack()->text(card.undoStack()->index() - 1).isEmpty());
    QVERIFY(card.save());
    const auto row = replica->read(u"customers"_s, m_existing);
    QCOMPARE(row->value(u"short_name"_s).toString(), u"华通"_s);
    QVERIFY(!row->value(u"level"_s).toString().isEmpty());
}

void tst_CustomerCard::editExistingFromTheList()
{
    auto replica = Replica::open(m_path);
    CustomerListModel model(replica->database());
    SyncController sync(m_path, QUrl(u"http://127.0.0.1:1"_s), u"x"_s);
    MainWindow window(model, sync, u"王芳"_s, replica.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTableView *view = window.customerPage()->view();
    int row = -1;
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.idAt(r) == m_existing)
            row = r;
    QVERIFY(row >= 0);
    view->setFocus();
    view->setCurrentIndex(model.index(row, 0));
    QTest::keyClick(view, Qt::Key_Return);
    CustomerCard *card = window.findChild<CustomerCard *>();
    QVERIFY(card);
    QCOMPARE(card->customerId(), m_existing);
    QCOMPARE(card->field(u"name"_s)->text(), u"北京市华通科技有限公司"_s);
    QVERIFY(card->windowTitle().contains(u"北京市华通科技有限公司"_s));
    // The existing customer does not warn about itself.
    QTest::keyClicks(card->field(u"phone"_s), u"-1"_s);
    QTest::qWait(300);
    QVERIFY(!card->duplicateList()->isVisible());
    // Opening it again brings the same card forward.
    QCOMPARE(window.openCustomer(m_existing), card);
    card->undoStack()->undo();
    card->close();
}

void tst_CustomerCard::closingAsksAboutUnsavedChanges()
{
    auto replica = Replica::open(m_path);
    CustomerService service(*replica);
    const int pending = replica->pendingCount();
    CustomerCard card(service, m_existing);
    card.show();
    QVERIFY(QTest::qWaitForWindowExposed(&card));
    type(card.field(u"city"_s), u"北京"_s);

    // Cancel keeps the card open with what was typed.
    onNextDialog<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); });
    QVERIFY(!card.close());
    QVERIFY(card.isVisible());
    QCOMPARE(card.field(u"city"_s)->text(), u"北京"_s);

    // Save writes it.
    onNextDialog<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Save)->click(); });
    QVERIFY(card.close());
    QCOMPARE(replica->read(u"customers"_s, m_existing)->value(u"city"_s).toString(), u"北京"_s);
    QCOMPARE(replica->pendingCount(), pending + 1);
}

void tst_CustomerCard::view360AndActivities()
{
    auto replica = Replica::open(m_path);
    const QString contract = replica->create(u"contracts"_s, {{u"customer_id"_s, m_existing}, {u"number"_s, u"HT-2026-0009"_s},
                                                              {u"title"_s, u"数控系统升级"_s}, {u"status"_s, u"signed"_s},
                                                              {u"sign_date"_s, u"2026-10-10"_s}, {u"amount_fen"_s, 2260000}})
                                 .value(u"id"_s).toString();
    replica->create(u"payments"_s, {{u"customer_id"_s, m_existing}, {u"contract_id"_s, contract},
                                    {u"paid_on"_s, u"2026-10-20"_s}, {u"amount_fen"_s, 1000000}});
    replica->create(u"deliveries"_s, {{u"customer_id"_s, m_existing}, {u"contract_id"_s, contract},
                                      {u"delivered_on"_s, u"2026-10-25"_s}, {u"description"_s, u"数控系统主机 1 台"_s},
                                      {u"carrier"_s, u"德邦快递"_s}, {u"tracking_number"_s, u"DPK202610250001"_s},
                                      {u"receiver"_s, u"赵工"_s}});
    CustomerListModel model(replica->database());
    SyncController sync(m_path, QUrl(u"http://127.0.0.1:1"_s), u"x"_s);
    MainWindow window(model, sync, u"王芳"_s, replica.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.remindersButton());
    QVERIFY(!window.remindersButton()->isVisible()); // nothing due yet

    CustomerCard *card = window.openCustomer(m_existing);
    QVERIFY(QTest::qWaitForWindowExposed(card));
    card->show360();
    Customer360Page *page = card->page360();
    QVERIFY(page && page->isVisible());
    // Headline figures: paid 10,000.00, owed 12,600.00 of 22,600.00.
    const QString figures = page->figuresLabel()->text();
    QVERIFY2(figures.contains(Money::fromFen(1000000).format(QLocale())), qPrintable(figures));
    QVERIFY2(figures.contains(Money::fromFen(1260000).format(QLocale())), qPrintable(figures));
    const int all = page->model()->rowCount();
    QVERIFY(all >= 2);

    // Only contracts; Enter on the entry opens it in the contract editor.
    page->kindFilter()->setCurrentIndex(page->kindFilter()->findData(u"contracts"_s));
    QCOMPARE(page->model()->rowCount(), 1);
    page->view()->setFocus();
    page->view()->setCurrentIndex(page->model()->index(0, 0));
    QTest::keyClick(page->view(), Qt::Key_Return);
    auto *editor = card->findChild<ContractEditor *>();
    QVERIFY(editor);
    QCOMPARE(editor->contract().number, u"HT-2026-0009"_s);
    editor->close();

    // Only deliveries: the one shipped, and Enter shows its fields.
    page->kindFilter()->setCurrentIndex(page->kindFilter()->findData(u"deliveries"_s));
    QCOMPARE(page->kindFilter()->currentText(), u"Delivery"_s);
    QCOMPARE(page->model()->rowCount(), 1);
    QCOMPARE(page->model()->data(page->model()->index(0, TimelineModel::Title)).toString(), u"Delivery: 数控系统主机 1 台"_s);
    QStringList shown;
    onNextDialog<RecordDialog>([&shown](RecordDialog *d) {
        for (const QLabel *label : d->findChildren<QLabel *>())
            shown << label->text();
        d->reject();
    });
    page->view()->setCurrentIndex(page->model()->index(0, 0));
    QTest::keyClick(page->view(), Qt::Key_Return);
    for (const QString &s : {u"2026-10-25"_s, u"数控系统主机 1 台"_s, u"德邦快递"_s, u"DPK202610250001"_s, u"赵工"_s})
        QVERIFY2(shown.contains(s), qPrintable(s + u" not in "_s + shown.join(u" | "_s)));
    QVERIFY(shown.contains(u"Tracking number"_s) || shown.contains(u"Tracking number:"_s));

    // An instalment due in three days, not paid in full, is a reminder too.
    replica->create(u"payment_plans"_s, {{u"customer_id"_s, m_existing}, {u"contract_id"_s, contract}, {u"line_no"_s, 1},
                                         {u"due_date"_s, QDate::currentDate().addDays(3).toString(Qt::ISODate)},
                                         {u"amount_fen"_s, 2260000}});

    // Ctrl+L logs a call with a next step due today: it is in the timeline and in the
    // reminders.
    page->kindFilter()->setCurrentIndex(0);
    card->activateWindow();
    QTRY_VERIFY(card->isActiveWindow());
    onNextDialog<ActivityDialog>([](ActivityDialog *d) {
        type(d->subjectEdit(), u"电话沟通升级方案"_s);
        type(d->nextStepEdit(), u"发送技术方案"_s);
        d->remindBox()->setChecked(true);
        d->dueEdit()->setDate(QDate::currentDate());
        d->accept();
    });
    QTest::keyClick(card, Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(page->model()->rowCount(), all + 1);
    QVERIFY(page->model()->data(page->model()->index(0, TimelineModel::Title)).toString().contains(u"电话沟通升级方案"_s));
    QTRY_VERIFY(window.remindersButton()->isVisible());
    QVERIFY2(window.remindersButton()->text().contains(u"2 reminder"_s), qPrintable(window.remindersButton()->text()));
    card->grab().save(m_dir.path() + u"/card360.png"_s);

    // Ctrl+Shift+D lists both; Enter on the instalment opens its contract. A next step can
    // be ticked off, an instalment only by paying it.
    bool instalmentListed = false, doneDisabled = false;
    onNextDialog<ReminderDialog>([&](ReminderDialog *d) {
        QTableWidget *t = d->table();
        for (int r = 0; r < t->rowCount(); ++r) {
            if (t->item(r, 2)->text().contains(u"HT-2026-0009"_s)) {
                // The payment above was not booked against an instalment: all of it is owed.
                instalmentListed = t->item(r, 2)->text().contains(Money::fromFen(2260000).format(QLocale()));
                t->setCurrentCell(r, 0);
            }
        }
        doneDisabled = !d->findChild<QPushButton *>(u"done"_s)->isEnabled();
        QTest::keyClick(t, Qt::Key_Return);
    });
    window.activateWindow();
    QTRY_VERIFY(window.isActiveWindow());
    QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(instalmentListed);
    QVERIFY(doneDisabled);
    QTRY_VERIFY([&] {
        for (ContractEditor *e : card->findChildren<ContractEditor *>())
            if (e->isVisible() && e->contract().number == u"HT-2026-0009"_s)
                return true;
        return false;
    }());
    for (ContractEditor *e : card->findChildren<ContractEditor *>())
        e->close();
    card->close();
}

void tst_CustomerCard::attachmentsTab()
{
    auto replica = Replica::open(m_path);
    const QString in = m_dir.path() + u"/in"_s;
    QDir().mkpath(in);
    auto writeFile = [&in](const QString &name, const QByteArray &content) {
        QFile f(in + u'/' + name);
        return f.open(QIODevice::WriteOnly) && f.write(content) == content.size() ? f.fileName() : QString();
    };

    // A new card has the tab; files wait until the customer is saved.
    {
        CustomerService service(*replica);
        CustomerCard card(service, {});
        card.show();
        QVERIFY(QTest::qWaitForWindowExposed(&card));
        AttachmentsPanel *panel = card.attachmentsPanel();
        const int tab = card.tabs()->indexOf(panel);
        QVERIFY(tab >= 0);
        QCOMPARE(card.tabs()->tabText(tab), u"Attach&ments"_s);
        // Alt+M brings it forward; none of its Alt+letters is taken by anything on screen.
        card.activateWindow();
        QTRY_VERIFY(card.isActiveWindow());
        QTest::keyClick(&card, Qt::Key_M, Qt::AltModifier);
        QCOMPARE(card.tabs()->currentWidget(), panel);
        const QStringList clashes = clashingMnemonics(&card);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
        QVERIFY2(panel->statusLabel()->text().contains(u"Save the customer before adding attachments."_s),
                 qPrintable(panel->statusLabel()->text()));
        QVERIFY(!panel->findChild<QPushButton *>(u"add"_s)->isEnabled());
        QVERIFY(!panel->addFiles({writeFile(u"营业执照.jpg"_s, "x")}));
        // Saved, it takes files.
        type(card.field(u"name"_s), u"宁波海曙进出口有限公司"_s);
        QVERIFY(card.save());
        QVERIFY(panel->findChild<QPushButton *>(u"add"_s)->isEnabled());
        QSignalSpy documentSaved(&card, &CustomerCard::documentSaved);
        QVERIFY(panel->addFiles({writeFile(u"营业执照.jpg"_s, "\xff\xd8\xff 执照")}));
        QCOMPARE(documentSaved.size(), 1);
        QCOMPARE(replica->database().scalar(u"SELECT count(*) FROM attachments WHERE customer_id = ? AND contract_id IS NULL"_s,
                                            {card.customerId()}).toInt(), 1);
    }

    // From the main window: the card's files sync, the fetcher downloads what is not here,
    // and the 360° view opens a customer's own file on this tab, a contract's in its editor.
    const QString contract = replica->create(u"contracts"_s, {{u"customer_id"_s, m_existing}, {u"number"_s, u"HT-2026-0077"_s},
                                                              {u"title"_s, u"保密协议配套服务"_s}, {u"status"_s, u"signed"_s},
                                                              {u"amount_fen"_s, 100000}})
                                 .value(u"id"_s).toString();
    const QString contractFile = replica->create(u"attachments"_s, Row{{u"customer_id"_s, m_existing}, {u"contract_id"_s, contract},
                                                                       {u"file_name"_s, u"服务合同.pdf"_s}, {u"size_bytes"_s, 2048},
                                                                       {u"sha256"_s, QString(64, u'd')}})
                                     .value(u"id"_s).toString();
    CustomerListModel model(replica->database());
    SyncController sync(m_path, QUrl(u"http://127.0.0.1:1"_s), u"x"_s);
    MainWindow window(model, sync, u"王芳"_s, replica.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    CustomerCard *card = window.openCustomer(m_existing);
    QVERIFY(QTest::qWaitForWindowExposed(card));
    AttachmentsPanel *panel = card->attachmentsPanel();
    card->tabs()->setCurrentWidget(panel);
    QSignalSpy documentSaved(card, &CustomerCard::documentSaved);
    const int pending = replica->pendingCount();
    QVERIFY(panel->addFiles({writeFile(u"身份证复印件.png"_s, QByteArray("\x89PNG\r\n\x1a\n", 8) + "法人身份证"),
                             writeFile(u"保密协议.pdf"_s, "%PDF-1.4 NDA 已签署")}));
    QCOMPARE(documentSaved.size(), 1);
    QCOMPARE(replica->pendingCount(), pending + 2);
    QTableWidget *table = panel->table();
    QCOMPARE(table->rowCount(), 3);
    QStringList where;
    for (int r = 0; r < table->rowCount(); ++r)
        where << table->item(r, AttachmentsPanel::FileName)->text() + u'@' + table->item(r, AttachmentsPanel::AttachedTo)->text();
    where.sort();
    QCOMPARE(where, (QStringList{u"保密协议.pdf@This customer"_s, u"服务合同.pdf@HT-2026-0077"_s, u"身份证复印件.png@This customer"_s}));
    card->resize(960, 560);
    card->grab().save(m_dir.path() + u"/card-attachments.png"_s);
    if (const QString dir = qEnvironmentVariable("HUIKE_SCREENSHOT_DIR"); !dir.isEmpty())
        card->grab().save(dir + u"/customer-attachments.png"_s);

    // Not on this computer: the main window's fetcher is asked (the server is down here).
    int contractRow = -1;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, AttachmentsPanel::FileName)->data(Qt::UserRole).toString() == contractFile)
            contractRow = r;
    QVERIFY(contractRow >= 0);
    QVERIFY2(panel->openAt(contractRow), qPrintable(panel->statusLabel()->text()));
    QVERIFY(panel->statusLabel()->text().contains(u"Downloading 服务合同.pdf"_s));
    QTRY_VERIFY_WITH_TIMEOUT(panel->statusLabel()->text().contains(u"cannot be opened"_s), 10000);

    // The 360° view lists the customer's own files; Enter on one selects it on this tab,
    // without a contract editor (nor a record dialog, closed here should one come).
    card->show360();
    Customer360Page *page = card->page360();
    QVERIFY(page);
    page->kindFilter()->setCurrentIndex(page->kindFilter()->findData(u"attachments"_s));
    auto entryRow = [page](const QString &file) {
        for (int r = 0; r < page->model()->rowCount(); ++r)
            if (page->model()->data(page->model()->index(r, TimelineModel::Title)).toString().contains(file))
                return r;
        return -1;
    };
    const int nda = entryRow(u"保密协议.pdf"_s);
    QVERIFY(nda >= 0);
    bool recordDialog = false;
    QTimer::singleShot(300, this, [&recordDialog] {
        if (auto *d = qobject_cast<RecordDialog *>(QApplication::activeModalWidget())) {
            recordDialog = true;
            d->reject();
        }
    });
    auto visibleEditors = [card] {
        int n = 0;
        for (ContractEditor *e : card->findChildren<ContractEditor *>())
            n += e->isVisible() ? 1 : 0;
        return n;
    };
    const int editors = visibleEditors();
    page->view()->setFocus();
    page->view()->setCurrentIndex(page->model()->index(nda, 0));
    QTest::keyClick(page->view(), Qt::Key_Return);
    QTest::qWait(400); // past the guard above
    QVERIFY(!recordDialog);
    QCOMPARE(visibleEditors(), editors);
    QCOMPARE(card->tabs()->currentWidget(), panel);
    QCOMPARE(table->item(table->currentRow(), AttachmentsPanel::FileName)->text(), u"保密协议.pdf"_s);

    // A contract's file still opens its contract on the editor's attachments tab.
    card->show360();
    const int service = entryRow(u"服务合同.pdf"_s);
    QVERIFY(service >= 0);
    page->view()->setCurrentIndex(page->model()->index(service, 0));
    QTest::keyClick(page->view(), Qt::Key_Return);
    ContractEditor *editor = nullptr;
    for (ContractEditor *e : card->findChildren<ContractEditor *>())
        if (e->isVisible() && e->contract().number == u"HT-2026-0077"_s)
            editor = e;
    QVERIFY(editor);
    QCOMPARE(editor->tabs()->currentWidget(), editor->attachmentsPanel());
    // Its files added there show on the card's tab too.
    QVERIFY(editor->attachmentsPanel()->addFiles({writeFile(u"验收单.pdf"_s, "%PDF-1.4 验收")}));
    QCOMPARE(table->rowCount(), 4);
    editor->close();
    card->close();
}

void tst_CustomerCard::mnemonicsUniqueOnEveryTab_data()
{
    QTest::addColumn<bool>("chinese");
    QTest::newRow("en") << false;
    QTest::newRow("zh_CN") << true;
}

void tst_CustomerCard::mnemonicsUniqueOnEveryTab()
{
    // Every Alt+letter on screen belongs to one control, on each tab of a saved customer's
    // card (its 360° view and the owner's buttons included), in English and in Chinese.
    QFETCH(bool, chinese);
    QTranslator translator;
    if (chinese) {
        QVERIFY2(translator.load(QStringLiteral(HUIKE_QM_FILE)), HUIKE_QM_FILE);
        QCoreApplication::installTranslator(&translator);
    }
    auto replica = Replica::open(m_path);
    CustomerService service(*replica);
    Customer360 c360(*replica);
    OwnershipClient ownership(*replica);
    CustomerCard card(service, m_existing);
    card.setCustomer360(&c360);
    card.setOwnership(&ownership);
    card.show();
    QVERIFY(QTest::qWaitForWindowExposed(&card));
    QVERIFY(!card.findChild<QPushButton *>(u"release"_s)->isHidden()); // 王芳's own customer
    QCOMPARE(card.tabs()->count(), 5);
    QStringList problems;
    for (int i = 0; i < card.tabs()->count(); ++i) {
        card.tabs()->setCurrentIndex(i);
        QApplication::processEvents();
        const QStringList clashes = clashingMnemonics(&card);
        if (!clashes.isEmpty())
            problems << card.tabs()->tabText(i) + u": "_s + clashes.join(u"; "_s);
    }
    if (chinese)
        QCoreApplication::removeTranslator(&translator);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u" | "_s)));
}

void tst_CustomerCard::errorLineDoesNotMoveFieldsBelow()
{
    // The error appearing under the credit code leaves the phone field where the user
    // is about to click.
    auto replica = Replica::open(m_path);
    CustomerService service(*replica);
    CustomerCard card(service, {});
    card.show();
    QVERIFY(QTest::qWaitForWindowExposed(&card));
    QLineEdit *phone = card.field(u"phone"_s);
    QLineEdit *email = card.field(u"email"_s);
    const QRect phoneBefore = phone->geometry();
    const QRect emailBefore = email->geometry();
    QTest::keyClicks(card.field(u"creditCode"_s), u"91350100M000100Y44"_s);
    QVERIFY(card.errorLabel(u"creditCode"_s)->isVisible());
    QApplication::processEvents();
    QCOMPARE(phone->geometry(), phoneBefore);
    QCOMPARE(email->geometry(), emailBefore);
    // The whole message is there to read even when the line is narrow.
    QCOMPARE(card.errorLabel(u"creditCode"_s)->toolTip(), card.errorLabel(u"creditCode"_s)->text());
    card.undoStack()->setClean();
}

void tst_CustomerCard::savedCardShowsNormalisedValues()
{
    auto replica = Replica::open(m_path);
    CustomerService service(*replica);
    CustomerCard card(service, {});
    card.show();
    QVERIFY(QTest::qWaitForWindowExposed(&card));
    type(card.field(u"name"_s), u"  厦门鹭江贸易有限公司 "_s);
    QTest::keyClicks(card.field(u"creditCode"_s), u"91310000ma1fl8l 971"_s);
    QTest::keyClicks(card.field(u"phone"_s), u"021 6552 9988"_s);
    QStringList shown;
    for (const QString &f : {u"name"_s, u"creditCode"_s, u"phone"_s})
        shown << card.errorLabel(f)->text();
    QVERIFY2(card.save(), qPrintable(card.statusLabel()->text() + shown.join(u" | "_s)));
    const auto row = replica->read(u"customers"_s, card.customerId());
    QVERIFY(row);
    QCOMPARE(row->value(u"credit_code"_s).toString(), u"91310000MA1FL8L971"_s);
    QCOMPARE(card.field(u"creditCode"_s)->text(), u"91310000MA1FL8L971"_s);
    QCOMPARE(card.field(u"phone"_s)->text(), row->value(u"phone"_s).toString());
    QCOMPARE(card.field(u"name"_s)->text(), u"厦门鹭江贸易有限公司"_s);
    QVERIFY(!card.isModified());
}

void tst_CustomerCard::duplicateCreditCodeRefused()
{
    // Another live customer has the code (saved above): the card refuses, says whose it
    // is and offers to open that card instead.
    auto replica = Replica::open(m_path);
    const QString other = replica->database()
                              .scalar(u"SELECT id FROM customers WHERE credit_code = '91310000MA1FL8L971' AND deleted = 0"_s)
                              .toString();
    QVERIFY(!other.isEmpty());
    const int pending = replica->pendingCount();
    CustomerService service(*replica);
    CustomerCard card(service, {});
    card.show();
    QVERIFY(QTest::qWaitForWindowExposed(&card));
    type(card.field(u"name"_s), u"鹭江贸易（厦门）有限公司"_s);
    QTest::keyClicks(card.field(u"creditCode"_s), u"91310000ma1fl8l971"_s);
    QSignalSpy open(&card, &CustomerCard::openCustomer);
    QString text;
    onNextDialog<QMessageBox>([&text](QMessageBox *box) {
        text = box->text();
        for (QAbstractButton *b : box->buttons())
            if (b->text().contains(u"Open the existing customer"_s))
                b->click();
    });
    QVERIFY(!card.save());
    QVERIFY2(text.contains(u"厦门鹭江贸易有限公司"_s), qPrintable(text));
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().first().toString(), other);
    QCOMPARE(replica->pendingCount(), pending); // nothing written
    QVERIFY(card.customerId().isEmpty());
    QVERIFY(card.statusLabel()->text().contains(u"credit code"_s));

    // Its own card saves with its own code, of course.
    CustomerCard same(service, other);
    same.show();
    QVERIFY(QTest::qWaitForWindowExposed(&same));
    QTest::keyClicks(same.field(u"website"_s), u"www.lujiang.cn"_s);
    QVERIFY(same.save());
    card.undoStack()->setClean();
}

QTEST_MAIN(tst_CustomerCard)
#include "tst_customercard.moc"
