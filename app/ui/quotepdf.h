#pragma once

#include "quote.h"

#include <QString>

namespace Huike {

class QuoteService;

// The printed quote (报价单): the company letterhead from the settings (name, logo,
// address, phone, bank account, tax number), the customer, the lines, the totals with
// 大写金额, the terms and the validity. `withPrices` false is the warehouse copy: lines
// and quantities only. Chinese renders in Noto Sans CJK, embedded (subset) in the PDF.
namespace QuotePdf {

QString html(QuoteService &service, const Quote &quote, bool withPrices);
// Writes an A4 PDF; false with *error set when the file cannot be written.
bool write(QuoteService &service, const Quote &quote, bool withPrices, const QString &path, QString *error);

} // namespace QuotePdf

} // namespace Huike
