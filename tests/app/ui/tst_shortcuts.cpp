// Keyboard shortcuts offscreen: no key belongs to two actions or shortcuts that are active
// at the same time in one window (Qt then prints "Ambiguous shortcut overload" and does
// nothing), on every page of the main window, on the customer card and in the editors;
// redo by Ctrl+Shift+Z works in a card's field and in the quote editor, and a text
// field outside the card keeps its own redo.
#include "models/contractservice.h"
#include "models/customerlistmodel.h"
#include "models/customerservice.h"
#include "models/quoteservice.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "syncclient/synccontroller.h"
#include "ui/contracteditor.h"
#include "ui/customercard.h"
#include "ui/mainwindow.h"
#include "ui/quoteeditor.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QShortcut>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Huike;

namespace {

const QString Me = u"0192b6c8-0000-7000-8000-000000000001"_s;

QStringList g_ambiguous;
QtMessageHandler g_previous = nullptr;

void catchAmbiguous(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(u"Ambiguous shortcut"_s))
        g_ambiguous << message;
    g_previous(type, context, message);
}

// A key that is live now, and where: the window (window and application context), a
// widget and its children, or one widget.
struct Live
{
    QString key;
    Qt::ShortcutContext context;
    QWidget *widget;
    QString what;
};

bool clash(const Live &a, const Live &b)
{
    if (a.key != b.key)
        return false;
    if (a.widget == b.widget)
        return true;
    return (a.context != Qt::WidgetShortcut && a.widget->isAncestorOf(b.widget))
        || (b.context != Qt::WidgetShortcut && b.widget->isAncestorOf(a.widget));
}

// Every key of `window` that Qt's shortcut map would match right now: enabled actions
// on visible widgets, enabled QShortcuts on visible widgets, buttons' mnemonics, the menu
// bar's titles. Returns the pairs that share a key within one context.
QStringList ambiguousKeys(QWidget *window)
{
    QList<Live> live;
    auto add = [&](const QKeySequence &key, Qt::ShortcutContext context, QWidget *widget, const QString &what) {
        if (key.isEmpty() || !widget || !widget->isVisible() || !widget->isEnabled() || widget->window() != window)
            return;
        QWidget *reach = context == Qt::WindowShortcut || context == Qt::ApplicationShortcut ? window : widget;
        live.append({key.toString(QKeySequence::PortableText), context, reach, what});
    };
    for (QAction *a : window->findChildren<QAction *>()) {
        if (!a->isEnabled())
            continue;
        for (QObject *o : a->associatedObjects()) {
            auto *w = qobject_cast<QWidget *>(o);
            if (!w || qobject_cast<QMenu *>(w))
                continue; // an action in a menu is live through the window it is added to too
            for (const QKeySequence &k : a->shortcuts())
                add(k, a->shortcutContext(), w, u"action “"_s + a->text() + u'”');
        }
        // Actions only in menus are live through the menu bar's window.
        const QList<QObject *> objects = a->associatedObjects();
        const bool onlyMenus = !objects.isEmpty() && std::all_of(objects.begin(), objects.end(), [](QObject *o) { return qobject_cast<QMenu *>(o); });
        if (onlyMenus)
            for (const QKeySequence &k : a->shortcuts())
                add(k, a->shortcutContext(), window, u"menu action “"_s + a->text() + u'”');
    }
    for (QShortcut *s : window->findChildren<QShortcut *>()) {
        if (!s->isEnabled())
            continue;
        for (const QKeySequence &k : s->keys())
            add(k, s->context(), qobject_cast<QWidget *>(s->parent()), u"QShortcut of "_s + QString::fromLatin1(s->parent()->metaObject()->className()));
    }
    for (QAbstractButton *b : window->findChildren<QAbstractButton *>())
        add(b->shortcut(), Qt::WindowShortcut, b, u"button “"_s + b->text() + u'”');
    for (QLabel *l : window->findChildren<QLabel *>())
        if (l->buddy())
            add(QKeySequence::mnemonic(l->text()), Qt::WindowShortcut, l, u"label “"_s + l->text() + u'”');
    if (auto *main = qobject_cast<QMainWindow *>(window))
        for (QAction *a : main->menuBar()->actions())
            add(QKeySequence::mnemonic(a->text()), Qt::WindowShortcut, main->menuBar(), u"menu “"_s + a->text() + u'”');

    QStringList found;
    for (qsizetype i = 0; i < live.size(); ++i)
        for (qsizetype j = i + 1; j < live.size(); ++j)
            if (clash(live[i], live[j]))
                found << live[i].key + u": "_s + live[i].what + u" and "_s + live[j].what;
    return found;
}

} // namespace

class tst_Shortcuts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init() { g_ambiguous.clear(); }
    void mainWindowPages();
    void cardRedoInAField();
    void editors();
    void lineEditKeepsItsRedo();

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_customer;
};

void tst_Shortcuts::initTestCase()
{
    QCoreApplication::setOrganizationName(u"HuikeTest"_s);
    g_previous = qInstallMessageHandler(catchAmbiguous);
    m_path = m_dir.path() + u"/replica.sqlite"_s;
    auto replica = Replica::open(m_path);
    replica->setUserId(Me);
    replica->database().exec(
        u"INSERT INTO users (id, version, deleted, created_at, updated_at, login, display_name, role, disabled) "
        u"VALUES (?, 1, 0, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'wangfang', '王芳', 'sales', 0)"_s,
        {Me});
    CustomerService service(*replica);
    CustomerService::Card card;
    card.customer.name = u"北京市华通科技有限公司"_s;
    QVERIFY(service.save(card, {}).isEmpty());
    m_customer = card.customer.meta.id.toString();
}

void tst_Shortcuts::cleanupTestCase()
{
    qInstallMessageHandler(g_previous);
}

void tst_Shortcuts::mainWindowPages()
{
    auto replica = Replica::open(m_path);
    CustomerListModel model(replica->database());
    SyncController sync(m_path, QUrl(u"http://127.0.0.1:1"_s), u"x"_s);
    MainWindow window(model, sync, u"王芳"_s, replica.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.navigation()->count() >= 5);
    for (int row = 0; row < window.navigation()->count(); ++row) {
        window.navigation()->setCurrentRow(row);
        QApplication::processEvents();
        const QStringList found = ambiguousKeys(&window);
        QVERIFY2(found.isEmpty(), qPrintable(window.navigation()->item(row)->text() + u": "_s + found.join(u"; "_s)));
    }
}

void tst_Shortcuts::cardRedoInAField()
{
    auto replica = Replica::open(m_path);
    CustomerService service(*replica);
    CustomerCard card(service, m_customer);
    card.show();
    card.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&card));
    QVERIFY2(ambiguousKeys(&card).filter(u"Ctrl+Shift+Z"_s).isEmpty(), qPrintable(ambiguousKeys(&card).join(u"; "_s)));

    // Redo answers to each of the platform's redo keys (Ctrl+Shift+Z on X11, which the
    // card used to list twice: ambiguous there) and to Ctrl+Shift+Z, each once.
    QAction *redo = nullptr;
    for (QAction *a : card.actions())
        if (a->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)))
            redo = a;
    QVERIFY(redo);
    for (const QKeySequence &k : QKeySequence::keyBindings(QKeySequence::Redo) + QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)})
        QVERIFY2(redo->shortcuts().count(k) == 1, qPrintable(k.toString()));

    QLineEdit *phone = card.field(u"phone"_s);
    QVERIFY(phone);
    phone->setFocus();
    QTest::keyClicks(phone, u"0105552"_s);
    QCOMPARE(phone->text(), u"0105552"_s);
    QTest::keyClick(phone, Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY(phone->text() != u"0105552"_s);
    QTest::keyClick(phone, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(phone->text(), u"0105552"_s);
    QVERIFY2(g_ambiguous.isEmpty(), qPrintable(g_ambiguous.join(u'\n')));

    // …and outside the fields, on the card itself.
    QTest::keyClick(phone, Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY(phone->text() != u"0105552"_s);
    auto *tabs = card.findChild<QTabWidget *>();
    QVERIFY(tabs);
    tabs->setFocus();
    QTest::keyClick(tabs, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(phone->text(), u"0105552"_s);
    QVERIFY2(g_ambiguous.isEmpty(), qPrintable(g_ambiguous.join(u'\n')));
}

void tst_Shortcuts::editors()
{
    auto replica = Replica::open(m_path);
    QuoteService quotes(*replica);
    QuoteEditor quote(quotes, {}, m_customer);
    quote.show();
    quote.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&quote));
    QStringList found = ambiguousKeys(&quote);
    QVERIFY2(found.filter(u"Ctrl+Shift+Z"_s).isEmpty(), qPrintable(found.join(u"; "_s)));
    // Redo by Ctrl+Shift+Z reaches the editor's undo stack.
    auto *stack = quote.findChild<QUndoStack *>();
    QVERIFY(stack);
    if (stack->count() == 0 || stack->index() == 0) {
        // Make an undoable change through the stack itself.
        stack->push(new QUndoCommand(u"test"_s));
    }
    const int top = stack->index();
    stack->undo();
    QCOMPARE(stack->index(), top - 1);
    auto *button = quote.findChild<QAbstractButton *>(); // not a text field: the editor's redo
    QVERIFY(button);
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(stack->index(), top);

    ContractService contracts(*replica);
    Contract c;
    c.customerId = *Id::fromString(m_customer);
    ContractEditor contract(contracts, c);
    contract.show();
    QVERIFY(QTest::qWaitForWindowExposed(&contract));
    found = ambiguousKeys(&contract);
    QVERIFY2(found.filter(u"Ctrl+Shift+Z"_s).isEmpty(), qPrintable(found.join(u"; "_s)));
}

void tst_Shortcuts::lineEditKeepsItsRedo()
{
    // The main window's search box: its own undo and redo, no window action in between.
    auto replica = Replica::open(m_path);
    CustomerListModel model(replica->database());
    SyncController sync(m_path, QUrl(u"http://127.0.0.1:1"_s), u"x"_s);
    MainWindow window(model, sync, u"王芳"_s, replica.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QLineEdit *box = window.findChild<QLineEdit *>();
    QVERIFY(box);
    box->setFocus();
    QTest::keyClicks(box, u"abc"_s);
    QTest::keyClick(box, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(box->text(), QString());
    QTest::keyClick(box, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(box->text(), u"abc"_s);
    QVERIFY2(g_ambiguous.isEmpty(), qPrintable(g_ambiguous.join(u'\n')));
}

QTEST_MAIN(tst_Shortcuts)
#include "tst_shortcuts.moc"
