// The customer card offscreen, driven as a user would: Ctrl+N, typing (Chinese included),
// errors next to the field while typing, the duplicate warning, two contacts (one through
// the contact dialog), undo and redo, Ctrl+S, the pending count while the server is down,
// and the question before closing with unsaved changes. The attachments tab (附件): a new
// card asks to be saved first, files added there are the customer's own and sync, and a
// customer's own file in the 360° view opens on that tab.
#include "tst_customercard.h"

using namespace Qt::StringLiterals;
using namespace Huike;


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
    QCOMPARE(card.tabs()->count(), 7); // with 设备 and 历史 (HistoryTab)
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
