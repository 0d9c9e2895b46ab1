#pragma once
// A program run as its own process, as users run the CLI: wall seconds, and CPU seconds
// (user + sys of the child, from wait4). Its standard output goes to `outPath`
// (/dev/null when empty), its standard error to /dev/null.
#include <QByteArray>
#include <QElapsedTimer>
#include <QString>
#include <QStringList>
#include <cstdio>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

struct ChildRun {
    double wall = 0, cpu = 0;
    int rc = -1;   // exit code; -1 when it did not exit normally
};

inline ChildRun runChild(const QStringList& args, const QString& outPath = {})
{
    const QByteArray out = outPath.isEmpty() ? QByteArray("/dev/null") : outPath.toLocal8Bit();
    std::fflush(stdout);   // else the child flushes this process's pending lines a second time
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
        if (!freopen(out.constData(), "w", stdout) || !freopen("/dev/null", "w", stderr))
            _exit(127);
        execv(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    rusage ru{};
    wait4(pid, &status, 0, &ru);
    ChildRun r;
    r.wall = wall.nsecsElapsed() / 1e9;
    r.cpu = ru.ru_utime.tv_sec + ru.ru_stime.tv_sec + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
    r.rc = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}
