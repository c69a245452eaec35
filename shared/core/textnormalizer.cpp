#include "textnormalizer.h"

#include <QHash>
#include <QList>

#include <unicode/brkiter.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

namespace Huike::TextNormalizer {

QString toHalfWidth(QStringView text)
{
    return text.toString().normalized(QString::NormalizationForm_KC);
}

QString searchKey(QStringView text)
{
    const QString folded = toHalfWidth(text).toCaseFolded();
    QString out;
    out.reserve(folded.size());
    for (qsizetype i = 0; i < folded.size(); ++i) {
        const QChar c = folded[i];
        if (c.isHighSurrogate() && i + 1 < folded.size()) {
            const char32_t ucs = QChar::surrogateToUcs4(c, folded[i + 1]);
            if (QChar::isLetterOrNumber(ucs)) {
                out += c;
                out += folded[i + 1];
            }
            ++i;
            continue;
        }
        if (c.isLetterOrNumber())
            out += c;
    }
    return out;
}

namespace {

icu::Transliterator *hanToLatin()
{
    // ICU transliterators are not thread-safe; one per thread.
    thread_local std::unique_ptr<icu::Transliterator> t = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> tr(icu::Transliterator::createInstance(
            icu::UnicodeString::fromUTF8("Han-Latin; Latin-ASCII; Lower"), UTRANS_FORWARD,
            status));
        if (U_FAILURE(status))
            tr.reset();
        return tr;
    }();
    return t.get();
}

bool isHan(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF)
        || (c >= 0x20000 && c <= 0x2A6DF) || (c >= 0xF900 && c <= 0xFAFF);
}

// The reading of one Han character, cached per thread (a few thousand characters in
// practice; transliterating each time costs microseconds).
QString syllableOf(char32_t c)
{
    thread_local QHash<char32_t, QString> cache;
    const auto it = cache.constFind(c);
    if (it != cache.constEnd())
        return *it;
    QString syllable;
    if (icu::Transliterator *t = hanToLatin()) {
        icu::UnicodeString s{UChar32(c)};
        t->transliterate(s);
        for (int32_t k = 0; k < s.length(); ++k) {
            const char16_t u = s.charAt(k);
            if ((u >= u'a' && u <= u'z'))
                syllable += QChar(u);
        }
    }
    cache.insert(c, syllable);
    return syllable;
}

icu::BreakIterator *wordBreaker()
{
    thread_local std::unique_ptr<icu::BreakIterator> b = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
        if (U_FAILURE(status))
            it.reset();
        return it;
    }();
    return b.get();
}

} // namespace

QList<Pinyin> pinyinWords(QStringView text)
{
    QList<Pinyin> out;
    const QString half = toHalfWidth(text);
    icu::BreakIterator *words = wordBreaker();
    if (!words) {
        const Pinyin all = pinyin(half);
        if (!all.full.isEmpty())
            out << all;
        return out;
    }
    const icu::UnicodeString u(reinterpret_cast<const UChar *>(half.utf16()), int32_t(half.size()));
    words->setText(u);
    int32_t start = words->first();
    for (int32_t end = words->next(); end != icu::BreakIterator::DONE; start = end, end = words->next()) {
        if (words->getRuleStatus() == UBRK_WORD_NONE)
            continue; // spaces and punctuation
        const Pinyin p = pinyin(QStringView(half).mid(start, end - start));
        if (!p.full.isEmpty())
            out << p;
    }
    return out;
}

Pinyin pinyin(QStringView text)
{
    Pinyin out;
    const QString half = toHalfWidth(text);
    for (const char32_t c : half.toUcs4()) {
        if (isHan(c)) {
            const QString syllable = syllableOf(c);
            if (!syllable.isEmpty()) {
                out.full += syllable;
                out.initials += syllable[0];
            }
        } else if (QChar::isLetterOrNumber(c) && c < 0x80) {
            const QChar ch = QChar(char16_t(c)).toLower();
            out.full += ch;
            out.initials += ch;
        }
    }
    return out;
}

} // namespace Huike::TextNormalizer
