#include "replica/attachmentstore.h"

#include "core/attachmentrecord.h"
#include "replica/replica.h"
#include "schema/database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Huike::AttachmentStore", text);
}

QString tooLarge(const QString &sourceFile)
{
    return tr("%1 is larger than %2 MB; attachments are at most that.")
        .arg(QFileInfo(sourceFile).fileName())
        .arg(AttachmentRecord::MaxBytes / (1024 * 1024));
}
} // namespace

AttachmentStore::AttachmentStore(QString folder) : m_folder(std::move(folder)) { }

QString AttachmentStore::cannotStore() const
{
    return tr("The file cannot be stored in %1.").arg(QDir::toNativeSeparators(m_folder));
}

AttachmentStore AttachmentStore::forReplica(Replica &replica)
{
    QString file = replica.database().handle().databaseName();
    if (file.endsWith(u".sqlite"_s))
        file.chop(7);
    return AttachmentStore(file + u".files"_s);
}

QString AttachmentStore::path(const QString &sha256) const
{
    return m_folder + u'/' + sha256.left(2) + u'/' + sha256;
}

bool AttachmentStore::has(const QString &sha256) const
{
    return AttachmentRecord::isSha256(sha256) && QFileInfo::exists(path(sha256));
}

QByteArray AttachmentStore::read(const QString &sha256) const
{
    QFile f(path(sha256));
    return AttachmentRecord::isSha256(sha256) && f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool AttachmentStore::commit(const QString &tempFile, const QString &sha256, QString *error)
{
    const QString target = path(sha256);
    if (QFileInfo::exists(target)) { // the same content is already here
        QFile::remove(tempFile);
        return true;
    }
    if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::rename(tempFile, target)) {
        QFile::remove(tempFile);
        *error = cannotStore();
        return false;
    }
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::ReadUser);
    return true;
}

std::optional<AttachmentStore::Added> AttachmentStore::add(const QString &sourceFile, QString *error)
{
    QFile in(sourceFile);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(sourceFile), in.errorString());
        return std::nullopt;
    }
    if (in.size() > AttachmentRecord::MaxBytes) {
        *error = tooLarge(sourceFile);
        return std::nullopt;
    }
    if (!QDir().mkpath(m_folder)) {
        *error = cannotStore();
        return std::nullopt;
    }
    // Copy and hash in one pass into a temporary file in the same folder, then rename:
    // a half-copied file never takes the content's name.
    QTemporaryFile out(m_folder + u"/incoming-XXXXXX"_s);
    out.setAutoRemove(false);
    if (!out.open()) {
        *error = cannotStore();
        return std::nullopt;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 size = 0;
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = in.read(buffer.data(), buffer.size());
        if (n < 0 || (n > 0 && out.write(buffer.constData(), n) != n)) {
            *error = tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(sourceFile), in.errorString());
            out.remove();
            return std::nullopt;
        }
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
        size += n;
        if (size > AttachmentRecord::MaxBytes) { // grew while being read
            *error = tooLarge(sourceFile);
            out.remove();
            return std::nullopt;
        }
    }
    if (!out.flush()) {
        *error = cannotStore();
        out.remove();
        return std::nullopt;
    }
    out.close();
    Added added;
    added.sha256 = QString::fromLatin1(hash.result().toHex());
    added.sizeBytes = size;
    added.fileName = QFileInfo(sourceFile).fileName();
    added.mimeType = QMimeDatabase().mimeTypeForFile(sourceFile).name();
    if (!commit(out.fileName(), added.sha256, error))
        return std::nullopt;
    return added;
}

bool AttachmentStore::store(const QString &sha256, const QByteArray &content, QString *error)
{
    if (!AttachmentRecord::isSha256(sha256)
        || QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()) != sha256) {
        *error = tr("The downloaded file is damaged (its checksum does not match); try again.");
        return false;
    }
    if (has(sha256))
        return true;
    if (!QDir().mkpath(m_folder)) {
        *error = cannotStore();
        return false;
    }
    QTemporaryFile out(m_folder + u"/incoming-XXXXXX"_s);
    out.setAutoRemove(false);
    if (!out.open() || out.write(content) != content.size() || !out.flush()) {
        out.remove();
        *error = cannotStore();
        return false;
    }
    out.close();
    return commit(out.fileName(), sha256, error);
}

QString AttachmentStore::exportForOpening(const QString &sha256, const QString &fileName, QString *error) const
{
    if (!has(sha256)) {
        *error = tr("The file is not on this computer yet.");
        return {};
    }
    // Only the name's last part, so a crafted name cannot leave the folder.
    QString name = QFileInfo(fileName).fileName();
    if (name.isEmpty() || name == u"." || name == u"..")
        name = sha256;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation) + u"/huike-attachments/"_s
        + sha256.left(16);
    const QString target = dir + u'/' + name;
    if (QFileInfo::exists(target) && QFileInfo(target).size() == QFileInfo(path(sha256)).size())
        return target;
    QFile::setPermissions(target, QFileDevice::WriteOwner | QFileDevice::ReadOwner);
    QFile::remove(target);
    if (!QDir().mkpath(dir) || !QFile::copy(path(sha256), target)) {
        *error = tr("The file cannot be copied to %1.").arg(QDir::toNativeSeparators(dir));
        return {};
    }
    return target;
}

} // namespace Huike
