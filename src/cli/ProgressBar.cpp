#include "ProgressBar.h"
#include "Command.h"
#include <atomic>
#include <csignal>
#include <unistd.h>

namespace ps::cli {

static std::atomic<Progress*> g_active{nullptr};

static void onInterrupt(int)
{
    if (Progress* p = g_active.load())
        p->cancel();
}

ProgressBar::ProgressBar(const QString& title)
    : m_progress([this](double f, const QString& s) { draw(f, s); }), m_title(title), m_tty(isatty(STDERR_FILENO))
{
    m_timer.start();
    g_active = &m_progress;
    std::signal(SIGINT, onInterrupt);
}

ProgressBar::~ProgressBar()
{
    g_active = nullptr;
    std::signal(SIGINT, SIG_DFL);
    if (m_tty && m_lastPermille >= 0)
        err() << "\n";
    err().flush();
}

void ProgressBar::draw(double fraction, const QString& stage)
{
    const int permille = static_cast<int>(std::clamp(fraction, 0.0, 1.0) * 1000);
    if (m_tty) {
        if (permille == m_lastPermille)
            return;
        const int width = 30;
        const int filled = permille * width / 1000;
        err() << "\r" << m_title << " [" << QString(filled, QLatin1Char('#')) << QString(width - filled, QLatin1Char('.'))
              << "] " << QString::number(permille / 10.0, 'f', 1).rightJustified(5) << "% "
              << QString::number(m_timer.elapsed() / 1000.0, 'f', 1) << " s " << stage.left(40).leftJustified(40);
        err().flush();
    } else if (permille / 100 != m_lastPermille / 100 || m_lastPermille < 0) {
        err() << m_title << ": " << permille / 10 << "% " << stage << "\n";
        err().flush();
    }
    m_lastPermille = permille;
}

} // namespace ps::cli
