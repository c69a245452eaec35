#pragma once

class QApplication;

namespace Huike::ImportCommand {

// Whether the command line asks for it: huike import … (batch use, no window).
bool isRequested(int argc, char *argv[]);

//   huike import customers FILE [--sheet NAME] [--encoding E] [--dry-run]
//         [--on-duplicate skip|fill|overwrite] [--report FILE.xlsx|.csv] [--replica FILE] [--lang L]
//   huike import undo BATCH [--replica FILE]
//   huike import list [--replica FILE]
// imports customers and their contacts into this computer's replica (the last login's
// unless --replica names one), as edits that go to the server with the client's next sync.
// The last line says what happened: "imported: C created, U updated, S skipped, E errors"
// ("dry run: …" with --dry-run). Returns the exit code: 0 done (rows with errors are
// counted, not fatal), 1 a failure (file unreadable, replica), 2 a wrong command line.
int run(QApplication &app);

} // namespace Huike::ImportCommand
