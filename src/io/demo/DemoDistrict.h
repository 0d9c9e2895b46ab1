#pragma once
#include "core/AdminCode.h"
#include "core/Progress.h"
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <vector>

namespace ps::demo {

// The built-in demo: "Kabupaten Sehat Sejahtera" (99.01) in the fictional
// "Provinsi Contoh" (99), laid on Java's south side in UTM zone 49S. Every
// number comes from one seed, so the district is identical on every run.
inline constexpr quint32 kDefaultSeed = 20241122u;
inline const QString kProvinsiCode = QStringLiteral("99");
inline const QString kKabupatenCode = QStringLiteral("99.01");

struct DemoOptions {
    quint32 seed = kDefaultSeed;
    int desaCount = 118;          // desa + kelurahan
    int kecamatanCount = 10;
    double areaKm2 = 2000.0;      // of the kabupaten (approximately)
    double population = 650000.0; // people on the raster
};

struct DemoArea {
    QString code, name, parentCode;
    AdminLevel level = AdminLevel::Desa;
    QByteArray wkb;           // MultiPolygon, EPSG:4326 (lon, lat)
    double areaKm2 = 0.0;     // geodesic
    double population = 0.0;  // people on the raster inside it
};

// People per cell on a north-up lon/lat grid (row 0 = north), nodata -1
// outside the kabupaten.
struct DemoRaster {
    double west = 0, north = 0;    // top-left corner of the grid, degrees
    double cellDeg = 1.0 / 1200.0; // 3 arc-seconds
    int width = 0, height = 0;
    std::vector<float> people;
    static constexpr float kNoData = -1.0f;
    double total() const;
};

// A sheet as the Dinkes spreadsheets have it: cells are text; columns listed
// in integerColumns are numbers in XLSX. An empty cell is a blank (missing).
struct DemoTable {
    QString name;
    QStringList columns;
    QStringList integerColumns;
    std::vector<QStringList> rows;
    int column(const QString& name) const { return static_cast<int>(columns.indexOf(name)); }
};

// A cell deliberately left blank in the indicator sheets (a missing report).
struct DemoBlank {
    int year = 0;
    QString kecamatanCode;
    QString variable;
};

struct DemoDistrict {
    DemoArea provinsi, kabupaten;
    std::vector<DemoArea> neighbours;        // the province's other kabupaten (99.02 ...), context for inset maps
    std::vector<DemoArea> kecamatan;
    std::vector<DemoArea> desa;      // desa and kelurahan, ordered by code
    DemoRaster population;
    DemoTable puskesmas, pustu, posyandu;
    std::vector<DemoTable> indicatorSheets;   // one per year, named "2021" .. "2024"
    DemoTable indicatorCsv;                   // the same with a tahun column
    std::vector<DemoBlank> blanks;
    QStringList desaWithoutPosyandu;          // codes of the remote desa left unserved
    QString townDesaCode;                     // the kelurahan at the town centre
};

// Builds the whole district in memory (no files). Deterministic for a seed.
DemoDistrict generateDistrict(const DemoOptions& options = {}, Progress& progress = Progress::none());

} // namespace ps::demo
