#include "api/surveyhandler.h"

#include "api/router.h"
#include "store/ticketsurvey.h"

#include <QHttpServerRequest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

// A page of the survey: the company's name as its heading, then `body` (already HTML).
ApiResponse html(int status, const QString &company, const QString &body)
{
    const QString heading = company.trimmed().isEmpty() ? u"服务满意度调查"_s : company.toHtmlEscaped() + u" · 服务满意度调查"_s;
    const QString page = uR"(<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>服务满意度调查</title>
<style>body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;max-width:36em;margin:2em auto;padding:0 1em;color:#222}
h1{font-size:1.3em}label{margin-right:1em;font-size:1.1em}textarea{width:100%;height:6em}
button{font-size:1.1em;padding:.4em 2em;margin-top:1em}.note{color:#555}</style></head>
<body><h1>%1</h1>%2</body></html>
)"_s.arg(heading, body);
    ApiResponse r;
    r.status = status;
    r.rawBody = page.toUtf8();
    r.contentType = "text/html; charset=utf-8";
    // Nothing runs on it, nothing frames it, and the form posts only back here.
    r.headers.append({QByteArrayLiteral("Content-Security-Policy"), QByteArrayLiteral("default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'")});
    r.headers.append({QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff")});
    r.headers.append({QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer")});
    return r;
}

QString ticketLine(const TicketSurvey::Ticket &t)
{
    return u"<p class=\"note\">工单 %1：%2</p>"_s.arg(t.number.toHtmlEscaped(), t.subject.toHtmlEscaped());
}

const QString Unknown = u"<p>这个链接无效或已失效。如有疑问，请联系为您服务的客服人员。</p>"_s;
const QString Thanks = u"<p>感谢您的评价！我们会继续改进服务。</p>"_s;
const QString Already = u"<p>该工单已经评价过了，感谢您的反馈。</p>"_s;

} // namespace

SurveyHandler::SurveyHandler(Database &db) : m_db(db) { }

void SurveyHandler::registerRoutes(Router &router)
{
    router.add("GET", u"/survey/{token}"_s,
               [this](const QHttpServerRequest &, const Router::Params &p) { return page(p.value(u"token"_s)); });
    router.add(
        "POST", u"/survey/{token}"_s,
        [this](const QHttpServerRequest &request, const Router::Params &p) { return submit(p.value(u"token"_s), request.body()); },
        16 * 1024);
}

ApiResponse SurveyHandler::page(const QString &token)
{
    const auto t = TicketSurvey::find(m_db, token);
    if (!t)
        return html(404, {}, Unknown);
    if (t->satisfaction > 0)
        return html(200, t->company, ticketLine(*t) + Already);
    if (t->status != u"closed")
        return html(200, t->company, ticketLine(*t) + u"<p>该工单尚未关闭，关闭后即可评价。</p>"_s);
    QString scores;
    for (int s = 5; s >= 1; --s)
        scores += u"<label><input type=\"radio\" name=\"score\" value=\"%1\"%2> %1 分</label>"_s.arg(s).arg(s == 5 ? u" checked"_s : QString());
    const QString form = ticketLine(*t)
        + u"<form method=\"post\"><p>请为本次服务打分（5 分为非常满意）：</p><p>%1</p>"
          u"<p><label for=\"comment\">您的意见或建议（选填）：</label></p>"
          u"<textarea id=\"comment\" name=\"comment\" maxlength=\"2000\"></textarea>"
          u"<p><button type=\"submit\">提交评价</button></p></form>"_s.arg(scores);
    return html(200, t->company, form);
}

ApiResponse SurveyHandler::submit(const QString &token, const QByteArray &form)
{
    const auto t = TicketSurvey::find(m_db, token);
    if (!t)
        return html(404, {}, Unknown);
    // application/x-www-form-urlencoded: "+" is a space before the percent-decoding.
    QByteArray plus = form;
    plus.replace('+', ' ');
    const QUrlQuery query(QString::fromUtf8(plus));
    bool ok = false;
    const int score = query.queryItemValue(u"score"_s, QUrl::FullyDecoded).toInt(&ok);
    const QString comment = query.queryItemValue(u"comment"_s, QUrl::FullyDecoded);
    switch (TicketSurvey::rate(m_db, token, ok ? score : 0, comment, QDateTime::currentDateTimeUtc())) {
    case TicketSurvey::Outcome::Rated:
        return html(200, t->company, ticketLine(*t) + Thanks);
    case TicketSurvey::Outcome::AlreadyRated:
        return html(409, t->company, ticketLine(*t) + Already);
    case TicketSurvey::Outcome::OutOfRange:
        return html(422, t->company, ticketLine(*t) + u"<p>请选择 1 到 5 分。</p>"_s);
    case TicketSurvey::Outcome::NotClosed:
        return html(409, t->company, ticketLine(*t) + u"<p>该工单尚未关闭，关闭后即可评价。</p>"_s);
    case TicketSurvey::Outcome::UnknownToken:
        break;
    }
    return html(404, {}, Unknown);
}

} // namespace Huike
