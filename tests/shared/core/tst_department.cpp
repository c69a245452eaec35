#include "core/department.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_Department : public QObject
{
    Q_OBJECT

private slots:
    void splitPath_data();
    void splitPath();
    void isWithin_data();
    void isWithin();
    void validate_data();
    void validate();
};

void tst_Department::splitPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("two levels") << u"销售部/华东区"_s << QStringList{u"销售部"_s, u"华东区"_s};
    QTest::newRow("spaces and slashes") << u" 销售部 / 华东区/ "_s
                                        << QStringList{u"销售部"_s, u"华东区"_s};
    QTest::newRow("root") << u"总经办"_s << QStringList{u"总经办"_s};
    QTest::newRow("empty") << QString() << QStringList{};
    QTest::newRow("double slash") << u"销售部//华南区"_s << QStringList{u"销售部"_s, u"华南区"_s};
}

void tst_Department::splitPath()
{
    QFETCH(QString, path);
    QFETCH(QStringList, names);
    QCOMPARE(Department::splitPath(path), names);
}

void tst_Department::isWithin_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("ancestor");
    QTest::addColumn<bool>("within");
    QTest::newRow("self") << u"销售部"_s << u"销售部"_s << true;
    QTest::newRow("child") << u"销售部/华东区"_s << u"销售部"_s << true;
    QTest::newRow("grandchild") << u"销售部/华东区/上海组"_s << u"销售部"_s << true;
    QTest::newRow("sibling with common prefix") << u"销售部二部"_s << u"销售部"_s << false;
    QTest::newRow("parent is not within child") << u"销售部"_s << u"销售部/华东区"_s << false;
    QTest::newRow("other tree") << u"客服部/华东区"_s << u"销售部"_s << false;
}

void tst_Department::isWithin()
{
    QFETCH(QString, path);
    QFETCH(QString, ancestor);
    QFETCH(bool, within);
    QCOMPARE(Department::isWithin(path, ancestor), within);
}

void tst_Department::validate_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("badFields");
    QTest::newRow("ok") << u"华东区"_s << u"销售部/华东区"_s << QStringList{};
    QTest::newRow("root ok") << u"销售部"_s << u"销售部"_s << QStringList{};
    QTest::newRow("no name") << QString() << u"销售部/"_s << QStringList{u"name"_s, u"path"_s};
    QTest::newRow("slash in name") << u"华东/华南"_s << u"销售部/华东/华南"_s
                                   << QStringList{u"name"_s, u"path"_s};
    QTest::newRow("path not ending in name") << u"华南区"_s << u"销售部/华东区"_s
                                             << QStringList{u"path"_s};
    QTest::newRow("path not normalised") << u"华东区"_s << u"销售部 / 华东区"_s
                                         << QStringList{u"path"_s};
}

void tst_Department::validate()
{
    QFETCH(QString, name);
    QFETCH(QString, path);
    QFETCH(QStringList, badFields);
    Department d;
    d.name = name;
    d.path = path;
    QCOMPARE(d.validate().fields(), badFields);
}

QTEST_GUILESS_MAIN(tst_Department)
#include "tst_department.moc"
