#pragma once

class QApplication;

namespace Huike::ExportCommand {

// Whether the command line asks for it: huike export … (batch use, no window).
bool isRequested(int argc, char *argv[]);

//   huike export customers|quotes|contracts -o FILE [--format xlsx|csv] [--encoding utf-8|gb18030]
//         [--replica FILE] [--lang L]
//         customers: [--owner me|pool|LOGIN] [--level A|B|C|D] [--status CODE] [--search TEXT]
//                    [--region R] [--industry I]
//         quotes, contracts: [--status CODE] [--search TEXT]
// writes the list as the client's list page shows it (its header texts, its default sort:
// customers by name, documents newest first) from this computer's replica — the last
// login's unless --replica names one. The format comes from --format, else from the file's
// suffix (.csv), else .xlsx; a csv is UTF-8 with a BOM unless --encoding gb18030. Prints
// "exported: N rows to FILE" last. Returns the process's exit code: 0, 1 on a failure,
// 2 for a wrong command line; the reason on stderr.
int run(QApplication &app);

} // namespace Huike::ExportCommand
