#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace Huike {

// A tab of the customer card with fields in a form: line edits and choices by field name,
// each line with its error underneath (fieldrow.h). Says `edited` as the user types or
// chooses; `setValue` shows a value without saying so.
class CustomerFieldsTab : public QWidget
{
    Q_OBJECT

public:
    QLineEdit *line(const QString &name) const { return m_lines.value(name); }
    QComboBox *combo(const QString &name) const { return m_combos.value(name); }
    const QHash<QString, QLineEdit *> &lines() const { return m_lines; }
    const QHash<QString, QComboBox *> &combos() const { return m_combos; }
    const QHash<QString, QLabel *> &errors() const { return m_errors; }
    // Shows the field's value; false when the field is not on this tab.
    virtual bool setValue(const QString &name, const QString &value);
    // The widget where the field is typed (null when not here).
    virtual QWidget *fieldWidget(const QString &name) const;

signals:
    void edited(const QString &name, const QString &value);

protected:
    explicit CustomerFieldsTab(QWidget *parent);
    QFormLayout *form() const { return m_form; }
    void addLine(const QString &name, const QString &label, const QString &placeholder = {});
    void addCombo(const QString &name, const QString &label, const QList<QPair<QString, QString>> &items);
    void addError(const QString &name, QLabel *error) { m_errors.insert(name, error); }

private:
    QFormLayout *m_form;
    QHash<QString, QLineEdit *> m_lines;
    QHash<QString, QComboBox *> m_combos;
    QHash<QString, QLabel *> m_errors;
};

} // namespace Huike
