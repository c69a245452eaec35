#pragma once

#include <QString>

#include <optional>

class QByteArray;

namespace Huike {

class Replica;

// The content of attachments on this computer: one read-only file per SHA-256 in a folder
// beside the replica (<replica>.files/ab/abcdef…). Files added here are kept until
// uploaded and after; files others added arrive when someone opens them and stay, so
// they open offline afterwards. Content-addressed: the same file added twice is kept once.
class AttachmentStore
{
public:
    explicit AttachmentStore(QString folder);
    // The folder for the replica's file.
    static AttachmentStore forReplica(Replica &replica);

    struct Added
    {
        QString sha256;
        qint64 sizeBytes = 0;
        QString fileName; // without folders
        QString mimeType;
    };
    // Copies a file in (hashing as it reads). Empty with *error for people when it cannot
    // be read, is larger than AttachmentRecord::MaxBytes or cannot be stored.
    std::optional<Added> add(const QString &sourceFile, QString *error);
    // Keeps downloaded content after checking that it is what the name says.
    bool store(const QString &sha256, const QByteArray &content, QString *error);

    bool has(const QString &sha256) const;
    QString path(const QString &sha256) const; // where the content is (or would be)
    QByteArray read(const QString &sha256) const; // empty when it is not here
    // A copy under its own name for opening in another program (the content files have
    // no extension): <temp>/huike-attachments/<sha256 prefix>/<fileName>.
    QString exportForOpening(const QString &sha256, const QString &fileName, QString *error) const;
    QString folder() const { return m_folder; }

private:
    bool commit(const QString &tempFile, const QString &sha256, QString *error);
    QString cannotStore() const; // the message, for people
    QString m_folder;
};

} // namespace Huike
