#pragma once
// Figures printed by the benchmarks beside wall time (the machine is shared).
#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>
#include <cstdio>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

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

// A command run as its own process: wall and CPU seconds (user + sys of the
// child, from wait4), peak RSS and exit code. Its standard output goes to
// `stdoutPath`, its standard error nowhere.
struct ChildRun {
    double wall = 0, cpu = 0, rssMb = 0;
    int exitCode = -1;
};

inline ChildRun runChild(const QStringList& args, const QByteArray& stdoutPath = QByteArray("/dev/null"))
{
    std::fflush(stdout);   // else the child flushes our buffered lines a second time
    ChildRun f;
    QElapsedTimer wall;
    wall.start();
    const pid_t pid = fork();
    if (pid == 0) {
        std::vector<QByteArray> keep;
        std::vector<char*> argv;
        for (const QString& a : args)
            keep.push_back(a.toLocal8Bit());
        for (QByteArray& a : keep)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        if (!freopen(stdoutPath.constData(), "w", stdout) || !freopen("/dev/null", "w", stderr))
            _exit(127);
        execv(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    rusage ru{};
    wait4(pid, &status, 0, &ru);
    f.wall = wall.nsecsElapsed() / 1e9;
    f.cpu = ru.ru_utime.tv_sec + ru.ru_stime.tv_sec + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
    f.rssMb = ru.ru_maxrss / 1024.0;
    f.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return f;
}
