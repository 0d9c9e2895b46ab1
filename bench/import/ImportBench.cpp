// Prints the time to import boundary layers into a fresh project store:
// the national kecamatan layer (7,285 features, ~4% invalid) and the Jawa
// Tengah desa layer (8,563 features). Median of `runs` runs (default 3).
//   bench_import [runs]
#include "core/Paths.h"
#include "core/Project.h"
#include "io/BoundaryImporter.h"
#include "io/IndicatorImporter.h"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace ps;

struct Job {
    const char* label;
    const char* file;
    const char* layer;
};

// CPU seconds of this process: steadier than wall time on a shared machine.
static double cpuSeconds() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

static double importOnce(const QString& path, const char* layer, io::BoundaryImportReport& report, double& cpu)
{
    QTemporaryDir dir;
    auto project = Project::create(dir.filePath("bench.sqlite"));
    io::BoundaryImportOptions o;
    o.layer = QString::fromLatin1(layer);
    QElapsedTimer t;
    t.start();
    const double c0 = cpuSeconds();
    report = io::importBoundaries(*project, path, o);
    cpu = cpuSeconds() - c0;
    return t.nsecsElapsed() / 1e9;
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 3;
    const QString shared = sharedDataDir();
    if (shared.isEmpty()) {
        std::printf("bench_import: ../shared/data is absent; nothing to measure (skipped)\n");
        return 0;
    }
    const Job jobs[] = {
        {"kecamatan nasional", "boundaries/indonesia_admin.gpkg", "kecamatan"},
        {"desa Jawa Tengah", "boundaries/desa_jawa_tengah.gpkg", "desa"},
    };
    std::printf("%-20s %8s %8s %10s %9s %9s %9s %9s\n", "layer", "fitur", "disimpan", "diperbaiki", "median s", "min s",
                "cpu s", "fitur/s");
    for (const Job& j : jobs) {
        std::vector<double> times, cpus;
        io::BoundaryImportReport r;
        for (int i = 0; i < runs; ++i) {
            double cpu = 0;
            times.push_back(importOnce(shared + QLatin1Char('/') + QString::fromLatin1(j.file), j.layer, r, cpu));
            cpus.push_back(cpu);
        }
        std::sort(times.begin(), times.end());
        std::sort(cpus.begin(), cpus.end());
        const double median = times[times.size() / 2];
        std::printf("%-20s %8lld %8lld %10lld %9.2f %9.2f %9.2f %9.0f\n", j.label, static_cast<long long>(r.read),
                    static_cast<long long>(r.stored), static_cast<long long>(r.repaired), median, times.front(),
                    cpus[cpus.size() / 2], r.read / median);
        std::fflush(stdout);
    }
    {
        QTemporaryDir dir;
        auto project = Project::create(dir.filePath("bench.sqlite"));
        QElapsedTimer t;
        t.start();
        const auto r = io::importIndicators(*project, shared + QStringLiteral("/sample/banyuasin/indikator_kecamatan.xlsx"), {});
        std::printf("%-20s %8lld rows %8lld values %10.2f s\n", "indikator Banyuasin", static_cast<long long>(r.rows),
                    static_cast<long long>(r.values), t.nsecsElapsed() / 1e9);
    }
    return 0;
}
