#include "core/department.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Huike {

QStringList Department::splitPath(QStringView path)
{
    QStringList names;
    for (QStringView part : path.split(u'/')) {
        const QStringView trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            names.append(trimmed.toString());
    }
    return names;
}

QString Department::joinPath(const QStringList &names)
{
    return names.join(u'/');
}

bool Department::isWithin(QStringView path, QStringView ancestor)
{
    if (ancestor.isEmpty())
        return true;
    return path == ancestor
        || (path.size() > ancestor.size() && path.startsWith(ancestor)
            && path[ancestor.size()] == u'/');
}

ValidationErrors Department::validate() const
{
    ValidationErrors errors;
    if (errors.requireText(u"name"_s, name, 60) && name.contains(u'/'))
        errors.add(u"name"_s, u"invalid_name"_s,
                   QCoreApplication::translate("Huike::Validation",
                                               "A department name cannot contain '/'."));
    if (splitPath(path).isEmpty() || splitPath(path).last() != name.trimmed()
        || joinPath(splitPath(path)) != path)
        errors.add(u"path"_s, u"invalid_path"_s,
                   QCoreApplication::translate("Huike::Validation",
                                               "The path must end with the department's name."));
    return errors;
}

} // namespace Huike
