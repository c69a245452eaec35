#pragma once

#include <QStringList>

class QWidget;

namespace Huike {

class Replica;

// The company's details the letterhead of quotes and contracts prints (设置 → 公司).
namespace CompanyData {

// The details still empty in the settings, as captions, the company's name first. A
// document without the name goes out without a letterhead: the editors ask before one is
// written or printed, `huike export-pdf` warns on stderr.
QStringList missing(Replica &replica);
// The name is the one that matters: without it the letterhead is empty.
bool nameMissing(Replica &replica);

// Before an editor writes or prints a document: when the company's name is empty, says so
// and offers to open the settings (checked again after they close), to go on anyway or to
// cancel. True to go on.
bool confirmBeforeExport(QWidget *parent, Replica &replica);

} // namespace CompanyData

} // namespace Huike
