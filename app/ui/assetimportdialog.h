#pragma once

#include "models/assetimport.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Huike {

class Replica;

// 导入设备: a register of serial numbers (.xlsx from Excel, WPS or LibreOffice, or .csv)
// checked row by row before anything is written — each row's customer, product, serial
// number and what is wrong with it — then the rows that are right imported, the others
// left out with their reasons on screen. The same as `huike import assets`.
class AssetImportDialog : public QDialog
{
    Q_OBJECT

public:
    AssetImportDialog(Replica &replica, QWidget *parent = nullptr);
    ~AssetImportDialog() override;

    // Reads and checks the file; false (with the reason shown) when it cannot be read.
    bool openFile(const QString &path);
    // Writes the rows that are right; the number written.
    int importRows();

    QTableWidget *table() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *importButton() const { return m_import; }

signals:
    void imported(int count);

private:
    void showPlan();

    Replica &m_replica;
    std::unique_ptr<AssetImport> m_importer;
    AssetImport::Plan m_plan;
    QLineEdit *m_file;
    QTableWidget *m_table;
    QLabel *m_summary;
    QPushButton *m_import;
};

} // namespace Huike
