// The desktop client as a user meets it, on a generated replica (HUIKE_BENCH_REPLICA, or
// a new one of HUIKE_BENCH_CUSTOMERS customers, default 100000):
//   client.cold_start_ms   huike started offline on the replica until its list is usable
//   client.rss_mb          its resident memory then, after scrolling through the list
//   list.keys_ready_ms     after opening the list, until every page can be read by key
//   list.scroll_frame_p99_ms  one page-down in the customer list, repainted (offscreen)
//   card360.open_ms        a customer card opened on its 360° view, 5,000 related records
#include "benchutil.h"

#include "dataset/writer.h"
#include "models/customer360.h"
#include "models/customerlistmodel.h"
#include "models/customerservice.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "ui/customer360page.h"
#include "ui/customercard.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Huike;

namespace {

using Bench::percentile;

double rssMb(qint64 pid)
{
    QFile f(u"/proc/%1/status"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const qint64 customers = Bench::envInt("HUIKE_BENCH_CUSTOMERS", 100000);
    QTemporaryDir dir;
    // The client looks for its replica under XDG_DATA_HOME/huike/replicas/.
    const QString replicas = dir.path() + u"/data/Huike/huike/replicas"_s;
    QDir().mkpath(replicas);
    const QString path = replicas + u"/127.0.0.1-1-bench.sqlite"_s;
    const QString given = qEnvironmentVariable("HUIKE_BENCH_REPLICA");
    if (!given.isEmpty() && QFile::exists(given)) {
        QFile::link(given, path);
    } else {
        Replica::open(path);
        Database db = Database::openSqlite(path);
        const Dataset::Generator g(2026);
        Dataset::Writer w(db);
        w.writeOrganisation(g);
        w.writeCustomers(g, 0, customers);
    }

    // The replica belongs to a sales rep of the data set, as after their first sync.
    {
        auto replica = Replica::open(path);
        replica->setUserId(replica->database().scalar(u"SELECT id FROM users WHERE role = 'sales' ORDER BY login LIMIT 1"_s).toString());
    }

    // Cold start: the real executable, offline (nothing listens on port 1).
    {
        QProcess huike;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, dir.path() + u"/data"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, dir.path() + u"/config"_s);
        env.insert(u"HUIKE_STARTUP_PROBE"_s, u"1"_s);
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        huike.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        huike.start(QStringLiteral(HUIKE_CLIENT_EXE),
                    {u"--server"_s, u"http://127.0.0.1:1"_s, u"--login"_s, u"bench"_s, u"--password-stdin"_s, u"--lang"_s, u"zh_CN"_s});
        huike.write("x\n");
        huike.closeWriteChannel();
        QByteArray out;
        while (!out.contains("HUIKE_READY") && huike.waitForReadyRead(60000))
            out += huike.readAllStandardOutput();
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (!out.contains("HUIKE_READY")) {
            std::fprintf(stderr, "huike did not start: %s\n", huike.readAllStandardError().constData());
            return 1;
        }
        Bench::report("client.cold_start_ms", ms, "ms");
        QThread::msleep(500); // the first index step and paints settle
        Bench::report("client.rss_mb", rssMb(huike.processId()), "MiB");
        huike.kill();
        huike.waitForFinished();
    }

    auto replica = Replica::open(path);
    // Scrolling the list a page at a time, each repainted.
    {
        CustomerListModel model(replica->database());
        QTableView view;
        view.setModel(&model);
        view.resize(1200, 800);
        view.show();
        QApplication::processEvents();
        // Long lists read every page's key in the background once opened; the scrolling
        // below is what a user does after that moment.
        QElapsedTimer ready;
        ready.start();
        while (!model.anchorsReady() && ready.elapsed() < 60000)
            QApplication::processEvents(QEventLoop::AllEvents, 10);
        Bench::report("list.keys_ready_ms", double(ready.elapsed()), "ms");
        QList<double> frames;
        QScrollBar *bar = view.verticalScrollBar();
        QElapsedTimer t;
        for (int i = 0; i < 300; ++i) {
            t.start();
            // Page downs, with a jump every 20 as a dragged scroll bar makes.
            bar->setValue(i % 20 == 19 ? int(qint64(bar->maximum()) * (i + 1) / 300) : bar->value() + bar->pageStep());
            view.viewport()->repaint();
            QApplication::processEvents();
            frames << double(t.nsecsElapsed()) / 1e6;
            if (frames.last() > 16)
                std::fprintf(stderr, "  slow frame %d: %.1f ms at row %d\n", i, frames.last(), view.rowAt(0));
        }
        Bench::report("list.scroll_frame_p50_ms", percentile(frames, 0.50), "ms");
        Bench::report("list.scroll_frame_p99_ms", percentile(frames, 0.99), "ms");
    }

    // A customer with 5,000 related records.
    {
        const QString id = replica->database().scalar(u"SELECT id FROM customers ORDER BY rowid LIMIT 1"_s).toString();
        const int have = replica->database().scalar(u"SELECT (SELECT count(*) FROM activities WHERE customer_id = ?) + "
                                                    u"(SELECT count(*) FROM contacts WHERE customer_id = ?)"_s, {id, id}).toInt();
        {
            Replica::Batch batch(*replica);
            for (int i = have; i < 5000; ++i)
                replica->create(u"activities"_s, {{u"customer_id"_s, id}, {u"kind"_s, u"call"_s},
                                                  {u"occurred_at"_s, u"2025-%1-%2T08:00:00.000Z"_s.arg(i % 12 + 1, 2, 10, QChar(u'0')).arg(i % 28 + 1, 2, 10, QChar(u'0'))},
                                                  {u"subject"_s, u"电话回访 %1"_s.arg(i)}});
            batch.commit();
        }
        CustomerService service(*replica);
        Customer360 c360(*replica);
        QList<double> times;
        for (int round = 0; round < 5; ++round) {
            QElapsedTimer t;
            t.start();
            CustomerCard card(service, id);
            card.setCustomer360(&c360);
            card.show360();
            card.show();
            QApplication::processEvents();
            times << double(t.nsecsElapsed()) / 1e6;
            if (card.page360()->model()->rowCount() < 5000)
                return 1;
        }
        Bench::report("card360.open_ms", percentile(times, 0.5), "ms");
    }
    return 0;
}
