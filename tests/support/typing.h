#pragma once

// Typing into a widget as a user does, for GUI tests: Latin text key by key, every other
// character (Chinese) as an input method commits it.

#include <QApplication>
#include <QInputMethodEvent>
#include <QString>
#include <QTest>
#include <QWidget>

namespace Huike::Test {

inline void typeText(QWidget *w, const QString &text)
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

} // namespace Huike::Test
