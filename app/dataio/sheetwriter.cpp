#include "dataio/sheetwriter.h"

#include "core/money.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QRandomGenerator>

#include <xlsxwriter.h>


#include <algorithm>
#include <cerrno>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

// A .csv is encoded and written when this much text has gathered (a few hundred rows).
constexpr qsizetype CsvChunkChars = 64 * 1024;

QString cut(const QString &text)
{
    if (text.size() <= SheetWriter::MaxCellChars)
        return text;
    qsizetype n = SheetWriter::MaxCellChars;
    if (text.at(n - 1).isHighSurrogate())
        --n; // not half a character
    return text.left(n);
}

// RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled.
void appendCsvField(QString &out, const QString &field)
{
    const bool quote = field.contains(u',') || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r');
    if (!quote) {
        out += field;
        return;
    }
    out += u'"';
    for (const QChar c : field) {
        if (c == u'"')
            out += u'"';
        out += c;
    }
    out += u'"';
}

// OWASP "CSV injection": a text a spreadsheet would take for a formula.
bool looksLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.front();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

double columnWidth(const SheetWriter::Column &column)
{
    // Wide enough for the header (a Chinese character takes about two widths) and for
    // the values' usual length; the user widens the rest.
    double header = 2;
    for (const QChar c : column.caption)
        header += c.unicode() >= 0x2E80 ? 2.1 : 1.1;
    double values = 12;
    switch (column.type) {
    case SheetWriter::Type::Text: values = 18; break;
    case SheetWriter::Type::Integer: values = 10; break;
    case SheetWriter::Type::Money: values = 16; break;
    case SheetWriter::Type::Date: values = 12; break;
    case SheetWriter::Type::DateTime: values = 17; break;
    }
    return std::min(60.0, std::max(header, values));
}

} // namespace

struct SheetWriter::Impl
{
    QString path;
    Format format;
    TextEncoding::Encoding encoding;
    QString sheetName;
    QList<Column> columns;
    QString error;
    qint64 rows = 0;
    bool opened = false;
    bool done = false;

    // .xlsx
    QString tempPath;
    QByteArray tmpdir; // libxlsxwriter's row file: beside the file, not in a /tmp that may be RAM
    lxw_workbook *workbook = nullptr;
    lxw_worksheet *sheet = nullptr;
    lxw_format *bold = nullptr;
    lxw_format *money = nullptr;
    lxw_format *date = nullptr;
    lxw_format *dateTime = nullptr;

    // .csv
    std::unique_ptr<QSaveFile> file;
    QString pending;
    bool firstChunk = true;

    bool fail(const QString &message)
    {
        if (error.isEmpty())
            error = message;
        return false;
    }
    bool writeFailed(const QString &reason)
    {
        return fail(SheetWriter::tr("The file %1 could not be written: %2").arg(QDir::toNativeSeparators(path), reason));
    }
    bool openXlsx();
    bool openCsv();
    bool addXlsxSheet();
    bool csvHeader();
    bool xlsxRow(const QVariantList &cells, lxw_row_t row);
    bool xlsxRowsStored();
    bool csvRow(const QVariantList &cells);
    bool flushCsv();
    void dropXlsx();
};

SheetWriter::SheetWriter(const QString &path, Format format, TextEncoding::Encoding encoding, const QString &sheetName)
    : d(std::make_unique<Impl>())
{
    d->path = path;
    d->format = format;
    d->encoding = encoding;
    d->sheetName = sheetName;
}

SheetWriter::~SheetWriter()
{
    if (!d->done)
        discard();
}

std::optional<SheetWriter::Format> SheetWriter::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"xlsx")
        return Format::Xlsx;
    if (suffix == u"csv")
        return Format::Csv;
    return std::nullopt;
}

QString SheetWriter::errorString() const
{
    return d->error;
}

qint64 SheetWriter::rowsWritten() const
{
    return d->rows;
}

bool SheetWriter::open(const QList<Column> &columns)
{
    if (!d->error.isEmpty() || d->opened)
        return false;
    if (columns.isEmpty())
        return d->fail(tr("There are no columns to export."));
    d->columns = columns;
    d->opened = true;
    return d->format == Format::Xlsx ? d->openXlsx() : d->openCsv();
}

bool SheetWriter::Impl::openXlsx()
{
    // The name beside the file asked for, reserved now: a folder that cannot be written
    // fails here, before any row is read, and the rename at the end stays on one disk.
    // Made as a new file (0666 less the umask, as the user's files are; QTemporaryFile's
    // would stay 0600); a file replaced keeps its permissions (finish()).
    const QFileInfo target(path);
    QFile reserve;
    for (int attempt = 0;; ++attempt) {
        reserve.setFileName(target.absolutePath() + u"/."_s + target.completeBaseName() + u'.'
                            + QString::number(QRandomGenerator::global()->generate(), 36) + u".xlsx"_s);
        if (reserve.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            break;
        if (attempt == 20 || !QFile::exists(reserve.fileName())) // not a name taken: the folder refuses
            return writeFailed(reserve.errorString());
    }
    tempPath = reserve.fileName();
    reserve.close();
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    tmpdir = QFile::encodeName(target.absolutePath());
    options.tmpdir = tmpdir.data();
    options.use_zip64 = LXW_TRUE; // a million rows' sheet may pass 4 GB uncompressed
    workbook = workbook_new_opt(QFile::encodeName(tempPath).constData(), &options);
    if (!workbook) {
        QFile::remove(tempPath);
        return writeFailed(tr("out of memory"));
    }
    bold = workbook_add_format(workbook);
    format_set_bold(bold);
    money = workbook_add_format(workbook);
    format_set_num_format(money, "#,##0.00");
    date = workbook_add_format(workbook);
    format_set_num_format(date, "yyyy-mm-dd");
    dateTime = workbook_add_format(workbook);
    format_set_num_format(dateTime, "yyyy-mm-dd hh:mm");
    return addXlsxSheet();
}

bool SheetWriter::Impl::addXlsxSheet()
{
    // Excel forbids []:*?/\ in a sheet's name and takes 31 characters at most.
    QString name = sheetName.isEmpty() ? u"Sheet1"_s : sheetName;
    for (const QChar c : u"[]:*?/\\")
        name.replace(c, u'_');
    sheet = workbook_add_worksheet(workbook, cut(name).left(31).toUtf8().constData());
    if (!sheet) {
        dropXlsx();
        return writeFailed(tr("the temporary files could not be created"));
    }
    for (qsizetype c = 0; c < columns.size(); ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), columnWidth(columns[c]), nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const lxw_error e = worksheet_write_string(sheet, 0, lxw_col_t(c), cut(columns[c].caption).toUtf8().constData(), bold);
        if (e != LXW_NO_ERROR) {
            dropXlsx();
            return writeFailed(QString::fromUtf8(lxw_strerror(e)));
        }
    }
    return true;
}

bool SheetWriter::Impl::openCsv()
{
    if (encoding != TextEncoding::Encoding::Utf8 && encoding != TextEncoding::Encoding::Gb18030)
        return fail(SheetWriter::tr("A CSV file is written in UTF-8 or GB18030, not in %1.").arg(TextEncoding::name(encoding)));
    file = std::make_unique<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly))
        return writeFailed(file->errorString());
    return csvHeader();
}

bool SheetWriter::Impl::csvHeader()
{
    // The header is text however it starts.
    QString line;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (i)
            line += u',';
        appendCsvField(line, cut(columns[i].caption));
    }
    pending += line + u"\r\n"_s;
    return true;
}

void SheetWriter::Impl::dropXlsx()
{
    if (workbook)
        lxw_workbook_free(workbook);
    workbook = nullptr;
    sheet = nullptr;
    if (!tempPath.isEmpty())
        QFile::remove(tempPath);
    tempPath.clear();
}

bool SheetWriter::addRow(const QVariantList &cells)
{
    if (!d->error.isEmpty() || !d->opened || d->done)
        return false;
    if (d->format == Format::Xlsx) {
        if (d->rows + 1 >= MaxXlsxRows) {
            d->fail(tr("An Excel sheet holds at most %1 rows; export as CSV instead.").arg(MaxXlsxRows - 1));
            d->dropXlsx();
            return false;
        }
        if (!d->xlsxRow(cells, lxw_row_t(d->rows + 1)) || ((d->rows + 1) % 4096 == 0 && !d->xlsxRowsStored())) {
            d->dropXlsx();
            return false;
        }
    } else if (!d->csvRow(cells)) {
        return false;
    }
    ++d->rows;
    return true;
}

bool SheetWriter::nextSheet(const QString &sheetName, const QList<Column> &columns)
{
    if (!d->error.isEmpty() || !d->opened || d->done)
        return false;
    if (columns.isEmpty())
        return d->fail(tr("There are no columns to export."));
    if (d->format == Format::Csv) {
        d->columns = columns;
        d->rows = 0;
        d->pending += u"\r\n"_s;
        return d->csvHeader();
    }
    if (!d->xlsxRowsStored()) {
        d->dropXlsx();
        return false;
    }
    worksheet_autofilter(d->sheet, 0, 0, lxw_row_t(std::max<qint64>(d->rows, 1)), lxw_col_t(d->columns.size() - 1));
    d->columns = columns;
    d->sheetName = sheetName;
    d->rows = 0;
    return d->addXlsxSheet();
}

bool SheetWriter::Impl::xlsxRow(const QVariantList &cells, lxw_row_t row)
{
    const qsizetype n = std::min(cells.size(), columns.size());
    for (qsizetype c = 0; c < n; ++c) {
        const QVariant &v = cells[c];
        if (!v.isValid() || v.isNull())
            continue;
        const auto col = lxw_col_t(c);
        lxw_error e = LXW_NO_ERROR;
        switch (columns[c].type) {
        case Type::Text: {
            const QString text = cut(v.toString());
            if (!text.isEmpty())
                e = worksheet_write_string(sheet, row, col, text.toUtf8().constData(), nullptr);
            break;
        }
        case Type::Integer:
            e = worksheet_write_number(sheet, row, col, double(v.toLongLong()), nullptr);
            break;
        case Type::Money:
            // The double nearest to the amount; exact to the fen below 2^53 fen (see the header).
            e = worksheet_write_number(sheet, row, col, double(v.toLongLong()) / 100.0, money);
            break;
        case Type::Date: {
            const QDate day = v.toDate();
            if (!day.isValid())
                break;
            lxw_datetime t{day.year(), day.month(), day.day(), 0, 0, 0};
            e = worksheet_write_datetime(sheet, row, col, &t, date);
            break;
        }
        case Type::DateTime: {
            const QDateTime moment = v.toDateTime().toLocalTime();
            if (!moment.isValid())
                break;
            const QDate day = moment.date();
            const QTime time = moment.time();
            lxw_datetime t{day.year(), day.month(), day.day(), time.hour(), time.minute(), double(time.second())};
            e = worksheet_write_datetime(sheet, row, col, &t, dateTime);
            break;
        }
        }
        if (e != LXW_NO_ERROR)
            return writeFailed(QString::fromUtf8(lxw_strerror(e)));
    }
    return true;
}

bool SheetWriter::Impl::xlsxRowsStored()
{
    // In constant-memory mode libxlsxwriter writes each finished row to a temporary file
    // and does not look at what fwrite says: a full disk would give a cut sheet, written
    // "successfully". The file's error flag tells.
    FILE *rows = sheet ? sheet->optimize_tmpfile : nullptr;
    if (rows && (std::fflush(rows) != 0 || std::ferror(rows)))
        return writeFailed(qt_error_string(errno));
    return true;
}

bool SheetWriter::Impl::csvRow(const QVariantList &cells)
{
    for (qsizetype c = 0; c < columns.size(); ++c) {
        if (c)
            pending += u',';
        const QVariant v = cells.value(c);
        if (!v.isValid() || v.isNull())
            continue;
        switch (columns[c].type) {
        case Type::Text: {
            const QString text = v.toString();
            appendCsvField(pending, looksLikeFormula(text) ? cut(u'\'' + text) : cut(text));
            break;
        }
        case Type::Integer: pending += QString::number(v.toLongLong()); break;
        case Type::Money: pending += Money::fromFen(v.toLongLong()).toPlainString(); break;
        case Type::Date: {
            const QDate day = v.toDate();
            if (day.isValid())
                pending += day.toString(u"yyyy-MM-dd"_s);
            break;
        }
        case Type::DateTime: {
            const QDateTime moment = v.toDateTime();
            if (moment.isValid())
                pending += moment.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
            break;
        }
        }
    }
    pending += u"\r\n"_s;
    return pending.size() < CsvChunkChars || flushCsv();
}

bool SheetWriter::Impl::flushCsv()
{
    // Whole rows only: no character is split between two chunks.
    const QByteArray bytes = TextEncoding::encode(pending, encoding, firstChunk && encoding == TextEncoding::Encoding::Utf8);
    firstChunk = false;
    pending.clear();
    if (file->write(bytes) != bytes.size()) {
        const QString reason = file->errorString();
        file->cancelWriting();
        return writeFailed(reason);
    }
    return true;
}

bool SheetWriter::finish()
{
    if (!d->error.isEmpty() || !d->opened || d->done)
        return false;
    if (d->format == Format::Csv) {
        if (!d->flushCsv())
            return false;
        if (!d->file->commit())
            return d->writeFailed(d->file->errorString());
        d->file.reset();
        d->done = true;
        return true;
    }
    if (!d->xlsxRowsStored()) {
        d->dropXlsx();
        return false;
    }
    // The auto-filter over what was written (at least the header and one empty row).
    worksheet_autofilter(d->sheet, 0, 0, lxw_row_t(std::max<qint64>(d->rows, 1)), lxw_col_t(d->columns.size() - 1));
    const lxw_error e = workbook_close(d->workbook); // frees the workbook whatever it returns
    d->workbook = nullptr;
    d->sheet = nullptr;
    if (e != LXW_NO_ERROR) {
        d->dropXlsx();
        return d->writeFailed(QString::fromUtf8(lxw_strerror(e)));
    }
    // Into place in one step (rename replaces the old file atomically on POSIX).
    if (QFile::exists(d->path))
        QFile::setPermissions(d->tempPath, QFile::permissions(d->path));
    if (std::rename(QFile::encodeName(d->tempPath).constData(), QFile::encodeName(d->path).constData()) != 0) {
        QFile::remove(d->path);
        if (!QFile::rename(d->tempPath, d->path)) {
            d->dropXlsx();
            return d->writeFailed(tr("it could not be replaced"));
        }
    }
    d->tempPath.clear();
    d->done = true;
    return true;
}

void SheetWriter::discard()
{
    if (d->format == Format::Xlsx) {
        d->dropXlsx();
    } else if (d->file) {
        d->file->cancelWriting();
        d->file.reset(); // QSaveFile removes its temporary file; the target is untouched
    }
    d->pending.clear();
    d->done = true;
}

} // namespace Huike
