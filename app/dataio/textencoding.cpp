#include "dataio/textencoding.h"

#include <QStringDecoder>
#include <QStringEncoder>

using namespace Qt::StringLiterals;

namespace Huike::TextEncoding {

namespace {

// Whether the bytes are UTF-8; a sequence cut by the end of the sample is allowed.
bool isUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        int follow = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            follow = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            follow = 2;
        } else if (c >= 0xF0 && c <= 0xF4) {
            follow = 3;
        } else {
            return false;
        }
        for (int k = 1; k <= follow; ++k) {
            if (i + k >= n)
                return true; // cut at the end of the sample
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
        }
        // Overlong three-byte forms and UTF-16 surrogates are not UTF-8.
        if (c == 0xE0 && p[i + 1] < 0xA0)
            return false;
        if (c == 0xED && p[i + 1] >= 0xA0)
            return false;
        if (c == 0xF0 && p[i + 1] < 0x90)
            return false;
        if (c == 0xF4 && p[i + 1] >= 0x90)
            return false;
        i += follow + 1;
    }
    return true;
}

const char *codecName(Encoding e)
{
    switch (e) {
    case Encoding::Utf8: return "UTF-8";
    case Encoding::Gb18030: return "GB18030";
    case Encoding::Utf16LE: return "UTF-16LE";
    case Encoding::Utf16BE: return "UTF-16BE";
    }
    return "UTF-8";
}

} // namespace

Encoding detect(QByteArrayView head)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        return Encoding::Utf8;
    if (head.startsWith("\xFF\xFE"))
        return Encoding::Utf16LE;
    if (head.startsWith("\xFE\xFF"))
        return Encoding::Utf16BE;
    // UTF-16 without a BOM: text in the first 64 KiB of the Basic Latin (headers, digits)
    // has a zero in every other byte.
    const qsizetype sample = std::min<qsizetype>(head.size() & ~qsizetype(1), 65536);
    if (sample >= 4) {
        qsizetype evenZero = 0, oddZero = 0;
        for (qsizetype i = 0; i < sample; i += 2) {
            evenZero += head[i] == '\0';
            oddZero += head[i + 1] == '\0';
        }
        const qsizetype pairs = sample / 2;
        if (oddZero * 10 >= pairs * 3 && evenZero * 10 < pairs)
            return Encoding::Utf16LE;
        if (evenZero * 10 >= pairs * 3 && oddZero * 10 < pairs)
            return Encoding::Utf16BE;
    }
    return isUtf8(head) ? Encoding::Utf8 : Encoding::Gb18030;
}

QString name(Encoding encoding)
{
    return QString::fromLatin1(codecName(encoding));
}

std::optional<Encoding> fromName(const QString &name)
{
    const QString n = name.trimmed().toLower().remove(u'-').remove(u'_');
    if (n == u"utf8")
        return Encoding::Utf8;
    if (n == u"gb18030" || n == u"gbk" || n == u"gb2312" || n == u"cp936")
        return Encoding::Gb18030;
    if (n == u"utf16le" || n == u"utf16" || n == u"unicode")
        return Encoding::Utf16LE;
    if (n == u"utf16be")
        return Encoding::Utf16BE;
    return std::nullopt;
}

QString decode(QByteArrayView bytes, Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        if (bytes.startsWith("\xEF\xBB\xBF"))
            bytes = bytes.sliced(3);
        break;
    case Encoding::Utf16LE:
        if (bytes.startsWith("\xFF\xFE"))
            bytes = bytes.sliced(2);
        break;
    case Encoding::Utf16BE:
        if (bytes.startsWith("\xFE\xFF"))
            bytes = bytes.sliced(2);
        break;
    case Encoding::Gb18030:
        break;
    }
    QStringDecoder decoder(codecName(encoding), QStringDecoder::Flag::Stateless);
    return decoder.decode(bytes);
}

qsizetype invalidCount(const QString &decoded)
{
    return decoded.count(QChar::ReplacementCharacter);
}

QByteArray encode(const QString &text, Encoding encoding, bool bom)
{
    QStringEncoder encoder(codecName(encoding), QStringEncoder::Flag::Stateless);
    QByteArray out;
    if (bom) {
        switch (encoding) {
        case Encoding::Utf8: out = "\xEF\xBB\xBF"_ba; break;
        case Encoding::Utf16LE: out = "\xFF\xFE"_ba; break;
        case Encoding::Utf16BE: out = "\xFE\xFF"_ba; break;
        case Encoding::Gb18030: break;
        }
    }
    out += encoder.encode(text);
    return out;
}

} // namespace Huike::TextEncoding
