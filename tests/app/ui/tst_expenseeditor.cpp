// The expense claim editor, the expenses page and the budget dialog (issue 21, W2), as a
// person uses them: lines typed and undone, the month's budget shown as it changes (over in
// red), saving and submitting over budget after a question, a rep without the pay button, a
// clerk paying from the page and recording what came back of a loan, a claim linked to the
// customer's opportunity (and undone), a director setting a month's budget and copying last month's.
// HUIKE_SCREENSHOT_DIR set: the editor and the dialog are saved there as pictures.
#include "models/budgetservice.h"
#include "models/expenseattachments.h"
#include "models/expenseservice.h"
#include "models/loanrepayments.h"
#include "core/id.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "ui/budgetdialog.h"
#include "ui/expenseattachmentspanel.h"
#include "ui/expenseeditor.h"
#include "ui/expensespage.h"
#include "ui/loanrepaymentspanel.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_ExpenseEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_replica.reset(); }
    void typeUndoSaveSubmitOverBudget();
    void invoicesGoToTheSelectedLine();
    void readOnlyOnceSubmitted();
    void clerkPaysFromThePage();
    void clerkRecordsARepayment();
    void claimForAnOpportunity();
    void directorSetsBudgets();
    void adminKeepsCategories();

private:
    QString user(const QString &login, const QString &role)
    {
        const QString id = Id::generate().toString();
        m_replica->database().exec(u"INSERT INTO users (id, version, deleted, created_at, updated_at, login, display_name, role, disabled) "
                                   u"VALUES (?, 1, 0, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', ?, ?, ?, 0)"_s,
                                   {id, login, login, role});
        m_replica->database().exec(u"INSERT INTO user_departments (id, version, deleted, created_at, updated_at, user_id, department_id) "
                                   u"VALUES (?, 1, 0, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', ?, ?)"_s,
                                   {Id::generate().toString(), id, m_department});
        return id;
    }
    void budget(const QString &category, qint64 fen, const QString &period)
    {
        m_replica->applyServerRow(u"budgets"_s, Row{{u"id"_s, Id::generate().toString()}, {u"version"_s, 1}, {u"deleted"_s, 0}, {u"department_id"_s, m_department},
                                                  {u"period"_s, period}, {u"category"_s, category.isNull() ? u""_s : category}, {u"amount_fen"_s, fen},
                                                  {u"created_at"_s, u"2026-11-01T00:00:00.000Z"_s},
                                                  {u"updated_at"_s, u"2026-11-01T00:00:00.000Z"_s}});
    }
    // Answers the next modal question with the button whose text contains `answer`.
    void answerNext(const QString &answer, QString *asked = nullptr)
    {
        QTimer::singleShot(0, this, [answer, asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            if (asked)
                *asked = box->text();
            for (QAbstractButton *b : box->buttons())
                if (b->text().remove(u'&').contains(answer)) {
                    b->click();
                    return;
                }
            box->reject();
        });
    }
    static void shoot(QWidget *w, const QString &name)
    {
        if (const QString dir = qEnvironmentVariable("HUIKE_SCREENSHOT_DIR"); !dir.isEmpty())
            w->grab().save(dir + u'/' + name + u".png"_s);
    }
    static void setCell(QTableWidget *t, int row, int column, const QString &text, const QVariant &code = {})
    {
        if (code.isValid())
            t->item(row, column)->setData(Qt::UserRole, code);
        t->item(row, column)->setText(text);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Replica> m_replica;
    QString m_department, m_rep, m_clerk, m_director;
};

void tst_ExpenseEditor::init()
{
    QVERIFY(m_dir.isValid());
    m_replica = Replica::open(m_dir.filePath(u"replica-%1.sqlite"_s.arg(Id::generate().toString())));
    m_department = Id::generate().toString();
    m_replica->database().exec(u"INSERT INTO departments (id, version, deleted, created_at, updated_at, name, path) "
                               u"VALUES (?, 1, 0, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', '杭州组', '销售部/华东区/杭州组')"_s,
                               {m_department});
    m_rep = user(u"wangfang"_s, u"sales"_s);
    m_clerk = user(u"sunli"_s, u"clerk"_s);
    m_director = user(u"zhaomin"_s, u"director"_s);
    m_replica->setUserId(m_rep);
}

void tst_ExpenseEditor::typeUndoSaveSubmitOverBudget()
{
    const QString month = QDate::currentDate().toString(u"yyyy-MM"_s);
    budget(u"travel"_s, 100000, month);
    ExpenseService service(*m_replica);
    ExpenseAttachments invoices(*m_replica);
    ExpenseEditor editor(service, nullptr, nullptr);
    editor.setAttachments(invoices, nullptr);
    ExpenseService::Expense e = service.newClaim();
    e.lines << ExpenseService::Line{{}, e.spentOn, u"travel"_s, Money::fromFen(0), {}, {}};
    editor.load(e);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(editor.findChild<ExpenseAttachmentsPanel *>(u"invoices"_s)->isVisible()); // the claim's invoices
    QVERIFY(!editor.isModified());

    auto *title = editor.findChild<QLineEdit *>(u"title"_s);
    title->setText(u"杭州出差"_s);
    emit title->editingFinished();
    auto *lines = editor.findChild<QTableWidget *>(u"lines"_s);
    setCell(lines, 0, 2, u"860.00"_s);
    editor.addLine();
    QCOMPARE(lines->rowCount(), 2);
    setCell(lines, 1, 1, service.categoryLabel(u"travel"_s), u"travel"_s);
    setCell(lines, 1, 2, u"245.50"_s);
    auto *total = editor.findChild<QLabel *>(u"total"_s);
    QVERIFY2(total->text().contains(u"1,105.50"_s), qPrintable(total->text()));
    auto *budgetLabel = editor.findChild<QLabel *>(u"budget"_s);
    QVERIFY2(budgetLabel->text().contains(u"over budget"_s), qPrintable(budgetLabel->text()));
    QVERIFY(budgetLabel->text().contains(u"#c0392b"_s)); // in red

    // Undo: the second amount, then the whole second line, then redo.
    QVERIFY(editor.isModified());
    QTest::keySequence(&editor, QKeySequence::Undo);
    QVERIFY2(total->text().contains(u"860.00"_s), qPrintable(total->text()));
    QVERIFY(!budgetLabel->text().contains(u"over budget"_s));
    QTest::keySequence(&editor, QKeySequence::Redo);
    QVERIFY2(total->text().contains(u"1,105.50"_s), qPrintable(total->text()));
    shoot(&editor, u"expense-claim"_s);

    QVERIFY(editor.save());
    QVERIFY(!editor.isModified());
    const QString id = editor.expense().id;
    QCOMPARE(service.load(id)->amount, Money::fromFen(110550));

    // Over budget: asked first; No keeps it a draft, Yes submits.
    QString asked;
    answerNext(u"No"_s, &asked);
    editor.submit();
    QVERIFY2(asked.contains(u"budget"_s), qPrintable(asked));
    QCOMPARE(service.load(id)->status, u"draft"_s);
    answerNext(u"Yes"_s);
    editor.submit();
    QCOMPARE(service.load(id)->status, u"pending"_s);
    QVERIFY(!editor.findChild<QPushButton *>(u"submit"_s)->isVisible());
    QVERIFY(editor.findChild<QPushButton *>(u"withdraw"_s)->isVisible());
    editor.withdraw();
    QCOMPARE(service.load(id)->status, u"draft"_s);
    QVERIFY(editor.findChild<QPushButton *>(u"submit"_s)->isVisible());
}

void tst_ExpenseEditor::invoicesGoToTheSelectedLine()
{
    ExpenseService service(*m_replica);
    ExpenseAttachments invoices(*m_replica);
    ExpenseEditor editor(service, nullptr, nullptr);
    editor.setAttachments(invoices, nullptr);
    ExpenseService::Expense e = service.newClaim();
    e.title = u"杭州出差"_s;
    e.lines << ExpenseService::Line{{}, e.spentOn, u"travel"_s, Money::fromFen(86000), u"高铁"_s, {}};
    editor.load(e);
    auto *panel = editor.findChild<ExpenseAttachmentsPanel *>(u"invoices"_s);
    auto *lines = editor.findChild<QTableWidget *>(u"lines"_s);
    lines->setCurrentCell(0, 3);
    QCOMPARE(panel->defaultLine(), QString()); // not saved: no id yet

    QVERIFY(editor.save());
    const QString first = editor.expense().lines.at(0).id;
    QVERIFY(!first.isEmpty());
    QCOMPARE(lines->currentRow(), 0);
    QCOMPARE(panel->defaultLine(), first); // saved just now

    editor.addLine(); // selects the new line, not saved yet
    QCOMPARE(lines->currentRow(), 1);
    QCOMPARE(panel->defaultLine(), QString());
    setCell(lines, 1, 2, u"120.00"_s);
    lines->setCurrentCell(0, 3);
    QCOMPARE(panel->defaultLine(), first);
    lines->setCurrentCell(1, 3);
    QVERIFY(editor.save());
    const QString second = editor.expense().lines.at(1).id;
    QCOMPARE(panel->defaultLine(), second);
    // The panel read the lines again: the new line is offered and files go to it.
    const QString path = m_dir.filePath(u"午餐发票.jpg"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\xff\xd8\xff 午餐");
    file.close();
    QVERIFY(panel->addFiles({path}));
    QCOMPARE(invoices.list(editor.expense().id).first().lineId, second);
    QCOMPARE(panel->table()->item(0, ExpenseAttachmentsPanel::Line)->text(), u"Expense line 2"_s);
    QVERIFY(panel->findChild<QPushButton *>(u"add"_s)->toolTip().contains(u"expense line 2"_s));
}

void tst_ExpenseEditor::readOnlyOnceSubmitted()
{
    ExpenseService service(*m_replica);
    ExpenseService::Expense e = service.newClaim();
    e.title = u"已提交"_s;
    e.lines << ExpenseService::Line{{}, e.spentOn, u"meals"_s, Money::fromFen(5000), {}, {}};
    QVERIFY(service.submit(e).isEmpty());
    // The clerk opens it: read-only, no submit, no pay (not approved yet).
    m_replica->setUserId(m_clerk);
    ExpenseEditor editor(service, nullptr, nullptr);
    editor.load(*service.load(e.id));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(editor.findChild<QLineEdit *>(u"title"_s)->isReadOnly());
    QCOMPARE(editor.findChild<QTableWidget *>(u"lines"_s)->editTriggers(), QAbstractItemView::NoEditTriggers);
    for (const char *name : {"save", "submit", "withdraw", "pay", "addLine"})
        QVERIFY2(!editor.findChild<QPushButton *>(QString::fromLatin1(name))->isVisible(), name);
}

void tst_ExpenseEditor::clerkPaysFromThePage()
{
    ExpenseService service(*m_replica);
    m_replica->applyServerRow(u"expenses"_s, Row{{u"id"_s, u"e1"_s}, {u"version"_s, 1}, {u"deleted"_s, 0}, {u"kind"_s, u"loan"_s}, {u"title"_s, u"备用金"_s},
                                               {u"status"_s, u"approved"_s}, {u"spent_on"_s, u"2026-11-02"_s}, {u"amount_fen"_s, 500000},
                                               {u"currency"_s, u"CNY"_s}, {u"offset_fen"_s, 0}, {u"repaid_fen"_s, 0}, {u"over_budget"_s, 0}, {u"step_no"_s, 0},
                                               {u"owner_id"_s, m_rep}, {u"department_id"_s, m_department},
                                               {u"created_at"_s, u"2026-11-01T00:00:00.000Z"_s},
                                               {u"updated_at"_s, u"2026-11-01T00:00:00.000Z"_s}});
    {
        ExpensesPage page(service, nullptr, nullptr);
        page.reload();
        QCOMPARE(page.table()->rowCount(), 1);
        page.table()->selectRow(0);
        QVERIFY(!page.findChild<QPushButton *>(u"pay"_s)->isEnabled()); // the requester does not pay
    }
    m_replica->setUserId(m_clerk);
    ExpensesPage page(service, nullptr, nullptr);
    page.show();
    page.setView(ExpenseService::View::ToPay);
    QCOMPARE(page.table()->rowCount(), 1);
    page.table()->selectRow(0);
    auto *pay = page.findChild<QPushButton *>(u"pay"_s);
    QVERIFY(pay->isEnabled());
    QTimer::singleShot(0, this, [] {
        if (auto *d = QApplication::activeModalWidget())
            if (auto *edit = d->findChild<QLineEdit *>()) {
                edit->setText(u"2026-11-30"_s);
                QTest::keyClick(edit, Qt::Key_Return);
            }
    });
    pay->click();
    QCOMPARE(service.load(u"e1"_s)->status, u"paid"_s);
    QCOMPARE(service.load(u"e1"_s)->paidOn, u"2026-11-30"_s);
    QCOMPARE(page.table()->rowCount(), 0); // nothing left to pay
}

void tst_ExpenseEditor::clerkRecordsARepayment()
{
    ExpenseService service(*m_replica);
    LoanRepayments repayments(*m_replica);
    m_replica->applyServerRow(u"expenses"_s, Row{{u"id"_s, u"l1"_s}, {u"version"_s, 1}, {u"deleted"_s, 0}, {u"kind"_s, u"loan"_s}, {u"title"_s, u"展会备用金"_s},
                                               {u"status"_s, u"paid"_s}, {u"spent_on"_s, u"2026-11-02"_s}, {u"amount_fen"_s, 500000},
                                               {u"currency"_s, u"CNY"_s}, {u"offset_fen"_s, 0}, {u"repaid_fen"_s, 0}, {u"over_budget"_s, 0}, {u"step_no"_s, 0},
                                               {u"paid_on"_s, u"2026-11-03"_s}, {u"owner_id"_s, m_rep}, {u"department_id"_s, m_department},
                                               {u"created_at"_s, u"2026-11-01T00:00:00.000Z"_s},
                                               {u"updated_at"_s, u"2026-11-01T00:00:00.000Z"_s}});
    {
        // The borrower reads it, and records nothing.
        ExpenseEditor editor(service, nullptr, nullptr);
        editor.setRepayments(repayments);
        editor.load(*service.load(u"l1"_s));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.findChild<LoanRepaymentsPanel *>()->isVisible());
        QVERIFY(!editor.findChild<QPushButton *>(u"recordRepayment"_s)->isVisible());
    }
    m_replica->setUserId(m_clerk);
    ExpenseEditor editor(service, nullptr, nullptr);
    editor.setRepayments(repayments);
    editor.load(*service.load(u"l1"_s));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto *panel = editor.findChild<LoanRepaymentsPanel *>();
    auto *record = editor.findChild<QPushButton *>(u"recordRepayment"_s);
    QVERIFY(record->isVisible());
    // The dialog offers what is left; the clerk types 800, cash.
    QString offered;
    QTimer::singleShot(0, this, [&offered] {
        QWidget *d = QApplication::activeModalWidget();
        auto *amount = d ? d->findChild<QLineEdit *>(u"repaymentAmount"_s) : nullptr;
        if (!amount)
            return;
        offered = amount->text();
        amount->setText(u"800.00"_s);
        d->findChildren<QComboBox *>().first()->setCurrentIndex(1);
        d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    QSignalSpy changed(&editor, &ExpenseEditor::changed);
    record->click();
    QCOMPARE(offered, u"5000.00"_s);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(panel->table()->rowCount(), 1);
    QCOMPARE(panel->table()->item(0, LoanRepaymentsPanel::Method)->text(), LoanRepayments::methodText(u"cash"_s));
    QVERIFY2(panel->figuresLabel()->text().contains(Money::fromFen(420000).format(QLocale())), qPrintable(panel->figuresLabel()->text()));
    shoot(&editor, u"loan-repayments"_s);
    // More than is left: refused in the panel, nothing recorded.
    QVERIFY(!panel->record(Money::fromFen(420001), u"2026-11-30"_s, u"bank"_s, {}));
    QVERIFY(!panel->statusLabel()->text().isEmpty());
    QCOMPARE(panel->table()->rowCount(), 1);
    QVERIFY(panel->removeAt(0));
    QCOMPARE(panel->table()->rowCount(), 0);
}

void tst_ExpenseEditor::claimForAnOpportunity()
{
    const QString customer = Id::generate().toString(), deal = Id::generate().toString();
    m_replica->database().exec(u"INSERT INTO customers (id, version, deleted, created_at, updated_at, name, owner_id) "
                               u"VALUES (?, 1, 0, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', '杭州华通科技有限公司', ?)"_s,
                               {customer, m_rep});
    m_replica->database().exec(u"INSERT INTO opportunities (id, version, deleted, created_at, updated_at, customer_id, name, stage, "
                               u"probability_e4, currency, status) VALUES (?, 1, 0, '2026-01-01T00:00:00.000Z', "
                               u"'2026-01-01T00:00:00.000Z', ?, '服务器采购', 'proposal', 0, 'CNY', 'open')"_s,
                               {deal, customer});
    ExpenseService service(*m_replica);
    ExpenseService::Expense e = service.newClaim();
    e.title = u"拜访华通"_s;
    e.forCustomerId = customer;
    e.lines << ExpenseService::Line{{}, e.spentOn, u"travel"_s, Money::fromFen(30000), {}, {}};
    QVERIFY(!service.save(e));
    ExpenseEditor editor(service, nullptr, nullptr);
    editor.load(*service.load(e.id));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto *box = editor.findChild<QComboBox *>(u"opportunity"_s);
    QVERIFY(box->isVisible());
    QCOMPARE(box->count(), 2); // none, and the customer's one
    box->setCurrentIndex(1);
    QCOMPARE(editor.state().forOpportunityId, deal);
    QVERIFY(editor.isModified());
    QTest::keySequence(&editor, QKeySequence::Undo);
    QVERIFY(editor.state().forOpportunityId.isEmpty());
    QTest::keySequence(&editor, QKeySequence::Redo);
    QVERIFY(editor.save());
    QCOMPARE(service.load(e.id)->forOpportunityId, deal);
    // No customer: no opportunity to choose.
    editor.findChild<QPushButton *>(u"clearCustomer"_s)->click();
    QVERIFY(!box->isVisible());
    QVERIFY(editor.state().forOpportunityId.isEmpty());
}

void tst_ExpenseEditor::directorSetsBudgets()
{
    budget(u"travel"_s, 80000, u"2026-10"_s);
    budget(QString(), 300000, u"2026-10"_s);
    m_replica->setUserId(m_director);
    BudgetService service(*m_replica);
    BudgetDialog dialog(service);
    dialog.setDepartment(m_department);
    dialog.setPeriod(u"2026-11"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTableWidget *table = dialog.budgetTable();
    QVERIFY(table->rowCount() >= 2);
    QCOMPARE(table->item(0, 1)->text(), QString()); // nothing set for November
    dialog.copyPreviousMonth();
    QCOMPARE(table->item(0, 1)->text(), u"3000.00"_s);
    table->item(0, 1)->setText(u"2500.00"_s);
    QVERIFY(dialog.saveBudgets());
    shoot(&dialog, u"budgets"_s);
    const QList<BudgetService::Line> november = service.month(m_department, u"2026-11"_s);
    QCOMPARE(november[0].budget, Money::fromFen(250000));
    const auto travel = std::find_if(november.begin(), november.end(), [](const BudgetService::Line &l) { return l.category == u"travel"; });
    QCOMPARE(travel->budget, Money::fromFen(80000));
    QCOMPARE(m_replica->pendingCount(), 2);

    // Emptied, a budget goes; a rep may not set one.
    table->item(0, 1)->setText(QString());
    QVERIFY(dialog.saveBudgets());
    QVERIFY(!service.month(m_department, u"2026-11"_s)[0].budget);
    m_replica->setUserId(m_rep);
    QVERIFY(!service.mayEdit());
    QVERIFY(!service.save(m_department, u"2026-11"_s, november).isEmpty());
}

void tst_ExpenseEditor::adminKeepsCategories()
{
    const QString admin = user(u"admin"_s, u"admin"_s);
    m_replica->setUserId(admin);
    BudgetService service(*m_replica);
    BudgetDialog dialog(service);
    QTableWidget *table = dialog.categoryTable();
    QVERIFY(table);
    const int rows = table->rowCount();
    table->insertRow(rows);
    table->setItem(rows, 0, new QTableWidgetItem(u"fuel"_s));
    table->setItem(rows, 1, new QTableWidgetItem(u"油费"_s));
    table->setItem(rows, 2, new QTableWidgetItem(u"660210 车辆费—油费"_s));
    QVERIFY(dialog.saveCategories());
    QCOMPARE(ExpenseService(*m_replica).categoryLabel(u"fuel"_s), u"油费"_s);
    QCOMPARE(m_replica->database().scalar(u"SELECT value FROM app_settings WHERE key = 'voucher.account.expense.fuel'"_s).toString(),
             u"660210 车辆费—油费"_s);
    // A bad account is refused and nothing changes.
    table->item(rows, 2)->setText(u"油费"_s);
    QVERIFY(!dialog.saveCategories());
    QVERIFY(!dialog.statusLabel()->text().isEmpty());
    // A director has no categories tab.
    m_replica->setUserId(m_director);
    BudgetDialog directors(service);
    QVERIFY(!directors.categoryTable());
}

QTEST_MAIN(tst_ExpenseEditor)
#include "tst_expenseeditor.moc"
