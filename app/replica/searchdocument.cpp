#include "replica/searchdocument.h"

#include "core/companyname.h"
#include "core/phonenumber.h"
#include "core/textnormalizer.h"
#include "replica/searchsources.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

using namespace SearchSources;

// Text as tokens for unicode61: every non-Latin letter (Chinese characters) on its own,
// Latin letters and digits in runs, everything else a separator.
void appendSpaced(QString &out, const QString &text)
{
    const QString folded = TextNormalizer::toHalfWidth(text).toCaseFolded();
    out += u' ';
    for (qsizetype i = 0; i < folded.size(); ++i) {
        const QChar c = folded[i];
        if (isAsciiAlnum(c)) {
            out += c;
        } else if (c.isHighSurrogate() && i + 1 < folded.size()) {
            out += u' ';
            out += c;
            out += folded[++i];
            out += u' ';
        } else if (c.isLetterOrNumber()) {
            out += u' ';
            out += c;
            out += u' ';
        } else {
            out += u' ';
        }
    }
    out += u' ';
}

void appendPhone(QString &out, const QString &phone)
{
    if (phone.isEmpty())
        return;
    const PhoneNumber p = PhoneNumber::parse(phone);
    QString digits;
    for (QChar c : TextNormalizer::toHalfWidth(phone))
        if (c.isDigit())
            digits += c;
    QStringList tokens{p.isValid() ? p.normalizedKey() : digits};
    if (p.isValid() && !p.number().isEmpty())
        tokens << p.number();
    if (digits.size() >= 4)
        tokens << digits.right(4);
    tokens.removeDuplicates();
    out += u' ' + tokens.join(u' ') + u' ';
}

QStringList pinyinTokens(const QString &name, bool company)
{
    QStringList tokens;
    for (const TextNormalizer::Pinyin &w : TextNormalizer::pinyinWords(name)) {
        tokens << w.full;
        if (w.initials.size() >= 2) // a one-letter query finds nothing anyway
            tokens << w.initials;
    }
    // The initials of the whole name (and of its distinctive part) as one token each;
    // full pinyin only per word: whole-name readings would be a distinct term per
    // customer and make every prefix query merge thousands of them.
    const TextNormalizer::Pinyin whole = TextNormalizer::pinyin(name);
    if (!whole.initials.isEmpty())
        tokens << whole.initials;
    if (!company && !whole.full.isEmpty())
        tokens << whole.full; // a person's name: "liming" for 李明 (ICU splits it 李 | 明)
    if (company)
        if (const QString core = TextNormalizer::pinyin(CompanyName::normalizedKey(name)).initials; !core.isEmpty())
            tokens << core;
    return tokens;
}

void appendPinyin(QStringList &tokens, const QString &name, bool company)
{
    if (!name.isEmpty())
        tokens << pinyinTokens(name, company);
}

} // namespace

SearchIndex::Document SearchDocument::of(SearchIndex::Kind kind, const QString &first, const QString &second,
                                         const QString &third)
{
    QString body;
    QStringList py;
    switch (kind) {
    case SearchIndex::Kind::Customer: // name, short name, phone
        appendSpaced(body, first);
        if (!first.contains(second))
            appendSpaced(body, second); // a short name not already in the name
        appendPhone(body, third);
        appendPinyin(py, first, true);
        appendPinyin(py, second, false);
        break;
    case SearchIndex::Kind::Contact: // name, phone, mobile
        appendSpaced(body, first);
        appendPhone(body, second);
        appendPhone(body, third);
        appendPinyin(py, first, false);
        break;
    case SearchIndex::Kind::Opportunity: // name
        appendSpaced(body, first);
        appendPinyin(py, first, false);
        break;
    case SearchIndex::Kind::Contract: // number, title
        appendSpaced(body, first);
        appendSpaced(body, second);
        appendPinyin(py, second, false);
        break;
    }
    // Each pinyin token once: the column is matched by token, never as a phrase. A
    // handful of tokens: comparing is cheaper than hashing them.
    QString tokens;
    for (qsizetype i = 0; i < py.size(); ++i) {
        if (std::find(py.cbegin(), py.cbegin() + i, py[i]) != py.cbegin() + i)
            continue;
        if (!tokens.isEmpty())
            tokens += u' ';
        tokens += py[i];
    }
    return {body.simplified(), tokens};
}

} // namespace Huike
