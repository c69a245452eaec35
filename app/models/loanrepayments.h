#pragma once

#include "core/money.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Huike {

class Replica;

// 借款还款 over the replica (FEATURES.md W2): what of a loan paid out comes back in cash or by
// bank rather than through the borrower's claims. Finance (a clerk, director or
// administrator other than the borrower) records it as received; a wrong one is removed and
// recorded again. The loan's repaid figure is the server's (paid claims' offsets and these);
// what is left here counts the claims still asked too, as the server checks it. The rules
// are the server's (shared/core/expensepolicy.h). No widgets; every method throws ModelError
// when the replica cannot be read or written.
class LoanRepayments
{
    Q_DECLARE_TR_FUNCTIONS(Huike::LoanRepayments)

public:
    explicit LoanRepayments(Replica &replica);

    struct Repayment
    {
        QString id;
        QString receivedOn; // YYYY-MM-DD
        Money amount;
        QString method;     // bank | cash
        QString note;
        QString recordedBy; // the name of who recorded it (the server's; empty until synced)
    };
    // The loan's repayments, oldest first.
    QList<Repayment> list(const QString &loanId);

    struct Figures
    {
        Money amount;  // lent
        Money offset;  // set against it by claims (asked, approved or paid)
        Money repaid;  // brought back
        Money left() const { return amount - offset - repaid; }
    };
    Figures figures(const QString &loanId);

    // Whether the user records repayments of this loan now: a loan paid out, with something
    // left, and the user pays loans (not the borrower).
    bool mayRecord(const QString &loanId);
    // Whether the user removes the repayments of this loan (who records them).
    bool mayRemove(const QString &loanId);

    // Records cash or a transfer received; a translated refusal, empty when recorded.
    QString record(const QString &loanId, const Money &amount, const QString &receivedOn, const QString &method,
                   const QString &note = {});
    QString remove(const QString &repaymentId);

    static QString methodText(const QString &method); // 银行转账, 现金

private:
    bool finance(const QString &ownerId);

    Replica &m_replica;
};

} // namespace Huike
