// The status bar's sync indicator when the server stops and comes back: offline within a
// few seconds (the poke socket closing is the signal, not the next minute's round), and
// 已同步 (Synced) again once the server answers. The server is the ApiFixture behind a
// relay on a fixed port that can be stopped (every connection cut, nothing listening, as a
// stopped server) and started again.
#include "apifixture.h"
#include "replica/replica.h"
#include "syncclient/synccontroller.h"
#include "ui/syncstatuswidget.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

namespace {

// Passes every connection on to the fixture's port, byte for byte.
class Relay : public QObject
{
public:
    explicit Relay(quint16 target) : m_target(target)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection()) {
                auto *upstream = new QTcpSocket(this);
                client->setParent(this);
                m_sockets << client << upstream;
                auto pipe = [](QTcpSocket *from, QTcpSocket *to) {
                    connect(from, &QTcpSocket::readyRead, to, [from, to] {
                        if (to->state() == QAbstractSocket::ConnectedState)
                            to->write(from->readAll());
                    });
                    connect(from, &QTcpSocket::disconnected, to, [to] { to->disconnectFromHost(); });
                };
                pipe(client, upstream);
                pipe(upstream, client);
                connect(upstream, &QTcpSocket::connected, client, [client, upstream] { upstream->write(client->readAll()); });
                upstream->connectToHost(QHostAddress::LocalHost, m_target);
            }
        });
    }
    bool start(quint16 port = 0) { return m_server.listen(QHostAddress::LocalHost, port); }
    // As a stopped server: nothing listens, every open connection is closed.
    void stop()
    {
        m_server.close();
        for (const QPointer<QTcpSocket> &s : std::as_const(m_sockets))
            if (s)
                s->abort();
        m_sockets.clear();
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    QTcpServer m_server;
    quint16 m_target;
    QList<QPointer<QTcpSocket>> m_sockets;
};

} // namespace

class tst_SyncStatus : public QObject
{
    Q_OBJECT

private slots:
    void serverStopsAndComesBack();
};

void tst_SyncStatus::serverStopsAndComesBack()
{
    QString error;
    auto f = Test::ApiFixture::start(u"sqlite"_s, &error);
    QVERIFY2(f, qPrintable(error));
    f->addUser(u"wangfang"_s, u"sales"_s, {u"销售部/华东区"_s});
    Relay relay(f->port());
    QVERIFY(relay.start());
    const quint16 port = relay.port();
    QTemporaryDir dir;
    const QString path = dir.path() + u"/w.replica"_s;
    Replica::open(path);

    SyncController sync(path, QUrl(u"http://127.0.0.1:%1"_s.arg(port)), f->login(u"wangfang"_s));
    SyncStatusWidget status(sync);
    sync.start();
    QTRY_COMPARE_WITH_TIMEOUT(sync.state(), SyncController::State::UpToDate, 10000);
    QVERIFY2(status.text().startsWith(u"Synced"_s), qPrintable(status.text()));
    QTest::qWait(500); // the poke socket is open

    // The server stops: the indicator says so within a few seconds, not a minute later.
    QElapsedTimer stopped;
    stopped.start();
    relay.stop();
    QTRY_COMPARE_WITH_TIMEOUT(sync.state(), SyncController::State::Offline, 3000);
    QVERIFY2(status.text().startsWith(u"Offline"_s), qPrintable(status.text()));
    qInfo("offline noticed after %lld ms", stopped.elapsed());
    // Retries while offline do not flicker to "Syncing…".
    QTest::qWait(2500);
    QCOMPARE(sync.state(), SyncController::State::Offline);

    // Back: 已同步 again, through the poke socket's reconnect or the round's retry.
    QVERIFY(relay.start(port));
    QTRY_COMPARE_WITH_TIMEOUT(sync.state(), SyncController::State::UpToDate, 20000);
    QVERIFY2(status.text().startsWith(u"Synced"_s), qPrintable(status.text()));
}

QTEST_MAIN(tst_SyncStatus)
#include "tst_syncstatus.moc"
