#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Huike {

// The enumerations of the domain. Each is stored and sent as a stable lowercase ASCII code
// (DATAMODEL.md) and shown through a translated label. Use the generic helpers:
//   enumCode(CustomerStatus::Active)           → "active"
//   enumFromCode<CustomerStatus>(u"active")    → CustomerStatus::Active
//   enumLabel(CustomerStatus::Active)          → "Active" / "活跃客户" (translated)
//   enumValues<CustomerStatus>()               → all values, in display order

enum class CustomerStatus { Potential, Active, Dormant, Lost };
enum class CustomerLevel { A, B, C, D };
enum class CustomerType { End, Reseller, Public };
enum class CustomerSize { Micro, Small, Medium, Large, Enterprise };
enum class DecisionRole { DecisionMaker, Influencer, User, Gatekeeper, Other };
enum class UserRole { Admin, Director, Manager, Sales, Clerk, Service };
enum class OpportunityStatus { Open, Won, Lost };
enum class QuoteStatus { Draft, Sent, Accepted, Rejected, Expired };
enum class ContractStatus { Draft, InApproval, Signed, Executing, Completed, Terminated };
enum class PaymentMethod { Bank, Cash, Draft, Other };
enum class InvoiceKind { Special, Ordinary };
enum class ActivityKind { Call, Visit, Email, Note };
enum class ApprovalStatus { Pending, Approved, Rejected };
enum class StageOutcome { Open, Won, Lost };
enum class TicketKind { Consultation, Complaint, Fault, Return };
enum class TicketChannel { Phone, Email, Visit, WeChat, Other };
enum class TicketPriority { Urgent, High, Normal, Low };
enum class TicketStatus { New, Assigned, InProgress, Suspended, Resolved, Closed };
enum class AssetStatus { InUse, Returned, Scrapped };

template<typename E>
struct EnumEntry
{
    E value;
    const char *code;
    const char *label; // English source text, translated in context "Huike::Enums"
};

template<typename E>
struct EnumTable; // specialised in enums.cpp for each enumeration above

template<typename E>
QString enumCode(E value);
template<typename E>
std::optional<E> enumFromCode(QStringView code);
template<typename E>
QString enumLabel(E value);
template<typename E>
QList<E> enumValues();

// The enumerations by the name of their type ("CustomerLevel"), for what names one as data
// (ColumnDef::enumeration in shared/schema):
//   enumLabelFor(u"CustomerLevel", u"a")       → "Level A (key account)" (translated)
//   enumLabelFor(u"CustomerLevel", u"z")       → nullopt: no such code (nor enumeration)
//   enumCodesFor(u"CustomerLevel")             → {"a", "b", "c", "d"}; empty when unknown
std::optional<QString> enumLabelFor(QStringView enumeration, QStringView code);
QStringList enumCodesFor(QStringView enumeration);

} // namespace Huike
