#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Huike::VCard {

// Contacts as vCard 3.0 (RFC 2426) for address books and phones: UTF-8, CRLF line ends,
// lines folded at 75 octets (never inside a character), text values escaped.
struct Card
{
    QString name;         // as written: 张伟, "Anna Müller"
    QString organisation; // the customer
    QString department;
    QString title;
    QString phone;        // work
    QString mobile;
    QString email;
};

// A text value with \, ; , and line breaks escaped (§4 "text").
QString escapeText(const QString &text);
// The structured name (N): family name and given name. A Chinese name is split after its
// surname (the first character, or a known two-character surname such as 欧阳); a Western
// name after its last word; a single word is the family name.
QPair<QString, QString> splitName(const QString &name);
QByteArray write(const QList<Card> &cards);

} // namespace Huike::VCard
