#pragma once
#include "Metric.h"
#include "core/Progress.h"
#include "core/Types.h"
#include <QString>
#include <cstdint>
#include <vector>

namespace ps::analysis {

// The window of the population raster that covers the study areas, with
// every populated cell that falls in one of them.
//
// Counting rule (one rule everywhere in the module): a cell belongs to the
// area that contains its CENTRE (GDAL's default rasterisation), so each
// cell is counted in exactly one desa, and it is "within reach" when its
// CENTRE lies within the reach of a facility. Cells whose centre lies in no
// desa (slivers between polygons, the sea) are reported as unassigned.
struct PopulationGrid {
    QString rasterPath;
    double originLon = 0, originLat = 0;   // top-left corner of the window
    double stepLon = 0, stepLat = 0;       // stepLat is negative (north-up)
    int width = 0, height = 0;             // window size in cells
    std::vector<LocalMetric> rowMetric;    // per window row, at the cell centres' latitude

    // Populated cells in the study areas (parallel arrays).
    std::vector<std::int32_t> cellRow, cellCol;
    std::vector<float> cellPop;
    std::vector<std::int32_t> cellArea;    // index into the area list given to build()

    std::vector<std::int32_t> labels;      // width*height: area index of each window cell, -1 outside
    double unassignedPopulation = 0;       // people in window cells whose centre is in no study area

    // Index of the area containing (lon, lat) by the cell-centre rule, -1 outside.
    int areaAt(double lon, double lat) const
    {
        const double c = (lon - originLon) / stepLon, r = (lat - originLat) / stepLat;
        if (c < 0 || r < 0 || c >= width || r >= height)
            return -1;
        return labels[static_cast<size_t>(r) * width + static_cast<size_t>(c)];
    }

    double lonOf(int col) const { return originLon + (col + 0.5) * stepLon; }
    double latOf(int row) const { return originLat + (row + 0.5) * stepLat; }
    size_t size() const { return cellPop.size(); }
};

// Reads the window of the raster (EPSG:4326 GeoTIFF of people per cell) that
// covers `areas` block row by block row, rasterises the areas into a label
// grid (cell-centre rule) and keeps the populated cells. Throws ps::Error
// naming the raster when it cannot be read or is not in lon/lat.
PopulationGrid buildPopulationGrid(const QString& rasterPath, const std::vector<AdminArea>& areas,
                                   const Progress& progress = Progress::none());

} // namespace ps::analysis
