#pragma once

#include "core/salesstage.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
class QTabWidget;

namespace Huike {

class SettingsService;

// 系统设置: the company's letterhead (name, address, phone, bank account, tax number,
// logo) for quotes and contracts, the discount above which a quote needs approval and the
// default quote terms, the sales target the funnel measures against, reminder lead times,
// and the pipeline's stages (rename, probability, add, switch off, reorder). Everyone can
// read them; only an administrator can change them (the server enforces it too).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(SettingsService &service, QWidget *parent = nullptr);

    QLineEdit *field(const QString &key) const { return m_fields.value(key); }
    QPlainTextEdit *termsEdit() const { return m_terms; }
    QTableWidget *stagesTable() const { return m_stages; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *errorFor(const QString &key) const { return m_errors.value(key); }
    // This computer › Language (简体中文, English): kept at once, applied at the next start.
    QComboBox *languageBox() const { return m_language; }
    bool save();

signals:
    void saved();

private:
    void load();
    void showStages(const QList<SalesStage> &stages);
    QList<SalesStage> editedStages() const;
    void chooseLogo();
    void showLogo();
    void moveStage(int delta);
    void done(int result) override;
    bool isModified() const;

    SettingsService &m_service;
    bool m_editable = false;
    QTabWidget *m_tabs = nullptr;
    QHash<QString, QLineEdit *> m_fields;
    QHash<QString, QLabel *> m_errors;
    QPlainTextEdit *m_terms = nullptr;
    QLabel *m_logo = nullptr;
    QString m_logoData;
    QTableWidget *m_stages = nullptr;
    QLabel *m_stagesError = nullptr;
    QLabel *m_status = nullptr;
    QComboBox *m_language = nullptr;
    QList<SalesStage> m_loadedStages;
    QHash<QString, QString> m_loaded;
};

} // namespace Huike
