#pragma once

#include "syncclient/attachmentfetcher.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QLabel;
class QMimeData;
class QProgressBar;

namespace Huike {

// Opening a listed file in its program, for the attachment lists (a customer's and a
// contract's, a claim's invoices): from this computer when it is here, else downloaded first
// by the main window's fetcher — with the list's progress bar — and then opened; what
// happened is said in the list's status line, in the list's own words.
class AttachmentOpener : public QObject
{
    Q_OBJECT

public:
    // %1 the file's name (failed: %2 the error).
    struct Texts
    {
        QString noProgram;   // nothing here opens it
        QString opened;
        QString notHere;     // not downloaded, and no fetcher
        QString downloading;
        QString failed;
    };

    AttachmentOpener(AttachmentStore files, QLabel *status, QProgressBar *progress, Texts texts, QObject *parent);
    ~AttachmentOpener() override;

    // Without a fetcher, files not on this computer cannot be opened (tests, export).
    void setFetcher(AttachmentFetcher *fetcher);
    // False with a message when it cannot (offline and not downloaded …); true when opened
    // or being downloaded to open.
    bool open(const QString &sha256, const QString &fileName);
    bool isDownloading() const { return !m_waitingFor.isEmpty(); }

    // The local files among what is dropped on a list.
    static QStringList droppedFiles(const QMimeData *data);

signals:
    // A file was handed to its program.
    void opened(const QString &localPath);
    // A file asked for has arrived (just before it opens): the list may say it is here now.
    void downloaded();

private:
    bool openLocal(const QString &sha256, const QString &fileName);
    void onFetched(const QString &sha256);
    void onFailed(const QString &sha256, const QString &error);

    const AttachmentStore m_files;
    QLabel *m_status;
    QProgressBar *m_progress;
    const Texts m_texts;
    QPointer<AttachmentFetcher> m_fetcher; // the main window's; may go first
    QString m_waitingFor; // the sha256 being downloaded to open
    QString m_waitingName;
};

} // namespace Huike
