// Warranty rules (shared/core/warranty.h): a setting read, refused and written back, a
// category's rule (its own months, the default's for what it leaves out), the last day of a
// cover at month ends and in leap years, the date it counts from, and an asset's status on a
// date — main unit or part, on its last day and the day after, extended by a repair of the
// same fault only, never shortened.
#include "core/warranty.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

namespace {

QDate day(const QString &iso)
{
    return iso.isEmpty() ? QDate() : QDate::fromString(iso, Qt::ISODate);
}

QString shown(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : u"invalid"_s;
}

// "yyyy-MM-dd|fault" per repair.
QList<Warranty::Repair> repairsOf(const QStringList &list)
{
    QList<Warranty::Repair> out;
    for (const QString &s : list)
        out.append({day(s.section(u'|', 0, 0)), s.section(u'|', 1)});
    return out;
}

const QString kExample = uR"({"default":{"mainMonths":12,"partMonths":6,"afterRepairMonths":3},
    "categories":[{"category":"空压机","mainMonths":24,"partMonths":12,"afterRepairMonths":6},
                  {"category":"软件","mainMonths":12,"partMonths":0,"afterRepairMonths":0}]})"_s;

// A category that names only some keys, beside a default that differs from the built-in one.
const QString kPartial = uR"({"default":{"mainMonths":18,"afterRepairMonths":2},
    "categories":[{"category":" Pump ","partMonths":9},{"category":"Valve"}]})"_s;

} // namespace

class tst_Warranty : public QObject
{
    Q_OBJECT

private slots:
    void readsAndWrites();
    void rules_data();
    void rules();
    void refuses_data();
    void refuses();
    void lastDay_data();
    void lastDay();
    void startDate_data();
    void startDate();
    void status_data();
    void status();
    void coverUntil_data();
    void coverUntil();
};

void tst_Warranty::readsAndWrites()
{
    const WarrantyRules d = WarrantyRules::defaults();
    QCOMPARE(d.defaultRule(), (WarrantyRules::Rule{12, 6, 3}));
    QVERIFY(d.categories().isEmpty());
    QCOMPARE(WarrantyRules::fromJson(QString()), d);
    QCOMPARE(WarrantyRules::fromJson(u"  "_s), d);
    QCOMPARE(WarrantyRules::fromJson(u"{}"_s), d);
    QCOMPARE(WarrantyRules::fromJson(d.toJson()), d);
    QCOMPARE(d.toJson(), uR"({"categories":[],"default":{"afterRepairMonths":3,"mainMonths":12,"partMonths":6}})"_s);

    QString error;
    const auto example = WarrantyRules::fromJson(kExample, &error);
    QVERIFY2(example, qPrintable(error));
    QCOMPARE(example->categories(), (QStringList{u"空压机"_s, u"软件"_s}));
    QCOMPARE(WarrantyRules::fromJson(example->toJson()), example);

    // A category keeps only what it names, so it follows the default when that changes.
    const auto partial = WarrantyRules::fromJson(kPartial, &error);
    QVERIFY2(partial, qPrintable(error));
    QCOMPARE(partial->categories(), (QStringList{u"Pump"_s, u"Valve"_s}));
    QCOMPARE(partial->categoryRules().at(0), (WarrantyRules::Category{u"Pump"_s, std::nullopt, 9, std::nullopt}));
    QCOMPARE(partial->toJson(), uR"({"categories":[{"category":"Pump","partMonths":9},{"category":"Valve"}],)"
                                uR"("default":{"afterRepairMonths":2,"mainMonths":18,"partMonths":6}})"_s);
    QCOMPARE(WarrantyRules::fromJson(partial->toJson()), partial);
    const auto changed = WarrantyRules::fromJson(QString(partial->toJson()).replace(u"\"mainMonths\":18"_s, u"\"mainMonths\":30"_s));
    QVERIFY(changed);
    QCOMPARE(changed->ruleFor(u"pump"), (WarrantyRules::Rule{30, 9, 2}));
}

void tst_Warranty::rules_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("category");
    QTest::addColumn<int>("mainMonths");
    QTest::addColumn<int>("partMonths");
    QTest::addColumn<int>("afterRepairMonths");

    QTest::newRow("defaults: any category") << QString() << u"空压机"_s << 12 << 6 << 3;
    QTest::newRow("defaults: no category") << QString() << QString() << 12 << 6 << 3;
    QTest::newRow("example: 空压机") << kExample << u"空压机"_s << 24 << 12 << 6;
    QTest::newRow("example: 空压机 with spaces") << kExample << u"  空压机 "_s << 24 << 12 << 6;
    QTest::newRow("example: 软件, zeros are values") << kExample << u"软件"_s << 12 << 0 << 0;
    QTest::newRow("example: another category is the default") << kExample << u"水泵"_s << 12 << 6 << 3;
    QTest::newRow("example: no category is the default") << kExample << QString() << 12 << 6 << 3;
    QTest::newRow("partial: missing keys are the setting's default") << kPartial << u"Pump"_s << 18 << 9 << 2;
    QTest::newRow("partial: case-insensitive") << kPartial << u"PUMP"_s << 18 << 9 << 2;
    QTest::newRow("partial: a category of no keys") << kPartial << u"valve"_s << 18 << 6 << 2;
    QTest::newRow("partial: default's missing key is built-in") << kPartial << u"other"_s << 18 << 6 << 2;
    const QString onlyPart = uR"({"default":{"partMonths":4},"categories":[{"category":"Fan","mainMonths":6}]})"_s;
    QTest::newRow("only part: the default's others are built-in") << onlyPart << u"other"_s << 12 << 4 << 3;
    QTest::newRow("only part: a category takes the setting's part") << onlyPart << u"fan"_s << 6 << 4 << 3;
    QTest::newRow("bounds") << uR"({"default":{"mainMonths":120,"partMonths":0,"afterRepairMonths":1.0}})"_s << QString() << 120
                            << 0 << 1;
}

void tst_Warranty::rules()
{
    QFETCH(QString, json);
    QFETCH(QString, category);
    QFETCH(int, mainMonths);
    QFETCH(int, partMonths);
    QFETCH(int, afterRepairMonths);
    QString error;
    const auto rules = WarrantyRules::fromJson(json, &error);
    QVERIFY2(rules, qPrintable(error));
    QCOMPARE(rules->ruleFor(category), (WarrantyRules::Rule{mainMonths, partMonths, afterRepairMonths}));
}

void tst_Warranty::refuses_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("reason");

    const auto category = [](const QString &entry) { return uR"({"categories":[%1]})"_s.arg(entry); };
    QTest::newRow("not JSON") << u"12 months"_s << u"JSON object"_s;
    QTest::newRow("an array") << u"[]"_s << u"JSON object"_s;
    QTest::newRow("unknown key") << uR"({"defaults":{}})"_s << u"Unknown key \"defaults\""_s;
    QTest::newRow("default not an object") << uR"({"default":12})"_s << u"\"default\" is a JSON object"_s;
    QTest::newRow("unknown key in default") << uR"({"default":{"months":12}})"_s << u"Unknown key \"months\" in the default"_s;
    QTest::newRow("category key in default") << uR"({"default":{"category":"x"}})"_s << u"Unknown key \"category\""_s;
    QTest::newRow("negative") << uR"({"default":{"mainMonths":-1}})"_s << u"\"mainMonths\" in the default"_s;
    QTest::newRow("121 months") << uR"({"default":{"partMonths":121}})"_s << u"\"partMonths\" in the default"_s;
    QTest::newRow("a fraction") << uR"({"default":{"afterRepairMonths":2.5}})"_s << u"whole number of months"_s;
    QTest::newRow("as text") << uR"({"default":{"mainMonths":"12"}})"_s << u"whole number of months"_s;
    QTest::newRow("null") << uR"({"default":{"mainMonths":null}})"_s << u"whole number of months"_s;
    QTest::newRow("a boolean") << uR"({"default":{"mainMonths":true}})"_s << u"whole number of months"_s;
    QTest::newRow("huge") << uR"({"default":{"mainMonths":1e12}})"_s << u"whole number of months"_s;
    QTest::newRow("categories not an array") << uR"({"categories":{"category":"x"}})"_s << u"\"categories\" is a JSON array"_s;
    QTest::newRow("a category not an object") << category(u"\"空压机\""_s) << u"A category is a JSON object"_s;
    QTest::newRow("a category without a name") << category(uR"({"mainMonths":24})"_s) << u"no \"category\" name"_s;
    QTest::newRow("a category empty") << category(uR"({"category":"","mainMonths":24})"_s) << u"no \"category\" name"_s;
    QTest::newRow("a category blank") << category(uR"({"category":"  "})"_s) << u"no \"category\" name"_s;
    QTest::newRow("a category as a number") << category(uR"({"category":7})"_s) << u"no \"category\" name"_s;
    QTest::newRow("unknown key in a category") << category(uR"({"category":"空压机","months":24})"_s)
                                               << u"Unknown key \"months\" in the category \"空压机\""_s;
    QTest::newRow("months in a category") << category(uR"({"category":"空压机","partMonths":200})"_s)
                                          << u"\"partMonths\" in the category \"空压机\""_s;
    QTest::newRow("a category twice") << category(uR"({"category":"空压机"},{"category":"空压机","mainMonths":1})"_s)
                                      << u"\"空压机\" is listed twice"_s;
    QTest::newRow("twice, trimmed") << category(uR"({"category":"空压机"},{"category":" 空压机 "})"_s) << u"listed twice"_s;
    QTest::newRow("twice, other case") << category(uR"({"category":"Pump"},{"category":"pUMP"})"_s) << u"listed twice"_s;
}

void tst_Warranty::refuses()
{
    QFETCH(QString, json);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!WarrantyRules::fromJson(json, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY(!WarrantyRules::fromJson(json)); // no error to write to
}

void tst_Warranty::lastDay_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<int>("months");
    QTest::addColumn<QString>("last");

    QTest::newRow("a year") << u"2026-01-15"_s << 12 << u"2027-01-14"_s;
    QTest::newRow("31 Jan + 1: end of February") << u"2026-01-31"_s << 1 << u"2026-02-28"_s;
    QTest::newRow("29 Jan + 1: no 29 Feb") << u"2026-01-29"_s << 1 << u"2026-02-28"_s;
    QTest::newRow("28 Jan + 1") << u"2026-01-28"_s << 1 << u"2026-02-27"_s;
    QTest::newRow("29 Jan + 1, leap year") << u"2028-01-29"_s << 1 << u"2028-02-28"_s;
    QTest::newRow("31 Jan + 1, leap year") << u"2028-01-31"_s << 1 << u"2028-02-29"_s;
    QTest::newRow("31 Mar + 1: end of April") << u"2026-03-31"_s << 1 << u"2026-04-30"_s;
    QTest::newRow("30 Apr + 1") << u"2026-04-30"_s << 1 << u"2026-05-29"_s;
    QTest::newRow("29 Feb + 12") << u"2028-02-29"_s << 12 << u"2029-02-28"_s;
    QTest::newRow("29 Feb + 48") << u"2028-02-29"_s << 48 << u"2032-02-28"_s;
    QTest::newRow("1st of a month") << u"2026-03-01"_s << 1 << u"2026-03-31"_s;
    QTest::newRow("1 Jan + 12") << u"2026-01-01"_s << 12 << u"2026-12-31"_s;
    QTest::newRow("across the year") << u"2026-11-20"_s << 3 << u"2027-02-19"_s;
    QTest::newRow("6 months") << u"2026-08-31"_s << 6 << u"2027-02-28"_s;
    QTest::newRow("120 months") << u"2026-07-10"_s << 120 << u"2036-07-09"_s;
    QTest::newRow("0 months: no cover") << u"2026-01-15"_s << 0 << QString();
    QTest::newRow("negative months") << u"2026-01-15"_s << -1 << QString();
    QTest::newRow("invalid start") << QString() << 12 << QString();
}

void tst_Warranty::lastDay()
{
    QFETCH(QString, start);
    QFETCH(int, months);
    QFETCH(QString, last);
    QCOMPARE(shown(Warranty::lastDay(day(start), months)), last.isEmpty() ? u"invalid"_s : last);
}

void tst_Warranty::startDate_data()
{
    QTest::addColumn<QString>("invoiced");
    QTest::addColumn<QString>("delivered");
    QTest::addColumn<QString>("start");

    QTest::newRow("invoice after delivery") << u"2026-03-10"_s << u"2026-03-01"_s << u"2026-03-10"_s;
    QTest::newRow("invoice before delivery") << u"2026-02-20"_s << u"2026-03-01"_s << u"2026-02-20"_s;
    QTest::newRow("no invoice: delivery") << QString() << u"2026-03-01"_s << u"2026-03-01"_s;
    QTest::newRow("only an invoice") << u"2026-03-10"_s << QString() << u"2026-03-10"_s;
    QTest::newRow("neither") << QString() << QString() << u"invalid"_s;
    QTest::newRow("a malformed invoice date: delivery") << u"2026-02-30"_s << u"2026-03-01"_s << u"2026-03-01"_s;
}

void tst_Warranty::startDate()
{
    QFETCH(QString, invoiced);
    QFETCH(QString, delivered);
    QFETCH(QString, start);
    QCOMPARE(shown(Warranty::startDate(day(invoiced), day(delivered))), start);
}

void tst_Warranty::status_data()
{
    QTest::addColumn<QString>("json");      // the warranty rules
    QTest::addColumn<QString>("category");
    QTest::addColumn<bool>("isPart");
    QTest::addColumn<QString>("invoiced");
    QTest::addColumn<QString>("delivered");
    QTest::addColumn<QStringList>("repairs"); // "date|fault"
    QTest::addColumn<QString>("onDate");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<bool>("covered");
    QTest::addColumn<QString>("baseLastDay");
    QTest::addColumn<QString>("lastDay");
    QTest::addColumn<bool>("byRepair");

    const QString none;
    const QStringList noRepairs;
    // Invoiced 15 Jan 2026: a main unit through 14 Jan 2027, a part through 14 Jul 2026.
    const QString inv = u"2026-01-15"_s;
    const QString del = u"2026-01-05"_s;
    QTest::newRow("main: on its last day") << none << none << false << inv << del << noRepairs << u"2027-01-14"_s << none << true
                                           << u"2027-01-14"_s << u"2027-01-14"_s << false;
    QTest::newRow("main: the day after") << none << none << false << inv << del << noRepairs << u"2027-01-15"_s << none << false
                                         << u"2027-01-14"_s << u"2027-01-14"_s << false;
    QTest::newRow("part: on its last day") << none << none << true << inv << del << noRepairs << u"2026-07-14"_s << none << true
                                           << u"2026-07-14"_s << u"2026-07-14"_s << false;
    QTest::newRow("part: the day after") << none << none << true << inv << del << noRepairs << u"2026-07-15"_s << none << false
                                         << u"2026-07-14"_s << u"2026-07-14"_s << false;
    QTest::newRow("no invoice: from delivery") << none << none << false << none << del << noRepairs << u"2027-01-05"_s << none
                                               << false << u"2027-01-04"_s << u"2027-01-04"_s << false;
    QTest::newRow("invoice over delivery") << none << none << false << inv << del << noRepairs << u"2027-01-05"_s << none << true
                                           << u"2027-01-14"_s << u"2027-01-14"_s << false;
    QTest::newRow("delivered, not yet invoiced: covered") << none << none << false << inv << del << noRepairs << u"2026-01-10"_s
                                                          << none << true << u"2027-01-14"_s << u"2027-01-14"_s << false;
    QTest::newRow("neither date: no cover") << none << none << false << none << none << noRepairs << u"2026-06-01"_s << none
                                            << false << none << none << false;
    QTest::newRow("no date asked: not covered") << none << none << false << inv << del << noRepairs << none << none << false
                                                << u"2027-01-14"_s << u"2027-01-14"_s << false;

    // Repairs of a main unit (base through 14 Jan 2027), 3 months from the day after.
    const QStringList late{u"2026-12-10|E01"_s};
    QTest::newRow("repair of the same fault extends") << none << none << false << inv << del << late << u"2027-03-10"_s
                                                      << u"E01"_s << true << u"2027-01-14"_s << u"2027-03-10"_s << true;
    QTest::newRow("… through its last day only") << none << none << false << inv << del << late << u"2027-03-11"_s << u"E01"_s
                                                 << false << u"2027-01-14"_s << u"2027-03-10"_s << true;
    QTest::newRow("same fault, trimmed, other case") << none << none << false << inv << del << QStringList{u"2026-12-10| e01 "_s}
                                                     << u"2027-02-01"_s << u"E01 "_s << true << u"2027-01-14"_s
                                                     << u"2027-03-10"_s << true;
    QTest::newRow("within base, extended end shown") << none << none << false << inv << del << late << u"2027-01-01"_s
                                                     << u"E01"_s << true << u"2027-01-14"_s << u"2027-03-10"_s << true;
    QTest::newRow("another fault does not extend") << none << none << false << inv << del << late << u"2027-02-01"_s << u"E02"_s
                                                   << false << u"2027-01-14"_s << u"2027-01-14"_s << false;
    QTest::newRow("no fault asked: the base only") << none << none << false << inv << del << late << u"2027-02-01"_s << none
                                                   << false << u"2027-01-14"_s << u"2027-01-14"_s << false;
    QTest::newRow("a blank fault matches no repair without one")
        << none << none << false << inv << del << QStringList{u"2026-12-10|"_s} << u"2027-02-01"_s << u" "_s << false
        << u"2027-01-14"_s << u"2027-01-14"_s << false;
    QTest::newRow("a repair after the date does not count yet")
        << none << none << false << inv << del << QStringList{u"2027-01-20|E01"_s} << u"2027-01-16"_s << u"E01"_s << false
        << u"2027-01-14"_s << u"2027-01-14"_s << false;
    QTest::newRow("a repair on the date counts") << none << none << false << inv << del << QStringList{u"2027-01-20|E01"_s}
                                                 << u"2027-01-20"_s << u"E01"_s << true << u"2027-01-14"_s << u"2027-04-20"_s
                                                 << true;
    QTest::newRow("early repair does not shorten") << none << none << false << inv << del << QStringList{u"2026-03-01|E01"_s}
                                                   << u"2027-01-14"_s << u"E01"_s << true << u"2027-01-14"_s
                                                   << u"2027-01-14"_s << false;
    QTest::newRow("early repair, after the base") << none << none << false << inv << del << QStringList{u"2026-03-01|E01"_s}
                                                  << u"2027-01-15"_s << u"E01"_s << false << u"2027-01-14"_s
                                                  << u"2027-01-14"_s << false;
    const QStringList two{u"2027-01-10|E01"_s, u"2026-12-01|E01"_s, u"2027-03-01|E02"_s};
    QTest::newRow("two repairs: the latest counts") << none << none << false << inv << del << two << u"2027-04-10"_s << u"E01"_s
                                                    << true << u"2027-01-14"_s << u"2027-04-10"_s << true;
    QTest::newRow("two repairs: not past the latest's") << none << none << false << inv << del << two << u"2027-04-11"_s
                                                        << u"E01"_s << false << u"2027-01-14"_s << u"2027-04-10"_s << true;
    QTest::newRow("two repairs: the earlier before the later") << none << none << false << inv << del << two << u"2027-01-09"_s
                                                               << u"E01"_s << true << u"2027-01-14"_s << u"2027-03-01"_s
                                                               << true;
    QTest::newRow("repair of a part past its base") << none << none << true << inv << del << QStringList{u"2026-07-01|E03"_s}
                                                    << u"2026-10-01"_s << u"E03"_s << true << u"2026-07-14"_s
                                                    << u"2026-10-01"_s << true;
    QTest::newRow("no base, a repair covers") << none << none << false << none << none << QStringList{u"2026-05-31|E01"_s}
                                              << u"2026-08-31"_s << u"E01"_s << true << none << u"2026-08-31"_s << true;

    // Per category (the example setting).
    QTest::newRow("category: 24 months") << kExample << u"空压机"_s << false << inv << del << noRepairs << u"2028-01-14"_s
                                         << none << true << u"2028-01-14"_s << u"2028-01-14"_s << false;
    QTest::newRow("category: part 12 months") << kExample << u"空压机"_s << true << inv << del << noRepairs << u"2027-01-15"_s
                                              << none << false << u"2027-01-14"_s << u"2027-01-14"_s << false;
    QTest::newRow("category: 6 months after repair") << kExample << u"空压机"_s << false << inv << del
                                                     << QStringList{u"2028-01-01|E01"_s} << u"2028-07-01"_s << u"E01"_s << true
                                                     << u"2028-01-14"_s << u"2028-07-01"_s << true;
    QTest::newRow("default: a year") << kExample << u"水泵"_s << false << inv << del << noRepairs << u"2027-01-15"_s << none
                                     << false << u"2027-01-14"_s << u"2027-01-14"_s << false;
    QTest::newRow("0 months for a part: no cover") << kExample << u"软件"_s << true << inv << del << noRepairs << u"2026-01-20"_s
                                                   << none << false << none << none << false;
    QTest::newRow("0 months after repair: no extension") << kExample << u"软件"_s << false << inv << del
                                                         << QStringList{u"2027-01-10|E01"_s} << u"2027-01-15"_s << u"E01"_s
                                                         << false << u"2027-01-14"_s << u"2027-01-14"_s << false;
}

void tst_Warranty::status()
{
    QFETCH(QString, json);
    QFETCH(QString, category);
    QFETCH(bool, isPart);
    QFETCH(QString, invoiced);
    QFETCH(QString, delivered);
    QFETCH(QStringList, repairs);
    QFETCH(QString, onDate);
    QFETCH(QString, fault);
    QFETCH(bool, covered);
    QFETCH(QString, baseLastDay);
    QFETCH(QString, lastDay);
    QFETCH(bool, byRepair);
    const auto rules = WarrantyRules::fromJson(json);
    QVERIFY(rules);
    const Warranty::Status s = Warranty::status(rules->ruleFor(category), isPart, Warranty::startDate(day(invoiced), day(delivered)),
                                                repairsOf(repairs), day(onDate), fault);
    QCOMPARE(s.covered, covered);
    QCOMPARE(shown(s.baseLastDay), baseLastDay.isEmpty() ? u"invalid"_s : baseLastDay);
    QCOMPARE(shown(s.lastDay), lastDay.isEmpty() ? u"invalid"_s : lastDay);
    QCOMPARE(s.byRepair, byRepair);
}

void tst_Warranty::coverUntil_data()
{
    QTest::addColumn<bool>("isPart");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QStringList>("repairs");
    QTest::addColumn<int>("afterRepairMonths");
    QTest::addColumn<QString>("until");

    QTest::newRow("the base") << false << u"2026-01-15"_s << QStringList() << 3 << u"2027-01-14"_s;
    QTest::newRow("a part") << true << u"2026-01-15"_s << QStringList() << 3 << u"2026-07-14"_s;
    QTest::newRow("a repair inside the base") << false << u"2026-01-15"_s << QStringList{u"2026-05-01|E01"_s} << 3
                                              << u"2027-01-14"_s;
    QTest::newRow("the latest of any fault") << false << u"2026-01-15"_s
                                             << QStringList{u"2027-02-01|E02"_s, u"2026-12-20|E01"_s, u"2027-01-05|E01"_s} << 3
                                             << u"2027-05-01"_s;
    QTest::newRow("a repair without a fault code") << false << u"2026-01-15"_s << QStringList{u"2027-02-01|"_s} << 3
                                                   << u"2027-01-14"_s;
    QTest::newRow("0 months after repair") << false << u"2026-01-15"_s << QStringList{u"2027-02-01|E02"_s} << 0
                                           << u"2027-01-14"_s;
    QTest::newRow("no start, a repair") << false << QString() << QStringList{u"2027-02-01|E02"_s} << 3 << u"2027-05-01"_s;
    QTest::newRow("nothing") << false << QString() << QStringList() << 3 << u"invalid"_s;
}

void tst_Warranty::coverUntil()
{
    QFETCH(bool, isPart);
    QFETCH(QString, start);
    QFETCH(QStringList, repairs);
    QFETCH(int, afterRepairMonths);
    QFETCH(QString, until);
    const WarrantyRules::Rule rule{12, 6, afterRepairMonths};
    QCOMPARE(shown(Warranty::coverUntil(rule, isPart, day(start), repairsOf(repairs))), until);
}

QTEST_APPLESS_MAIN(tst_Warranty)
#include "tst_warranty.moc"
