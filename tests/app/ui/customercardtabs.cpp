// The customer card's 360° view, activities and attachments tab (tst_customercard).
#include "tst_customercard.h"

using namespace Qt::StringLiterals;
using namespace Huike;

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
