#pragma once

#include "core/contact.h"

#include <QDialog>
#include <QHash>
#include <QSet>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Huike {

// One contact (联系人) of a customer: name, title, department, phone, mobile, email,
// decision role, primary contact, notes. Errors show next to the field as you type; OK is
// refused while any remain.
class ContactDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ContactDialog(const Contact &contact, QWidget *parent = nullptr);
    Contact contact() const;
    QLineEdit *field(const QString &name) const { return m_edits.value(name); }
    QLabel *errorLabel(const QString &name) const { return m_errors.value(name); }

    void accept() override;

private:
    void check(bool showAll);

    Contact m_contact;
    QHash<QString, QLineEdit *> m_edits;
    QHash<QString, QLabel *> m_errors;
    QComboBox *m_role = nullptr;
    QCheckBox *m_primary = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QSet<QString> m_touched;
};

} // namespace Huike
