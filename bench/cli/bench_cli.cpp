// The command line as users meet it, on Jawa Tengah: each `petasehat` command
// run as its own process; wall and CPU seconds (user + sys of the child, from
// wait4) and the load average at the end of each run.
//   bench_cli [WORKDIR]   (default: a temporary folder; the base project is built once there)
//  1. import facilities: the 48,000 posyandu (sample/jawa_tengah/posyandu.csv) into a
//     project with the province's kecamatan, desa and population raster;
//  2. analyze coverage --types posyandu on the truth points (48,000 posyandu,
//     8,563 desa, 11.2M-cell raster), the project bench_coverage builds, with the
//     covered people and km² it printed (they must not move with the speed);
//  3. beside them (never instead), the covered-area step alone (bench_area).
// The machine is shared: read wall time with the CPU seconds and load beside it.
#include "../BenchProcess.h"
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

static QByteArray loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readLine().left(14).trimmed() : QByteArray("?");
}

// Runs exe with args; prints wall and CPU seconds. Returns the exit code. The
// child's standard output goes to `out` (or nowhere).
static int run(const char* label, const QStringList& args, bool print = true, const QString& out = {})
{
    const ChildRun r = runChild(args, out);
    if (print)
        std::printf("%-58s %6.2f s wall %6.2f s CPU  exit %d  load average %s\n", label, r.wall, r.cpu, r.rc,
                    loadAverage().constData());
    std::fflush(stdout);
    return r.rc;
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QString shared = QStringLiteral(PETASEHAT_SHARED_DATA_DIR);
    if (!QFile::exists(shared + QStringLiteral("/sample/jawa_tengah/posyandu.csv"))) {
        std::printf("bench_cli: ../shared/data is absent; skipped\n");
        return 0;
    }
    QTemporaryDir tmp;
    const QDir dir(argc > 1 ? QString::fromLocal8Bit(argv[1]) : tmp.path());
    const QString exe = QStringLiteral(PETASEHAT_EXE), coverageBench = QStringLiteral(BENCH_COVERAGE_EXE);
    const QString base = dir.filePath(QStringLiteral("jateng_base.sqlite")), work = dir.filePath(QStringLiteral("jateng.sqlite"));
    if (!QFile::exists(base)) {
        const QString tmpBase = base + QStringLiteral(".part");
        QFile::remove(tmpBase);
        run("build: init", {exe, QStringLiteral("init"), tmpBase});
        run("build: import boundaries kecamatan --within 33",
            {exe, QStringLiteral("import"), QStringLiteral("boundaries"), tmpBase, shared + QStringLiteral("/boundaries/indonesia_admin.gpkg"),
             QStringLiteral("--layer"), QStringLiteral("kecamatan"), QStringLiteral("--within"), QStringLiteral("33")});
        run("build: import boundaries desa",
            {exe, QStringLiteral("import"), QStringLiteral("boundaries"), tmpBase,
             shared + QStringLiteral("/boundaries/desa_jawa_tengah.gpkg"), QStringLiteral("--layer"), QStringLiteral("desa")});
        run("build: import population",
            {exe, QStringLiteral("import"), QStringLiteral("population"), tmpBase,
             shared + QStringLiteral("/sample/jawa_tengah/population_100m.tif")});
        QFile::rename(tmpBase, base);
    }
    for (int i = 0; i < 3; ++i) {
        QFile::remove(work);
        QFile::copy(base, work);
        run("import facilities posyandu.csv (48,000 rows)",
            {exe, QStringLiteral("import"), QStringLiteral("facilities"), work,
             shared + QStringLiteral("/sample/jawa_tengah/posyandu.csv"), QStringLiteral("--type"), QStringLiteral("posyandu"),
             QStringLiteral("--report"), dir.filePath(QStringLiteral("laporan.csv"))});
    }
    // The truth project (true posyandu points) as bench_coverage builds it.
    const QString truth = dir.filePath(QStringLiteral("jateng_truth.sqlite")), truthRun = dir.filePath(QStringLiteral("jateng_truth_run.sqlite"));
    if (!QFile::exists(truth))
        run("build: truth project (bench_coverage)", {coverageBench, truth, QStringLiteral("--posyandu-only")});
    for (int i = 0; i < 3; ++i) {
        QFile::remove(truthRun);
        QFile::copy(truth, truthRun);
        const QString table = dir.filePath(QStringLiteral("coverage_out.txt"));
        run("analyze coverage --types posyandu (stored, with area layer)",
            {exe, QStringLiteral("analyze"), QStringLiteral("coverage"), truthRun, QStringLiteral("--types"), QStringLiteral("posyandu")},
            true, table);
        // The figures themselves must not move with the speed: covered people and km².
        QFile f(table);
        if (f.open(QIODevice::ReadOnly))
            for (const QByteArray& line : f.readAll().split('\n'))
                if (line.startsWith("posyandu "))
                    std::printf("    %s\n", line.simplified().constData());
        std::fflush(stdout);   // else the next forked child flushes this line a second time
    }
    // Inner loop only, beside the whole command: the covered-area step (GEOS) alone.
    std::printf("inner loop (not the command): bench_area on the truth project\n");
    std::fflush(stdout);
    QProcess area;
    area.setProcessChannelMode(QProcess::ForwardedChannels);
    area.start(QStringLiteral(BENCH_AREA_EXE), {truth});
    area.waitForFinished(-1);
    return 0;
}
