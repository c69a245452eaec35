#pragma once

#include "core/recordmeta.h"
#include "core/validation.h"

#include <QStringList>

namespace Huike {

// A department in the tree (销售部/华东区). `path` is the names from the root joined by '/'.
struct Department
{
    RecordMeta meta;
    QString name;
    Id parentId;
    QString path;
    int sortOrder = 0;

    // "销售部 / 华东区/" → {"销售部", "华东区"}; empty segments dropped, names trimmed.
    static QStringList splitPath(QStringView path);
    static QString joinPath(const QStringList &names);
    // True when `path` equals `ancestor` or lies below it.
    static bool isWithin(QStringView path, QStringView ancestor);

    ValidationErrors validate() const;
    friend bool operator==(const Department &, const Department &) = default;
};

} // namespace Huike
