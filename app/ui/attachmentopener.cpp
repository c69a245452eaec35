#include "ui/attachmentopener.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QUrl>

namespace Huike {

AttachmentOpener::AttachmentOpener(AttachmentStore files, QLabel *status, QProgressBar *progress, Texts texts, QObject *parent)
    : QObject(parent), m_files(std::move(files)), m_status(status), m_progress(progress), m_texts(std::move(texts))
{
}

AttachmentOpener::~AttachmentOpener()
{
    if (m_fetcher)
        m_fetcher->disconnect(this);
}

void AttachmentOpener::setFetcher(AttachmentFetcher *fetcher)
{
    if (m_fetcher)
        m_fetcher->disconnect(this);
    m_fetcher = fetcher;
    if (!m_fetcher)
        return;
    connect(m_fetcher, &AttachmentFetcher::progress, this, [this](const QString &sha, qint64 received, qint64 total) {
        if (sha != m_waitingFor)
            return;
        m_progress->setVisible(true);
        m_progress->setRange(0, total > 0 ? 1000 : 0);
        if (total > 0)
            m_progress->setValue(int(received * 1000 / total));
    });
    connect(m_fetcher, &AttachmentFetcher::fetched, this, &AttachmentOpener::onFetched);
    connect(m_fetcher, &AttachmentFetcher::failed, this, [this](const QString &sha, const QString &error, bool) { onFailed(sha, error); });
}

bool AttachmentOpener::open(const QString &sha256, const QString &fileName)
{
    if (m_files.has(sha256))
        return openLocal(sha256, fileName);
    if (!m_fetcher) {
        m_status->setText(m_texts.notHere.arg(fileName));
        return false;
    }
    m_waitingFor = sha256;
    m_waitingName = fileName;
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_status->setText(m_texts.downloading.arg(fileName));
    m_fetcher->fetch(sha256);
    return true;
}

bool AttachmentOpener::openLocal(const QString &sha256, const QString &fileName)
{
    QString error;
    const QString path = m_files.exportForOpening(sha256, fileName, &error);
    if (path.isEmpty()) {
        m_status->setText(error);
        return false;
    }
    emit opened(path);
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
        m_status->setText(m_texts.noProgram.arg(fileName));
        return false;
    }
    m_status->setText(m_texts.opened.arg(fileName));
    return true;
}

void AttachmentOpener::onFetched(const QString &sha256)
{
    if (sha256 != m_waitingFor)
        return;
    m_waitingFor.clear();
    m_progress->setVisible(false);
    emit downloaded();
    openLocal(sha256, m_waitingName);
}

void AttachmentOpener::onFailed(const QString &sha256, const QString &error)
{
    if (sha256 != m_waitingFor)
        return;
    m_waitingFor.clear();
    m_progress->setVisible(false);
    m_status->setText(m_texts.failed.arg(m_waitingName, error));
}

QStringList AttachmentOpener::droppedFiles(const QMimeData *data)
{
    QStringList files;
    for (const QUrl &url : data->urls())
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files << url.toLocalFile();
    return files;
}

} // namespace Huike
