#pragma once

#include "models/listexport.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace Huike {

// 导出… on the list pages (customers, quotes, contracts).
class ListExportDialog
{
    Q_DECLARE_TR_FUNCTIONS(Huike::ListExportDialog)

public:
    // Asks for a file — Excel (.xlsx), CSV in UTF-8, or CSV in GB18030 for older Excel —
    // and writes `exporter`'s list there (exportTo).
    static void run(QWidget *parent, ListExport &exporter, const QString &suggestedName);

    // Writes the list in the background with a progress dialog that can cancel it; the
    // count at the end goes to the main window's status bar, a failure to a message box.
    // Returns the rows written, or -1 when cancelled or failed (nothing is left at `path`).
    static qint64 exportTo(QWidget *parent, ListExport &exporter, const QString &path, SheetWriter::Format format,
                           TextEncoding::Encoding encoding);
};

} // namespace Huike
