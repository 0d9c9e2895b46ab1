// Inner loop only (the whole command is in bench_cli): the covered area of every
// desa of a project for one facility type (coveredPartsOfAreas), wall and CPU
// seconds, load average, and the total covered km² (must not move).
//   bench_area PROJECT.sqlite [type] [reach_m]
#include "../BenchFigures.h"
#include "analysis/AreaCoverage.h"
#include "core/Project.h"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <cstdio>

using namespace ps;
using namespace ps::analysis;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::printf("usage: bench_area PROJECT.sqlite [type] [reach_m]\n");
        return 2;
    }
    auto project = Project::open(QString::fromLocal8Bit(argv[1]));
    const FacilityType type = facilityTypeFromName(argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("posyandu"))
                                  .value_or(FacilityType::Posyandu);
    const double reach = argc > 3 ? std::atof(argv[3]) : 1000.0;
    const std::vector<AdminArea> desa = project->areas(AdminLevel::Desa, true);
    std::vector<SitePoint> points;
    for (const Facility& f : project->facilities(type))
        if (f.lon && f.lat)
            points.push_back({*f.lon, *f.lat});
    const FacilityIndex index(points);
    for (bool geometry : {false, true}) {
        QElapsedTimer t;
        t.start();
        const double cpu0 = cpuSeconds();
        const auto parts = coveredPartsOfAreas(desa, {{&index, reach}}, geometry);
        double km2 = 0;
        int failed = 0;
        for (const AreaCovered& a : parts) {
            km2 += a.coveredKm2;
            failed += a.failed;
        }
        std::printf("covered area of %zu desa, %zu points, %s: %.2f s wall %.2f s CPU  load %s  covered %.3f km2  failed %d\n",
                    desa.size(), points.size(), geometry ? "with geometry" : "area only", t.nsecsElapsed() / 1e9,
                    cpuSeconds() - cpu0, loadAverage().constData(), km2, failed);
    }
    return 0;
}
