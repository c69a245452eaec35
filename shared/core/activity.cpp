#include "core/activity.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Huike {

ValidationErrors Activity::validate() const
{
    ValidationErrors errors;
    if (customerId.isNull())
        errors.add(u"customerId"_s, u"required"_s,
                   QCoreApplication::translate("Huike::Validation",
                                               "An activity belongs to a customer."));
    errors.checkTimestamp(u"occurredAt"_s, occurredAt, true);
    errors.limitText(u"subject"_s, subject, 200);
    errors.limitText(u"body"_s, body, 20000);
    errors.limitText(u"nextStep"_s, nextStep, 500);
    errors.checkDate(u"nextStepDue"_s, nextStepDue, false);
    if (subject.trimmed().isEmpty() && body.trimmed().isEmpty())
        errors.add(u"subject"_s, u"required"_s,
                   QCoreApplication::translate("Huike::Validation",
                                               "Write a subject or some text."));
    if (!nextStepDue.isEmpty() && nextStep.trimmed().isEmpty())
        errors.add(u"nextStep"_s, u"required"_s,
                   QCoreApplication::translate("Huike::Validation",
                                               "A due date needs a next step."));
    return errors;
}

} // namespace Huike
