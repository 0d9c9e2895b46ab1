#pragma once
#include "core/Progress.h"
#include <QElapsedTimer>

namespace ps::cli {

// A text progress bar on stderr (redrawn in place on a terminal, a line per
// 10% otherwise). Ctrl+C cancels the job through Progress::cancel().
class ProgressBar {
public:
    explicit ProgressBar(const QString& title);
    ~ProgressBar();
    Progress& progress() { return m_progress; }

private:
    void draw(double fraction, const QString& stage);
    Progress m_progress;
    QString m_title;
    QElapsedTimer m_timer;
    int m_lastPermille = -1;
    bool m_tty;
};

} // namespace ps::cli
