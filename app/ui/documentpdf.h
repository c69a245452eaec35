#pragma once

#include "core/contract.h"
#include "core/quote.h"

#include <QString>

class QPrinter;

namespace Huike {

class ContractService;
class QuoteService;

// The printed quote (报价单): the company letterhead from the settings (name, logo,
// address, phone, bank account, tax number), the customer, the lines, the totals with
// 大写金额, the terms and the validity. `withPrices` false is the warehouse copy: lines
// and quantities only. Chinese renders in Noto Sans CJK, embedded (subset) in the PDF.
namespace QuotePdf {

QString html(QuoteService &service, const Quote &quote, bool withPrices);
// Writes an A4 PDF; false with *error set when the file cannot be written.
bool write(QuoteService &service, const Quote &quote, bool withPrices, const QString &path, QString *error);
// Prints to a printer the user chose (QPrintDialog), with the same layout.
void print(QuoteService &service, const Quote &quote, bool withPrices, QPrinter *printer);

} // namespace QuotePdf

// The printed contract (合同): letterhead, parties, dates, the lines (or the amount), the
// total with 大写金额, the payment plan and the notes, with places for both seals; below
// them the deliveries recorded so far (发货记录), when there are any.
namespace ContractPdf {

QString html(ContractService &service, const Contract &contract);
bool write(ContractService &service, const Contract &contract, const QString &path, QString *error);
void print(ContractService &service, const Contract &contract, QPrinter *printer);

} // namespace ContractPdf

} // namespace Huike
