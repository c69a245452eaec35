#pragma once

#include <QEvent>
#include <QObject>
#include <QWidget>

#include <functional>

namespace Huike {

// A page that reads much (every contact, the funnel's figures) reads when it is shown, not
// while hidden: at start-up and after each sync round a hidden page is only marked stale,
// and reloads when it next appears. changed(): the data under the page changed.
class ReloadWhenShown : public QObject
{
public:
    ReloadWhenShown(QWidget *page, std::function<void()> reload, bool stale)
        : QObject(page), m_page(page), m_reload(std::move(reload)), m_stale(stale)
    {
        page->installEventFilter(this);
    }

    void changed()
    {
        if (m_page->isVisible()) {
            m_stale = false;
            m_reload();
        } else {
            m_stale = true;
        }
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_page && event->type() == QEvent::Show && m_stale) {
            m_stale = false;
            m_reload();
        }
        return false;
    }

private:
    QWidget *m_page;
    std::function<void()> m_reload;
    bool m_stale;
};

// `page` (its reload()) read when shown, and after each `signal` of `sender` (a sync round
// that changed data) read again if shown, else marked stale until it is.
template<typename Page, typename Sender, typename Signal>
ReloadWhenShown *reloadWhenShown(Page *page, Sender *sender, Signal signal)
{
    auto *reload = new ReloadWhenShown(page, [page] { page->reload(); }, true);
    QObject::connect(sender, signal, reload, [reload] { reload->changed(); });
    return reload;
}

} // namespace Huike
