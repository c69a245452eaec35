#include "models/vcard.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Huike::VCard {

namespace {

bool isHan(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0xF900 && u <= 0xFAFF);
}

// Two-character surnames in use today.
const QStringList &compoundSurnames()
{
    static const QStringList all{u"欧阳"_s, u"司马"_s, u"上官"_s, u"诸葛"_s, u"东方"_s, u"皇甫"_s, u"尉迟"_s,
                                 u"公孙"_s, u"慕容"_s, u"长孙"_s, u"宇文"_s, u"司徒"_s, u"夏侯"_s, u"轩辕"_s,
                                 u"令狐"_s, u"端木"_s, u"澹台"_s, u"南宫"_s, u"西门"_s, u"百里"_s, u"呼延"_s,
                                 u"独孤"_s, u"申屠"_s, u"太史"_s, u"闻人"_s, u"万俟"_s, u"钟离"_s, u"赫连"_s};
    return all;
}

// One content line, folded: at most 75 octets a line, continuation lines start with a space.
void appendLine(QByteArray &out, const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    qsizetype start = 0;
    int limit = 75;
    while (utf8.size() - start > limit) {
        qsizetype end = start + limit;
        while (end > start && (quint8(utf8[end]) & 0xC0) == 0x80)
            --end; // not inside a character's bytes
        out += utf8.mid(start, end - start);
        out += "\r\n ";
        start = end;
        limit = 74; // the leading space counts
    }
    out += utf8.mid(start);
    out += "\r\n";
}

QString oneLine(const QString &text)
{
    return text.trimmed();
}

} // namespace

QString escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\' || c == u';' || c == u',') {
            out += u'\\';
            out += c;
        } else if (c == u'\r') {
            out += u"\\n"_s;
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
        } else if (c == u'\n' || c == QChar(0x2028) || c == QChar(0x2029)) {
            out += u"\\n"_s;
        } else if (c.unicode() < 0x20 || c.unicode() == 0x7F) {
            out += u' '; // other control characters have no place in a line
        } else {
            out += c;
        }
    }
    return out;
}

QPair<QString, QString> splitName(const QString &name)
{
    const QString n = name.simplified();
    if (n.isEmpty())
        return {};
    if (isHan(n[0])) {
        const QString n = name.simplified().remove(u' '); // 张 伟 is 张伟
        for (const QString &surname : compoundSurnames())
            if (n.size() > 2 && n.startsWith(surname))
                return {surname, n.mid(2)};
        return n.size() == 1 ? QPair<QString, QString>{n, QString()} : QPair<QString, QString>{n.left(1), n.mid(1)};
    }
    const qsizetype space = n.lastIndexOf(u' ');
    if (space < 0)
        return {n, QString()};
    return {n.mid(space + 1), n.left(space)};
}

QByteArray write(const QList<Card> &cards)
{
    QByteArray out;
    for (const Card &card : cards) {
        appendLine(out, u"BEGIN:VCARD"_s);
        appendLine(out, u"VERSION:3.0"_s);
        const auto [family, given] = splitName(card.name);
        appendLine(out, u"N:"_s + escapeText(family) + u';' + escapeText(given) + u";;;"_s);
        appendLine(out, u"FN:"_s + escapeText(card.name.simplified()));
        if (!card.organisation.trimmed().isEmpty() || !card.department.trimmed().isEmpty()) {
            QString org = u"ORG:"_s + escapeText(oneLine(card.organisation));
            if (!card.department.trimmed().isEmpty())
                org += u';' + escapeText(oneLine(card.department));
            appendLine(out, org);
        }
        if (!card.title.trimmed().isEmpty())
            appendLine(out, u"TITLE:"_s + escapeText(oneLine(card.title)));
        if (!card.mobile.trimmed().isEmpty())
            appendLine(out, u"TEL;TYPE=CELL,VOICE:"_s + escapeText(oneLine(card.mobile)));
        if (!card.phone.trimmed().isEmpty())
            appendLine(out, u"TEL;TYPE=WORK,VOICE:"_s + escapeText(oneLine(card.phone)));
        if (!card.email.trimmed().isEmpty())
            appendLine(out, u"EMAIL;TYPE=INTERNET:"_s + escapeText(oneLine(card.email)));
        appendLine(out, u"END:VCARD"_s);
    }
    return out;
}

} // namespace Huike::VCard
