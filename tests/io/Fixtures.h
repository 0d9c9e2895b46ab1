#pragma once
// Small real files for the io tests, written with GDAL in a temporary folder.
#include "CliRun.h"
#include "core/Project.h"
#include "io/IndicatorImporter.h"
#include <optional>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace iotest {

struct Feature {
    QString code, name, wkt;   // wkt empty = no geometry
};

// Writes a vector file (driver "GeoJSON", "GPKG", "ESRI Shapefile") with
// string fields kode, nama and the features' geometries in the given EPSG
// CRS (coordinates in that CRS's traditional x/y order). epsg 0 = no CRS.
void writeVector(const QString& path, const char* driver, const QString& layer, int epsg,
                 const std::vector<Feature>& features, const QString& codeField = QStringLiteral("kode"));

// Writes a sheet per entry (XLSX/ODS) or one CSV: headers, then rows of text cells.
struct Sheet {
    QString name;
    QStringList headers;
    std::vector<QStringList> rows;
};
void writeXlsx(const QString& path, const std::vector<Sheet>& sheets);
void writeCsv(const QString& path, const Sheet& sheet);

// Writes a GeoTIFF of `bands` Float32 bands, cell value = `value`, nodata -1.
// epsg 0 = no CRS; georeferenced false = no geotransform.
void writeRaster(const QString& path, int width, int height, int bands, double originX, double originY, double cell,
                 int epsg, bool georeferenced = true, float value = 2.5f);

// A square MULTIPOLYGON WKT of side `size` with its lower-left corner at x, y.
QString squareWkt(double x, double y, double size);

// Every row of every user table (admin_area with geometry, facility,
// indicator_value, import_log, setting), as text, in a stable order.
QString dumpUserTables(ps::Project& project);

// Writes `bytes` random bytes (a corrupt file).
void writeGarbage(const QString& path, int bytes = 4096);

// The value of `code` for an indicator and period at `level` (rates at scale 100), if any.
std::optional<ps::AreaValue> areaValue(ps::Project& project, const QString& code, const char* indicator, int period,
                                       ps::AdminLevel level);

// The message of the error an indicator import raises, or "(no error)".
QString indicatorImportError(ps::Project& project, const QString& path, const ps::io::IndicatorImportOptions& options = {});

// Skips an end-to-end test when `petasehat` is not part of this build.
#ifdef PETASEHAT_CLI
#define PS_REQUIRE_CLI() (void)0
#else
#define PS_REQUIRE_CLI() GTEST_SKIP() << "petasehat is not part of this build"
#endif

// Runs the real `petasehat` of the build (empty result when it is not part of the build).
pstest::CliRun petasehat(const QStringList& args);

} // namespace iotest
