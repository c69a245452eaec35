#include "core/textnormalizer.h"

#include <QHash>
#include <QList>

#include <unicode/brkiter.h>
#include <unicode/translit.h>
#include <unicode/ucol.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>

namespace Huike::TextNormalizer {

namespace {

// Whether NFKC leaves text as it is for certain: printable ASCII and the CJK Unified
// Ideographs (with extension A) have no decompositions and compose with nothing — most
// names, and a normalization costs a microsecond or more each.
bool plainText(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= 0x20 && u < 0x7f) || (u >= 0x4e00 && u <= 0x9fff) || (u >= 0x3400 && u <= 0x4dbf)))
            return false;
    }
    return true;
}

} // namespace

QString toHalfWidth(QStringView text)
{
    if (plainText(text))
        return text.toString();
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


namespace {

// One collator per thread (a UCollator is not to be shared between threads).
UCollator *chineseCollator()
{
    struct Holder
    {
        UCollator *collator = nullptr;
        Holder()
        {
            UErrorCode status = U_ZERO_ERROR;
            collator = ucol_open("zh_CN", &status);
            if (U_FAILURE(status)) {
                if (collator)
                    ucol_close(collator);
                collator = nullptr;
            }
        }
        ~Holder()
        {
            if (collator)
                ucol_close(collator);
        }
    };
    thread_local Holder holder;
    return holder.collator;
}

} // namespace

QByteArray sortKey(QStringView text)
{
    if (text.isEmpty())
        return {};
    UCollator *c = chineseCollator();
    if (!c)
        return text.toUtf8();
    const auto *chars = reinterpret_cast<const UChar *>(text.utf16());
    const auto length = int32_t(std::min<qsizetype>(text.size(), 1 << 20));
    QByteArray key(64, Qt::Uninitialized);
    int32_t n = ucol_getSortKey(c, chars, length, reinterpret_cast<uint8_t *>(key.data()), int32_t(key.size()));
    if (n > key.size()) {
        key.resize(n);
        n = ucol_getSortKey(c, chars, length, reinterpret_cast<uint8_t *>(key.data()), int32_t(key.size()));
    }
    key.resize(std::max(0, n - 1)); // without the terminating zero byte
    return key;
}

int compare(QStringView a, QStringView b)
{
    UCollator *c = chineseCollator();
    if (!c)
        return a.compare(b);
    const auto result = ucol_strcoll(c, reinterpret_cast<const UChar *>(a.utf16()), int32_t(std::min<qsizetype>(a.size(), 1 << 20)),
                                     reinterpret_cast<const UChar *>(b.utf16()), int32_t(std::min<qsizetype>(b.size(), 1 << 20)));
    return result == UCOL_LESS ? -1 : result == UCOL_GREATER ? 1 : 0;
}

} // namespace Huike::TextNormalizer
