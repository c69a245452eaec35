#pragma once

#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace Huike {

class ContactListModel;

// 联系人: the contacts of the customers the user can see — searched by name, phone or
// pinyin, narrowed to the user's own customers or all; a double-click (or Enter) opens the
// contact's customer; the selection, or the whole filtered list, is exported as a vCard
// file for the address book or the phone.
class ContactsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ContactsPage(ContactListModel &model, QWidget *parent = nullptr);

    QLineEdit *searchBox() const { return m_search; }
    QComboBox *scopeBox() const { return m_scope; }
    QTableView *view() const { return m_view; }
    QLabel *countLabel() const { return m_count; }
    QPushButton *exportButton() const { return m_export; }
    void applyFilter();
    // The vCard text of the selected contacts, or of the whole list when none is selected.
    QByteArray vCards() const;
    // Writes vCards() to `path`; returns how many contacts, or -1 (*error says why).
    int exportTo(const QString &path, QString *error = nullptr) const;
    // Asks for a file and exports (the button).
    void exportWithDialog();

public slots:
    void reload();

signals:
    void customerActivated(const QString &customerId);

private:
    QList<int> exportRows() const;
    void updateCount();

    ContactListModel &m_model;
    QLineEdit *m_search = nullptr;
    QComboBox *m_scope = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_export = nullptr;
    QTimer *m_debounce = nullptr;
};

} // namespace Huike
