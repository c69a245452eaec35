#include "api/router.h"

namespace Huike {

namespace {
QStringList splitPath(const QString &path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}

bool isCapture(const QString &segment)
{
    return segment.size() > 2 && segment.startsWith(u'{') && segment.endsWith(u'}');
}
} // namespace

void Router::add(const QByteArray &method, const QString &pattern, Handler handler, qint64 maxBodyBytes)
{
    m_routes.append({method, pattern, splitPath(pattern), std::move(handler), maxBodyBytes});
}

Router::Match Router::match(const QByteArray &method, const QString &path) const
{
    const QStringList segments = splitPath(path);
    Match result;
    for (const Route &route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        Params params;
        bool matches = true;
        for (qsizetype i = 0; i < segments.size() && matches; ++i) {
            const QString &want = route.segments[i];
            if (isCapture(want))
                params.insert(want.mid(1, want.size() - 2), segments[i]);
            else
                matches = want == segments[i];
        }
        if (!matches)
            continue;
        if (route.method == method || (method == "HEAD" && route.method == "GET")) {
            result.kind = Match::Kind::Found;
            result.handler = &route.handler;
            result.pattern = route.pattern;
            result.params = std::move(params);
            result.maxBodyBytes = route.maxBodyBytes;
            return result;
        }
        result.kind = Match::Kind::MethodNotAllowed;
        if (!result.allowed.contains(route.method))
            result.allowed.append(route.method);
    }
    return result;
}

} // namespace Huike
