// 客户导入 in the client (issue 19): the wizard reads a file, suggests what each column
// fills, shows the dry run with its counts and filters, imports, and undoes; the history
// lists the batch. Offscreen, with the file given as the Browse button would.
#include "core/id.h"
#include "dataio/textencoding.h"
#include "models/importpreviewmodel.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "ui/importdialog.h"
#include "ui/importhistorydialog.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

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

private:
    QString writeCsv(const QString &name, const QString &text, TextEncoding::Encoding encoding);
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
    m_replica = Replica::open(m_dir->path() + u"/replica.sqlite"_s);
    const QString me = Id::generate().toString();
    m_replica->setUserId(me);
    m_replica->database().exec(
        u"INSERT INTO users (id, version, deleted, created_at, updated_at, login, display_name, role, disabled) "
        u"VALUES (?, 1, 0, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'wangfang', '王芳', 'sales', 0)"_s,
        {me});
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

QTEST_MAIN(tst_ImportDialog)
#include "tst_importdialog.moc"
