#include "DemoFacilities.h"
#include "DemoNames.h"
#include <algorithm>
#include <cmath>

namespace ps::demo {

namespace {

QString coord(double v) { return QString::number(v, 'f', 6); }

// A point near `place` (jittered by about `spreadM`) inside the desa.
Point2 placeNear(GeosContext& g, Rng& rng, const PreparedPtr& inside, const GEOSGeometry* desa, Point2 place,
                 double spreadM)
{
    const GEOSContextHandle_t h = g.handle();
    const double deg = spreadM / 110500.0;
    for (int attempt = 0; attempt < 30; ++attempt) {
        const Point2 p{place.x + rng.normal() * deg, place.y + rng.normal() * deg};
        GeomPtr pt = g.point(p.x, p.y);
        if (GEOSPreparedContains_r(h, inside.get(), pt.get()))
            return p;
    }
    GeomPtr pt = g.point(place.x, place.y);
    if (GEOSPreparedContains_r(h, inside.get(), pt.get()))
        return place;
    GeomPtr surface = g.own(GEOSPointOnSurface_r(h, desa));
    Point2 p;
    GEOSGeomGetX_r(h, surface.get(), &p.x);
    GEOSGeomGetY_r(h, surface.get(), &p.y);
    return p;
}

// The remote desa left without posyandu: far from town, much forest, one
// per kecamatan, never a kecamatan's main desa.
QStringList pickUnserved(const std::vector<DesaInfo>& desa, const std::vector<KecamatanInfo>& kecamatan, int count)
{
    std::vector<int> order;
    for (size_t i = 0; i < desa.size(); ++i)
        if (!desa[i].kelurahan && kecamatan[static_cast<size_t>(desa[i].kecamatan)].capital != static_cast<int>(i)
            && desa[i].population > 300)
            order.push_back(static_cast<int>(i));
    auto score = [&](int i) {
        const DesaInfo& d = desa[static_cast<size_t>(i)];
        return d.distanceToTownM / 1000.0 + 25.0 * d.forestShare;
    };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return score(a) > score(b); });
    QStringList codes;
    std::vector<int> usedKecamatan;
    for (int i : order) {
        const int k = desa[static_cast<size_t>(i)].kecamatan;
        if (std::find(usedKecamatan.begin(), usedKecamatan.end(), k) != usedKecamatan.end())
            continue;
        usedKecamatan.push_back(k);
        codes << desa[static_cast<size_t>(i)].code;
        if (codes.size() == count)
            break;
    }
    return codes;
}

} // namespace

FacilityTables makeFacilities(GeosContext& g, Rng& rng, const std::vector<DesaInfo>& desa,
                              const std::vector<KecamatanInfo>& kecamatan, const std::vector<QByteArray>& desaWkb)
{
    FacilityTables t;
    t.puskesmas.name = QStringLiteral("puskesmas");
    t.puskesmas.columns = QStringList{"kode_puskesmas", "nama", "jenis", "kecamatan", "desa", "latitude", "longitude"};
    t.pustu.name = QStringLiteral("pustu");
    t.pustu.columns = QStringList{"kode", "nama", "kecamatan", "desa", "lintang", "bujur"};
    t.posyandu.name = QStringLiteral("posyandu");
    t.posyandu.columns = QStringList{"kode_posyandu", "nama_posyandu", "strata", "desa", "kecamatan", "alamat",
                                     "jumlah_kader", "jumlah_balita", "latitude", "longitude"};
    t.posyandu.integerColumns = QStringList{"jumlah_kader", "jumlah_balita"};

    std::vector<GeomPtr> geoms;
    std::vector<PreparedPtr> inside;
    for (const QByteArray& wkb : desaWkb) {
        geoms.push_back(g.fromWkb(wkb));
        inside.push_back(g.prepare(geoms.back().get()));
    }
    auto at = [&](int d, Point2 place, double spreadM) {
        return placeNear(g, rng, inside[static_cast<size_t>(d)], geoms[static_cast<size_t>(d)].get(), place, spreadM);
    };
    t.desaWithoutPosyandu = pickUnserved(desa, kecamatan, 3);

    // Puskesmas: one per kecamatan in its main desa; two more in the most
    // populous kecamatan and one more in the next.
    std::vector<int> byPopulation(kecamatan.size());
    for (size_t k = 0; k < kecamatan.size(); ++k)
        byPopulation[k] = static_cast<int>(k);
    std::stable_sort(byPopulation.begin(), byPopulation.end(), [&](int a, int b) {
        return kecamatan[static_cast<size_t>(a)].population > kecamatan[static_cast<size_t>(b)].population;
    });
    std::vector<bool> hasPuskesmas(desa.size(), false);
    int puskesmasNo = 0;
    for (size_t k = 0; k < kecamatan.size(); ++k) {
        const KecamatanInfo& kec = kecamatan[k];
        int extra = 0;
        if (!byPopulation.empty() && byPopulation[0] == static_cast<int>(k))
            extra = 2;
        else if (byPopulation.size() > 1 && byPopulation[1] == static_cast<int>(k))
            extra = 1;
        std::vector<int> hosts{kec.capital};
        std::vector<int> others = kec.desa;
        std::stable_sort(others.begin(), others.end(), [&](int a, int b) {
            return desa[static_cast<size_t>(a)].population > desa[static_cast<size_t>(b)].population;
        });
        for (int d : others)
            if (static_cast<int>(hosts.size()) <= extra && d != kec.capital)
                hosts.push_back(d);
        for (size_t j = 0; j < hosts.size(); ++j) {
            const int d = hosts[j];
            const DesaInfo& di = desa[static_cast<size_t>(d)];
            hasPuskesmas[static_cast<size_t>(d)] = true;
            const Point2 p = at(d, di.places.front(), 200.0);
            const bool inpatient = kec.distanceToTownM > 18000.0 || rng.chance(0.25);
            const QString name = j == 0 ? QStringLiteral("Puskesmas %1").arg(kec.name)
                                        : QStringLiteral("Puskesmas %1").arg(di.name);
            t.puskesmas.rows.push_back({QStringLiteral("P9901%1").arg(++puskesmasNo, 4, 10, QLatin1Char('0')), name,
                                        inpatient ? QStringLiteral("Rawat Inap") : QStringLiteral("Non Rawat Inap"),
                                        kec.name, di.name, coord(p.y), coord(p.x)});
        }
    }

    int pustuNo = 0, posyanduNo = 0;
    for (size_t d = 0; d < desa.size(); ++d) {
        const DesaInfo& di = desa[d];
        const QString kecName = kecamatan[static_cast<size_t>(di.kecamatan)].name;
        const bool unserved = t.desaWithoutPosyandu.contains(di.code);
        // Pustu: about half the desa without a puskesmas; town kelurahan rarely.
        if (!hasPuskesmas[d] && !unserved && rng.chance(di.kelurahan ? 0.2 : 0.55)) {
            const Point2 p = at(static_cast<int>(d), di.places.front(), 250.0);
            t.pustu.rows.push_back({QStringLiteral("PT9901%1").arg(++pustuNo, 4, 10, QLatin1Char('0')),
                                    QStringLiteral("Pustu %1").arg(di.name), kecName, di.name, coord(p.y), coord(p.x)});
        }
        if (unserved)
            continue;
        // Posyandu: about one per 100 balita, 2 to 8 per desa.
        const double balita = di.population * kBalitaShare;
        const int count = std::clamp(static_cast<int>(std::lround(balita / 100.0)), 2, 8);
        const QString flower = NameBook::posyanduFlower(rng.range(0, 11));
        for (int k = 0; k < count; ++k) {
            const Point2 place = di.places[static_cast<size_t>(k) % di.places.size()];
            const Point2 p = at(static_cast<int>(d), place, 350.0);
            const bool blank = rng.chance(0.08);
            const QString strata = NameBook::strata(rng.uniform());
            const int kader = strata == QLatin1String("Pratama") ? rng.range(3, 5) : rng.range(5, 8);
            const int children = static_cast<int>(std::lround(balita / count * rng.uniform(0.8, 1.2)));
            t.posyandu.rows.push_back({QStringLiteral("PY9901%1").arg(++posyanduNo, 5, 10, QLatin1Char('0')),
                                       QStringLiteral("Posyandu %1 %2").arg(flower).arg(k + 1), strata, di.name,
                                       kecName,
                                       QStringLiteral("RT %1 Dusun %2").arg(rng.range(1, 12), 2, 10, QLatin1Char('0')).arg(rng.range(1, 4)),
                                       QString::number(kader), QString::number(children),
                                       blank ? QString() : coord(p.y), blank ? QString() : coord(p.x)});
        }
    }
    return t;
}

} // namespace ps::demo
