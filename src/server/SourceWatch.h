#pragma once
// Follows a served PG: database through its local mirror: a thread asks it about
// once a second whether the data changed, and notices when it cannot be reached.
#include <QString>
#include <QStringList>
#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace ps::server {

// What one look at the source found (pg::MirrorRefresh).
struct SourceRefresh {
    qint64 version = 0;             // the database's data version (latest publication id)
    qint64 previousVersion = 0;     // the version the mirror held before this look
    QStringList changedDistricts;   // kabupaten/kota codes republished in between
};

// Runs `look` every `intervalMs` on its own thread (never on a request's path) and
// hands each result to `apply`. While `look` throws (the database is down or
// unreachable) down() is true and it is retried with a growing pause of up to
// `retryMaxS` seconds; the first success clears it: recovery needs no restart.
class SourceWatch {
public:
    SourceWatch(std::function<SourceRefresh()> look, std::function<void(const SourceRefresh&)> apply, int intervalMs,
                int retryMaxS);
    ~SourceWatch();
    SourceWatch(const SourceWatch&) = delete;
    SourceWatch& operator=(const SourceWatch&) = delete;

    bool down() const { return m_down; }
    int retryAfterS() const { return m_retryS; }   // the pause before the next attempt (Retry-After)
    qint64 failures() const { return m_failures; }

private:
    void run();
    std::function<SourceRefresh()> m_look;
    std::function<void(const SourceRefresh&)> m_apply;
    int m_intervalMs, m_retryMaxS;
    std::atomic<bool> m_down{false};
    std::atomic<int> m_retryS{1};
    std::atomic<qint64> m_failures{0};
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace ps::server
