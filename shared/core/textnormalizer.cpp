#include "textnormalizer.h"

#include <QList>

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

} // namespace

Pinyin pinyin(QStringView text)
{
    Pinyin out;
    icu::Transliterator *t = hanToLatin();
    const QString half = toHalfWidth(text);
    for (const char32_t c : half.toUcs4()) {
        if (isHan(c)) {
            if (!t)
                continue;
            icu::UnicodeString s{UChar32(c)};
            t->transliterate(s);
            QString syllable;
            for (int32_t k = 0; k < s.length(); ++k) {
                const char16_t u = s.charAt(k);
                if ((u >= u'a' && u <= u'z'))
                    syllable += QChar(u);
            }
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
