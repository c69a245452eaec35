#pragma once

// The zip container of an .xlsx, read with zlib (internal to app/dataio): the central
// directory, stored and deflated entries, CRC and declared sizes checked. Not QuaZip: it
// exports minizip's names, which crash libxlsxwriter in the same process (CMakeLists.txt).

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QList>
#include <QString>

#include <zlib.h>

#include <algorithm>

namespace Huike::Zip {

// The sentences of a zip that cannot be read (context Huike::TableFile, as tablefile.cpp's).
inline QString couldNotOpen()
{
    return QCoreApplication::translate("Huike::TableFile",
                                       "Could not open %1: %2");
}

inline QString zip64()
{
    return QCoreApplication::translate("Huike::TableFile",
                                       "The workbook is stored in a way this program cannot read "
                                       "(ZIP64): open it in Excel or WPS and save it again as "
                                       ".xlsx.");
}

inline QString damagedZip()
{
    return QCoreApplication::translate("Huike::TableFile",
                                       "The workbook is damaged (its zip structure cannot be "
                                       "read): open it in Excel or WPS and save it again.");
}

inline QString password()
{
    return QCoreApplication::translate("Huike::TableFile",
                                       "The workbook is protected with a password: open it in "
                                       "Excel or WPS, remove the password and save it again.");
}

inline QString compression()
{
    return QCoreApplication::translate("Huike::TableFile",
                                       "The workbook is compressed in a way this program cannot "
                                       "read: open it in Excel or WPS and save it again as .xlsx.");
}

// ---- The zip container -------------------------------------------------------------------
// Only what an .xlsx needs: the central directory, stored and deflated entries, CRC checked.

inline quint16 le16(const char *p)
{
    return quint16(quint8(p[0]) | (quint8(p[1]) << 8));
}

inline quint32 le32(const char *p)
{
    return quint32(quint8(p[0])) | (quint32(quint8(p[1])) << 8) | (quint32(quint8(p[2])) << 16)
           | (quint32(quint8(p[3])) << 24);
}

struct ZipEntry
{
    QString name;
    quint16 flags = 0;
    quint16 method = 0;
    quint32 crc = 0;
    quint64 compressedSize = 0;
    quint64 size = 0;
    quint64 localOffset = 0;
};

class ZipArchive
{
public:
    // False with error set when the file is no zip the reader can use.
    bool open(const QString &path, QString *error)
    {
        m_file.setFileName(path);
        if (!m_file.open(QIODevice::ReadOnly)) {
            *error = couldNotOpen().arg(QFileInfo(path).fileName(), m_file.errorString());
            return false;
        }
        const qint64 fileSize = m_file.size();
        const qint64 tailSize = std::min<qint64>(fileSize, 22 + 65535);
        if (!m_file.seek(fileSize - tailSize))
            return damaged(error);
        const QByteArray tail = m_file.read(tailSize);
        if (tail.size() != tailSize)
            return damaged(error);
        qsizetype eocd = -1;
        for (qsizetype i = tail.size() - 22; i >= 0; --i) {
            if (tail[i] == 'P' && tail[i + 1] == 'K' && tail[i + 2] == 5 && tail[i + 3] == 6) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0)
            return damaged(error);
        const char *e = tail.constData() + eocd;
        const quint16 count = le16(e + 10);
        const quint32 cdSize = le32(e + 12);
        const quint32 cdOffset = le32(e + 16);
        if (cdSize == 0xFFFFFFFFu || cdOffset == 0xFFFFFFFFu || count == 0xFFFF) {
            *error = zip64();
            return false;
        }
        if (qint64(cdOffset) + qint64(cdSize) > fileSize || cdSize > (64u << 20) || !m_file.seek(cdOffset))
            return damaged(error);
        const QByteArray cd = m_file.read(cdSize);
        if (cd.size() != qsizetype(cdSize))
            return damaged(error);
        qsizetype pos = 0;
        for (int i = 0; i < count; ++i) {
            if (pos + 46 > cd.size() || le32(cd.constData() + pos) != 0x02014b50u)
                return damaged(error);
            const char *h = cd.constData() + pos;
            ZipEntry entry;
            entry.flags = le16(h + 8);
            entry.method = le16(h + 10);
            entry.crc = le32(h + 16);
            entry.compressedSize = le32(h + 20);
            entry.size = le32(h + 24);
            const quint16 nameLength = le16(h + 28);
            const quint16 extraLength = le16(h + 30);
            const quint16 commentLength = le16(h + 32);
            entry.localOffset = le32(h + 42);
            if (pos + 46 + nameLength + extraLength + commentLength > cd.size())
                return damaged(error);
            entry.name = QString::fromUtf8(h + 46, nameLength).replace(u'\\', u'/');
            pos += 46 + nameLength + extraLength + commentLength;
            m_index.insert(entry.name.toLower(), m_entries.size());
            m_entries.append(entry);
        }
        return true;
    }

    const ZipEntry *find(const QString &name) const
    {
        const auto it = m_index.constFind(name.toLower());
        return it == m_index.cend() ? nullptr : &m_entries[*it];
    }

    QFile &file() { return m_file; }

    static bool damaged(QString *error)
    {
        *error = damagedZip();
        return false;
    }

private:
    QFile m_file;
    QList<ZipEntry> m_entries;
    QHash<QString, qsizetype> m_index;
};

// Reads one entry's uncompressed bytes piece by piece, never more than the entry says it holds.
class ZipEntryStream
{
public:
    ZipEntryStream(QFile &file, const ZipEntry &entry) : m_file(file), m_entry(entry) { }
    ~ZipEntryStream()
    {
        if (m_inflating)
            inflateEnd(&m_z);
    }
    ZipEntryStream(const ZipEntryStream &) = delete;
    ZipEntryStream &operator=(const ZipEntryStream &) = delete;

    bool start(QString *error)
    {
        if (m_entry.flags & 1) {
            *error = password();
            return false;
        }
        if (m_entry.method != 0 && m_entry.method != 8) {
            *error = compression();
            return false;
        }
        char local[30];
        if (!m_file.seek(qint64(m_entry.localOffset)) || m_file.read(local, 30) != 30
            || le32(local) != 0x04034b50u)
            return ZipArchive::damaged(error);
        m_inputLeft = m_entry.compressedSize;
        if (!m_file.seek(qint64(m_entry.localOffset) + 30 + le16(local + 26) + le16(local + 28))
            || qint64(m_entry.localOffset) + 30 + qint64(m_entry.compressedSize) > m_file.size())
            return ZipArchive::damaged(error);
        if (m_entry.method == 8) {
            m_z = {};
            if (inflateInit2(&m_z, -MAX_WBITS) != Z_OK)
                return ZipArchive::damaged(error);
            m_inflating = true;
        }
        m_crc = crc32(0L, Z_NULL, 0);
        return true;
    }

    quint64 size() const { return m_entry.size; }
    quint64 produced() const { return m_produced; }
    bool atEnd() const { return m_done; }

    // The next piece (empty at the end); false with error set when the entry is damaged.
    bool read(QByteArray &out, QString *error)
    {
        out.clear();
        if (m_done)
            return true;
        constexpr qsizetype chunk = 256 * 1024;
        if (m_entry.method == 0) {
            const qint64 n = qint64(std::min<quint64>(m_inputLeft, chunk));
            out = m_file.read(n);
            if (out.size() != n)
                return ZipArchive::damaged(error);
            m_inputLeft -= quint64(n);
        } else {
            out.resize(chunk);
            m_z.next_out = reinterpret_cast<Bytef *>(out.data());
            m_z.avail_out = uInt(chunk);
            while (m_z.avail_out > 0) {
                if (m_z.avail_in == 0 && m_inputLeft > 0) {
                    const qint64 n = qint64(std::min<quint64>(m_inputLeft, 64 * 1024));
                    m_input = m_file.read(n);
                    if (m_input.size() != n)
                        return ZipArchive::damaged(error);
                    m_inputLeft -= quint64(n);
                    m_z.next_in = reinterpret_cast<Bytef *>(m_input.data());
                    m_z.avail_in = uInt(m_input.size());
                }
                const int rc = inflate(&m_z, Z_NO_FLUSH);
                if (rc == Z_STREAM_END) {
                    m_streamEnd = true;
                    break;
                }
                if (rc == Z_BUF_ERROR && m_z.avail_in == 0 && m_inputLeft == 0)
                    return ZipArchive::damaged(error); // the data ends before the stream
                if (rc != Z_OK && rc != Z_BUF_ERROR)
                    return ZipArchive::damaged(error);
            }
            out.resize(chunk - qsizetype(m_z.avail_out));
        }
        m_produced += quint64(out.size());
        if (m_produced > m_entry.size)
            return ZipArchive::damaged(error); // more than the directory says: refuse a zip bomb
        m_crc = crc32(m_crc, reinterpret_cast<const Bytef *>(out.constData()), uInt(out.size()));
        const bool finished = m_entry.method == 0 ? m_inputLeft == 0 : m_streamEnd;
        if (finished) {
            m_done = true;
            if (m_produced != m_entry.size || m_crc != m_entry.crc)
                return ZipArchive::damaged(error);
        } else if (out.isEmpty()) {
            return ZipArchive::damaged(error);
        }
        return true;
    }

private:
    QFile &m_file;
    ZipEntry m_entry;
    z_stream m_z{};
    bool m_inflating = false;
    bool m_streamEnd = false;
    bool m_done = false;
    QByteArray m_input;
    quint64 m_inputLeft = 0;
    quint64 m_produced = 0;
    uLong m_crc = 0;
};

} // namespace Huike::Zip
