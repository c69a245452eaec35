#pragma once

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace Huike {

// Asks why customers go back to the public pool (释放到公海): a reason is required (the
// server keeps it, at most 200 characters, and the pool page shows it). Offers the usual
// reasons; any other may be typed.
class ReleaseReasonDialog : public QDialog
{
    Q_OBJECT

public:
    ReleaseReasonDialog(const QString &question, QWidget *parent = nullptr);

    QString question() const;
    QString reason() const;
    void setReason(const QString &reason);

    // The reason given, or nullopt when cancelled.
    static std::optional<QString> ask(QWidget *parent, const QString &question);

    static constexpr int MaxLength = 200;

private:
    void update();

    QLabel *m_question;
    QComboBox *m_reason;
    QLabel *m_hint;
    QPushButton *m_ok;
};

} // namespace Huike
