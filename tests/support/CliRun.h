#pragma once
// Runs a real program of the build (the `petasehat` CLI) as a user would, for end-to-end tests.
#include <QProcess>
#include <QString>
#include <QStringList>
#include <gtest/gtest.h>

namespace pstest {

struct CliRun {
    int code = -1;   // exit code; -2 when the program crashed
    QString out, err;
};

inline CliRun runProgram(const QString& program, const QStringList& args, int timeoutMs = 300000)
{
    QProcess p;
    p.setProgram(program);
    p.setArguments(args);
    p.start();
    EXPECT_TRUE(p.waitForFinished(timeoutMs)) << program.toStdString();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace pstest
