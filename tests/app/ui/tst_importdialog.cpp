// 客户导入 in the client (issue 19): the wizard reads a file, suggests what each column
// fills, shows the dry run with its counts and filters, imports, and undoes; the history
// lists the batch. Offscreen, with the file given as the Browse button would.
#include "core/id.h"
#include "dataio/textencoding.h"
#include "models/importpreviewmodel.h"
#include "models/replicajob.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "ui/importdialog.h"
#include "ui/importhistorydialog.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_ImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void importAndUndo();
    void aFileThatCannotBeReadSaysWhy();
    void mappingIsRememberedForTheSameHeaders();
    void aLargeImportRunsBesideTheWindow();
    void cancelLeavesWholeChunks();

private:
    QString writeCsv(const QString &name, const QString &text, TextEncoding::Encoding encoding);
    QString writeLargeCsv(int rows);
    std::unique_ptr<Replica> openReplica(const QString &path);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Replica> m_replica;
};

void tst_ImportDialog::initTestCase()
{
    QCoreApplication::setOrganizationName(u"HuikeTest"_s);
    QCoreApplication::setApplicationName(u"tst_importdialog"_s);
    QSettings().clear();
}

void tst_ImportDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_replica = openReplica(m_dir->path() + u"/replica.sqlite"_s);
}

std::unique_ptr<Replica> tst_ImportDialog::openReplica(const QString &path)
{
    auto replica = Replica::open(path);
    const QString me = u"0190a000-0000-7000-8000-000000000001"_s;
    replica->setUserId(me);
    replica->database().exec(
        u"INSERT INTO users (id, version, deleted, created_at, updated_at, login, display_name, role, disabled) "
        u"VALUES (?, 1, 0, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'wangfang', '王芳', 'sales', 0)"_s,
        {me});
    return replica;
}

QString tst_ImportDialog::writeLargeCsv(int rows)
{
    QString text = u"公司名称,电话,客户级别,联系人,手机\r\n"_s;
    for (int i = 0; i < rows; ++i)
        text += u"测试%1贸易有限公司,021-%2,%3,联系人%1,139%4\r\n"_s.arg(i)
                    .arg(50000000 + i)
                    .arg(i % 7 == 0 ? u"Z"_s : QString(QChar(u'A' + i % 4))) // every seventh an error
                    .arg(i, 8, 10, QChar(u'0'));
    return writeCsv(u"large.csv"_s, text, TextEncoding::Encoding::Utf8);
}

void tst_ImportDialog::cleanup()
{
    m_replica.reset();
    m_dir.reset();
}

QString tst_ImportDialog::writeCsv(const QString &name, const QString &text, TextEncoding::Encoding encoding)
{
    const QString path = m_dir->path() + u'/' + name;
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(TextEncoding::encode(text, encoding, encoding != TextEncoding::Encoding::Gb18030));
    return path;
}

void tst_ImportDialog::importAndUndo()
{
    const QString path = writeCsv(u"客户.csv"_s,
                                  u"公司名称,电话,客户级别,联系人,手机\r\n"
                                  u"上海恒信精密机械有限公司,021-55556666,A,张伟,13800138000\r\n"
                                  u"杭州西湖软件有限公司,0571-88889999,B,李娜,13900139000\r\n"
                                  u"成都某公司,,Z,,\r\n"_s,
                                  TextEncoding::Encoding::Gb18030);
    ImportDialog dialog(*m_replica);
    int imported = 0;
    connect(&dialog, &ImportDialog::imported, this, [&] { ++imported; });
    dialog.show();
    QVERIFY(dialog.openFile(path));
    QVERIFY(dialog.encodingBox()->isEnabled());
    QCOMPARE(TextEncoding::Encoding(dialog.encodingBox()->currentData().toInt()), TextEncoding::Encoding::Gb18030);
    QVERIFY(!dialog.sheetBox()->isEnabled());
    dialog.next();
    QCOMPARE(dialog.currentId(), int(ImportDialog::MappingPage));
    QCOMPARE(dialog.mappingTable()->rowCount(), 5);
    auto *nameBox = qobject_cast<QComboBox *>(dialog.mappingTable()->cellWidget(0, 2));
    QVERIFY(nameBox);
    QCOMPARE(nameBox->currentText(), ImportMapping::fieldCaption(ImportMapping::Field::Name));
    dialog.next();
    QCOMPARE(dialog.currentId(), int(ImportDialog::PreviewPage));
    QCOMPARE(dialog.preview()->rowCount(), 3);
    QVERIFY2(dialog.countsLabel()->text().contains(u'2'), qPrintable(dialog.countsLabel()->text()));
    // Only the rows with errors: the level's cell is marked.
    dialog.filterBox()->setCurrentIndex(dialog.filterBox()->findData(int(CustomerImport::Outcome::Error)));
    emit dialog.filterBox()->activated(dialog.filterBox()->currentIndex());
    QCOMPARE(dialog.preview()->rowCount(), 1);
    const QModelIndex levelCell = dialog.preview()->index(0, ImportPreviewModel::FirstCell + 2);
    QVERIFY(!levelCell.data(ImportPreviewModel::ErrorRole).toString().isEmpty());
    QVERIFY(dialog.previewView()->model()->index(0, ImportPreviewModel::FirstCell + 2).data(Qt::BackgroundRole).isValid());
    // The error report.
    QString error;
    QVERIFY2(dialog.saveReport(m_dir->path() + u"/errors.xlsx"_s, &error), qPrintable(error));
    QVERIFY(QFile::exists(m_dir->path() + u"/errors.xlsx"_s));
    // Import.
    dialog.next();
    QCOMPARE(dialog.currentId(), int(ImportDialog::ResultPage));
    QCOMPARE(imported, 1);
    Database &db = m_replica->database();
    QCOMPARE(db.scalar(u"SELECT count(*) FROM customers WHERE deleted = 0"_s).toInt(), 2);
    QCOMPARE(db.scalar(u"SELECT level FROM customers WHERE name = '上海恒信精密机械有限公司'"_s).toString(), u"a"_s);
    QVERIFY(dialog.undoButton()->isEnabled());
    QVERIFY(!dialog.batchId().isEmpty());
    // The history lists it; the undo takes it back.
    {
        ImportHistoryDialog history(*m_replica);
        QCOMPARE(history.table()->rowCount(), 1);
        QCOMPARE(history.table()->item(0, 2)->text(), u"客户.csv"_s);
        QCOMPARE(history.table()->item(0, 4)->text(), u"2"_s);
    }
    QVERIFY(dialog.undoImport());
    QCOMPARE(imported, 2);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM customers WHERE deleted = 0"_s).toInt(), 0);
    QVERIFY(!dialog.undoButton()->isEnabled());
    ImportHistoryDialog history(*m_replica);
    QCOMPARE(history.table()->item(0, 3)->text(), CustomerImport::statusText(u"undone"_s));
}

void tst_ImportDialog::aFileThatCannotBeReadSaysWhy()
{
    const QString path = m_dir->path() + u"/old.xls"_s;
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(512, '\0'));
    f.close();
    ImportDialog dialog(*m_replica);
    QVERIFY(!dialog.openFile(path));
    QVERIFY(!dialog.fileError().isEmpty());
    QVERIFY2(dialog.fileError().contains(u".xlsx"_s), qPrintable(dialog.fileError()));
}

void tst_ImportDialog::mappingIsRememberedForTheSameHeaders()
{
    const QString text = u"名称,说明\r\n甲公司,x\r\n"_s;
    {
        ImportDialog dialog(*m_replica);
        dialog.show();
        QVERIFY(dialog.openFile(writeCsv(u"a.csv"_s, text, TextEncoding::Encoding::Utf8)));
        dialog.next();
        auto *box = qobject_cast<QComboBox *>(dialog.mappingTable()->cellWidget(1, 2));
        QVERIFY(box);
        box->setCurrentIndex(box->findData(QVariantList{int(ImportMapping::Field::Address), 0}));
        emit box->activated(box->currentIndex());
        dialog.next(); // the mapping page is left: remembered
        QCOMPARE(dialog.currentId(), int(ImportDialog::PreviewPage));
    }
    ImportDialog dialog(*m_replica);
    QVERIFY(dialog.openFile(writeCsv(u"b.csv"_s, text, TextEncoding::Encoding::Utf8)));
    QCOMPARE(dialog.import().mapping().column(1).field, ImportMapping::Field::Address);
}

// The dry run and the import of 20,000 rows work on the job's thread: the window's event
// loop runs all along (a timer keeps firing), and what lands is what the same import writes
// on the window's own connection.
void tst_ImportDialog::aLargeImportRunsBesideTheWindow()
{
    constexpr int Rows = 20000;
    const QString path = writeLargeCsv(Rows);
    ImportDialog dialog(*m_replica);
    dialog.show();
    int ticks = 0, ticksWhileRunning = 0;
    QTimer timer;
    connect(&timer, &QTimer::timeout, this, [&] {
        ++ticks;
        if (dialog.job()->isRunning())
            ++ticksWhileRunning;
    });
    timer.start(5);
    QVERIFY(dialog.openFile(path));
    dialog.next();
    const int beforeDryRun = ticksWhileRunning;
    dialog.next(); // the dry run
    QCOMPARE(dialog.currentId(), int(ImportDialog::PreviewPage));
    QVERIFY2(ticksWhileRunning - beforeDryRun >= 3, qPrintable(QString::number(ticksWhileRunning - beforeDryRun)));
    const CustomerImport::Counts planned = dialog.preview()->plan().counts;
    QCOMPARE(planned.created + planned.errors, qsizetype(Rows));
    const int beforeImport = ticksWhileRunning;
    dialog.next(); // the import
    QCOMPARE(dialog.currentId(), int(ImportDialog::ResultPage));
    QVERIFY2(ticksWhileRunning - beforeImport >= 3, qPrintable(QString::number(ticksWhileRunning - beforeImport)));
    QVERIFY(!dialog.job()->isRunning());
    QVERIFY(dialog.undoButton()->isEnabled());
    // The window's connection sees the rows at once.
    Database &db = m_replica->database();
    QCOMPARE(db.scalar(u"SELECT count(*) FROM customers WHERE deleted = 0"_s).toLongLong(), qint64(planned.created));

    // The same import, synchronous, on a replica of its own.
    auto other = openReplica(m_dir->path() + u"/other.sqlite"_s);
    CustomerImport sync(*other);
    sync.setSheet(dialog.import().headers(), dialog.import().rows());
    sync.setMapping(dialog.import().mapping());
    const CustomerImport::Result expected = sync.run(u"large.csv"_s);
    QCOMPARE(expected.counts, planned);
    auto contents = [](Database &d) {
        QStringList out;
        QSqlQuery q = d.exec(u"SELECT c.name, c.name_norm, c.phone, c.phone_norm, c.level, c.owner_id, c.name_sort, "
                             u"k.name, k.mobile, k.owner_id FROM customers c JOIN contacts k ON k.customer_id = c.id "
                             u"ORDER BY c.name, k.name"_s);
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < 10; ++i)
                row << q.value(i).toString();
            out << row.join(u'|');
        }
        out << d.scalar(u"SELECT count(*) FROM outbox"_s).toString() << d.scalar(u"SELECT count(*) FROM import_items"_s).toString()
            << d.scalar(u"SELECT rows_done || '/' || created_count || '/' || error_count || '/' || status FROM import_batches"_s)
                   .toString();
        return out;
    };
    const QStringList mine = contents(db);
    QCOMPARE(mine.size(), qsizetype(planned.created) + 3);
    QCOMPARE(mine, contents(other->database()));

    // The undo runs there too.
    QVERIFY(dialog.undoImport());
    QCOMPARE(db.scalar(u"SELECT count(*) FROM customers WHERE deleted = 0"_s).toInt(), 0);
}

// Cancel in the middle of the import: the chunks written are whole (500 rows each), the
// batch says how many rows landed, and the rest is not there.
void tst_ImportDialog::cancelLeavesWholeChunks()
{
    constexpr int Rows = 20000;
    const QString path = writeLargeCsv(Rows);
    ImportDialog dialog(*m_replica);
    dialog.show();
    QVERIFY(dialog.openFile(path));
    dialog.next();
    dialog.next();
    QCOMPARE(dialog.currentId(), int(ImportDialog::PreviewPage));
    bool cancelled = false;
    QTimer timer;
    connect(&timer, &QTimer::timeout, this, [&] {
        auto *progress = dialog.findChild<QProgressDialog *>();
        if (!cancelled && progress && progress->isVisible() && progress->value() >= 300) {
            auto *button = progress->findChild<QPushButton *>();
            QVERIFY(button);
            button->click();
            cancelled = true;
        }
    });
    timer.start(5);
    dialog.next();
    QVERIFY(cancelled);
    QCOMPARE(dialog.currentId(), int(ImportDialog::ResultPage));
    QVERIFY2(dialog.resultLabel()->text().contains(u"Cancelled"_s) || dialog.resultLabel()->text().contains(u"取消"_s),
             qPrintable(dialog.resultLabel()->text()));
    Database &db = m_replica->database();
    const qint64 rowsDone = db.scalar(u"SELECT rows_done FROM import_batches"_s).toLongLong();
    QVERIFY2(rowsDone > 0 && rowsDone < Rows, qPrintable(QString::number(rowsDone)));
    QCOMPARE(rowsDone % 500, 0);
    // Every row up to rowsDone landed (less the errors, every seventh), none after.
    const qint64 errors = (rowsDone + 6) / 7;
    QCOMPARE(db.scalar(u"SELECT count(*) FROM customers"_s).toLongLong(), rowsDone - errors);
    QCOMPARE(db.scalar(u"SELECT created_count FROM import_batches"_s).toLongLong(), rowsDone - errors);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM customers WHERE name = ?"_s, {u"测试%1贸易有限公司"_s.arg(rowsDone - 1)}).toInt(),
             (rowsDone - 1) % 7 == 0 ? 0 : 1);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM customers WHERE name = ?"_s, {u"测试%1贸易有限公司"_s.arg(rowsDone)}).toInt(), 0);
    QCOMPARE(db.scalar(u"SELECT status FROM import_batches"_s).toString(), u"imported"_s);
}

QTEST_MAIN(tst_ImportDialog)
#include "tst_importdialog.moc"
