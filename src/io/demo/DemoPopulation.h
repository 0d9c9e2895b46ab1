#pragma once
#include "DemoDistrict.h"
#include "DemoGeography.h"
#include "core/Geodesy.h"

namespace ps::demo {

// Where people live: a town core, village clusters in every desa, a thin
// rural background and near-empty forest. Built on the raster grid.
struct PopulationModel {
    DemoRaster raster;
    std::vector<int> desaOfCell;                  // desa index per cell, -1 outside the kabupaten
    std::vector<double> desaPopulation;           // people per desa
    std::vector<std::vector<Point2>> settlements; // per desa, UTM metres; the village centre first
    std::vector<double> forestShare;              // per desa, share of its cells under forest
};

// The 3 arc-second grid that covers a lon/lat box with a margin, snapped to
// whole cells (origin a multiple of 3").
DemoRaster gridFor(double west, double south, double east, double north, double marginDeg);

// Index of the desa each cell centre falls in (GDAL rasterize; -1 outside).
std::vector<int> rasterizeDesa(const DemoRaster& grid, const std::vector<QByteArray>& desaWkb);

PopulationModel buildPopulation(GeosContext& g, Rng& rng, const Tiling& tiling,
                                const std::vector<QByteArray>& desaWkbLonLat, const Transformer& lonLatToUtm,
                                double targetTotal);

} // namespace ps::demo
