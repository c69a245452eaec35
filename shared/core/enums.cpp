#include "core/enums.h"

#include <QCoreApplication>

#include <span>

namespace Huike {

namespace {

template<typename E>
std::span<const EnumEntry<E>> table();

#define HUIKE_ENUM_TABLE(E, ...)                                                                \
    const EnumEntry<E> E##Entries[] = {__VA_ARGS__};                                            \
    template<>                                                                                  \
    std::span<const EnumEntry<E>> table<E>()                                                    \
    {                                                                                           \
        return E##Entries;                                                                      \
    }

HUIKE_ENUM_TABLE(CustomerStatus,
                 {CustomerStatus::Potential, "potential", QT_TRANSLATE_NOOP("Huike::Enums", "Prospect")},
                 {CustomerStatus::Active, "active", QT_TRANSLATE_NOOP("Huike::Enums", "Active")},
                 {CustomerStatus::Dormant, "dormant", QT_TRANSLATE_NOOP("Huike::Enums", "Dormant")},
                 {CustomerStatus::Lost, "lost", QT_TRANSLATE_NOOP("Huike::Enums", "Churned")})
HUIKE_ENUM_TABLE(CustomerLevel,
                 {CustomerLevel::A, "a", QT_TRANSLATE_NOOP("Huike::Enums", "Level A (key account)")},
                 {CustomerLevel::B, "b", QT_TRANSLATE_NOOP("Huike::Enums", "Level B (major)")},
                 {CustomerLevel::C, "c", QT_TRANSLATE_NOOP("Huike::Enums", "Level C (ordinary)")},
                 {CustomerLevel::D, "d", QT_TRANSLATE_NOOP("Huike::Enums", "Level D (minor)")})
HUIKE_ENUM_TABLE(CustomerType,
                 {CustomerType::End, "end", QT_TRANSLATE_NOOP("Huike::Enums", "End customer")},
                 {CustomerType::Reseller, "reseller", QT_TRANSLATE_NOOP("Huike::Enums", "Reseller")},
                 {CustomerType::Public, "public", QT_TRANSLATE_NOOP("Huike::Enums", "Public institution")})
HUIKE_ENUM_TABLE(CustomerSize,
                 {CustomerSize::Micro, "micro", QT_TRANSLATE_NOOP("Huike::Enums", "Micro (under 10 staff)")},
                 {CustomerSize::Small, "small", QT_TRANSLATE_NOOP("Huike::Enums", "Small (10–99 staff)")},
                 {CustomerSize::Medium, "medium", QT_TRANSLATE_NOOP("Huike::Enums", "Medium (100–499 staff)")},
                 {CustomerSize::Large, "large", QT_TRANSLATE_NOOP("Huike::Enums", "Large (500–999 staff)")},
                 {CustomerSize::Enterprise, "enterprise", QT_TRANSLATE_NOOP("Huike::Enums", "Enterprise (1000+ staff)")})
HUIKE_ENUM_TABLE(DecisionRole,
                 {DecisionRole::DecisionMaker, "decision_maker", QT_TRANSLATE_NOOP("Huike::Enums", "Decision maker")},
                 {DecisionRole::Influencer, "influencer", QT_TRANSLATE_NOOP("Huike::Enums", "Influencer")},
                 {DecisionRole::User, "user", QT_TRANSLATE_NOOP("Huike::Enums", "User")},
                 {DecisionRole::Gatekeeper, "gatekeeper", QT_TRANSLATE_NOOP("Huike::Enums", "Gatekeeper")},
                 {DecisionRole::Other, "other", QT_TRANSLATE_NOOP("Huike::Enums", "Other")})
HUIKE_ENUM_TABLE(UserRole,
                 {UserRole::Admin, "admin", QT_TRANSLATE_NOOP("Huike::Enums", "Administrator")},
                 {UserRole::Director, "director", QT_TRANSLATE_NOOP("Huike::Enums", "Sales director")},
                 {UserRole::Manager, "manager", QT_TRANSLATE_NOOP("Huike::Enums", "Sales manager")},
                 {UserRole::Sales, "sales", QT_TRANSLATE_NOOP("Huike::Enums", "Sales representative")},
                 {UserRole::Clerk, "clerk", QT_TRANSLATE_NOOP("Huike::Enums", "Contract clerk")},
                 {UserRole::Service, "service", QT_TRANSLATE_NOOP("Huike::Enums", "Service agent")})
HUIKE_ENUM_TABLE(OpportunityStatus,
                 {OpportunityStatus::Open, "open", QT_TRANSLATE_NOOP("Huike::Enums", "Open")},
                 {OpportunityStatus::Won, "won", QT_TRANSLATE_NOOP("Huike::Enums", "Won")},
                 {OpportunityStatus::Lost, "lost", QT_TRANSLATE_NOOP("Huike::Enums", "Lost")})
HUIKE_ENUM_TABLE(QuoteStatus,
                 {QuoteStatus::Draft, "draft", QT_TRANSLATE_NOOP("Huike::Enums", "Draft")},
                 {QuoteStatus::Sent, "sent", QT_TRANSLATE_NOOP("Huike::Enums", "Sent")},
                 {QuoteStatus::Accepted, "accepted", QT_TRANSLATE_NOOP("Huike::Enums", "Accepted")},
                 {QuoteStatus::Rejected, "rejected", QT_TRANSLATE_NOOP("Huike::Enums", "Rejected")},
                 {QuoteStatus::Expired, "expired", QT_TRANSLATE_NOOP("Huike::Enums", "Expired")})
HUIKE_ENUM_TABLE(ContractStatus,
                 {ContractStatus::Draft, "draft", QT_TRANSLATE_NOOP("Huike::Enums", "Draft")},
                 {ContractStatus::InApproval, "in_approval", QT_TRANSLATE_NOOP("Huike::Enums", "In approval")},
                 {ContractStatus::Signed, "signed", QT_TRANSLATE_NOOP("Huike::Enums", "Signed")},
                 {ContractStatus::Executing, "executing", QT_TRANSLATE_NOOP("Huike::Enums", "Executing")},
                 {ContractStatus::Completed, "completed", QT_TRANSLATE_NOOP("Huike::Enums", "Completed")},
                 {ContractStatus::Terminated, "terminated", QT_TRANSLATE_NOOP("Huike::Enums", "Terminated")})
HUIKE_ENUM_TABLE(PaymentMethod,
                 {PaymentMethod::Bank, "bank", QT_TRANSLATE_NOOP("Huike::Enums", "Bank transfer")},
                 {PaymentMethod::Cash, "cash", QT_TRANSLATE_NOOP("Huike::Enums", "Cash")},
                 {PaymentMethod::Draft, "draft", QT_TRANSLATE_NOOP("Huike::Enums", "Bank acceptance draft")},
                 {PaymentMethod::Other, "other", QT_TRANSLATE_NOOP("Huike::Enums", "Other")})
HUIKE_ENUM_TABLE(InvoiceKind,
                 {InvoiceKind::Special, "special", QT_TRANSLATE_NOOP("Huike::Enums", "Special VAT invoice")},
                 {InvoiceKind::Ordinary, "ordinary", QT_TRANSLATE_NOOP("Huike::Enums", "Ordinary VAT invoice")})
HUIKE_ENUM_TABLE(ActivityKind,
                 {ActivityKind::Call, "call", QT_TRANSLATE_NOOP("Huike::Enums", "Phone call")},
                 {ActivityKind::Visit, "visit", QT_TRANSLATE_NOOP("Huike::Enums", "Visit")},
                 {ActivityKind::Email, "email", QT_TRANSLATE_NOOP("Huike::Enums", "E-mail message")},
                 {ActivityKind::Note, "note", QT_TRANSLATE_NOOP("Huike::Enums", "Note")})
HUIKE_ENUM_TABLE(ApprovalStatus,
                 {ApprovalStatus::Pending, "pending", QT_TRANSLATE_NOOP("Huike::Enums", "Awaiting approval")},
                 {ApprovalStatus::Approved, "approved", QT_TRANSLATE_NOOP("Huike::Enums", "Approved")},
                 {ApprovalStatus::Rejected, "rejected", QT_TRANSLATE_NOOP("Huike::Enums", "Not approved")})
HUIKE_ENUM_TABLE(StageOutcome,
                 {StageOutcome::Open, "open", QT_TRANSLATE_NOOP("Huike::Enums", "In progress")},
                 {StageOutcome::Won, "won", QT_TRANSLATE_NOOP("Huike::Enums", "Won")},
                 {StageOutcome::Lost, "lost", QT_TRANSLATE_NOOP("Huike::Enums", "Lost")})
HUIKE_ENUM_TABLE(TicketKind,
                 {TicketKind::Consultation, "consultation", QT_TRANSLATE_NOOP("Huike::Enums", "Consultation")},
                 {TicketKind::Complaint, "complaint", QT_TRANSLATE_NOOP("Huike::Enums", "Complaint")},
                 {TicketKind::Fault, "fault", QT_TRANSLATE_NOOP("Huike::Enums", "Fault report")},
                 {TicketKind::Return, "return", QT_TRANSLATE_NOOP("Huike::Enums", "Return or exchange")})
HUIKE_ENUM_TABLE(TicketChannel,
                 {TicketChannel::Phone, "phone", QT_TRANSLATE_NOOP("Huike::Enums", "Telephone")},
                 {TicketChannel::Email, "email", QT_TRANSLATE_NOOP("Huike::Enums", "E-mail")},
                 {TicketChannel::Visit, "visit", QT_TRANSLATE_NOOP("Huike::Enums", "In person")},
                 {TicketChannel::WeChat, "wechat", QT_TRANSLATE_NOOP("Huike::Enums", "WeChat")},
                 {TicketChannel::Other, "other", QT_TRANSLATE_NOOP("Huike::Enums", "Other channel")})
HUIKE_ENUM_TABLE(TicketPriority,
                 {TicketPriority::Urgent, "urgent", QT_TRANSLATE_NOOP("Huike::Enums", "Urgent")},
                 {TicketPriority::High, "high", QT_TRANSLATE_NOOP("Huike::Enums", "High")},
                 {TicketPriority::Normal, "normal", QT_TRANSLATE_NOOP("Huike::Enums", "Normal")},
                 {TicketPriority::Low, "low", QT_TRANSLATE_NOOP("Huike::Enums", "Low")})
HUIKE_ENUM_TABLE(TicketStatus,
                 {TicketStatus::New, "new", QT_TRANSLATE_NOOP("Huike::Enums", "New ticket")},
                 {TicketStatus::Assigned, "assigned", QT_TRANSLATE_NOOP("Huike::Enums", "Assigned")},
                 {TicketStatus::InProgress, "in_progress", QT_TRANSLATE_NOOP("Huike::Enums", "Being handled")},
                 {TicketStatus::Suspended, "suspended", QT_TRANSLATE_NOOP("Huike::Enums", "Suspended")},
                 {TicketStatus::Resolved, "resolved", QT_TRANSLATE_NOOP("Huike::Enums", "Resolved")},
                 {TicketStatus::Closed, "closed", QT_TRANSLATE_NOOP("Huike::Enums", "Closed")})
HUIKE_ENUM_TABLE(AssetStatus,
                 {AssetStatus::InUse, "in_use", QT_TRANSLATE_NOOP("Huike::Enums", "In use at the customer")},
                 {AssetStatus::Returned, "returned", QT_TRANSLATE_NOOP("Huike::Enums", "Returned")},
                 {AssetStatus::Scrapped, "scrapped", QT_TRANSLATE_NOOP("Huike::Enums", "Scrapped")})

#undef HUIKE_ENUM_TABLE

} // namespace

template<typename E>
QString enumCode(E value)
{
    for (const auto &entry : table<E>()) {
        if (entry.value == value)
            return QString::fromLatin1(entry.code);
    }
    return {};
}

template<typename E>
std::optional<E> enumFromCode(QStringView code)
{
    for (const auto &entry : table<E>()) {
        if (code == QLatin1StringView(entry.code))
            return entry.value;
    }
    return std::nullopt;
}

template<typename E>
QString enumLabel(E value)
{
    for (const auto &entry : table<E>()) {
        if (entry.value == value)
            return QCoreApplication::translate("Huike::Enums", entry.label);
    }
    return {};
}

template<typename E>
QList<E> enumValues()
{
    QList<E> out;
    for (const auto &entry : table<E>())
        out.append(entry.value);
    return out;
}

#define HUIKE_INSTANTIATE(E)                                                                    \
    template QString enumCode<E>(E);                                                            \
    template std::optional<E> enumFromCode<E>(QStringView);                                     \
    template QString enumLabel<E>(E);                                                           \
    template QList<E> enumValues<E>();

HUIKE_INSTANTIATE(CustomerStatus)
HUIKE_INSTANTIATE(CustomerLevel)
HUIKE_INSTANTIATE(CustomerType)
HUIKE_INSTANTIATE(CustomerSize)
HUIKE_INSTANTIATE(DecisionRole)
HUIKE_INSTANTIATE(UserRole)
HUIKE_INSTANTIATE(OpportunityStatus)
HUIKE_INSTANTIATE(QuoteStatus)
HUIKE_INSTANTIATE(ContractStatus)
HUIKE_INSTANTIATE(PaymentMethod)
HUIKE_INSTANTIATE(InvoiceKind)
HUIKE_INSTANTIATE(ActivityKind)
HUIKE_INSTANTIATE(ApprovalStatus)
HUIKE_INSTANTIATE(StageOutcome)
HUIKE_INSTANTIATE(TicketKind)
HUIKE_INSTANTIATE(TicketChannel)
HUIKE_INSTANTIATE(TicketPriority)
HUIKE_INSTANTIATE(TicketStatus)
HUIKE_INSTANTIATE(AssetStatus)

#undef HUIKE_INSTANTIATE

namespace {

template<typename E>
std::optional<QString> labelOfCode(QStringView code)
{
    for (const auto &entry : table<E>()) {
        if (code == QLatin1StringView(entry.code))
            return QCoreApplication::translate("Huike::Enums", entry.label);
    }
    return std::nullopt;
}

template<typename E>
QStringList codesOf()
{
    QStringList out;
    for (const auto &entry : table<E>())
        out.append(QString::fromLatin1(entry.code));
    return out;
}

// Each enumeration above under its type's name.
struct Enumeration
{
    const char *name;
    std::optional<QString> (*label)(QStringView code);
    QStringList (*codes)();
};

#define HUIKE_ENUMERATION(E) Enumeration{#E, &labelOfCode<E>, &codesOf<E>}

const Enumeration Enumerations[] = {
    HUIKE_ENUMERATION(CustomerStatus),
    HUIKE_ENUMERATION(CustomerLevel),
    HUIKE_ENUMERATION(CustomerType),
    HUIKE_ENUMERATION(CustomerSize),
    HUIKE_ENUMERATION(DecisionRole),
    HUIKE_ENUMERATION(UserRole),
    HUIKE_ENUMERATION(OpportunityStatus),
    HUIKE_ENUMERATION(QuoteStatus),
    HUIKE_ENUMERATION(ContractStatus),
    HUIKE_ENUMERATION(PaymentMethod),
    HUIKE_ENUMERATION(InvoiceKind),
    HUIKE_ENUMERATION(ActivityKind),
    HUIKE_ENUMERATION(ApprovalStatus),
    HUIKE_ENUMERATION(StageOutcome),
    HUIKE_ENUMERATION(TicketKind),
    HUIKE_ENUMERATION(TicketChannel),
    HUIKE_ENUMERATION(TicketPriority),
    HUIKE_ENUMERATION(TicketStatus),
    HUIKE_ENUMERATION(AssetStatus),
};

#undef HUIKE_ENUMERATION

const Enumeration *findEnumeration(QStringView name)
{
    for (const Enumeration &e : Enumerations) {
        if (name == QLatin1StringView(e.name))
            return &e;
    }
    return nullptr;
}

} // namespace

std::optional<QString> enumLabelFor(QStringView enumeration, QStringView code)
{
    const Enumeration *e = findEnumeration(enumeration);
    return e ? e->label(code) : std::nullopt;
}

QStringList enumCodesFor(QStringView enumeration)
{
    const Enumeration *e = findEnumeration(enumeration);
    return e ? e->codes() : QStringList();
}

} // namespace Huike
