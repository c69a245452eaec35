// The contract service's records against a contract over a replica (FEATURES.md S4):
// deliveries (发货记录) and invoices (开票记录) only on a signed contract, written with
// their outbox entries and the customer's owner, listed in date order; what is invoiced
// against the contract amount and what is left to invoice. A customer's attachments: its
// own (no contract) and its contracts', newest first; its own added with the checks and
// the copy of a contract's, refused for a customer not saved.
#include "core/id.h"
#include "models/contractservice.h"
#include "models/customerservice.h"
#include "replica/replica.h"
#include "schema/database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_ContractService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void deliveriesOnlyOnSignedContracts_data();
    void deliveriesOnlyOnSignedContracts();
    void deliveriesAreListedAndSynced();
    void invalidDeliveryWritesNothing();
    void invoicedAgainstTheAmount();
    void customerAttachmentsWithTheirContracts();
    void customerAttachmentRefused_data();
    void customerAttachmentRefused();

private:
    Contract signedContract(const QString &amount, const QString &tax);
    static DeliveryRecord delivery(const QString &on, const QString &what);
    int count(const QString &sql, const QVariantList &values = {});
    QString writeFile(const QString &name, const QByteArray &content);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Replica> m_replica;
    std::unique_ptr<ContractService> m_service;
    QString m_me;
    QString m_customer;
};

void tst_ContractService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_replica = Replica::open(m_dir->path() + u"/replica.sqlite"_s);
    m_me = Id::generate().toString();
    m_replica->setUserId(m_me);
    m_replica->database().exec(
        u"INSERT INTO users (id, version, deleted, created_at, updated_at, login, display_name, role, disabled) "
        u"VALUES (?, 1, 0, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'wangfang', '王芳', 'sales', 0)"_s,
        {m_me});
    CustomerService customers(*m_replica);
    CustomerService::Card card;
    card.customer.name = u"杭州华通科技有限公司"_s;
    QVERIFY(customers.save(card, {}).isEmpty());
    m_customer = card.customer.meta.id.toString();
    m_service = std::make_unique<ContractService>(*m_replica);
}

void tst_ContractService::cleanup()
{
    m_service.reset();
    m_replica.reset();
    m_dir.reset();
}

int tst_ContractService::count(const QString &sql, const QVariantList &values)
{
    return m_replica->database().scalar(sql, values).toInt();
}

// A contract of `amount` (incl. `tax`) with one balance instalment, saved and signed.
Contract tst_ContractService::signedContract(const QString &amount, const QString &tax)
{
    Contract c = m_service->newContract(m_customer, u"2026-11-26"_s);
    c.amount = *Money::parse(amount);
    c.tax = *Money::parse(tax);
    c.net = c.amount - c.tax;
    c.paymentPlan = Contract::splitPlan(c.amount, {100}, {u"2026-12-26"_s});
    const ValidationErrors saved = m_service->save(c);
    if (saved)
        qWarning() << saved.fields();
    m_service->changeStatus(c, ContractStatus::InApproval);
    c.signDate = u"2026-11-27"_s;
    m_service->changeStatus(c, ContractStatus::Signed);
    return *m_service->load(c.meta.id.toString());
}

QString tst_ContractService::writeFile(const QString &name, const QByteArray &content)
{
    QFile file(m_dir->path() + u'/' + name);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return file.fileName();
}

DeliveryRecord tst_ContractService::delivery(const QString &on, const QString &what)
{
    DeliveryRecord d;
    d.deliveredOn = on;
    d.description = what;
    d.carrier = u"顺丰速运"_s;
    d.trackingNumber = u"SF1234567890123"_s;
    d.receiver = u"王伟"_s;
    return d;
}

void tst_ContractService::deliveriesOnlyOnSignedContracts_data()
{
    QTest::addColumn<ContractStatus>("status");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("draft") << ContractStatus::Draft << false;
    QTest::newRow("in approval") << ContractStatus::InApproval << false;
    QTest::newRow("signed") << ContractStatus::Signed << true;
    QTest::newRow("executing") << ContractStatus::Executing << true;
    QTest::newRow("completed") << ContractStatus::Completed << true;
    QTest::newRow("terminated") << ContractStatus::Terminated << true;
}

void tst_ContractService::deliveriesOnlyOnSignedContracts()
{
    QFETCH(ContractStatus, status);
    QFETCH(bool, accepted);
    Contract c = m_service->newContract(m_customer, u"2026-11-26"_s);
    c.amount = c.net = *Money::parse(u"1000.00"_s);
    c.paymentPlan = Contract::splitPlan(c.amount, {100}, {u"2026-12-26"_s});
    QVERIFY(m_service->save(c).isEmpty());
    c.status = status; // as the server would have it after the flow
    DeliveryRecord d = delivery(u"2026-12-01"_s, u"机架式服务器 2 台"_s);
    const ValidationErrors errors = m_service->addDelivery(c, d);
    QCOMPARE(errors.isEmpty(), accepted);
    QCOMPARE(count(u"SELECT count(*) FROM deliveries"_s), accepted ? 1 : 0);
    if (!accepted) {
        QCOMPARE(errors.codeFor(u"contractId"_s), u"document_locked"_s);
        QVERIFY(errors.messageFor(u"contractId"_s).contains(u"signed"_s));
    }
    // Invoices follow the same rule.
    InvoiceRecord i;
    i.number = u"04512345"_s;
    i.issuedOn = u"2026-12-01"_s;
    i.amount = *Money::parse(u"1000.00"_s);
    i.tax = Money::fromFen(0);
    QCOMPARE(m_service->addInvoice(c, i).isEmpty(), accepted);
}

void tst_ContractService::deliveriesAreListedAndSynced()
{
    const Contract c = signedContract(u"87010.00"_s, u"10010.00"_s);
    const int pending = m_replica->pendingCount();
    DeliveryRecord second = delivery(u"2026-12-10"_s, u"备份软件 1 套"_s);
    DeliveryRecord first = delivery(u"2026-12-01"_s, u"机架式服务器 2 台"_s);
    QVERIFY(m_service->addDelivery(c, second).isEmpty());
    QVERIFY(m_service->addDelivery(c, first).isEmpty());
    QCOMPARE(m_replica->pendingCount(), pending + 2); // each an outbox mutation
    QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE table_name = 'deliveries'"_s), 2);
    // Filled from the contract: its customer, the customer's owner, ids and stamps.
    QCOMPARE(first.contractId, c.meta.id);
    QCOMPARE(first.customerId, c.customerId);
    QVERIFY(!first.meta.id.isNull());
    QCOMPARE(m_replica->database().scalar(u"SELECT owner_id FROM deliveries WHERE id = ?"_s, {first.meta.id.toString()}).toString(), m_me);
    QCOMPARE(m_replica->database().scalar(u"SELECT customer_id FROM deliveries WHERE id = ?"_s, {first.meta.id.toString()}).toString(), m_customer);

    const QList<DeliveryRecord> listed = m_service->deliveries(c.meta.id.toString());
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed[0].deliveredOn, u"2026-12-01"_s); // by date, not by entry
    QCOMPARE(listed[0].description, u"机架式服务器 2 台"_s);
    QCOMPARE(listed[0].trackingNumber, u"SF1234567890123"_s);
    QCOMPARE(listed[0].receiver, u"王伟"_s);
    QCOMPARE(listed[1].description, u"备份软件 1 套"_s);
    // Another contract's deliveries are its own.
    const Contract other = signedContract(u"500.00"_s, u"0.00"_s);
    QVERIFY(m_service->deliveries(other.meta.id.toString()).isEmpty());
}

void tst_ContractService::invalidDeliveryWritesNothing()
{
    const Contract c = signedContract(u"1000.00"_s, u"0.00"_s);
    const int pending = m_replica->pendingCount();
    DeliveryRecord d = delivery(u"2026-02-30"_s, u""_s);
    d.trackingNumber = u"顺丰 123"_s;
    const ValidationErrors errors = m_service->addDelivery(c, d);
    QCOMPARE(errors.fields(), (QStringList{u"deliveredOn"_s, u"description"_s, u"trackingNumber"_s}));
    QCOMPARE(count(u"SELECT count(*) FROM deliveries"_s), 0);
    QCOMPARE(m_replica->pendingCount(), pending);
}

void tst_ContractService::invoicedAgainstTheAmount()
{
    const Contract c = signedContract(u"11300.00"_s, u"1300.00"_s);
    ContractService::InvoicingState s = m_service->invoicing(c);
    QCOMPARE(s.count, 0);
    QCOMPARE(s.invoiced, Money::fromFen(0));
    QCOMPARE(s.left, *Money::parse(u"11300.00"_s));

    InvoiceRecord first;
    first.number = u"04512345"_s;
    first.issuedOn = u"2026-12-01"_s;
    first.amount = *Money::parse(u"3390.00"_s);
    first.tax = *Money::parse(u"390.00"_s);
    QVERIFY(m_service->addInvoice(c, first).isEmpty());
    s = m_service->invoicing(c);
    QCOMPARE(s.count, 1);
    QCOMPARE(s.invoiced, *Money::parse(u"3390.00"_s));
    QCOMPARE(s.invoicedTax, *Money::parse(u"390.00"_s));
    QCOMPARE(s.left, *Money::parse(u"7910.00"_s));

    // Over-invoicing is recorded (a red-letter correction follows in practice) and shows
    // as a negative balance.
    InvoiceRecord second = first;
    second.number = u"04512346"_s;
    second.amount = *Money::parse(u"7910.01"_s);
    second.tax = *Money::parse(u"910.00"_s);
    QVERIFY(m_service->addInvoice(c, second).isEmpty());
    s = m_service->invoicing(c);
    QCOMPARE(s.count, 2);
    QCOMPARE(s.invoiced, *Money::parse(u"11300.01"_s));
    QCOMPARE(s.left, *Money::parse(u"-0.01"_s));
    QCOMPARE(m_service->invoices(c.meta.id.toString()).size(), 2);

    // An unsaved contract has nothing invoiced.
    const Contract fresh = m_service->newContract(m_customer, u"2026-11-26"_s);
    QCOMPARE(m_service->invoicing(fresh).count, 0);
}

void tst_ContractService::customerAttachmentsWithTheirContracts()
{
    const Contract contract = signedContract(u"11300.00"_s, u"1300.00"_s);
    QVERIFY(m_service->addAttachment(contract, writeFile(u"合同正本.pdf"_s, "%PDF-1.4 合同")).isEmpty());
    QTest::qWait(5); // a later created_at
    QVERIFY(m_service->addCustomerAttachment(m_customer, writeFile(u"营业执照.jpg"_s, "\xff\xd8\xff 执照"), u"2026 年换证"_s).isEmpty());
    // Another customer's file is not listed.
    CustomerService customers(*m_replica);
    CustomerService::Card other;
    other.customer.name = u"苏州远航物流有限公司"_s;
    QVERIFY(customers.save(other, {}).isEmpty());
    QVERIFY(m_service->addCustomerAttachment(other.customer.meta.id.toString(), writeFile(u"别家.pdf"_s, "x")).isEmpty());

    const QList<ContractService::AttachmentState> all = m_service->customerAttachments(m_customer);
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].record.fileName, u"营业执照.jpg"_s); // newest first
    QVERIFY(all[0].record.contractId.isNull());
    QCOMPARE(all[0].contractNumber, QString());
    QCOMPARE(all[0].record.note, u"2026 年换证"_s);
    QVERIFY(all[0].available);
    QCOMPARE(all[1].record.fileName, u"合同正本.pdf"_s);
    QCOMPARE(all[1].record.contractId, contract.meta.id);
    QCOMPARE(all[1].contractNumber, contract.number);
    // The contract's list keeps to the contract.
    QCOMPARE(m_service->attachments(contract.meta.id.toString()).size(), 1);
    // Stored with the customer's owner and no contract, and waiting in the outbox.
    const QString id = all[0].record.meta.id.toString();
    QCOMPARE(count(u"SELECT count(*) FROM attachments WHERE id = ? AND contract_id IS NULL AND owner_id = ?"_s, {id, m_me}), 1);
    QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE table_name = 'attachments' AND record_id = ?"_s, {id}), 1);
    // Removed as any other.
    m_service->removeAttachment(id);
    QCOMPARE(m_service->customerAttachments(m_customer).size(), 1);
}

void tst_ContractService::customerAttachmentRefused_data()
{
    QTest::addColumn<QString>("customer"); // "" new, "unknown", "deleted", "saved"
    QTest::addColumn<qint64>("size");      // -1: no such file
    QTest::addColumn<QString>("field");
    QTest::newRow("new customer") << u""_s << qint64(10) << u"customerId"_s;
    QTest::newRow("not in this replica") << u"unknown"_s << qint64(10) << u"customerId"_s;
    QTest::newRow("deleted customer") << u"deleted"_s << qint64(10) << u"customerId"_s;
    QTest::newRow("no such file") << u"saved"_s << qint64(-1) << u"file"_s;
    QTest::newRow("over 32 MiB") << u"saved"_s << qint64(AttachmentRecord::MaxBytes) + 1 << u"file"_s;
}

void tst_ContractService::customerAttachmentRefused()
{
    QFETCH(QString, customer);
    QFETCH(qint64, size);
    QFETCH(QString, field);
    const QString id = customer == u"saved" || customer == u"deleted" ? m_customer
               : customer == u"unknown"                       ? Id::generate().toString()
                                                              : QString();
    if (customer == u"deleted")
        m_replica->remove(u"customers"_s, m_customer);
    const QString path = m_dir->path() + u"/营业执照.pdf"_s;
    if (size >= 0) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(size)); // sparse
    }
    const int outbox = count(u"SELECT count(*) FROM outbox WHERE table_name = 'attachments'"_s);
    const ValidationErrors errors = m_service->addCustomerAttachment(id, path);
    QVERIFY(errors);
    QVERIFY2(errors.has(field), qPrintable(errors.fields().join(u", "_s)));
    QCOMPARE(count(u"SELECT count(*) FROM attachments"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE table_name = 'attachments'"_s), outbox);
}

QTEST_GUILESS_MAIN(tst_ContractService)
#include "tst_contractservice.moc"
