#pragma once

class QApplication;

namespace Huike::ExportVouchersCommand {

// Whether the command line asks for it: huike export-vouchers … (batch use, no window).
bool isRequested(int argc, char *argv[]);

//   huike export-vouchers --period 2026-11 --format kingdee|yonyou|list -o FILE [--again]
//         [--replica FILE] [--lang L]
// writes the month's accounting vouchers (记账凭证) from this computer's replica for Kingdee
// (.xlsx), Yonyou (GB18030 text) or the accountant's list (.xlsx), and records the export
// (voucher_batches) so it syncs. Vouchers exported before are left out; when nothing new is
// left the command refuses unless --again writes them again with their numbers (the list,
// which is for reading, always shows the whole month and records nothing). Returns the
// exit code (0; 1 a failure or a refusal; 2 a wrong command line), the reason on stderr; on
// success one line on stdout: "exported: N vouchers (收1-收3 记1-记2) to FILE".
int run(QApplication &app);

} // namespace Huike::ExportVouchersCommand
