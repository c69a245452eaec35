#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace Huike::TextEncoding {

// The encodings a Chinese office's text files come in: UTF-8 (with or without the BOM
// Excel writes for "CSV UTF-8"), GB18030 (what Excel and WPS on Chinese Windows write for
// "CSV"; a superset of GBK and GB2312), UTF-16 (Excel's "Unicode text", with a BOM).
enum class Encoding { Utf8, Gb18030, Utf16LE, Utf16BE };

// The likeliest encoding of a file from its first bytes (a few hundred KiB are plenty):
// a BOM decides; otherwise UTF-16 without a BOM when every other byte is zero; otherwise
// UTF-8 when the bytes are valid UTF-8 (a sequence cut at the end of the sample counts as
// valid); otherwise GB18030.
Encoding detect(QByteArrayView head);

// The name shown and accepted on the command line: "UTF-8", "GB18030", "UTF-16LE",
// "UTF-16BE". fromName also takes "utf8", "gbk", "gb2312", "utf-16" (little-endian) and
// any case; nullopt for anything else.
QString name(Encoding encoding);
std::optional<Encoding> fromName(const QString &name);

// The text of the bytes, a leading BOM of that encoding dropped. Bytes that are not valid
// in the encoding become U+FFFD (the caller can count them with invalidCount).
QString decode(QByteArrayView bytes, Encoding encoding);
qsizetype invalidCount(const QString &decoded);

// The bytes of the text; Utf8 with a BOM when bom is set (Excel then opens the file as
// UTF-8). Characters GB18030 cannot hold do not exist (it covers all of Unicode).
QByteArray encode(const QString &text, Encoding encoding, bool bom);

} // namespace Huike::TextEncoding
