#pragma once

// The customer card tests' shared part: typing as a user does, the Alt+letters on screen,
// and the test class (tst_customercard.cpp, customercardtabs.cpp).
#include "core/money.h"
#include "models/customerlistmodel.h"
#include "models/customerservice.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "syncclient/ownershipclient.h"
#include "syncclient/synccontroller.h"
#include "typing.h"
#include "ui/activitydialog.h"
#include "ui/attachmentspanel.h"
#include "ui/contactdialog.h"
#include "ui/contracteditor.h"
#include "ui/customer360page.h"
#include "ui/customercard.h"
#include "ui/customerlistpage.h"
#include "ui/mainwindow.h"
#include "ui/reminderdialog.h"
#include "ui/syncstatuswidget.h"

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

namespace CustomerCardTest {

// Types as a user does: Latin text key by key, Chinese as an input method commits it.
inline void type(QWidget *w, const QString &text)
{
    Huike::Test::typeText(w, text);
}

// The Alt+letter of a label ("Attach&ments" → 'm'), null when it has none.
inline QChar mnemonic(const QString &text)
{
    for (qsizetype i = text.indexOf(u'&'); i >= 0 && i + 1 < text.size(); i = text.indexOf(u'&', i + 2))
        if (text[i + 1] != u'&')
            return text[i + 1].toLower();
    return {};
}

// The Alt+letters of what is on screen in `window` (its tabs, buttons and field labels)
// that more than one widget uses.
inline QStringList clashingMnemonics(QWidget *window)
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


} // namespace CustomerCardTest

using namespace CustomerCardTest;


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
