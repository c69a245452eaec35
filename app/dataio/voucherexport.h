#pragma once

#include "core/voucher.h"
#include "dataio/vouchertemplate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Huike {

// Voucher files (FEATURES.md W3): written by a template (Kingdee: an .xlsx through
// SheetWriter; Yonyou: text in the template's encoding, GB18030 and CRLF, written whole
// through QSaveFile), the accountant's voucher list (.xlsx), and read back by the same
// template — the tests check every field that way, and a user can check a file with it.
// Amounts never pass through a double on the text path; an .xlsx amount is a number cell
// exact to the fen (see SheetWriter). Errors come back as one translated sentence.
class VoucherExport
{
    Q_DECLARE_TR_FUNCTIONS(Huike::VoucherExport)

public:
    // `maker`: 制单人 written where the template has a column for it.
    static bool write(const VoucherTemplate &layout, const QList<Voucher> &vouchers, const QString &maker,
                      const QString &path, QString *error);
    // 凭证清单: one row per entry with its voucher's date, word and number, and a total row.
    static bool writeList(const QList<Voucher> &vouchers, const QString &path, QString *error);

    struct ReadResult
    {
        QList<Voucher> vouchers; // the lines of one date + word + number make one voucher
        QString maker;           // of the first entry, where the template has the column
        QString error;           // empty when read; then vouchers holds every entry
    };
    static ReadResult read(const VoucherTemplate &layout, const QString &path);
};

} // namespace Huike
