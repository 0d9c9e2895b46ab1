// Coverage speed on the Jawa Tengah sample (8,563 desa, 48,000 posyandu, 3,000
// pustu, 880 puskesmas, 3763×2984 population raster): the whole coverage
// (covered area with GEOS + covered population from the raster, per desa and
// rolled up) for posyandu at 1 km, then for all types. Prints seconds and totals.
//   bench_coverage [project.sqlite [--posyandu-only]]   (built from ../shared/data on first use; default in the temp folder)
#include "../BenchFigures.h"
#include "SampleProject.h"
#include "analysis/CoverageAnalysis.h"
#include "core/Paths.h"
#include "core/Project.h"
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>
#include <cstdio>

using namespace ps;
using namespace ps::analysis;

static double s_cpuAtStart = 0;

static void printRun(const char* title, const CoverageResult& r, double seconds)
{
    std::printf("\n%s: %.2f s wall, %.2f s CPU over all threads (%d threads; load average now %s)\n", title, seconds,
                cpuSeconds() - s_cpuAtStart, QThread::idealThreadCount(), loadAverage().constData());
    for (const auto& [stage, s] : r.seconds)
        std::printf("  %-22s %7.3f s\n", stage.toUtf8().constData(), s);
    int desa = 0;
    for (const AreaCoverageRow& row : r.rows)
        desa += row.level == AdminLevel::Desa && row.type == QLatin1String("any");
    std::printf("  desa: %d; people outside every desa in the raster window: %.0f; GEOS failures: %d\n", desa,
                r.populationOutsideAreas, r.areaFailures);
    for (const AreaCoverageRow& row : r.rows) {
        if (row.code.size() != 2)
            continue; // province totals only
        std::printf("  %-10s reach %5.0f m  people %11.0f  covered %11.0f (%5.2f%%)  area %8.1f km2  covered %8.1f km2 "
                    "(%5.2f%%)  mean distance %6.0f m\n",
                    row.type.toUtf8().constData(), row.reachM, row.population, row.coveredPopulation,
                    100 * row.coveredPopulation / std::max(1.0, row.population), row.areaKm2, row.coveredKm2,
                    100 * row.coveredKm2 / std::max(1e-9, row.areaKm2), row.meanDistanceM().value_or(-1));
    }
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (sharedDataDir().isEmpty()) {
        std::printf("bench_coverage: ../shared/data is absent; skipped\n");
        return 0;
    }
    const QString shared = sharedDataDir();
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::temp().filePath(QStringLiteral("petasehat-bench-jateng.sqlite"));
    if (!QFileInfo::exists(path)) {
        QElapsedTimer t;
        t.start();
        pstest::SampleSpec spec;
        spec.desaGpkg = shared + QStringLiteral("/boundaries/desa_jawa_tengah.gpkg");
        spec.adminGpkg = shared + QStringLiteral("/boundaries/indonesia_admin.gpkg");
        spec.codePrefix = QStringLiteral("33");
        spec.facilitiesCsv = shared + QStringLiteral("/sample/jawa_tengah/truth/facilities_truth.csv");
        spec.indicatorsCsv = shared + QStringLiteral("/sample/jawa_tengah/truth/indikator_truth.csv");
        spec.populationTif = shared + QStringLiteral("/sample/jawa_tengah/population_100m.tif");
        pstest::buildSampleProject(path, spec);
        std::printf("built %s in %.1f s (not part of the timings)\n", path.toUtf8().constData(), t.elapsed() / 1000.0);
    }
    auto project = Project::open(path);

    // Acceptance figure: posyandu at 1 km, covered area and covered population for every desa.
    {
        CoverageParams p;
        p.codePrefix = QStringLiteral("33");
        p.types = {FacilityType::Posyandu};
        p.reachM[FacilityType::Posyandu] = 1000;
        p.ranking = false;
        p.catchments = false;
        p.storeGeometry = false;
        p.store = false;
        QElapsedTimer t;
        t.start();
        s_cpuAtStart = cpuSeconds();
        const CoverageResult r = runCoverage(*project, p);
        printRun("posyandu 1 km: covered area + covered population, 8,563 desa (not stored)", r, t.nsecsElapsed() / 1e9);
    }
    if (argc > 2 && QByteArray(argv[2]) == "--posyandu-only")
        return 0;
    // The same with the covered-area layer and results written to the project.
    {
        CoverageParams p;
        p.codePrefix = QStringLiteral("33");
        p.types = {FacilityType::Posyandu};
        p.ranking = false;
        p.catchments = false;
        QElapsedTimer t;
        t.start();
        s_cpuAtStart = cpuSeconds();
        const CoverageResult r = runCoverage(*project, p);
        printRun("posyandu 1 km, stored with its covered-area layer", r, t.nsecsElapsed() / 1e9);
    }
    // Everything: all types, "any", ranking, catchments, 10 proposed posyandu, stored.
    {
        CoverageParams p;
        p.codePrefix = QStringLiteral("33");
        p.proposeCount = 10;
        QElapsedTimer t;
        t.start();
        s_cpuAtStart = cpuSeconds();
        const CoverageResult r = runCoverage(*project, p);
        printRun("all types (posyandu 1 km, pustu/poskesdes 2 km, puskesmas 5 km) + ranking + catchments + 10 sites, stored", r,
                 t.nsecsElapsed() / 1e9);
        for (const ProposedSiteRow& s : r.proposed)
            std::printf("  site %2d  %.5f, %.5f  %-14s +%.0f people\n", s.rank, s.lon, s.lat, s.areaCode.toUtf8().constData(),
                        s.marginalGain);
    }
    return 0;
}
