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
};

// Opens a raster with GDAL and checks it can serve as people-per-cell:
// one band, georeferenced north-up, a CRS that transforms to EPSG:4326.
// Throws ps::Error naming the file otherwise. Sums the cells when cheap.
PopulationRasterInfo inspectPopulationRaster(const QString& path);

// inspectPopulationRaster, then stores the absolute path in the project's
// setting "population_raster" (with "population_raster_nodata" and
// "population_total" when known) and an import_log row, in one transaction.
PopulationRasterInfo registerPopulationRaster(Project& project, const QString& path);

} // namespace ps::io
