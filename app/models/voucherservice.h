#pragma once

#include "core/voucher.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Huike {

class Replica;

// 导出记账凭证 over the replica (FEATURES.md W3): the vouchers of one month made from the
// payments received (回款) and invoices issued (开票) of live customers' signed contracts and
// from the expense claims (报销) and loans (借款) finance paid that month, the accounts from
// the settings (VoucherSettings), the numbering continued after what earlier exports of the
// month used (voucher_batches), and the export itself: the file by its template and a
// voucher_batches row written through the outbox, so every client knows it was exported.
//
// Exported once: a source listed in a batch of the month is left out of the next export;
// asked to (Again::Yes), the export writes every voucher of the month again, the exported
// ones with the numbers they had, and records that as a batch too. No widgets; throws
// ModelError when the replica cannot be read or written.
class VoucherService
{
    Q_DECLARE_TR_FUNCTIONS(Huike::VoucherService)

public:
    enum class Format { Kingdee, Yonyou, List };
    enum class Again { No, Yes };

    explicit VoucherService(Replica &replica);

    static QString code(Format format);                           // "kingdee", "yonyou", "list"
    static std::optional<Format> formatFromCode(const QString &code);
    static QString caption(Format format);                        // translated
    // "2026-11" → 2026-11-01; nullopt for anything else ("2026-13", "2026-1", "11/2026").
    static std::optional<QDate> parsePeriod(const QString &text);
    static QString periodOf(QDate date);                          // "2026-11"

    // Administrators, directors and contract clerks export (the server lets only them write
    // voucher_batches).
    bool mayExport();

    struct Preview
    {
        QString period;
        QList<Voucher> vouchers;  // what the export writes, by date, word and number
        int fresh = 0;            // of them, not exported before
        int exportedBefore = 0;   // sources of the month in earlier batches
        int batchesBefore = 0;
        Money debit, credit;      // totals
        QString error;            // translated: why nothing can be exported (a voucher that
                                  // would not balance, a record in another currency…)
        bool balanced() const { return debit == credit; }
        // Nothing new, and earlier batches exist: exporting again must be asked for.
        bool needsAgain() const { return error.isEmpty() && vouchers.isEmpty() && exportedBefore > 0; }
    };
    Preview preview(const QString &period, Again again);

    // Writes the preview's vouchers to `path` in the format and records the batch (not for
    // the list, which is for reading: its vouchers stay to be exported). False with a
    // translated sentence in *error (nothing recorded then). Refuses an empty preview.
    bool exportTo(const Preview &preview, Format format, const QString &path, QString *error,
                  const QString &templateFolder = QString());

    // The month's business events: payments, invoices, paid expense claims, paid and repaid loans.
    QList<VoucherSource> sources(const QString &period);
    VoucherSettings settings();

private:
    QList<VoucherSource> expenseSources(const QString &from, const QString &to);

    Replica &m_replica;
};

} // namespace Huike
