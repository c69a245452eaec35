#pragma once

#include "core/activity.h"
#include "core/contact.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Huike {

// Logs (or edits) an activity (联系记录, FEATURES.md W1): a call, visit, email or note
// with its time, the contact, what was said, and a next step that becomes a reminder on
// its due day.
class ActivityDialog : public QDialog
{
    Q_OBJECT

public:
    ActivityDialog(const Activity &activity, const QList<Contact> &contacts, QWidget *parent = nullptr);
    Activity activity() const;

    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *subjectEdit() const { return m_subject; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QLineEdit *nextStepEdit() const { return m_nextStep; }
    QCheckBox *remindBox() const { return m_remind; }
    QDateEdit *dueEdit() const { return m_due; }
    QLabel *errorLabel() const { return m_error; }

    void accept() override;

private:
    Activity m_activity;
    QComboBox *m_kind = nullptr;
    QDateTimeEdit *m_when = nullptr;
    QComboBox *m_contact = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLineEdit *m_nextStep = nullptr;
    QCheckBox *m_remind = nullptr;
    QDateEdit *m_due = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Huike
