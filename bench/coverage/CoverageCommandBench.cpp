// The whole command as users run it: `petasehat analyze coverage PROJECT --types
// posyandu` on Jawa Tengah (8,563 desa, 48,000 true posyandu points, 11.2M-cell
// raster), each run its own process on a fresh copy of the project. Prints per
// run the wall and CPU seconds (user + sys of the child, from wait4), peak RSS,
// the load average, and the CPU split the run stored (raster thread, covered-area
// step on all threads, the rest = main thread and the nearest-facility search).
// With --baseline OTHER_PETASEHAT, runs alternate A (baseline) / B (this build)
// and every run's coverage_result rows are compared with the first A run: all
// columns equal, covered km² within 1e-7 of the area (overlay rounding).
// The machine is shared: read wall time with the CPU seconds and load beside it.
//   bench_coverage_cli [--runs N] [--baseline EXE] [WORKDIR]
#include "../BenchFigures.h"
#include "analysis/CoverageAnalysis.h"
#include "core/Project.h"
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <map>

using namespace ps;

namespace {
using Rows = std::map<QString, analysis::AreaCoverageRow>;

Rows storedRows(const QString& path, QJsonObject* seconds)
{
    auto project = Project::open(path);
    const auto run = analysis::latestRun(*project);
    Rows rows;
    if (!run)
        return rows;
    *seconds = run->summary.value(QStringLiteral("seconds")).toObject();
    for (const analysis::AreaCoverageRow& r : analysis::storedCoverage(*project, run->id))
        rows[r.code + QLatin1Char('|') + r.type] = r;
    return rows;
}

// Differences from the reference: rows whose columns other than covered km² differ,
// and the largest covered-km² difference relative to the row's area.
QString compare(const Rows& ref, const Rows& got)
{
    int differ = 0;
    double worst = 0;
    for (const auto& [key, a] : ref) {
        const auto it = got.find(key);
        if (it == got.end()) {
            ++differ;
            continue;
        }
        const analysis::AreaCoverageRow& b = it->second;
        differ += a.population != b.population || a.coveredPopulation != b.coveredPopulation || a.areaKm2 != b.areaKm2 ||
                  a.meanDistanceM() != b.meanDistanceM() || a.facilities != b.facilities || a.reachM != b.reachM;
        worst = std::max(worst, std::abs(a.coveredKm2 - b.coveredKm2) / std::max(1e-12, a.areaKm2));
    }
    const bool ok = differ == 0 && ref.size() == got.size() && worst <= 1e-7;
    return QStringLiteral("%1 rows, %2 differ, covered km2 max rel diff %3: %4")
        .arg(got.size())
        .arg(differ)
        .arg(worst, 0, 'g', 2)
        .arg(ok ? QStringLiteral("same") : QStringLiteral("DIFFERENT"));
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int runs = 3;
    QString baseline;
    for (int i = 0; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--runs"))
            runs = args.takeAt(i + 1).toInt(), args.removeAt(i--);
        else if (args[i] == QLatin1String("--baseline"))
            baseline = args.takeAt(i + 1), args.removeAt(i--);
    }
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))
        || (!args.isEmpty() && args.first().startsWith(QLatin1Char('-')))) {
        std::printf("bench_coverage_cli [--runs N] [--baseline OTHER_PETASEHAT] [WORKDIR]\n");
        return args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h")) ? 0 : 2;
    }
    const QString shared = QStringLiteral(PETASEHAT_SHARED_DATA_DIR);
    if (!QFile::exists(shared + QStringLiteral("/sample/jawa_tengah/population_100m.tif"))) {
        std::printf("bench_coverage_cli: ../shared/data is absent; skipped\n");
        return 0;
    }
    QTemporaryDir tmp;
    const QDir dir(args.isEmpty() ? tmp.path() : args.first());
    const QString truth = dir.filePath(QStringLiteral("jateng_truth.sqlite")), work = dir.filePath(QStringLiteral("jateng_truth_run.sqlite"));
    if (!QFile::exists(truth)) {
        std::printf("building the truth project with bench_coverage (not timed)\n");
        std::fflush(stdout);
        runChild({QStringLiteral(BENCH_COVERAGE_EXE), truth, QStringLiteral("--posyandu-only")});
    }
    struct Side {
        const char* name;
        QString exe;
        std::vector<double> wall, cpu;
    };
    std::vector<Side> sides;
    if (!baseline.isEmpty())
        sides.push_back({"A baseline", baseline, {}, {}});
    sides.push_back({"B this build", QStringLiteral(PETASEHAT_EXE), {}, {}});
    std::printf("analyze coverage --types posyandu, Jawa Tengah, whole command (%d runs each)\n", runs);
    Rows reference;
    for (int i = 0; i < runs; ++i)
        for (Side& s : sides) {
            QFile::remove(work);
            QFile::remove(work + QStringLiteral("-wal"));
            QFile::remove(work + QStringLiteral("-shm"));
            QFile::copy(truth, work);
            const QByteArray loadBefore = loadAverage();
            const ChildRun f =
                runChild({s.exe, QStringLiteral("analyze"), QStringLiteral("coverage"), work, QStringLiteral("--types"), QStringLiteral("posyandu")});
            QJsonObject seconds;
            const Rows rows = storedRows(work, &seconds);
            if (reference.empty())
                reference = rows;
            const double grid = seconds.value(QStringLiteral("population_grid_cpu")).toDouble(-1);
            const double area = seconds.value(QStringLiteral("area_coverage_cpu")).toDouble(-1);
            std::printf("%-12s %6.2f s wall %6.2f s CPU  %4.0f MB  exit %d  load %s -> %s\n", s.name, f.wall, f.cpu, f.rssMb,
                        f.exitCode, loadBefore.constData(), loadAverage().constData());
            if (grid >= 0 && area >= 0)
                std::printf("             CPU split: raster thread %.2f s, covered area (all threads) %.2f s, rest %.2f s\n", grid,
                            area, f.cpu - grid - area);
            std::printf("             %s\n", compare(reference, rows).toUtf8().constData());
            std::fflush(stdout);
            s.wall.push_back(f.wall);
            s.cpu.push_back(f.cpu);
        }
    for (const Side& s : sides)
        std::printf("%-12s median %.2f s wall (min %.2f), median %.2f s CPU; CPU/2 cores = %.2f s, the wall floor on a quiet machine\n",
                    s.name, median(s.wall), *std::min_element(s.wall.begin(), s.wall.end()), median(s.cpu), median(s.cpu) / 2);
    return 0;
}
