#include "ui/listexportdialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QStatusBar>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace Huike {

void ListExportDialog::run(QWidget *parent, ListExport &exporter, const QString &suggestedName)
{
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    const QString utf8 = tr("CSV, UTF-8 (*.csv)");
    const QString gb18030 = tr("CSV, GB18030 for older Excel (*.csv)");
    QString filter = xlsx;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(parent, tr("Export list"), QDir(folder).filePath(suggestedName + u".xlsx"_s),
                                                QStringList{xlsx, utf8, gb18030}.join(u";;"_s), &filter);
    if (path.isEmpty())
        return;
    const bool csv = filter != xlsx;
    const QString suffix = csv ? u"csv"_s : u"xlsx"_s;
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += u'.' + suffix;
    exportTo(parent, exporter, path, csv ? SheetWriter::Format::Csv : SheetWriter::Format::Xlsx,
             filter == gb18030 ? TextEncoding::Encoding::Gb18030 : TextEncoding::Encoding::Utf8);
}

qint64 ListExportDialog::exportTo(QWidget *parent, ListExport &exporter, const QString &path, SheetWriter::Format format,
                TextEncoding::Encoding encoding)
{
    QProgressDialog progress(tr("Exporting %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0,
                             int(std::clamp<qint64>(exporter.expectedRows(), 1, INT_MAX)), parent);
    progress.setWindowTitle(tr("Export"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoReset(false);
    QEventLoop loop;
    const auto onProgress = QObject::connect(&exporter, &ListExport::progressed, &progress, [&progress](qint64 done, qint64 total) {
        progress.setMaximum(int(std::clamp<qint64>(total, 1, INT_MAX)));
        progress.setValue(int(std::min<qint64>(done, INT_MAX)));
    });
    const auto onFinished = QObject::connect(&exporter, &ListExport::finished, &loop, &QEventLoop::quit);
    QObject::connect(&progress, &QProgressDialog::canceled, &exporter, &ListExport::cancel);
    exporter.start(path, format, encoding);
    if (exporter.isRunning())
        loop.exec();
    QObject::disconnect(onProgress);
    QObject::disconnect(onFinished);
    progress.close();
    const ListExport::Result result = exporter.result();
    QMainWindow *window = parent ? qobject_cast<QMainWindow *>(parent->window()) : nullptr;
    if (result.cancelled) {
        if (window)
            window->statusBar()->showMessage(tr("Export cancelled; no file was written."), 8000);
        return -1;
    }
    if (!result.error.isEmpty()) {
        QMessageBox::warning(parent, tr("Export"), result.error);
        return -1;
    }
    if (window)
        window->statusBar()->showMessage(
            tr("%n row(s) exported to %1.", nullptr, int(result.rows))
                .arg(QDir::toNativeSeparators(path)),
            15000);
    return result.rows;
}

} // namespace Huike
