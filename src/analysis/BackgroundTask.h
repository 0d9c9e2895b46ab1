#pragma once
#include "core/Progress.h"
#include <atomic>
#include <chrono>
#include <functional>
#include <future>
#include <ctime>

namespace ps::analysis {

// CPU seconds of the calling thread so far (for the run's figures: which
// thread of a coverage run spent what).
inline double threadCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

// One step of a coverage run on a thread of its own, beside the caller's work.
// The step gets its own Progress: its callback only stores the fraction, and
// wait() passes it on (on the calling thread only) together with the caller's
// cancel. The destructor cancels and waits, so an exception in the caller never
// leaves the thread running.
template <typename T>
class BackgroundTask {
public:
    explicit BackgroundTask(std::function<T(const Progress&)> step)
        : m_progress([this](double f, const QString&) { m_fraction = f; })
    {
        m_result = std::async(std::launch::async, [this, step = std::move(step)] { return step(m_progress); });
    }
    ~BackgroundTask()
    {
        if (m_result.valid()) {
            m_progress.cancel();
            m_result.wait();
        }
    }
    BackgroundTask(const BackgroundTask&) = delete;
    BackgroundTask& operator=(const BackgroundTask&) = delete;

    // Rethrows what the step threw (ps::Cancelled included).
    T wait(const Progress& progress)
    {
        using namespace std::chrono_literals;
        while (m_result.wait_for(100ms) != std::future_status::ready) {
            if (progress.cancelled())
                m_progress.cancel();
            progress.report(m_fraction.load());
        }
        progress.report(1.0);
        return m_result.get();
    }

private:
    Progress m_progress;
    std::atomic<double> m_fraction{0.0};
    std::future<T> m_result;
};

} // namespace ps::analysis
