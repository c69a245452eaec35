#include "ui/settingsdialog.h"

#include "core/approval.h"
#include "core/decimal.h"
#include "core/enums.h"
#include "models/modelerror.h"
#include "models/settingsservice.h"
#include "ui/fieldrow.h"
#include "ui/language.h"
#include "ui/unsavedchanges.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QScrollArea>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

enum StageColumn { Name, Probability, Outcome, Active, StageColumns };

// A picture as a letterhead logo: at most 300 × 120 pixels, PNG (JPEG when a photo would
// not fit the 20,000 characters a setting holds), base64.
QString logoFrom(const QImage &image)
{
    const QImage scaled = image.width() > 300 || image.height() > 120
        ? image.scaled(300, 120, Qt::KeepAspectRatio, Qt::SmoothTransformation)
        : image;
    for (const auto &[format, quality] : {std::pair{"PNG", -1}, std::pair{"JPG", 85}, std::pair{"JPG", 60}}) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        scaled.save(&buffer, format, quality);
        const QByteArray text = bytes.toBase64();
        if (text.size() <= 20000)
            return QString::fromLatin1(text);
    }
    return {};
}

} // namespace

SettingsDialog::SettingsDialog(SettingsService &service, QWidget *parent) : QDialog(parent), m_service(service)
{
    setWindowTitle(tr("Settings"));
    m_editable = service.mayEdit();
    m_tabs = new QTabWidget(this);
    const auto line = [&](QFormLayout *form, QStringView key, const QString &caption, const QString &placeholder) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(key.toString());
        edit->setPlaceholderText(placeholder);
        edit->setReadOnly(!m_editable);
        m_fields.insert(key.toString(), edit);
        m_errors.insert(key.toString(), addFieldRow(form, caption, edit));
        return edit;
    };

    // Company: the letterhead of quotes and contracts.
    auto *company = new QWidget(this);
    auto *companyForm = new QFormLayout(company);
    line(companyForm, SettingKeys::CompanyName, tr("Company &name:"), tr("e.g. 杭州汇客软件有限公司"));
    line(companyForm, SettingKeys::CompanyAddress, tr("&Address:"), QString());
    line(companyForm, SettingKeys::CompanyPhone, tr("&Phone:"), QString());
    line(companyForm, SettingKeys::CompanyBank, tr("&Bank and account:"), tr("e.g. 中国工商银行杭州分行 1202 0000 0000 0000 000"));
    line(companyForm, SettingKeys::CompanyTaxNumber, tr("&Taxpayer number:"), tr("The unified social credit code"));
    m_logo = new QLabel(this);
    m_logo->setFixedSize(304, 124);
    m_logo->setFrameShape(QFrame::StyledPanel);
    m_logo->setAlignment(Qt::AlignCenter);
    auto *chooseLogo = new QPushButton(tr("C&hoose…"), this);
    auto *removeLogo = new QPushButton(tr("Remo&ve"), this);
    chooseLogo->setEnabled(m_editable);
    removeLogo->setEnabled(m_editable);
    connect(chooseLogo, &QPushButton::clicked, this, &SettingsDialog::chooseLogo);
    connect(removeLogo, &QPushButton::clicked, this, [this] {
        m_logoData.clear();
        showLogo();
    });
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo);
    auto *logoButtons = new QVBoxLayout;
    logoButtons->addWidget(chooseLogo);
    logoButtons->addWidget(removeLogo);
    logoButtons->addStretch();
    logoRow->addLayout(logoButtons);
    logoRow->addStretch();
    auto *logoLabel = new QLabel(tr("Logo:"), this);
    companyForm->addRow(logoLabel, logoRow);
    m_errors.insert(SettingKeys::CompanyLogo.toString(), [&] {
        auto *error = new QLabel(this);
        error->setStyleSheet(u"color: #c8102e"_s);
        error->hide();
        companyForm->addRow(QString(), error);
        return error;
    }());
    m_tabs->addTab(company, tr("&Company"));

    // Quotes and contracts.
    auto *documents = new QWidget(this);
    auto *documentsForm = new QFormLayout(documents);
    line(documentsForm, SettingKeys::DiscountApprovalPercent, tr("Approval above &discount (%):"), tr("10"))
        ->setToolTip(tr("A quote with a line discounted more than this needs a manager's approval before it is sent."));
    m_terms = new QPlainTextEdit(this);
    m_terms->setObjectName(SettingKeys::QuoteTerms.toString());
    m_terms->setReadOnly(!m_editable);
    m_terms->setPlaceholderText(tr("Printed under every new quote, e.g. delivery, payment and warranty terms."));
    m_errors.insert(SettingKeys::QuoteTerms.toString(), addFieldRow(documentsForm, tr("Default quote &terms:"), m_terms));
    line(documentsForm, SettingKeys::InstalmentReminderDays, tr("Remind of &instalments (days ahead):"), tr("7"));
    line(documentsForm, SettingKeys::ContractEndReminderDays, tr("Remind of contract &ends (days ahead):"), tr("30"));
    m_tabs->addTab(documents, tr("&Quotes and contracts"));

    // Sales: the target and the stages.
    auto *sales = new QWidget(this);
    auto *salesLayout = new QVBoxLayout(sales);
    auto *salesForm = new QFormLayout;
    line(salesForm, SettingKeys::SalesTarget, tr("Sales &target of the period:"), tr("e.g. 1000000.00"))
        ->setToolTip(tr("The funnel warns when the weighted early pipeline cannot meet it."));
    line(salesForm, SettingKeys::PoolMaxCustomersPerRep, tr("Most customers a sales rep may hold:"), tr("0 = no limit"))
        ->setToolTip(tr("A rep holding this many customers claims no more from the public pool until releasing one."));
    salesLayout->addLayout(salesForm);
    m_stages = new QTableWidget(0, StageColumns, this);
    m_stages->setObjectName(u"stages"_s);
    m_stages->setHorizontalHeaderLabels({tr("Stage"), tr("Win probability (%)"), tr("Kind"), tr("In use")});
    m_stages->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_stages->verticalHeader()->hide();
    m_stages->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_stages->setSelectionMode(QAbstractItemView::SingleSelection);
    if (!m_editable)
        m_stages->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *stagesLabel = new QLabel(tr("Sales &stages:"), this);
    stagesLabel->setBuddy(m_stages);
    salesLayout->addWidget(stagesLabel);
    salesLayout->addWidget(m_stages, 1);
    m_stagesError = new QLabel(this);
    m_stagesError->setStyleSheet(u"color: #c8102e"_s);
    m_stagesError->setWordWrap(true);
    m_stagesError->hide();
    salesLayout->addWidget(m_stagesError);
    auto *stageButtons = new QHBoxLayout;
    auto *addStage = new QPushButton(tr("&Add stage"), this);
    auto *up = new QPushButton(tr("Move &up"), this);
    auto *down = new QPushButton(tr("Move do&wn"), this);
    for (QPushButton *b : {addStage, up, down}) {
        b->setEnabled(m_editable);
        stageButtons->addWidget(b);
    }
    stageButtons->addStretch();
    salesLayout->addLayout(stageButtons);
    connect(addStage, &QPushButton::clicked, this, [this] {
        QList<SalesStage> stages = editedStages();
        SalesStage s;
        s.code = SettingsService::newStageCode(stages);
        s.name = tr("New stage");
        s.probabilityPercent = Decimal::fromInteger(50);
        // Before the closing stages (won, lost).
        qsizetype at = stages.size();
        while (at > 0 && stages[at - 1].outcome != StageOutcome::Open)
            --at;
        stages.insert(at, s);
        showStages(stages);
        m_stages->setCurrentCell(int(at), Name);
        m_stages->setFocus();
        m_stages->editItem(m_stages->item(int(at), Name));
    });
    connect(up, &QPushButton::clicked, this, [this] { moveStage(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveStage(+1); });
    m_tabs->addTab(sales, tr("Sa&les"));

    // Customer levels: the company's name, description and criteria for each (C4).
    auto *levels = new QWidget(this);
    auto *levelsLayout = new QVBoxLayout(levels);
    auto *levelsNote = new QLabel(tr("What each customer level means in this company: the card shows it beside the "
                                     "level, the statistics by level use the names."),
                                  this);
    levelsNote->setWordWrap(true);
    levelsLayout->addWidget(levelsNote);
    for (const LevelDefinition &level : m_service.levels()) {
        auto *box = new QGroupBox(level.caption(), this);
        auto *form = new QFormLayout(box);
        line(form, SettingKeys::levelKey(level.code, u"name"), tr("Name:"), tr("e.g. strategic customer"));
        line(form, SettingKeys::levelKey(level.code, u"description"), tr("Description:"), QString());
        line(form, SettingKeys::levelKey(level.code, u"criteria"), tr("Criteria:"), tr("e.g. buys over ¥1,000,000 a year"));
        levelsLayout->addWidget(box);
    }
    levelsLayout->addStretch(1);
    auto *levelsScroll = new QScrollArea(this);
    levelsScroll->setWidget(levels);
    levelsScroll->setWidgetResizable(true);
    levelsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    levelsScroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(levelsScroll, tr("Customer le&vels"));

    // This computer: the interface language (everyone's own choice, kept in the user's
    // settings, not the company's).
    auto *local = new QWidget(this);
    auto *localForm = new QFormLayout(local);
    m_language = new QComboBox(this);
    m_language->setObjectName(u"language"_s);
    for (const auto &[code, name] : Language::choices())
        m_language->addItem(name, code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(Language::chosen())));
    auto *languageLabel = new QLabel(tr("Lan&guage:"), this);
    languageLabel->setBuddy(m_language);
    localForm->addRow(languageLabel, m_language);
    auto *languageNote = new QLabel(this);
    languageNote->setWordWrap(true);
    localForm->addRow(QString(), languageNote);
    connect(m_language, &QComboBox::activated, this, [this, languageNote] {
        Language::choose(m_language->currentData().toString());
        languageNote->setText(tr("The language changes when Huike starts next."));
    });
    m_tabs->addTab(local, tr("This compute&r"));

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    if (!m_editable)
        m_status->setText(tr("Only an administrator can change these settings."));
    auto *buttons = new QDialogButtonBox(this);
    if (m_editable) {
        buttons->addButton(QDialogButtonBox::Save);
        buttons->addButton(QDialogButtonBox::Cancel);
    } else {
        buttons->addButton(QDialogButtonBox::Close);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(fontMetrics().horizontalAdvance(u"M"_s) * 64, fontMetrics().height() * 30);
    load();
}

void SettingsDialog::load()
{
    m_loaded = m_service.values();
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        it.value()->setText(m_loaded.value(it.key()));
    m_terms->setPlainText(m_loaded.value(SettingKeys::QuoteTerms.toString()));
    m_logoData = m_loaded.value(SettingKeys::CompanyLogo.toString());
    showLogo();
    m_loadedStages = m_service.stages();
    showStages(m_loadedStages);
}

void SettingsDialog::showStages(const QList<SalesStage> &stages)
{
    m_stages->setRowCount(0);
    for (const SalesStage &stage : stages) {
        const int row = m_stages->rowCount();
        m_stages->insertRow(row);
        auto *name = new QTableWidgetItem(stage.name);
        name->setData(Qt::UserRole, stage.code);
        m_stages->setItem(row, Name, name);
        m_stages->setItem(row, Probability, new QTableWidgetItem(stage.probabilityPercent.format(QLocale::c())));
        auto *outcome = new QTableWidgetItem(enumLabel(stage.outcome));
        outcome->setFlags(outcome->flags() & ~Qt::ItemIsEditable);
        outcome->setData(Qt::UserRole, int(stage.outcome));
        m_stages->setItem(row, Outcome, outcome);
        auto *active = new QTableWidgetItem;
        active->setFlags((active->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsEditable);
        active->setCheckState(stage.active ? Qt::Checked : Qt::Unchecked);
        m_stages->setItem(row, Active, active);
    }
}

QList<SalesStage> SettingsDialog::editedStages() const
{
    QList<SalesStage> out;
    for (int row = 0; row < m_stages->rowCount(); ++row) {
        const QString code = m_stages->item(row, Name)->data(Qt::UserRole).toString();
        const auto loaded = std::find_if(m_loadedStages.cbegin(), m_loadedStages.cend(), [&](const SalesStage &s) { return s.code == code; });
        SalesStage s = loaded != m_loadedStages.cend() ? *loaded : SalesStage{};
        s.code = code;
        s.name = m_stages->item(row, Name)->text().trimmed();
        const std::optional<Decimal> p = Decimal::parse(m_stages->item(row, Probability)->text().trimmed().remove(u'%'));
        s.probabilityPercent = p ? *p : Decimal::fromInteger(-1); // refused by the validation, next to the row
        s.outcome = StageOutcome(m_stages->item(row, Outcome)->data(Qt::UserRole).toInt());
        s.active = m_stages->item(row, Active)->checkState() == Qt::Checked;
        out << s;
    }
    return out;
}

void SettingsDialog::moveStage(int delta)
{
    const int row = m_stages->currentRow();
    QList<SalesStage> stages = editedStages();
    if (row < 0 || row + delta < 0 || row + delta >= stages.size())
        return;
    stages.swapItemsAt(row, row + delta);
    showStages(stages);
    m_stages->setCurrentCell(row + delta, Name);
}

void SettingsDialog::chooseLogo()
{
    QStringList patterns;
    for (const QByteArray &f : QImageReader::supportedImageFormats())
        patterns << u"*."_s + QString::fromLatin1(f);
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the logo"), QString(),
                                                      tr("Pictures (%1)").arg(patterns.join(u' ')));
    if (path.isEmpty())
        return;
    QImageReader reader(path);
    const QImage image = reader.read();
    QLabel *error = m_errors.value(SettingKeys::CompanyLogo.toString());
    if (image.isNull()) {
        error->setText(tr("This file is not a picture Huike can read: %1").arg(reader.errorString()));
        error->show();
        return;
    }
    m_logoData = logoFrom(image);
    error->setVisible(m_logoData.isEmpty());
    error->setText(tr("The picture is too large even when scaled down; choose a simpler one."));
    showLogo();
}

void SettingsDialog::showLogo()
{
    QImage image;
    if (!m_logoData.isEmpty())
        image.loadFromData(QByteArray::fromBase64(m_logoData.toLatin1()));
    if (image.isNull()) {
        m_logo->setPixmap({});
        m_logo->setText(tr("No logo"));
    } else {
        m_logo->setPixmap(QPixmap::fromImage(image));
    }
}

bool SettingsDialog::isModified() const
{
    if (!m_editable)
        return false;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        if (it.value()->text().trimmed() != m_loaded.value(it.key()).trimmed())
            return true;
    return m_terms->toPlainText() != m_loaded.value(SettingKeys::QuoteTerms.toString())
        || m_logoData != m_loaded.value(SettingKeys::CompanyLogo.toString()) || editedStages() != m_loadedStages;
}

bool SettingsDialog::save()
{
    QHash<QString, QString> values = m_loaded;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        values.insert(it.key(), it.value()->text());
    values.insert(SettingKeys::QuoteTerms.toString(), m_terms->toPlainText());
    values.insert(SettingKeys::CompanyLogo.toString(), m_logoData);
    ValidationErrors errors;
    try {
        errors = m_service.save(values, editedStages());
    } catch (const ModelError &e) {
        QMessageBox::warning(this, tr("Not saved"), e.message());
        return false;
    }
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        it.value()->setText(errors.messageFor(it.key()));
        it.value()->setVisible(errors.has(it.key()));
    }
    QStringList stageErrors;
    for (const FieldError &e : errors.errors()) {
        if (e.field == u"stages") {
            stageErrors << e.message;
        } else if (e.field.startsWith(u"stages[")) {
            const int row = e.field.mid(7, e.field.indexOf(u']') - 7).toInt();
            stageErrors << tr("Row %1: %2").arg(row + 1).arg(e.message);
        }
    }
    m_stagesError->setText(stageErrors.join(u'\n'));
    m_stagesError->setVisible(!stageErrors.isEmpty());
    if (errors.has(u"settings"_s))
        m_status->setText(errors.messageFor(u"settings"_s));
    if (errors) {
        // Show the first tab with a problem.
        for (const FieldError &e : errors.errors()) {
            QWidget *w = e.field.startsWith(u"stages") ? m_stages : m_fields.contains(e.field) ? static_cast<QWidget *>(m_fields.value(e.field))
                       : e.field == SettingKeys::QuoteTerms ? static_cast<QWidget *>(m_terms) : nullptr;
            for (QWidget *p = w; p; p = p->parentWidget()) {
                const int tab = m_tabs->indexOf(p);
                if (tab >= 0) {
                    m_tabs->setCurrentIndex(tab);
                    w->setFocus();
                    break;
                }
            }
            if (w)
                break;
        }
        return false;
    }
    load();
    emit saved();
    return true;
}

void SettingsDialog::done(int result)
{
    if (result == QDialog::Rejected && !mayClose(this, isModified(), tr("Save the changed settings?"), [this] { return save(); }))
        return;
    QDialog::done(result);
}

} // namespace Huike
