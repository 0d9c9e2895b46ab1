#pragma once
#include <QString>
#include <atomic>
#include <functional>

namespace ps {

// Reports progress of a long job and carries its cancel flag. The CLI draws a
// bar from it, the desktop app a QProgressDialog; workers call step() and
// throw ps::Cancelled when cancelled() turns true.
class Progress {
public:
    using Callback = std::function<void(double fraction, const QString& stage)>;

    Progress() = default;
    explicit Progress(Callback cb) : m_cb(std::move(cb)) {}

    void report(double fraction, const QString& stage = {}) const;
    void cancel() { m_cancelled = true; }
    bool cancelled() const { return m_cancelled.load(); }
    void throwIfCancelled() const;

    static Progress& none();

private:
    Callback m_cb;
    std::atomic<bool> m_cancelled{false};
};

} // namespace ps
