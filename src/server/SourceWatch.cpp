#include "SourceWatch.h"
#include "core/Error.h"
#include <QCoreApplication>
#include <QDebug>
#include <algorithm>
#include <chrono>

namespace ps::server {

static QString tr(const char* s) { return QCoreApplication::translate("server", s); }

SourceWatch::SourceWatch(std::function<SourceRefresh()> look, std::function<void(const SourceRefresh&)> apply, int intervalMs,
                         int retryMaxS)
    : m_look(std::move(look)), m_apply(std::move(apply)), m_intervalMs(std::max(10, intervalMs)), m_retryMaxS(std::max(1, retryMaxS))
{
    m_thread = std::thread([this] { run(); });
}

SourceWatch::~SourceWatch()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void SourceWatch::run()
{
    int pauseMs = m_intervalMs;
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            if (m_wake.wait_for(lock, std::chrono::milliseconds(pauseMs), [this] { return m_stop; }))
                return;
        }
        try {
            const SourceRefresh r = m_look();
            if (m_down) {
                // The operator sees both ends of an outage on the console.
                qWarning().noquote() << tr("Sumber data tersambung lagi (versi data %1); layanan pulih.").arg(r.version);
                m_down = false;
            }
            m_retryS = 1;
            pauseMs = m_intervalMs;
            m_apply(r);
        } catch (const std::exception& e) {
            const QString why = dynamic_cast<const Error*>(&e) ? static_cast<const Error&>(e).message() : QString::fromUtf8(e.what());
            ++m_failures;
            if (!m_down)
                qWarning().noquote() << tr("Sumber data tidak terjangkau: %1; permintaan data dijawab 503 sampai tersambung lagi.").arg(why);
            // 1, 2, 4 … seconds, at most retryMaxS: a dead server is not hammered.
            m_retryS = m_down ? std::min(m_retryMaxS, m_retryS * 2) : 1;
            pauseMs = m_retryS * 1000;
            m_down = true;
        }
    }
}

} // namespace ps::server
