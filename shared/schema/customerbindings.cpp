#include "schema/entitybindings.h"

#include "core/activity.h"
#include "core/contact.h"
#include "core/customer.h"
#include "schema/domainschema.h"

using namespace Qt::StringLiterals;

namespace Huike::Bindings {

Binding<Customer> customer()
{
    Binding<Customer> b(DomainSchema::table(u"customers"_s));
    b.meta(&Customer::meta)
        .field(&Customer::name, u"name"_s)
        .field(&Customer::shortName, u"short_name"_s)
        .field(&Customer::address, u"address"_s)
        .field(&Customer::province, u"province"_s)
        .field(&Customer::city, u"city"_s)
        .field(&Customer::postcode, u"postcode"_s)
        .field(&Customer::phone, u"phone"_s)
        .field(&Customer::website, u"website"_s)
        .field(&Customer::email, u"email"_s)
        .field(&Customer::creditCode, u"credit_code"_s)
        .field(&Customer::industry, u"industry"_s)
        .field(&Customer::region, u"region"_s)
        .field(&Customer::size, u"size"_s)
        .field(&Customer::status, u"status"_s)
        .field(&Customer::level, u"level"_s)
        .field(&Customer::type, u"type"_s)
        .field(&Customer::source, u"source"_s)
        .field(&Customer::background, u"background"_s)
        .field(&Customer::creditRating, u"credit_rating"_s)
        .field(&Customer::securityLevel, u"security_level"_s)
        .field(&Customer::tags, u"tags"_s)
        .field(&Customer::departmentId, u"department_id"_s)
        .field(&Customer::lastActivityAt, u"last_activity_at"_s)
        // The duplicate-check keys: the server's writer derives them from name and phone.
        .unmapped(u"name_norm"_s)
        .unmapped(u"phone_norm"_s)
        // The pool's reason and date, the survivor of a merge (migration 7, server-written).
        .unmapped(u"pool_reason"_s)
        .unmapped(u"pooled_at"_s)
        .unmapped(u"merged_into"_s)
        // Since when it has its owner (migration 8, server-written: the pool reclaim's clock).
        .unmapped(u"owner_since"_s);
    return b;
}

Binding<Contact> contact()
{
    Binding<Contact> b(DomainSchema::table(u"contacts"_s));
    b.meta(&Contact::meta)
        .field(&Contact::customerId, u"customer_id"_s)
        .field(&Contact::name, u"name"_s)
        .field(&Contact::title, u"title"_s)
        .field(&Contact::department, u"department"_s)
        .field(&Contact::phone, u"phone"_s)
        .field(&Contact::mobile, u"mobile"_s)
        .field(&Contact::email, u"email"_s)
        .field(&Contact::decisionRole, u"decision_role"_s)
        .field(&Contact::isPrimary, u"is_primary"_s)
        .field(&Contact::notes, u"notes"_s);
    return b;
}

Binding<Activity> activity()
{
    Binding<Activity> b(DomainSchema::table(u"activities"_s));
    b.meta(&Activity::meta)
        .field(&Activity::customerId, u"customer_id"_s)
        .field(&Activity::contactId, u"contact_id"_s)
        .field(&Activity::kind, u"kind"_s)
        .field(&Activity::occurredAt, u"occurred_at"_s)
        .field(&Activity::subject, u"subject"_s)
        .field(&Activity::body, u"body"_s)
        .field(&Activity::nextStep, u"next_step"_s)
        .field(&Activity::nextStepDue, u"next_step_due"_s)
        .field(&Activity::done, u"done"_s);
    return b;
}

} // namespace Huike::Bindings
