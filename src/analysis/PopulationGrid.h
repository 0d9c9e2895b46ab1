#pragma once
#include "Metric.h"
#include "core/Progress.h"
#include "core/Types.h"
#include <QString>
#include <cstdint>
#include <memory>
#include <vector>

namespace ps::analysis {

class AreaShapes; // the study areas' polygons, to label cells by the centre rule (PopulationGrid.cpp)

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

    double unassignedPopulation = 0;       // people in window cells whose centre is in no study area
    std::shared_ptr<const AreaShapes> shapes; // the areas given to build(), for areaAt()

    // Index of the area containing (lon, lat) by the cell-centre rule, -1 outside.
    // No label grid is kept (its size would follow the raster's nominal size):
    // the one cell is labelled on demand, exactly as build() labels a block.
    int areaAt(double lon, double lat) const;

    double lonOf(int col) const { return originLon + (col + 0.5) * stepLon; }
    double latOf(int row) const { return originLat + (row + 0.5) * stepLat; }
    size_t size() const { return cellPop.size(); }
};

// Reads the window of the raster (EPSG:4326 GeoTIFF of people per cell) that
// covers `areas` one block-aligned chunk at a time (~1 M cells), skipping
// chunks a sparse GeoTIFF leaves empty, rasterises the areas over each chunk
// that has people (cell-centre rule) and keeps the populated cells in row-major
// order. Memory follows the populated cells and the window's height, never its
// nominal size. Throws ps::Error naming the raster when it cannot be read or
// is not in lon/lat.
PopulationGrid buildPopulationGrid(const QString& rasterPath, const std::vector<AdminArea>& areas,
                                   const Progress& progress = Progress::none());

} // namespace ps::analysis
