#pragma once

#include <QList>
#include <QPair>
#include <QString>

class QCoreApplication;

namespace Huike::Language {

// The interface language. Huike is Chinese first: zh_CN unless the user chose another
// language (设置 › 语言, kept in QSettings as ui/language), whatever the system's locale —
// a client started on an English or "C" system is Chinese all the same.

// The languages offered: code and name in its own language (简体中文, English).
QList<QPair<QString, QString>> choices();
// The chosen language's code: "zh_CN" (also when nothing or something unknown is kept)
// or "en".
QString chosen();
void choose(const QString &code);
// Installs the translators of `code` on the application (replacing ones installed
// before), from the catalogue in `catalogueDir` (the executables embed it in :/i18n).
// Returns the code now in effect.
QString install(QCoreApplication &app, const QString &code, const QString &catalogueDir = QStringLiteral(":/i18n"));

} // namespace Huike::Language
