#include "core/attachmentrecord.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Huike {

bool AttachmentRecord::isSha256(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

ValidationErrors AttachmentRecord::validate() const
{
    ValidationErrors errors;
    if (customerId.isNull())
        errors.add(u"customerId"_s, u"required"_s,
                   QCoreApplication::translate("Huike::Validation", "An attachment belongs to a customer."));
    if (errors.requireText(u"fileName"_s, fileName, 255)
        && (fileName.contains(u'/') || fileName.contains(u'\\') || fileName == u"." || fileName == u".."))
        errors.add(u"fileName"_s, u"invalid_file_name"_s,
                   QCoreApplication::translate("Huike::Validation", "A file name without folders, please."));
    errors.limitText(u"mimeType"_s, mimeType, 100);
    if (sizeBytes < 0 || sizeBytes > MaxBytes)
        errors.add(u"sizeBytes"_s, u"too_large"_s,
                   QCoreApplication::translate("Huike::Validation", "An attachment is at most %1 MB.")
                       .arg(MaxBytes / (1024 * 1024)));
    if (!isSha256(sha256))
        errors.add(u"sha256"_s, u"invalid_sha256"_s,
                   QCoreApplication::translate("Huike::Validation",
                                               "The file's SHA-256 is 64 lower-case hexadecimal digits."));
    errors.limitText(u"note"_s, note, 500);
    return errors;
}

} // namespace Huike
