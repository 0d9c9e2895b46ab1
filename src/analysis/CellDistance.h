#pragma once
#include "FacilityIndex.h"
#include "PopulationGrid.h"
#include "core/Progress.h"
#include <cstdint>
#include <vector>

namespace ps::analysis {

// Ground distance (metres) from every populated cell centre of the grid to
// its nearest facility in the index (+inf when the index is empty), and that
// facility's index. Runs on all cores.
struct CellDistances {
    std::vector<double> distanceM;
    std::vector<std::int32_t> nearest;
};
CellDistances nearestFacilityDistances(const PopulationGrid& grid, const FacilityIndex& index,
                                       const Progress& progress = Progress::none());

} // namespace ps::analysis
