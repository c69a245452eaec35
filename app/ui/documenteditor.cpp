#include "ui/documenteditor.h"
#include "ui/shortcutkeys.h"

#include "core/chineseamount.h"
#include "core/money.h"
#include "models/outcometext.h"
#include "ui/unsavedchanges.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Huike {

DocumentEditor::DocumentEditor(QWidget *parent) : QDialog(parent)
{
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    m_undo = new QUndoStack(this);
    m_header = new QLabel(this);
    m_header->setTextFormat(Qt::RichText);
    m_totals = new QLabel(this);
    m_totals->setTextFormat(Qt::RichText);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_body = new QVBoxLayout(this);
    m_body->addWidget(m_header);
}

DocumentEditor::~DocumentEditor()
{
    // The children outlive the editor's members: ~QDialog hides the window afterwards,
    // which moves the focus out of a line edit (editingFinished), and the undo stack and
    // the models are destroyed later — none of them may call back into a half-destroyed
    // editor.
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
}

bool DocumentEditor::isModified() const
{
    return !m_undo->isClean();
}

void DocumentEditor::setHeader(const QString &title, const QString &customer, const QString &status)
{
    m_header->setText(u"<span style='font-size:large; font-weight:bold'>%1</span> &nbsp; %2 &nbsp; <b>%3</b>"_s
                          .arg(title.toHtmlEscaped(), customer.toHtmlEscaped(), status));
}

void DocumentEditor::addFooter(const QList<QPushButton *> &actions, const QList<QPushButton *> &right)
{
    auto *close = new QPushButton(tr("Close"), this);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : actions)
        buttons->addWidget(b);
    buttons->addStretch(1);
    for (QPushButton *b : right)
        buttons->addWidget(b);
    buttons->addWidget(close);
    m_body->addWidget(m_status);
    m_body->addLayout(buttons);
}

void DocumentEditor::addShortcuts(QPushButton *print, const std::function<void()> &printWithDialog)
{
    new QShortcut(QKeySequence::Save, this, [this] { save(); });
    new QShortcut(QKeySequence::Undo, this, m_undo, &QUndoStack::undo);
    auto *redoKey = new QShortcut(this);
    redoKey->setKeys(redoKeys());
    connect(redoKey, &QShortcut::activated, m_undo, &QUndoStack::redo);
    new QShortcut(QKeySequence::Print, this, [print, printWithDialog] {
        if (print->isEnabled())
            printWithDialog();
    });
}

QString DocumentEditor::inWords(const Money &amount)
{
    return u"人民币"_s + ChineseAmount::fromMoney(amount);
}

QString DocumentEditor::askPdfPath(const QString &number)
{
    return QFileDialog::getSaveFileName(this, tr("Export PDF"), number + u".pdf"_s, tr("PDF (*.pdf)"));
}

bool DocumentEditor::reportPdf(bool ok, const QString &path, const QString &error)
{
    m_status->setText(ok ? tr("PDF written to %1.").arg(path) : tr("The PDF could not be written: %1").arg(error));
    return ok;
}

void DocumentEditor::followOutcome(const QString &table, const QString &recordId, const QString &kind, const QString &code)
{
    if (documentId().isEmpty() || !isOwnRecord(table, recordId))
        return;
    const Texts t = texts();
    const QString what = (kind == u"rejection" ? t.rejected : t.changed).arg(OutcomeText::reason(code));
    followServerOutcome(this, isModified(), what, t.outcomeTitle, t.outcomeQuestion, t.outcomeKept, m_status,
                        [this](const QString &said) { showStored(said); });
}

void DocumentEditor::showStored(const QString &what)
{
    const bool stored = reloadStored();
    m_status->setText(what + u' ' + reloadedText(stored));
}

void DocumentEditor::done(int result)
{
    // Escape, Close and the window's X all come here: unsaved changes are never dropped
    // without asking.
    if (result == QDialog::Rejected && !mayClose(this, isModified(), texts().closeQuestion, [this] { return save(); }))
        return;
    QDialog::done(result);
}

} // namespace Huike
