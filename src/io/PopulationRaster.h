#pragma once
#include "core/Project.h"
#include <QRectF>
#include <QString>
#include <QStringList>
#include <optional>

namespace ps::io {

// What we checked and learnt about a population raster.
struct PopulationRasterInfo {
    QString path;                   // absolute
    int width = 0, height = 0;
    QString crs;                    // "EPSG:4326" or the CRS's name
    QString dataType;               // GDAL's name, e.g. "Float32"
    std::optional<double> nodata;
    std::optional<double> total;    // sum of valid cells (people); empty when the raster is too large to sum cheaply
    QRectF extentLonLat;            // x = lon, y = lat (top() is the smaller latitude, as QRectF goes)
    QStringList warnings;           // e.g. the raster does not overlap the project's areas
    QString needsWarp;              // why the rest of the program cannot read it as is (not lon/lat, south-up); empty when it can
    QString warpedFrom;             // the user's file when `path` is our EPSG:4326 copy of it
    qint64 populatedCells = 0;
};

// Bounds on what a population raster may hold: more people per km² than any
// city on earth, or more people in all than there are, is a broken file.
inline constexpr double kMaxPeoplePerKm2 = 100'000;
inline constexpr double kMaxTotalPeople = 1e9;

// Opens a raster with GDAL and checks it can serve as people-per-cell:
// one band, georeferenced, not rotated, a CRS that transforms to EPSG:4326,
// and cell values that are people: read block by block (empty blocks of a
// sparse file skipped, memory one block whatever the nominal size), any
// negative or absurd value and a raster without any populated cell are
// refused. Throws ps::Error naming the file (and cell) otherwise. The
// nominal size is no limit: coverage reads the raster in blocks too.
PopulationRasterInfo inspectPopulationRaster(const QString& path);

// inspectPopulationRaster; a raster that is not north-up lon/lat is
// reprojected with GDAL warp (sum resampling, people preserved) to a GeoTIFF
// beside the project, "<name>_epsg4326.tif", which is what gets registered.
// Then stores the absolute path in the project's
// setting "population_raster" (with "population_raster_nodata" and
// "population_total" when known) and an import_log row, in one transaction.
PopulationRasterInfo registerPopulationRaster(Project& project, const QString& path);

} // namespace ps::io
