#pragma once

#include "core/validation.h"

#include <QDialog>
#include <QHash>
#include <QSet>

class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace Huike {

// The common ground of the small dialogs that record one thing against a contract
// (invoice, delivery, payment): a form whose rows show their errors underneath as the
// user types (only fields already touched, until Save), a line for errors without a
// field, Save and Cancel. A subclass adds its rows, says what is wrong with what was
// typed (typedErrors) and, in accept(), saves through its service and calls refuse()
// with what came back.
class ContractRecordDialog : public QDialog
{
    Q_OBJECT

public:
    QLineEdit *field(const QString &name) const { return m_edits.value(name); }
    QLabel *errorLabel(const QString &name) const { return m_errors.value(name); }
    QLabel *messageLabel() const { return m_message; }

protected:
    explicit ContractRecordDialog(QWidget *parent);

    QLineEdit *addEdit(const QString &key, const QString &caption, const QString &value = {}, const QString &placeholder = {});
    // A date (yyyy-MM-dd, calendar popup): `isoDate`, or today when it is not a date.
    QDateEdit *addDate(const QString &key, const QString &caption, const QString &isoDate);
    void addRow(const QString &key, const QString &caption, QWidget *field);
    // The error line and Save/Cancel under the form; call once the rows are there.
    void finish(int widthInEms);

    virtual ValidationErrors typedErrors() const = 0;
    void showErrors(const ValidationErrors &errors, bool showAll);
    // Shows `errors` next to their fields and focuses the first; true when there were any.
    bool refuse(const ValidationErrors &errors);

    QHash<QString, QLineEdit *> m_edits;
    QSet<QString> m_touched;

private:
    QFormLayout *m_form = nullptr;
    QHash<QString, QLabel *> m_errors;
    QLabel *m_message = nullptr;
};

} // namespace Huike
