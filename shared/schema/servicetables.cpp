// The built-in tables of after-sales service (服务管理, FEATURES.md V1–V4), by the migration
// that creates them. Internal to shared/schema: DomainSchema (domainschema.cpp) registers them.
#include "schema/builtintables.h"

#include "schema/timelinetexts.h"

using namespace Qt::StringLiterals;

namespace Huike::DomainSchema::BuiltIn {

namespace {

constexpr auto Synced = TableDef::Kind::Synced;
using Timeline = TableDef::Timeline;

} // namespace

// Migration 15: service tickets (服务请求 / 投诉, V1) and their history. A ticket is a
// customer's record (whoever sees the customer sees its tickets; service staff see every
// customer) that agents, their managers, directors and administrators work: its flow is
// TicketPolicy's (shared/core/ticketpolicy.h). The server numbers nothing a client cannot
// (FW-2026-000001 from the number pool, as quotes), and owns what the SLA derives: the
// due instants from the rules in force when the ticket was logged and the company's
// working calendar (server time, never a client's clock), when it was first answered,
// resolved and closed, the suspensions the clock stood still for, and the breaches. Every
// accepted move writes a ticket_events row (who, when, from, to, the note given with it):
// the history is the server's, never a client's.
QList<TableDef> version15Tables()
{
    QList<TableDef> t;
    t << TableDef(u"tickets"_s, Synced)
             .resource(u"tickets"_s)
             .writableBy({u"service"_s})
             .ref(u"customer_id"_s, u"customers"_s, true)
             .ref(u"contact_id"_s, u"contacts"_s)
             .ref(u"product_id"_s, u"products"_s)
             .text(u"number"_s, true)
             .text(u"kind"_s, true, u"'consultation'"_s).enumerated(u"TicketKind"_s)
             .text(u"channel"_s, true, u"'phone'"_s).enumerated(u"TicketChannel"_s)
             .text(u"priority"_s, true, u"'normal'"_s).enumerated(u"TicketPriority"_s)
             .text(u"subject"_s, true)
             .text(u"description"_s)
             .text(u"status"_s, true, u"'new'"_s).enumerated(u"TicketStatus"_s)
             .id(u"assignee_id"_s)
             .integer(u"level"_s, true, u"0"_s)
             .text(u"step_note"_s)        // the note given with the latest move: into its event
             .text(u"suspend_reason"_s)
             .date(u"resume_on"_s)
             .text(u"resolution"_s)
             .timestamp(u"response_due"_s)
             .timestamp(u"resolution_due"_s)
             .timestamp(u"responded_at"_s)
             .timestamp(u"resolved_at"_s)
             .timestamp(u"closed_at"_s)
             .text(u"suspensions"_s)      // JSON [[from, to], …] in UTC; to null while suspended
             .boolean(u"response_breached"_s)
             .boolean(u"resolution_breached"_s)
             .integer(u"satisfaction"_s)  // 1–5 once closed
             .text(u"satisfaction_comment"_s)
             .timestamp(u"rated_at"_s)
             .text(u"survey_token"_s)     // the customer's link to rate it, made when closed
             .index({u"customer_id"_s})
             .index({u"number"_s}, true)
             .index({u"assignee_id"_s, u"status"_s})
             .index({u"status"_s, u"resolution_due"_s})
             .timeline(Timeline(110, QT_TRANSLATE_NOOP("Huike::Customer360", "Service ticket"), {u"created_at"_s})
                           .titled({{u"kind"_s, TimelineTexts::ticketKind}, {u"subject"_s}},
                                   QT_TRANSLATE_NOOP("Huike::Customer360", "%1: %2"))
                           .detailed({{u"number"_s}, {u"status"_s, TimelineTexts::ticketStatus}}))
             .scope(ScopeKind::CustomerChild)
             .write(u"number"_s, WriteRule::CreateOnly)
             .write(u"status"_s, WriteRule::Workflow)
             .write(u"assignee_id"_s, WriteRule::Workflow)
             .write(u"level"_s, WriteRule::Workflow)
             .write(u"step_note"_s, WriteRule::Workflow)
             .write(u"suspend_reason"_s, WriteRule::Workflow)
             .write(u"resume_on"_s, WriteRule::Workflow)
             .write(u"resolution"_s, WriteRule::Workflow)
             .write(u"satisfaction"_s, WriteRule::Workflow)
             .write(u"satisfaction_comment"_s, WriteRule::Workflow)
             .write(u"response_due"_s, WriteRule::Server)
             .write(u"resolution_due"_s, WriteRule::Server)
             .write(u"responded_at"_s, WriteRule::Server)
             .write(u"resolved_at"_s, WriteRule::Server)
             .write(u"closed_at"_s, WriteRule::Server)
             .write(u"suspensions"_s, WriteRule::Server)
             .write(u"response_breached"_s, WriteRule::Server)
             .write(u"resolution_breached"_s, WriteRule::Server)
             .write(u"rated_at"_s, WriteRule::Server)
             .write(u"survey_token"_s, WriteRule::Server);
    t << TableDef(u"ticket_events"_s, Synced)
             .resource(u"ticket-events"_s)
             .ref(u"customer_id"_s, u"customers"_s, true)
             .ref(u"ticket_id"_s, u"tickets"_s, true)
             .text(u"action"_s, true) // logged, assigned, started, suspended, resumed, resolved, closed,
                                      // reopened, escalated, breached, rated
             .text(u"from_status"_s)
             .text(u"to_status"_s)
             .id(u"assignee_id"_s)
             .integer(u"level"_s, true, u"0"_s)
             .text(u"note"_s)
             .index({u"ticket_id"_s})
             .index({u"customer_id"_s})
             .scope(ScopeKind::CustomerChild)
             .write(u"ticket_id"_s, WriteRule::Server)
             .write(u"action"_s, WriteRule::Server)
             .write(u"from_status"_s, WriteRule::Server)
             .write(u"to_status"_s, WriteRule::Server)
             .write(u"assignee_id"_s, WriteRule::Server)
             .write(u"level"_s, WriteRule::Server)
             .write(u"note"_s, WriteRule::Server);
    return t;
}

// Migration 16: the customers' assets (设备, V2) — a product delivered under a contract with
// its serial number, or one the customer had before — and their warranty. A serial number
// is one product's once (the server refuses a second, 409 duplicate_serial). The warranty
// is not stored: it follows from the dates here, the product's category and whether it is a
// part (products.category, products.is_part, added by this migration), the setting
// service.warranty and the asset's finished repairs (Warranty in shared/core/warranty.h),
// so the client and the server say the same, offline too, and a change of the rules applies
// to every asset at once. Tickets name the asset they are about (tickets.asset_id).
QList<TableDef> version16Tables()
{
    QList<TableDef> t;
    t << TableDef(u"assets"_s, Synced)
             .resource(u"assets"_s)
             .writableBy({u"service"_s, u"clerk"_s})
             .ref(u"customer_id"_s, u"customers"_s, true)
             .ref(u"product_id"_s, u"products"_s, true)
             .ref(u"contract_id"_s, u"contracts"_s)
             .text(u"serial_number"_s, true)
             .date(u"delivered_on"_s)
             .date(u"invoiced_on"_s)
             .text(u"location"_s) // where it is installed (安装地点)
             .text(u"status"_s, true, u"'in_use'"_s).enumerated(u"AssetStatus"_s)
             .text(u"note"_s)
             .index({u"customer_id"_s})
             .index({u"product_id"_s, u"serial_number"_s})
             .index({u"contract_id"_s})
             .searchable({4, QT_TRANSLATE_NOOP("Huike::SearchIndex", "Assets"), {{u"serial_number"_s, TableDef::SearchText::Code}},
                          u"customer_id"_s})
             .timeline(Timeline(120, QT_TRANSLATE_NOOP("Huike::Customer360", "Asset"), {u"delivered_on"_s, u"created_at"_s})
                           .titled({{u"product_id.name"_s}, {u"serial_number"_s}},
                                   QT_TRANSLATE_NOOP("Huike::Customer360", "%1, serial number %2"))
                           .detailed({{u"contract_id.number"_s}, {u"status"_s, TimelineTexts::assetStatus}}))
             .scope(ScopeKind::CustomerChild);
    return t;
}

} // namespace Huike::DomainSchema::BuiltIn
