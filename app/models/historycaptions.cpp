// HistoryService's words for fields and kinds of record: the caption of each field (the one
// the card or editor shows it with) and the name of each kind, apart from the service's
// reading of the outbox and the history cache (historyservice.cpp).
#include "models/historyservice.h"

#include "models/outcometext.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

const char *const Context = "Huike::HistoryService";

// A field's caption: where the card or an editor shows the field, its label there (in
// that window's context, so both say the same); otherwise one of our own.
struct Caption
{
    const char *table; // nullptr: any table
    const char *field;
    const char *context;
    const char *source;
};

const Caption Captions[] = {
    {"customers", "name", "Huike::CustomerBasicTab", QT_TRANSLATE_NOOP("Huike::CustomerBasicTab", "Customer &name")},
    {"customers", "shortName", "Huike::CustomerBasicTab", QT_TRANSLATE_NOOP("Huike::CustomerBasicTab", "S&hort name")},
    {"customers", "creditCode", "Huike::CustomerBasicTab", QT_TRANSLATE_NOOP("Huike::CustomerBasicTab", "&Credit code")},
    {"customers", "phone", "Huike::CustomerBasicTab", QT_TRANSLATE_NOOP("Huike::CustomerBasicTab", "&Phone")},
    {"customers", "email", "Huike::CustomerBasicTab", QT_TRANSLATE_NOOP("Huike::CustomerBasicTab", "&Email")},
    {"customers", "website", "Huike::CustomerBasicTab", QT_TRANSLATE_NOOP("Huike::CustomerBasicTab", "&Website")},
    {"customers", "address", "Huike::CustomerBasicTab", QT_TRANSLATE_NOOP("Huike::CustomerBasicTab", "&Address")},
    {"customers", "province", "Huike::CustomerBasicTab", QT_TRANSLATE_NOOP("Huike::CustomerBasicTab", "Pro&vince")},
    {"customers", "city", "Huike::CustomerBasicTab", QT_TRANSLATE_NOOP("Huike::CustomerBasicTab", "C&ity")},
    {"customers", "postcode", "Huike::CustomerBasicTab", QT_TRANSLATE_NOOP("Huike::CustomerBasicTab", "Pos&tcode")},
    {"customers", "industry", "Huike::CustomerBasicTab", QT_TRANSLATE_NOOP("Huike::CustomerBasicTab", "In&dustry")},
    {"customers", "region", "Huike::CustomerBasicTab", QT_TRANSLATE_NOOP("Huike::CustomerBasicTab", "&Region")},
    {"customers", "size", "Huike::CustomerBasicTab", QT_TRANSLATE_NOOP("Huike::CustomerBasicTab", "Si&ze")},
    {"customers", "status", "Huike::CustomerClassificationTab", QT_TRANSLATE_NOOP("Huike::CustomerClassificationTab", "Sta&tus")},
    {"customers", "level", "Huike::CustomerClassificationTab", QT_TRANSLATE_NOOP("Huike::CustomerClassificationTab", "Le&vel")},
    {"customers", "type", "Huike::CustomerClassificationTab", QT_TRANSLATE_NOOP("Huike::CustomerClassificationTab", "Ty&pe")},
    {"customers", "source", "Huike::CustomerClassificationTab", QT_TRANSLATE_NOOP("Huike::CustomerClassificationTab", "Sou&rce")},
    {"customers", "creditRating", "Huike::CustomerClassificationTab", QT_TRANSLATE_NOOP("Huike::CustomerClassificationTab", "Cre&dit rating")},
    {"customers", "securityLevel", "Huike::CustomerClassificationTab", QT_TRANSLATE_NOOP("Huike::CustomerClassificationTab", "Securit&y level")},
    {"customers", "tags", "Huike::CustomerClassificationTab", QT_TRANSLATE_NOOP("Huike::CustomerClassificationTab", "Ta&gs")},
    {"customers", "background", "Huike::CustomerClassificationTab", QT_TRANSLATE_NOOP("Huike::CustomerClassificationTab", "Bac&kground")},
    {"customers", "ownerId", "Huike::CustomerClassificationTab", QT_TRANSLATE_NOOP("Huike::CustomerClassificationTab", "Owner")},
    {"customers", "lastActivityAt", Context, QT_TRANSLATE_NOOP("Huike::HistoryService", "Last activity")},
    {"customers", "poolReason", Context, QT_TRANSLATE_NOOP("Huike::HistoryService", "Reason for the public pool")},
    {"customers", "pooledAt", Context, QT_TRANSLATE_NOOP("Huike::HistoryService", "In the public pool since")},
    {"customers", "mergedInto", Context, QT_TRANSLATE_NOOP("Huike::HistoryService", "Merged into")},
    {"contacts", "name", "Huike::ContactDialog", QT_TRANSLATE_NOOP("Huike::ContactDialog", "&Name")},
    {"contacts", "title", "Huike::ContactDialog", QT_TRANSLATE_NOOP("Huike::ContactDialog", "&Title")},
    {"contacts", "department", "Huike::ContactDialog", QT_TRANSLATE_NOOP("Huike::ContactDialog", "&Department")},
    {"contacts", "phone", "Huike::ContactDialog", QT_TRANSLATE_NOOP("Huike::ContactDialog", "&Phone")},
    {"contacts", "mobile", "Huike::ContactDialog", QT_TRANSLATE_NOOP("Huike::ContactDialog", "&Mobile")},
    {"contacts", "email", "Huike::ContactDialog", QT_TRANSLATE_NOOP("Huike::ContactDialog", "&Email")},
    {"contacts", "decisionRole", "Huike::ContactDialog", QT_TRANSLATE_NOOP("Huike::ContactDialog", "Decision &role")},
    {"contacts", "isPrimary", "Huike::ContactDialog", QT_TRANSLATE_NOOP("Huike::ContactDialog", "Primary contact")},
    {"contacts", "notes", "Huike::ContactDialog", QT_TRANSLATE_NOOP("Huike::ContactDialog", "N&otes")},
    {"quotes", "title", "Huike::QuoteEditor", QT_TRANSLATE_NOOP("Huike::QuoteEditor", "&Subject:")},
    {"quotes", "validUntil", "Huike::QuoteEditor", QT_TRANSLATE_NOOP("Huike::QuoteEditor", "&Valid until:")},
    {"quotes", "taxMode", "Huike::QuoteEditor", QT_TRANSLATE_NOOP("Huike::QuoteEditor", "&Prices:")},
    {"quotes", "terms", "Huike::QuoteEditor", QT_TRANSLATE_NOOP("Huike::QuoteEditor", "&Terms:")},
    {"contracts", "title", "Huike::ContractEditor", QT_TRANSLATE_NOOP("Huike::ContractEditor", "&Subject:")},
    {"contracts", "partyA", "Huike::ContractEditor", QT_TRANSLATE_NOOP("Huike::ContractEditor", "Party &A (customer):")},
    {"contracts", "partyB", "Huike::ContractEditor", QT_TRANSLATE_NOOP("Huike::ContractEditor", "Party &B (us):")},
    {"contracts", "signDate", "Huike::ContractEditor", QT_TRANSLATE_NOOP("Huike::ContractEditor", "Si&gned on:")},
    {"contracts", "amount", "Huike::ContractEditor", QT_TRANSLATE_NOOP("Huike::ContractEditor", "A&mount:")},
    {"contracts", "taxMode", "Huike::QuoteEditor", QT_TRANSLATE_NOOP("Huike::QuoteEditor", "&Prices:")},
    {"opportunities", "name", "Huike::OpportunityDialog", QT_TRANSLATE_NOOP("Huike::OpportunityDialog", "&Name:")},
    {"opportunities", "stage", "Huike::OpportunityDialog", QT_TRANSLATE_NOOP("Huike::OpportunityDialog", "&Stage:")},
    {"opportunities", "expectedClose", "Huike::OpportunityDialog", QT_TRANSLATE_NOOP("Huike::OpportunityDialog", "Expected &close:")},
    {"opportunities", "competitors", "Huike::OpportunityDialog", QT_TRANSLATE_NOOP("Huike::OpportunityDialog", "C&ompetitors:")},
    {"opportunities", "nextStep", "Huike::OpportunityDialog", QT_TRANSLATE_NOOP("Huike::OpportunityDialog", "Ne&xt step:")},
    {"opportunities", "lostReason", "Huike::OpportunityDialog", QT_TRANSLATE_NOOP("Huike::OpportunityDialog", "&Reason lost:")},
    {"activities", "kind", "Huike::ActivityDialog", QT_TRANSLATE_NOOP("Huike::ActivityDialog", "&Kind")},
    {"activities", "occurredAt", "Huike::ActivityDialog", QT_TRANSLATE_NOOP("Huike::ActivityDialog", "&When")},
    {"activities", "contactId", "Huike::ActivityDialog", QT_TRANSLATE_NOOP("Huike::ActivityDialog", "C&ontact")},
    {"activities", "subject", "Huike::ActivityDialog", QT_TRANSLATE_NOOP("Huike::ActivityDialog", "&Subject")},
    {"activities", "body", "Huike::ActivityDialog", QT_TRANSLATE_NOOP("Huike::ActivityDialog", "&Notes")},
    {"activities", "nextStep", "Huike::ActivityDialog", QT_TRANSLATE_NOOP("Huike::ActivityDialog", "Ne&xt step")},
    {"contracts", "startDate", Context, QT_TRANSLATE_NOOP("Huike::HistoryService", "Start date")},
    {"contracts", "endDate", Context, QT_TRANSLATE_NOOP("Huike::HistoryService", "End date")},
    {"opportunities", "probabilityPercent", Context, QT_TRANSLATE_NOOP("Huike::HistoryService", "Probability")},
    {"opportunities", "amount", Context, QT_TRANSLATE_NOOP("Huike::HistoryService", "Amount")},
    {"activities", "nextStepDue", Context, QT_TRANSLATE_NOOP("Huike::HistoryService", "Next step due")},
    {"activities", "done", Context, QT_TRANSLATE_NOOP("Huike::HistoryService", "Done")},
    {"quotes", "net", Context, QT_TRANSLATE_NOOP("Huike::HistoryService", "Amount before tax")},
    {"contracts", "net", Context, QT_TRANSLATE_NOOP("Huike::HistoryService", "Amount before tax")},
    {"quotes", "gross", Context, QT_TRANSLATE_NOOP("Huike::HistoryService", "Total")},
    // Any table, where the words differ from OutcomeText::fieldCaption's; the other fields
    // are under its captions (one table of the fields' names for the conflict list, the
    // merge and the history).
    {nullptr, "name", Context, QT_TRANSLATE_NOOP("Huike::HistoryService", "Name")},
    {nullptr, "number", Context, QT_TRANSLATE_NOOP("Huike::HistoryService", "Number")},
    {nullptr, "status", Context, QT_TRANSLATE_NOOP("Huike::HistoryService", "Status")},
    {nullptr, "kind", Context, QT_TRANSLATE_NOOP("Huike::HistoryService", "Kind")},
    {nullptr, "amount", Context, QT_TRANSLATE_NOOP("Huike::HistoryService", "Amount")},
    {nullptr, "net", Context, QT_TRANSLATE_NOOP("Huike::HistoryService", "Amount before tax")},
    {nullptr, "tax", Context, QT_TRANSLATE_NOOP("Huike::HistoryService", "Tax")},
    {nullptr, "gross", Context, QT_TRANSLATE_NOOP("Huike::HistoryService", "Amount with tax")},
    {nullptr, "lineNo", Context, QT_TRANSLATE_NOOP("Huike::HistoryService", "Line")},
    {nullptr, "quantity", Context, QT_TRANSLATE_NOOP("Huike::HistoryService", "Quantity")},
    {"expenses", "paidOn", Context, QT_TRANSLATE_NOOP("Huike::HistoryService", "Date paid out")},
    {nullptr, "paidOn", Context, QT_TRANSLATE_NOOP("Huike::HistoryService", "Paid on")},
    {nullptr, "issuedOn", Context, QT_TRANSLATE_NOOP("Huike::HistoryService", "Issued on")},
    {nullptr, "deliveredOn", Context, QT_TRANSLATE_NOOP("Huike::HistoryService", "Delivered on")},
    {nullptr, "receiver", Context, QT_TRANSLATE_NOOP("Huike::HistoryService", "Received by")},
    {nullptr, "decidedAt", Context, QT_TRANSLATE_NOOP("Huike::HistoryService", "Decided at")},
};

struct Kind
{
    const char *table;
    const char *name; // lower case: "Changed contact 张伟"
};

// The kinds of record, in the order the filter offers them.
const Kind Kinds[] = {
    {"customers", QT_TRANSLATE_NOOP("Huike::HistoryService", "customer")},
    {"contacts", QT_TRANSLATE_NOOP("Huike::HistoryService", "contact")},
    {"activities", QT_TRANSLATE_NOOP("Huike::HistoryService", "activity")},
    {"opportunities", QT_TRANSLATE_NOOP("Huike::HistoryService", "opportunity")},
    {"quotes", QT_TRANSLATE_NOOP("Huike::HistoryService", "quote")},
    {"quote_lines", QT_TRANSLATE_NOOP("Huike::HistoryService", "quote line")},
    {"approvals", QT_TRANSLATE_NOOP("Huike::HistoryService", "approval")},
    {"contracts", QT_TRANSLATE_NOOP("Huike::HistoryService", "contract")},
    {"contract_lines", QT_TRANSLATE_NOOP("Huike::HistoryService", "contract line")},
    {"payment_plans", QT_TRANSLATE_NOOP("Huike::HistoryService", "instalment")},
    {"payments", QT_TRANSLATE_NOOP("Huike::HistoryService", "payment")},
    {"invoices", QT_TRANSLATE_NOOP("Huike::HistoryService", "invoice")},
    {"deliveries", QT_TRANSLATE_NOOP("Huike::HistoryService", "delivery")},
    {"attachments", QT_TRANSLATE_NOOP("Huike::HistoryService", "attachment")},
    {"stage_changes", QT_TRANSLATE_NOOP("Huike::HistoryService", "stage change")},
};

// "客户名称(&N)" → "客户名称", "&Subject:" → "Subject", "主题(&S)：" → "主题".
QString withoutAccelerator(QString text)
{
    static const QRegularExpression mnemonic(u"\\(&.\\)"_s);
    text.remove(mnemonic);
    text.remove(u'&');
    while (text.endsWith(u':') || text.endsWith(u'：'))
        text.chop(1);
    return text.trimmed();
}

} // namespace

QString HistoryService::caption(const QString &table, const QString &field)
{
    const QByteArray t = table.toLatin1();
    const QByteArray f = field.toLatin1();
    const Caption *any = nullptr;
    for (const Caption &c : Captions) {
        if (f != c.field)
            continue;
        if (c.table && t == c.table)
            return withoutAccelerator(QCoreApplication::translate(c.context, c.source));
        if (!c.table && !any)
            any = &c;
    }
    if (any)
        return withoutAccelerator(QCoreApplication::translate(any->context, any->source));
    const QString common = OutcomeText::fieldCaption(table, field);
    return common.isEmpty() ? field : common;
}

QString HistoryService::kindName(const QString &table)
{
    for (const Kind &k : Kinds)
        if (table == QLatin1StringView(k.table))
            return QCoreApplication::translate(Context, k.name);
    return table;
}

QList<QPair<QString, QString>> HistoryService::kinds()
{
    QList<QPair<QString, QString>> out;
    for (const Kind &k : Kinds) {
        QString name = QCoreApplication::translate(Context, k.name);
        name[0] = name[0].toUpper(); // a list item: "Contact"
        out.append({QString::fromLatin1(k.table), name});
    }
    return out;
}

} // namespace Huike
