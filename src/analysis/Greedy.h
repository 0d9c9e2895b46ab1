#pragma once
#include "PopulationGrid.h"
#include <vector>

namespace ps::analysis {

// A proposed new service point at a populated cell centre.
struct ProposedSite {
    int rank = 0;              // 1 = chosen first
    double lon = 0, lat = 0;
    int cell = -1;             // index into the grid's populated cells
    double marginalGain = 0;   // people newly within reach when this site is added to the earlier ones
    double cumulativeGain = 0;
};

// Greedy maximal covering: picks up to k sites, each the candidate that brings
// the most not-yet-covered people within reachM (lazy evaluation: a gain can
// only shrink as sites are added, so stale upper bounds are re-evaluated only
// when they reach the top). Candidates are the centres of populated cells in
// the study areas that are not yet covered; `covered` flags each populated
// cell of the grid. The reach test is the module's one rule (centre within reachM).
// Stops early when no candidate adds anyone.
std::vector<ProposedSite> greedyMaximalCovering(const PopulationGrid& grid, const std::vector<char>& covered,
                                                double reachM, int k);

} // namespace ps::analysis
