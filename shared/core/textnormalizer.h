#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

namespace Huike {

// Text keys for search and duplicate checks. All functions are pure and thread-safe.
namespace TextNormalizer {

// Full-width letters, digits and punctuation to their ASCII forms (ＡＢＣ１２３（） → ABC123()),
// ideographic space to space; Chinese characters unchanged (Unicode NFKC).
QString toHalfWidth(QStringView text);

// The search key: half width, case folded, with whitespace, punctuation and symbols removed
// ("ＡＢＣ 科技-（北京）" → "abc科技北京").
QString searchKey(QStringView text);

struct Pinyin
{
    QString full;     // "beijingmoumoukejiyouxiangongsi" (no tones, no spaces)
    QString initials; // "bjmmkjyxgs"
};

// Mandarin readings of the Chinese characters in text (ICU's Han-Latin transliteration;
// one reading per character). Latin letters and digits are kept (case folded) in both
// forms; everything else is dropped.
Pinyin pinyin(QStringView text);

// The words of text with their pinyin: ICU's dictionary-based word breaks for Chinese
// ("北京华通科技有限公司" → 北京 | 华通 | 科技 | 有限公司), Latin words and numbers as
// they are; punctuation and spaces are dropped.
QList<Pinyin> pinyinWords(QStringView text);

// The order Chinese office staff expect of names: by pinyin (阿 东 上 万 张), as ICU's
// Chinese collation (QCollator for zh_CN) sorts them. sortKey() is that order as bytes —
// two keys compare with memcmp (an SQLite BLOB) as the texts do — for a stored, indexed
// sort column; compare() for lists sorted in memory. Empty text: an empty key.
QByteArray sortKey(QStringView text);
int compare(QStringView a, QStringView b);

} // namespace TextNormalizer

} // namespace Huike
