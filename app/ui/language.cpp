#include "ui/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Huike::Language {

namespace {

const QString Key = u"ui/language"_s;
const QString Chinese = u"zh_CN"_s;
const QString English = u"en"_s;
const char *const TranslatorName = "huikeTranslator";

// "en", "en_US", "en-GB": English; anything else (nothing, the former "as the system"
// choice, zh_CN, zh_TW) Chinese — the one catalogue there is.
QString normalized(const QString &code)
{
    return !code.isEmpty() && QLocale(code).language() == QLocale::English ? English : Chinese;
}

} // namespace

QList<QPair<QString, QString>> choices()
{
    return {{Chinese, u"简体中文"_s}, {English, u"English"_s}};
}

QString chosen()
{
    return normalized(QSettings().value(Key).toString());
}

void choose(const QString &code)
{
    QSettings().setValue(Key, normalized(code));
}

QString install(QCoreApplication &app, const QString &code, const QString &catalogueDir)
{
    for (QTranslator *old : app.findChildren<QTranslator *>(QString::fromLatin1(TranslatorName), Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    if (normalized(code) == English) {
        QLocale::setDefault(QLocale::system()); // dates and numbers as the system writes them
        return English;
    }
    auto *huike = new QTranslator(&app);
    huike->setObjectName(QString::fromLatin1(TranslatorName));
    if (huike->load(catalogueDir + u"/huike_zh_CN.qm"_s))
        QCoreApplication::installTranslator(huike);
    else
        qWarning("huike: the Chinese catalogue is missing in %s", qPrintable(catalogueDir));
    auto *qt = new QTranslator(&app);
    qt->setObjectName(QString::fromLatin1(TranslatorName));
    if (qt->load(u"qtbase_zh_CN"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    return Chinese;
}

} // namespace Huike::Language
