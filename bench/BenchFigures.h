#pragma once
// Figures printed by the benchmarks beside wall time (the machine is shared).
#include <QByteArray>
#include <QFile>
#include <sys/resource.h>

// CPU seconds (user + system) of this process so far, all threads.
inline double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

inline QByteArray loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readLine().split(' ').mid(0, 3).join(' ') : QByteArray("?");
}
