#pragma once

class QRandomGenerator;

namespace Huike {

class Database;

// The demo store's assets (设备, issue 20 V2): the hardware its delivered contracts sold —
// servers, switches, storage, computers, printers, power supplies, up to three of each
// line — with serial numbers, the first delivery's date and the first invoice's, where it
// is installed; and its fault and return tickets about the customer's first asset.
namespace DemoAssets {

// After the deliveries (and the invoices): returns how many.
int seed(Database &db, QRandomGenerator &rng);
// After the tickets: the fault and return tickets of a customer with assets name one.
void linkTickets(Database &db);

} // namespace DemoAssets

} // namespace Huike
