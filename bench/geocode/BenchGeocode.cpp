// Geocoding speed on the Jawa Tengah sample: 48,000 posyandu against 8,563 desa.
// Prints figures; skips when ../shared/data is absent.
#include "core/Gdal.h"
#include "core/Geodesy.h"
#include "core/Paths.h"
#include "core/Project.h"
#include "geocode/FacilityImport.h"
#include "io/BoundaryImporter.h"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>
#include <ctime>

using namespace ps;
using namespace ps::geocode;

static void printCounts(const std::vector<RowReport>& rows)
{
    for (Outcome o : {Outcome::Exact, Outcome::Repaired, Outcome::Flagged, Outcome::Estimated, Outcome::Imported,
                      Outcome::Ambiguous, Outcome::Unmatched, Outcome::Duplicate, Outcome::Rejected}) {
        int n = 0;
        for (const RowReport& r : rows)
            n += r.outcome == o;
        if (n)
            std::printf("    %-10s %6d\n", outcomeName(o).toUtf8().constData(), n);
    }
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QString shared = sharedDataDir();
    if (shared.isEmpty()) {
        std::printf("bench_geocode: ../shared/data is absent, skipped\n");
        return 0;
    }
    initGdal();
    QTemporaryDir dir;
    QElapsedTimer t;
    t.start();
    auto project = Project::create(dir.filePath("jateng.sqlite"));
    io::BoundaryImportOptions kec, desa;
    kec.layer = QStringLiteral("kecamatan");
    kec.codePrefix = QStringLiteral("33");
    desa.layer = QStringLiteral("desa");
    io::importBoundaries(*project, shared + "/boundaries/indonesia_admin.gpkg", kec);
    io::importBoundaries(*project, shared + "/boundaries/desa_jawa_tengah.gpkg", desa);
    std::printf("setup: Jawa Tengah kecamatan + desa stored in %.2f s\n", t.elapsed() / 1000.0);

    t.restart();
    const io::Table table = io::readTable(shared + "/sample/jawa_tengah/posyandu.csv");
    std::printf("read posyandu.csv (%zu rows) in %.2f s\n", table.rows.size(), t.elapsed() / 1000.0);
    const FacilityColumns cols = resolveColumns(table, {});

    for (const QString& raster : {QString(), shared + "/sample/jawa_tengah/population_100m.tif"}) {
        t.restart();
        Gazetteer gaz = Gazetteer::fromProject(*project);
        const double gazS = t.elapsed() / 1000.0;
        DesaPlacer placer(gaz, raster);
        Geocoder geocoder(gaz, placer);
        t.restart();
        const std::clock_t cpu0 = std::clock();
        const auto rows = geocodeTable(table, cols, geocoder, FacilityType::Posyandu, {});
        const double s = t.elapsed() / 1000.0;
        const double cpu = static_cast<double>(std::clock() - cpu0) / CLOCKS_PER_SEC;
        std::printf("\nplacement %s:\n  gazetteer (%zu kecamatan, %zu desa) built in %.2f s\n"
                    "  GEOCODING %zu posyandu: %.2f s wall, %.2f s CPU (%.0f rows/s; target < 2 s)\n",
                    raster.isEmpty() ? "desa_interior_point" : "desa_population_peak", gaz.kecamatan().size(),
                    gaz.desa().size(), gazS, rows.size(), s, cpu, rows.size() / s);
        printCounts(rows);
    }
    return 0;
}
