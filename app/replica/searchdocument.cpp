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
    // The texts as the kind's declaration says (TableDef::SearchText): a customer's name,
    // short name and phone; a contact's name, phone and mobile; an opportunity's name; a
    // contract's number and title.
    using As = TableDef::SearchText;
    const Source *source = SearchSources::source(kind);
    const QString *texts[] = {&first, &second, &third};
    QString body;
    QStringList py;
    for (qsizetype i = 0; source && i < source->as.size() && i < 3; ++i) {
        const QString &text = *texts[i];
        switch (source->as[i]) {
        case As::Name:
        case As::CompanyName:
            appendSpaced(body, text);
            appendPinyin(py, text, source->as[i] == As::CompanyName);
            break;
        case As::OtherName:
            if (!first.contains(text))
                appendSpaced(body, text); // a short name not already in the name
            appendPinyin(py, text, false);
            break;
        case As::Code:
            appendSpaced(body, text);
            break;
        case As::Phone:
            appendPhone(body, text);
            break;
        }
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
