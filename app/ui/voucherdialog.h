#pragma once

#include "models/voucherservice.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QMenuBar;
class QPushButton;
class QTreeWidget;

namespace Huike {

class Services;

// 导出记账凭证 (FEATURES.md W3): the month (the previous one at first) and the target
// (Kingdee, Yonyou, the accountant's list), a preview of the vouchers with their entries and
// the totals (借贷平衡), and the export to a file the user picks. A month exported before
// shows so; exporting it again is asked for, and writes the same numbers.
class VoucherDialog : public QDialog
{
    Q_OBJECT

public:
    VoucherDialog(Replica &replica, QWidget *parent = nullptr);
    ~VoucherDialog() override;

    // 导出记账凭证… in the 财务 menu (made when the window has none), for those who export vouchers (administrators,
    // directors, contract clerks); nothing for others.
    static void addMenu(QMenuBar *menuBar, Services &services, QWidget *window);

    void setPeriod(QDate month);
    void setFormat(VoucherService::Format format);
    const VoucherService::Preview &preview() const { return m_preview; }
    // Writes the file and records the export; false with the reason shown (a message box
    // unless quiet, for the tests).
    bool exportTo(const QString &path, VoucherService::Again again, bool quiet = false);
    QString status() const;

private:
    void reload();
    void exportClicked();
    VoucherService::Format format() const;

    VoucherService m_service;
    VoucherService::Preview m_preview;
    QDateEdit *m_month = nullptr;
    QComboBox *m_format = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_exported = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace Huike
