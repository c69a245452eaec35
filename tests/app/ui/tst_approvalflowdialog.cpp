// 审批流程设置 offscreen (issue 21, W2): an administrator builds a three-step flow (the
// manager; a director above ¥5,000; a named colleague, all of them, above ¥50,000), saves it
// and the setting reads back as the same ApprovalFlow, written through the replica (so it
// syncs); a step by roles without a role is refused with the reason and nothing is
// written; a sales rep reads the flows without changing them; the preview in Chinese.
#include "core/approval.h"
#include "core/approvalflow.h"
#include "models/approvalflowservice.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "schema/rows.h"
#include "ui/approvalflowdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_ApprovalFlowDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void threeStepFlowSaved();
    void stepWithoutRoleRefused();
    void restoreDefaultClearsTheSetting();
    void salesRepReads();
    void undoAndRedo();
    void inactiveNamedUserKept();
    void previewInChinese();

private:
    QString addUser(const QString &login, const QString &name, const QString &role)
    {
        return m_replica->create(u"users"_s, {{u"login"_s, login}, {u"display_name"_s, name}, {u"role"_s, role}}).value(u"id"_s).toString();
    }
    QString setting(const QString &kind) { return Rows::setting(m_replica->database(), approvalFlowKey(kind)); }
    static void selectBy(ApprovalFlowDialog &d, ApprovalFlowStep::By by) { d.byBox()->setCurrentIndex(d.byBox()->findData(int(by))); }
    static void type(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        edit->insert(text); // as typed (textEdited); keyClicks takes Latin-1 only
    }
    static void check(QListWidget *list, const QString &text)
    {
        const QList<QListWidgetItem *> found = list->findItems(text, Qt::MatchExactly);
        QVERIFY(!found.isEmpty());
        found.first()->setCheckState(Qt::Checked);
    }
    static QPushButton *button(QDialog &d, QDialogButtonBox::StandardButton which)
    {
        return d.findChild<QDialogButtonBox *>()->button(which);
    }
    // The three steps, built in the dialog.
    void buildThreeSteps(ApprovalFlowDialog &d);
    ApprovalFlow threeSteps() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Replica> m_replica;
    QString m_admin, m_rep, m_wang;
};

void tst_ApprovalFlowDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_replica = Replica::open(m_dir->path() + u"/replica.sqlite"_s);
    m_admin = addUser(u"admin"_s, u"管理员"_s, u"admin"_s);
    addUser(u"zhaomin"_s, u"赵敏"_s, u"director"_s);
    m_wang = addUser(u"wanggang"_s, u"王刚"_s, u"manager"_s);
    m_rep = addUser(u"wangfang"_s, u"王芳"_s, u"sales"_s);
    m_replica->setUserId(m_admin);
}

void tst_ApprovalFlowDialog::cleanup()
{
    m_replica.reset();
    m_dir.reset();
}

ApprovalFlow tst_ApprovalFlowDialog::threeSteps() const
{
    ApprovalFlowStep manager;
    manager.name = u"部门经理审批"_s;
    manager.by = ApprovalFlowStep::By::Manager;
    ApprovalFlowStep director;
    director.name = u"总监审批"_s;
    director.by = ApprovalFlowStep::By::Roles;
    director.roles = {u"director"_s};
    director.aboveFen = 500000;
    director.timeoutHours = 24;
    ApprovalFlowStep named;
    named.by = ApprovalFlowStep::By::Users;
    named.users = {m_wang};
    named.all = true;
    named.aboveFen = 5000000;
    named.orRoles = {u"admin"_s};
    return ApprovalFlow{{manager, director, named}};
}

void tst_ApprovalFlowDialog::buildThreeSteps(ApprovalFlowDialog &d)
{
    d.kindBox()->setCurrentIndex(d.kindBox()->findData(u"discount"_s));
    // The default's one step (by roles) becomes the manager's.
    QCOMPARE(d.stepList()->count(), 1);
    d.stepList()->setCurrentRow(0);
    type(d.nameEdit(), u"部门经理审批"_s);
    selectBy(d, ApprovalFlowStep::By::Manager);
    QVERIFY(d.upBox()->isEnabled());
    QVERIFY(!d.roleBox(u"director"_s)->isEnabled()); // only the manager chain's fields
    // A director above ¥5,000, reminded after a day.
    d.addButton()->click();
    QCOMPARE(d.stepList()->count(), 2);
    QCOMPARE(d.stepList()->currentRow(), 1);
    type(d.nameEdit(), u"总监审批"_s);
    selectBy(d, ApprovalFlowStep::By::Roles);
    d.roleBox(u"director"_s)->setChecked(true);
    type(d.aboveEdit(), u"5000"_s);
    d.timeoutBox()->setValue(24);
    // 王刚 named, all of them (one here), above ¥50,000; an administrator may also decide.
    d.addButton()->click();
    QCOMPARE(d.stepList()->currentRow(), 2);
    selectBy(d, ApprovalFlowStep::By::Users);
    check(d.userList(), u"王刚"_s);
    d.modeBox()->setCurrentIndex(1);
    type(d.aboveEdit(), u"¥50,000.00"_s);
    d.orRoleBox(u"admin"_s)->setChecked(true);
}

void tst_ApprovalFlowDialog::threeStepFlowSaved()
{
    ApprovalFlowService service(*m_replica);
    ApprovalFlowDialog d(service);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    buildThreeSteps(d);
    QCOMPARE(d.edited(u"discount"_s), threeSteps());
    QVERIFY2(d.preview()->text().contains(u"¥5,000.00"_s), qPrintable(d.preview()->text()));
    QVERIFY2(d.preview()->text().contains(u"王刚"_s), qPrintable(d.preview()->text()));
    // Moving a step down and up again leaves the flow as it was.
    d.stepList()->setCurrentRow(1);
    d.downButton()->click();
    QCOMPARE(d.edited(u"discount"_s).steps.at(2).name, u"总监审批"_s);
    d.upButton()->click();
    QCOMPARE(d.edited(u"discount"_s), threeSteps());

    const int pending = m_replica->pendingCount();
    button(d, QDialogButtonBox::Save)->click();
    QVERIFY2(d.isHidden(), qPrintable(d.statusLabel()->text()));
    QVERIFY(m_replica->pendingCount() > pending); // through the outbox: it syncs
    const std::optional<ApprovalFlow> stored = ApprovalFlow::fromJson(setting(u"discount"_s));
    QVERIFY(stored);
    QCOMPARE(*stored, threeSteps());
    QVERIFY(setting(u"level"_s).isEmpty()); // the others untouched
    // Opened again, the dialog shows the flow in force.
    ApprovalFlowDialog again(service);
    again.kindBox()->setCurrentIndex(again.kindBox()->findData(u"discount"_s));
    QCOMPARE(again.stepList()->count(), 3);
    again.stepList()->setCurrentRow(2);
    QCOMPARE(again.aboveEdit()->text(), u"50000.00"_s);
    QCOMPARE(again.modeBox()->currentIndex(), 1);
}

void tst_ApprovalFlowDialog::stepWithoutRoleRefused()
{
    ApprovalFlowService service(*m_replica);
    ApprovalFlowDialog d(service);
    d.kindBox()->setCurrentIndex(d.kindBox()->findData(u"contract"_s));
    d.stepList()->setCurrentRow(0);
    d.addButton()->click();
    selectBy(d, ApprovalFlowStep::By::Roles);
    d.roleBox(u"director"_s)->setChecked(false); // a new step names the director: none left
    QVERIFY(d.edited(u"contract"_s).steps.at(1).roles.isEmpty());
    QVERIFY2(d.preview()->text().contains(u"at least one role"_s), qPrintable(d.preview()->text()));
    const int pending = m_replica->pendingCount();
    QVERIFY(!d.save());
    QVERIFY2(d.statusLabel()->text().contains(u"Step 2: A step by roles names at least one role."_s), qPrintable(d.statusLabel()->text()));
    QCOMPARE(m_replica->pendingCount(), pending);
    QVERIFY(setting(u"contract"_s).isEmpty());
    // An amount that is not one is refused too, next to the field and on saving.
    d.roleBox(u"clerk"_s)->setChecked(true);
    type(d.aboveEdit(), u"5000.123"_s);
    QVERIFY(!d.save());
    QVERIFY2(d.statusLabel()->text().contains(u"Step 2"_s), qPrintable(d.statusLabel()->text()));
    type(d.aboveEdit(), u"5000"_s);
    QVERIFY2(d.save(), qPrintable(d.statusLabel()->text()));
    QCOMPARE(ApprovalFlow::fromJson(setting(u"contract"_s))->steps.size(), 2);
    // The service refuses it as well (a caller without the dialog).
    ApprovalFlow bad = ApprovalFlow::defaultFor(u"level");
    bad.steps.first().by = ApprovalFlowStep::By::Users;
    QVERIFY(service.save({{u"level"_s, bad}}).has(u"level"_s));
    QVERIFY(service.save({{u"level"_s, ApprovalFlow{}}}).has(u"level"_s)); // no step
}

void tst_ApprovalFlowDialog::restoreDefaultClearsTheSetting()
{
    ApprovalFlowService service(*m_replica);
    {
        ApprovalFlowDialog d(service);
        buildThreeSteps(d);
        QVERIFY(d.save());
    }
    QVERIFY(service.isStored(u"discount"_s));
    ApprovalFlowDialog d(service);
    d.kindBox()->setCurrentIndex(d.kindBox()->findData(u"discount"_s));
    QCOMPARE(d.stepList()->count(), 3);
    d.defaultButton()->click();
    QCOMPARE(d.edited(u"discount"_s), ApprovalFlow::defaultFor(u"discount"));
    QVERIFY(d.save());
    QVERIFY(setting(u"discount"_s).isEmpty());
    QVERIFY(!service.isStored(u"discount"_s));
    QCOMPARE(service.flow(u"discount"_s), ApprovalFlow::defaultFor(u"discount"));
}

void tst_ApprovalFlowDialog::salesRepReads()
{
    {
        ApprovalFlowService service(*m_replica);
        ApprovalFlowDialog d(service);
        buildThreeSteps(d);
        QVERIFY(d.save());
    }
    m_replica->setUserId(m_rep);
    ApprovalFlowService service(*m_replica);
    QVERIFY(!service.mayEdit());
    ApprovalFlowDialog d(service);
    QVERIFY(!d.isEditable());
    QVERIFY(!button(d, QDialogButtonBox::Save));
    QVERIFY(button(d, QDialogButtonBox::Close));
    d.kindBox()->setCurrentIndex(d.kindBox()->findData(u"discount"_s));
    QCOMPARE(d.stepList()->count(), 3); // she reads the flow
    d.stepList()->setCurrentRow(1);
    QCOMPARE(d.nameEdit()->text(), u"总监审批"_s);
    QVERIFY(d.nameEdit()->isReadOnly());
    QVERIFY(d.aboveEdit()->isReadOnly());
    for (QWidget *w : std::initializer_list<QWidget *>{d.byBox(), d.modeBox(), d.addButton(), d.removeButton(), d.defaultButton(),
                                                        d.roleBox(u"director"_s), d.orRoleBox(u"admin"_s), d.timeoutBox()})
        QVERIFY(!w->isEnabled());
    QVERIFY(!d.save());
    QVERIFY(!service.save({{u"discount"_s, ApprovalFlow::defaultFor(u"discount")}}).isEmpty());
    QCOMPARE(*ApprovalFlow::fromJson(setting(u"discount"_s)), threeSteps());
}

void tst_ApprovalFlowDialog::undoAndRedo()
{
    ApprovalFlowService service(*m_replica);
    ApprovalFlowDialog d(service);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    d.kindBox()->setCurrentIndex(d.kindBox()->findData(u"discount"_s));
    const ApprovalFlow original = d.edited(u"discount"_s);
    QCOMPARE(d.undoStack()->count(), 0);
    // Typing is one step, once the field is left.
    d.stepList()->setCurrentRow(0);
    type(d.nameEdit(), u"经理审批"_s);
    QTest::keyClick(d.nameEdit(), Qt::Key_Tab);
    QCOMPARE(d.undoStack()->count(), 1);
    QCOMPARE(QApplication::focusWidget(), d.byBox()); // Tab goes down the form
    d.roleBox(u"clerk"_s)->setFocus();
    QTest::keyClick(d.roleBox(u"clerk"_s), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), d.modeBox()); // the roles, then who decides (no colleagues for roles)
    selectBy(d, ApprovalFlowStep::By::Manager);
    d.addButton()->click();
    QCOMPARE(d.stepList()->count(), 2);
    d.roleBox(u"clerk"_s)->setChecked(true);
    const ApprovalFlow edited = d.edited(u"discount"_s);
    // Ctrl+Z in a field is the dialog's: back to the step added, then before it…
    d.nameEdit()->setFocus();
    QTest::keyClick(d.nameEdit(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(d.edited(u"discount"_s).steps.at(1).roles, QStringList{u"director"_s});
    QVERIFY(!d.roleBox(u"clerk"_s)->isChecked());
    d.undoStack()->undo();
    QCOMPARE(d.stepList()->count(), 1);
    d.undoStack()->undo();
    QCOMPARE(d.byBox()->currentData().toInt(), int(ApprovalFlowStep::By::Roles));
    d.undoStack()->undo();
    QCOMPARE(d.edited(u"discount"_s), original);
    QCOMPARE(d.nameEdit()->text(), QString());
    // …and forward again, also from another kind.
    d.kindBox()->setCurrentIndex(d.kindBox()->findData(u"level"_s));
    QTest::keyClick(d.stepList(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(d.kindBox()->currentData().toString(), u"discount"_s);
    while (d.undoStack()->canRedo())
        d.undoStack()->redo();
    QCOMPARE(d.edited(u"discount"_s), edited);
    QVERIFY(d.save());
    QCOMPARE(*ApprovalFlow::fromJson(setting(u"discount"_s)), edited);
}

void tst_ApprovalFlowDialog::inactiveNamedUserKept()
{
    const QString gone = addUser(u"gone"_s, u"离职员工"_s, u"manager"_s);
    m_replica->update(u"users"_s, gone, {{u"disabled"_s, 1}});
    ApprovalFlowService service(*m_replica);
    ApprovalFlowStep named;
    named.by = ApprovalFlowStep::By::Users;
    named.users = {gone, m_wang};
    QVERIFY(service.save({{u"discount"_s, ApprovalFlow{{named}}}}).isEmpty());
    ApprovalFlowDialog d(service);
    d.kindBox()->setCurrentIndex(d.kindBox()->findData(u"discount"_s));
    QVERIFY(d.userList()->findItems(u"离职员工"_s, Qt::MatchExactly).isEmpty()); // not offered…
    QVERIFY2(d.preview()->text().contains(u"离职员工"_s), qPrintable(d.preview()->text())); // …but named
    d.stepList()->setCurrentRow(0);
    d.timeoutBox()->setValue(8); // another field
    QCOMPARE(d.edited(u"discount"_s).steps.at(0).users, (QStringList{gone, m_wang}));
    d.userList()->findItems(u"王刚"_s, Qt::MatchExactly).first()->setCheckState(Qt::Unchecked);
    QCOMPARE(d.edited(u"discount"_s).steps.at(0).users, QStringList{gone});
}

void tst_ApprovalFlowDialog::previewInChinese()
{
    QTranslator zh;
    QVERIFY(zh.load(QStringLiteral(HUIKE_QM_FILE)));
    QCoreApplication::installTranslator(&zh);
    {
        ApprovalFlowService service(*m_replica);
        ApprovalFlowDialog d(service);
        QCOMPARE(d.windowTitle(), u"审批流程设置"_s);
        buildThreeSteps(d);
        d.stepList()->setCurrentRow(1);
        const QString preview = d.preview()->text();
        QVERIFY2(preview.contains(u"金额超过 ¥5,000.00 时：第 2 步 总监审批：销售总监（任一人）"_s), qPrintable(preview));
        QVERIFY2(preview.contains(u"第 1 步 部门经理审批：直属上级"_s), qPrintable(preview));
        QVERIFY2(preview.contains(u"王刚（所有人）"_s), qPrintable(preview));
        d.resize(900, 760);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        const QString shots = qEnvironmentVariable("HUIKE_TEST_SCREENSHOTS", m_dir->path());
        QVERIFY(d.grab().save(shots + u"/approval-flows.png"_s));
    }
    QCoreApplication::removeTranslator(&zh);
}

QTEST_MAIN(tst_ApprovalFlowDialog)
#include "tst_approvalflowdialog.moc"
