#pragma once

class QApplication;

namespace Huike::ExportPdfCommand {

// Whether the command line asks for it: huike export-pdf … (batch use, no window).
bool isRequested(int argc, char *argv[]);

//   huike export-pdf quote|contract NUMBER -o FILE [--revision N] [--no-prices] [--replica FILE] [--lang L]
// writes the quote's or contract's PDF from this computer's replica; the replica is the
// last login's unless --replica names one. Returns the process's exit code (0, 1 on a
// failure, 2 for a wrong command line), the reason on stderr.
int run(QApplication &app);

} // namespace Huike::ExportPdfCommand
