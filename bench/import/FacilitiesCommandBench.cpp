// `petasehat import facilities` of the 48,000 Jawa Tengah posyandu as users run it: the
// whole command as its own process, into a copy of a project holding the province's
// kecamatan, desa and population raster. Wall and CPU seconds (user + sys of the child,
// from wait4) and the load average of every run, then the median of each. With
// --baseline EXE the runs alternate with another petasehat binary (A/B on a shared
// machine: the two see the same load), and the stored facilities are compared
// (compare_import.sh beside this file) so a speed change is seen not to change results.
//   bench_import_facilities [--runs N] [--baseline EXE] [WORKDIR]
#include "../BenchFigures.h"
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QString shared = QStringLiteral(PETASEHAT_SHARED_DATA_DIR);
    const QString sheet = shared + QStringLiteral("/sample/jawa_tengah/posyandu.csv");
    if (!QFile::exists(sheet)) {
        std::printf("bench_import_facilities: ../shared/data is absent; nothing to measure (skipped)\n");
        return 0;
    }
    int runs = 5;
    QString baseline, workDir;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--baseline") && i + 1 < args.size())
            baseline = args[++i];
        else
            workDir = args[i];
    }
    const QString tmpPath = QDir::temp().filePath(QStringLiteral("bench_import_facilities"));
    const QDir dir(workDir.isEmpty() ? tmpPath : workDir);
    QDir().mkpath(dir.path());
    const QString exe = QStringLiteral(PETASEHAT_EXE);
    const QString base = dir.filePath(QStringLiteral("jateng_base.sqlite"));
    if (!QFile::exists(base)) {
        const QString part = base + QStringLiteral(".part");
        QFile::remove(part);
        const QList<QStringList> steps = {
            {exe, QStringLiteral("init"), part},
            {exe, QStringLiteral("import"), QStringLiteral("boundaries"), part, shared + QStringLiteral("/boundaries/indonesia_admin.gpkg"),
             QStringLiteral("--layer"), QStringLiteral("kecamatan"), QStringLiteral("--within"), QStringLiteral("33")},
            {exe, QStringLiteral("import"), QStringLiteral("boundaries"), part, shared + QStringLiteral("/boundaries/desa_jawa_tengah.gpkg"),
             QStringLiteral("--layer"), QStringLiteral("desa")},
            {exe, QStringLiteral("import"), QStringLiteral("population"), part,
             shared + QStringLiteral("/sample/jawa_tengah/population_100m.tif")}};
        for (const QStringList& step : steps)
            if (runChild(step).exitCode != 0) {
                std::printf("bench_import_facilities: building the base project failed at: %s\n",
                            step.mid(1, 2).join(QLatin1Char(' ')).toLocal8Bit().constData());
                return 1;
            }
        QFile::rename(part, base);
    }
    struct Binary {
        const char* label;
        QString exe;
        std::vector<double> wall, cpu;
    };
    std::vector<Binary> bins{{"this build", exe, {}, {}}};
    if (!baseline.isEmpty())
        bins.push_back({"baseline", baseline, {}, {}});
    std::printf("import facilities posyandu.csv (48,000 rows), whole command, %d runs%s\n", runs,
                baseline.isEmpty() ? "" : " alternating with the baseline");
    std::printf("  %-10s %3s %9s %9s  %s\n", "binary", "run", "wall s", "CPU s", "load average");
    for (int i = 0; i < runs; ++i)
        for (Binary& b : bins) {
            const QString project = dir.filePath(QStringLiteral("run_%1.sqlite").arg(&b - bins.data()));
            QFile::remove(project);
            QFile::copy(base, project);
            const ChildRun r = runChild({b.exe, QStringLiteral("import"), QStringLiteral("facilities"), project, sheet, QStringLiteral("--type"),
                               QStringLiteral("posyandu"), QStringLiteral("--report"), project + QStringLiteral(".csv")});
            std::printf("  %-10s %3d %9.2f %9.2f  %s%s\n", b.label, i + 1, r.wall, r.cpu, loadAverage().constData(),
                        r.exitCode == 0 ? "" : "  FAILED");
            std::fflush(stdout);
            if (r.exitCode != 0)
                return 1;
            b.wall.push_back(r.wall);
            b.cpu.push_back(r.cpu);
        }
    for (const Binary& b : bins)
        std::printf("median %-10s %6.2f s wall %6.2f s CPU (user + sys)  load average at the end %s\n", b.label, median(b.wall),
                    median(b.cpu), loadAverage().constData());
    std::printf("projects and reports of the last runs: %s/run_*.sqlite(.csv)\n", dir.path().toLocal8Bit().constData());
    return 0;
}
