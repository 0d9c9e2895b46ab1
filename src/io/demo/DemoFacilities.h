#pragma once
#include "DemoDistrict.h"
#include "DemoGeography.h"

namespace ps::demo {

// What the facility and indicator generators need to know of the geography.
struct DesaInfo {
    QString code, name;
    int kecamatan = 0;                 // index into the kecamatan list (code order)
    bool kelurahan = false;
    double population = 0.0;
    double distanceToTownM = 0.0;
    double forestShare = 0.0;
    std::vector<Point2> places;        // settlements as lon/lat (x = lon), the centre first
};

struct KecamatanInfo {
    QString code, name;
    std::vector<int> desa;             // indices into the desa list
    int capital = 0;                   // desa index of its main settlement
    double population = 0.0;
    double distanceToTownM = 0.0;
};

struct FacilityTables {
    DemoTable puskesmas, pustu, posyandu;
    QStringList desaWithoutPosyandu;
};

// Puskesmas in every kecamatan (more in the largest), pustu in about half the
// desa, 2–8 posyandu per desa by its number of balita, except a few remote
// desa left with none. Points lie inside their desa (desaWkb, lon/lat); some
// posyandu rows have blank coordinates, to be placed by geocoding.
FacilityTables makeFacilities(GeosContext& g, Rng& rng, const std::vector<DesaInfo>& desa,
                              const std::vector<KecamatanInfo>& kecamatan, const std::vector<QByteArray>& desaWkb);

// Balita as a share of the population (used for posyandu sizing and indicators).
inline constexpr double kBalitaShare = 0.085;

} // namespace ps::demo
