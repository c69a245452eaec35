#pragma once

#include "dataio/textencoding.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Huike {

// The layout of a voucher file an accounting program imports (金蝶 凭证引入 Excel, 用友
// 总账工具 text), as data: resources/vouchers/<name>.json, compiled in, or a file of the same
// name in the vouchers folder of the user's configuration folder, which wins — a site adapts
// the columns to its version without a new build. See resources/vouchers/kingdee.json.
//
// The JSON: file ("xlsx" | "text"), sheet (xlsx), encoding, separator, lineEnd, headerRow,
// firstLines (text written before the entries), dateFormat (Qt's, e.g. "yyyy-MM-dd"),
// zeroAmount (what the side without an amount shows: "0" or ""), numberWidth (voucher
// numbers padded with zeros to it; 0: not padded), target and note (shown, for people), and
// columns: [{caption, field, value}] in order, field one of fields().
struct VoucherTemplate
{
    Q_DECLARE_TR_FUNCTIONS(Huike::VoucherTemplate)

public:
    enum class File { Xlsx, Text };
    struct Column
    {
        QString caption;
        QString field;
        QString value; // constant, currency, rate: what is written
    };

    QString name;   // "kingdee"
    QString origin; // the file it was read from (":/vouchers/kingdee.json" when built in)
    QString target; // "金蝶 KIS 专业版 / K/3 WISE — 凭证引入（Excel）"
    File file = File::Xlsx;
    QString sheet;
    TextEncoding::Encoding encoding = TextEncoding::Encoding::Utf8;
    QString separator = QStringLiteral(",");
    QString lineEnd = QStringLiteral("\r\n");
    bool headerRow = true;
    QStringList firstLines;
    QString dateFormat = QStringLiteral("yyyy-MM-dd");
    QString zeroAmount = QStringLiteral("0");
    int numberWidth = 0;
    QList<Column> columns;

    // The fields a column may name.
    static const QStringList &fields();
    // The built-in templates: "kingdee", "yonyou".
    static QStringList builtIn();
    // Where overriding files are looked for: <config>/vouchers (QStandardPaths::AppConfigLocation).
    static QString overrideFolder();

    // The template `name` from overrideFolder (when a file <name>.json is there) or the
    // built-in one; nullopt with a translated sentence that names the file when it is
    // missing or broken (not JSON, an unknown field, no columns…).
    static std::optional<VoucherTemplate> load(const QString &name, QString *error, const QString &folder = overrideFolder());
    static std::optional<VoucherTemplate> fromJson(const QByteArray &json, const QString &origin, QString *error);

    // The column of a field, -1 when the template has none.
    int columnOf(QStringView field) const;
};

} // namespace Huike
