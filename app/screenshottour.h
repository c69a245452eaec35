#pragma once

#include <QString>

class QApplication;

namespace Huike {

class CustomerListModel;
class MainWindow;
class Replica;
class SyncController;

// For documentation and visual checks (HUIKE_SCREENSHOT=file.png): after the first sync,
// saves the window and quits. HUIKE_SCREENSHOT_SEARCH=text types it into the global search
// first; HUIKE_SCREENSHOT_CARD=name also saves that customer's card (…-card.png), its
// attachments tab (…-customer-attachments.png), 360° view (…-360.png), latest quote
// (…-quote.png) and contract (…-contract.png, …-attachments.png); the sales funnel
// (…-funnel.png), the quote and contract lists (…-quotes.png, …-contracts.png), the
// contacts (…-contacts.png), the keyboard shortcuts (…-shortcuts.png) and the about box
// (…-about.png) are saved too. Quits after a minute whatever happens.
namespace ScreenshotTour {

void arm(QApplication &app, MainWindow &window, CustomerListModel &customers, Replica &replica, SyncController &sync,
         const QString &shot);

} // namespace ScreenshotTour

} // namespace Huike
