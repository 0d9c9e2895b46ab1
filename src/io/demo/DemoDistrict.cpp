#include "DemoDistrict.h"
#include "DemoFacilities.h"
#include "DemoGeography.h"
#include "DemoIndicators.h"
#include "DemoNames.h"
#include "DemoPopulation.h"
#include "core/Error.h"
#include "core/Geodesy.h"
#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <numbers>

namespace ps::demo {

namespace {

QString tr(const char* s) { return QCoreApplication::translate("demo", s); }

// South-central Java, inland: every point of the district is in UTM zone 49S.
constexpr double kCentreLon = 110.30, kCentreLat = -7.62;
const char* const kUtm = "EPSG:32749";

DemoArea toArea(GeosContext& g, const Transformer& lonLatToUtm, const GEOSGeometry* utm, const QString& code,
                const QString& name, const QString& parent, AdminLevel level)
{
    GeomPtr lonLat = lonLatToUtm.transform(g, utm, true);
    GeomPtr multi = polygonalParts(g, lonLat.get());
    if (!multi)
        throw Error(QStringLiteral("demo: %1 tidak berbentuk poligon").arg(code));
    DemoArea a;
    a.code = code;
    a.name = name;
    a.parentCode = parent;
    a.level = level;
    a.wkb = g.toWkb(multi.get());
    a.areaKm2 = geodesicAreaKm2(g, multi.get());
    return a;
}

Point2 centroid(GeosContext& g, const GEOSGeometry* geom)
{
    GeomPtr c = g.own(GEOSGetCentroid_r(g.handle(), geom));
    Point2 p;
    GEOSGeomGetX_r(g.handle(), c.get(), &p.x);
    GEOSGeomGetY_r(g.handle(), c.get(), &p.y);
    return p;
}

// Clockwise angle from north of b seen from a, in [0, 2π).
double bearing(Point2 a, Point2 b)
{
    double t = std::atan2(b.x - a.x, b.y - a.y);
    return t < 0 ? t + 2.0 * std::numbers::pi : t;
}

} // namespace

DemoDistrict generateDistrict(const DemoOptions& options, Progress& progress)
{
    GeosContext& g = geos();
    Rng root(options.seed);
    Rng tilingRng = root.fork(1), nameRng = root.fork(2), populationRng = root.fork(3), facilityRng = root.fork(4),
        indicatorRng = root.fork(5), provinceRng = root.fork(6);
    const Transformer lonLatToUtm(QStringLiteral("EPSG:4326"), QString::fromLatin1(kUtm));
    Point2 centre{kCentreLon, kCentreLat};
    lonLatToUtm.forward(centre.x, centre.y);

    progress.report(0.05, tr("Membentuk batas kecamatan dan desa"));
    Tiling tiling = buildTiling(g, tilingRng, centre, options.areaKm2 * 1e6, options.desaCount, options.kecamatanCount);
    progress.throwIfCancelled();

    // Kecamatan codes run clockwise from north around the district's centre.
    const int nKec = static_cast<int>(tiling.kecamatan.size());
    const Point2 middle = centroid(g, tiling.kabupaten.get());
    std::vector<int> kecOrder(static_cast<size_t>(nKec));
    for (int k = 0; k < nKec; ++k)
        kecOrder[static_cast<size_t>(k)] = k;
    std::vector<Point2> kecCentre;
    for (const GeomPtr& k : tiling.kecamatan)
        kecCentre.push_back(centroid(g, k.get()));
    std::stable_sort(kecOrder.begin(), kecOrder.end(), [&](int a, int b) {
        return bearing(middle, kecCentre[static_cast<size_t>(a)]) < bearing(middle, kecCentre[static_cast<size_t>(b)]);
    });
    std::vector<int> kecRank(static_cast<size_t>(nKec));
    for (int r = 0; r < nKec; ++r)
        kecRank[static_cast<size_t>(kecOrder[static_cast<size_t>(r)])] = r;
    const int townKec = tiling.kecamatanOf.front();

    // Desa order inside each kecamatan: kelurahan (the town quarters, nearest
    // the centre first), then desa from north to south.
    struct Slot {
        int seed;
        bool kelurahan;
    };
    std::vector<std::vector<Slot>> members(static_cast<size_t>(nKec));
    {
        std::vector<int> townSeeds;
        for (size_t s = 0; s < tiling.seeds.size(); ++s)
            if (tiling.kecamatanOf[s] == townKec)
                townSeeds.push_back(static_cast<int>(s));
        std::stable_sort(townSeeds.begin(), townSeeds.end(), [&](int a, int b) {
            return distance(tiling.seeds[static_cast<size_t>(a)], tiling.town)
                < distance(tiling.seeds[static_cast<size_t>(b)], tiling.town);
        });
        const int nKel = std::min(6, std::max(0, static_cast<int>(townSeeds.size()) - 2));
        std::vector<bool> isKel(tiling.seeds.size(), false);
        for (int i = 0; i < nKel; ++i)
            isKel[static_cast<size_t>(townSeeds[static_cast<size_t>(i)])] = true;
        for (int i = 0; i < nKel; ++i)
            members[static_cast<size_t>(kecRank[static_cast<size_t>(townKec)])].push_back({townSeeds[static_cast<size_t>(i)], true});
        for (int k = 0; k < nKec; ++k) {
            std::vector<int> rest;
            for (size_t s = 0; s < tiling.seeds.size(); ++s)
                if (tiling.kecamatanOf[s] == k && !isKel[s])
                    rest.push_back(static_cast<int>(s));
            std::stable_sort(rest.begin(), rest.end(), [&](int a, int b) {
                return tiling.seeds[static_cast<size_t>(a)].y > tiling.seeds[static_cast<size_t>(b)].y;
            });
            for (int s : rest)
                members[static_cast<size_t>(kecRank[static_cast<size_t>(k)])].push_back({s, false});
        }
    }

    DemoDistrict d;
    progress.report(0.25, tr("Menghitung sebaran penduduk"));
    // Desa in code order, with their geometry in lon/lat.
    std::vector<int> seedOfDesa;
    std::vector<DesaInfo> desaInfo;
    std::vector<KecamatanInfo> kecInfo(static_cast<size_t>(nKec));
    for (int r = 0; r < nKec; ++r) {
        KecamatanInfo& ki = kecInfo[static_cast<size_t>(r)];
        ki.code = QStringLiteral("%1.%2").arg(kKabupatenCode).arg(r + 1, 2, 10, QLatin1Char('0'));
        int nextKel = 1001, nextDesa = 2001;
        for (const Slot& slot : members[static_cast<size_t>(r)]) {
            DesaInfo di;
            di.code = QStringLiteral("%1.%2").arg(ki.code).arg(slot.kelurahan ? nextKel++ : nextDesa++);
            di.kelurahan = slot.kelurahan;
            di.kecamatan = r;
            di.distanceToTownM = distance(tiling.seeds[static_cast<size_t>(slot.seed)], tiling.town);
            ki.desa.push_back(static_cast<int>(desaInfo.size()));
            desaInfo.push_back(di);
            seedOfDesa.push_back(slot.seed);
        }
    }
    std::vector<QByteArray> desaWkb;
    for (size_t i = 0; i < desaInfo.size(); ++i) {
        const DesaInfo& di = desaInfo[i];
        DemoArea a = toArea(g, lonLatToUtm, tiling.desa[static_cast<size_t>(seedOfDesa[i])].get(), di.code, QString(),
                            kecInfo[static_cast<size_t>(di.kecamatan)].code,
                            di.kelurahan ? AdminLevel::Kelurahan : AdminLevel::Desa);
        desaWkb.push_back(a.wkb);
        d.desa.push_back(a);
    }
    // The population model works in seed order; give it desa in code order.
    Tiling ordered;
    ordered.town = tiling.town;
    for (int s : seedOfDesa) {
        ordered.seeds.push_back(tiling.seeds[static_cast<size_t>(s)]);
        ordered.desa.push_back(g.clone(tiling.desa[static_cast<size_t>(s)].get()));
    }
    const PopulationModel pop = buildPopulation(g, populationRng, ordered, desaWkb, lonLatToUtm, options.population);
    d.population = pop.raster;
    progress.throwIfCancelled();

    for (size_t i = 0; i < desaInfo.size(); ++i) {
        DesaInfo& di = desaInfo[i];
        di.population = pop.desaPopulation[i];
        di.forestShare = pop.forestShare[i];
        for (Point2 p : pop.settlements[i]) {
            lonLatToUtm.inverse(p.x, p.y);
            di.places.push_back(p);
        }
        d.desa[i].population = di.population;
    }

    // Names: the town is "Sejahtera"; each kecamatan takes the name of its most
    // populous desa; a few desa names repeat across kecamatan, as in real life.
    progress.report(0.55, tr("Memberi nama wilayah"));
    NameBook names(nameRng);
    const QString town = QStringLiteral("Sejahtera");
    const QString repeatedA = QStringLiteral("Karang Anyar"), repeatedB = QStringLiteral("Sukamaju");
    names.reserve(town);
    names.reserve(repeatedA);
    names.reserve(repeatedB);
    for (DesaInfo& di : desaInfo)
        di.name = di.kelurahan ? names.kelurahanName() : names.desaName();
    QSet<QString> usedEndings;
    for (int r = 0; r < nKec; ++r) {
        KecamatanInfo& ki = kecInfo[static_cast<size_t>(r)];
        ki.capital = ki.desa.front();
        for (int i : ki.desa) {
            ki.population += desaInfo[static_cast<size_t>(i)].population;
            if (desaInfo[static_cast<size_t>(i)].population > desaInfo[static_cast<size_t>(ki.capital)].population)
                ki.capital = i;
        }
        ki.distanceToTownM = distance(kecCentre[static_cast<size_t>(kecOrder[static_cast<size_t>(r)])], tiling.town);
        if (kecOrder[static_cast<size_t>(r)] == townKec) {
            ki.name = town;
            continue;
        }
        // Named after a large desa whose name ends unlike the other kecamatan's
        // ("Pagar Tinggi" and "Talang Tinggi" side by side read as a pattern).
        std::vector<int> byPeople = ki.desa;
        std::stable_sort(byPeople.begin(), byPeople.end(), [&](int a, int b) {
            return desaInfo[static_cast<size_t>(a)].population > desaInfo[static_cast<size_t>(b)].population;
        });
        for (int i : byPeople) {
            const QString last = desaInfo[static_cast<size_t>(i)].name.section(QLatin1Char(' '), -1);
            if (!usedEndings.contains(last)) {
                ki.capital = i;
                break;
            }
        }
        ki.name = desaInfo[static_cast<size_t>(ki.capital)].name;
        usedEndings.insert(ki.name.section(QLatin1Char(' '), -1));
    }
    // The kelurahan at the town centre carries the town's name.
    const int townRank = kecRank[static_cast<size_t>(townKec)];
    for (int i : kecInfo[static_cast<size_t>(townRank)].desa)
        if (desaInfo[static_cast<size_t>(i)].code.endsWith(QLatin1String(".1001"))) {
            desaInfo[static_cast<size_t>(i)].name = town;
            d.townDesaCode = desaInfo[static_cast<size_t>(i)].code;
        }
    // Repeats: the last desa (never the capital) of some kecamatan.
    auto rename = [&](int r, const QString& name) {
        if (r >= nKec || r == townRank)
            return;
        const KecamatanInfo& ki = kecInfo[static_cast<size_t>(r)];
        for (auto it = ki.desa.rbegin(); it != ki.desa.rend(); ++it)
            if (*it != ki.capital && !desaInfo[static_cast<size_t>(*it)].kelurahan) {
                desaInfo[static_cast<size_t>(*it)].name = name;
                return;
            }
    };
    rename((townRank + 2) % nKec, repeatedA);
    rename((townRank + 5) % nKec, repeatedA);
    rename((townRank + 8) % nKec, repeatedA);
    rename((townRank + 3) % nKec, repeatedB);
    rename((townRank + 7) % nKec, repeatedB);
    for (size_t i = 0; i < desaInfo.size(); ++i)
        d.desa[i].name = desaInfo[i].name;

    // Kecamatan, kabupaten and province shapes.
    for (int r = 0; r < nKec; ++r) {
        const int k = kecOrder[static_cast<size_t>(r)];
        DemoArea a = toArea(g, lonLatToUtm, tiling.kecamatan[static_cast<size_t>(k)].get(), kecInfo[static_cast<size_t>(r)].code,
                            kecInfo[static_cast<size_t>(r)].name, kKabupatenCode, AdminLevel::Kecamatan);
        a.population = kecInfo[static_cast<size_t>(r)].population;
        d.kecamatan.push_back(a);
    }
    d.kabupaten = toArea(g, lonLatToUtm, tiling.kabupaten.get(), kKabupatenCode, QStringLiteral("Sehat Sejahtera"),
                         kProvinsiCode, AdminLevel::Kabupaten);
    d.kabupaten.population = pop.raster.total();
    {
        // The province: a larger blob around the kabupaten, cut into a few
        // neighbouring kabupaten, so that inset maps can show where we are.
        const double radius = std::sqrt(options.areaKm2 * 1e6 / std::numbers::pi);
        // Long from west to east and north of the kabupaten, as a province on
        // Java would be: the kabupaten lies near the south coast.
        const Point2 off{middle.x - 0.8 * radius, middle.y + 0.9 * radius};
        GeomPtr round = makeOutline(g, provinceRng, off, 2.8 * radius, 8.0 * options.areaKm2 * 1e6);
        struct Stretch {
            Point2 c;
            double sx, sy;
        } stretch{off, 1.8, 1.0 / 1.8};
        GeomPtr blob = g.own(GEOSGeom_transformXY_r(
            g.handle(), round.get(),
            [](double* x, double* y, void* u) {
                const auto* st = static_cast<const Stretch*>(u);
                *x = st->c.x + (*x - st->c.x) * st->sx;
                *y = st->c.y + (*y - st->c.y) * st->sy;
                return 1;
            },
            &stretch));
        std::vector<const GEOSGeometry*> parts{blob.get(), tiling.kabupaten.get()};
        GeomPtr province = unionOf(g, parts);
        d.provinsi = toArea(g, lonLatToUtm, province.get(), kProvinsiCode, QStringLiteral("Provinsi Contoh"), QString(),
                            AdminLevel::Provinsi);
        GeomPtr rest = g.own(GEOSDifference_r(g.handle(), province.get(), tiling.kabupaten.get()));
        const std::vector<Point2> seeds = placeSpreadPoints(g, provinceRng, rest.get(), 5, 1.6 * radius);
        std::vector<GeomPtr> cells = tileDesa(g, provinceRng, rest.get(), seeds);
        std::vector<int> order(cells.size());
        for (size_t i = 0; i < cells.size(); ++i)
            order[i] = static_cast<int>(i);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return bearing(middle, seeds[static_cast<size_t>(a)]) < bearing(middle, seeds[static_cast<size_t>(b)]);
        });
        const char* names[] = {"Tirta Makmur", "Bukit Raya", "Sumber Rejo", "Muara Jaya", "Padang Luhur", "Talang Mas"};
        for (size_t i = 0; i < order.size() && i < std::size(names); ++i)
            d.neighbours.push_back(toArea(g, lonLatToUtm, cells[static_cast<size_t>(order[i])].get(),
                                          QStringLiteral("%1.%2").arg(kProvinsiCode).arg(i + 2, 2, 10, QLatin1Char('0')),
                                          QString::fromLatin1(names[i]), kProvinsiCode, AdminLevel::Kabupaten));
    }

    progress.report(0.65, tr("Menempatkan puskesmas, pustu dan posyandu"));
    FacilityTables fac = makeFacilities(g, facilityRng, desaInfo, kecInfo, desaWkb);
    d.puskesmas = std::move(fac.puskesmas);
    d.pustu = std::move(fac.pustu);
    d.posyandu = std::move(fac.posyandu);
    d.desaWithoutPosyandu = fac.desaWithoutPosyandu;

    progress.report(0.8, tr("Menyusun indikator 2021–2024"));
    IndicatorTables ind = makeIndicators(indicatorRng, kecInfo);
    d.indicatorSheets = std::move(ind.sheets);
    d.indicatorCsv = std::move(ind.csv);
    d.blanks = std::move(ind.blanks);
    progress.report(1.0);
    return d;
}

} // namespace ps::demo
