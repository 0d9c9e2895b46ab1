#include "CellDistance.h"
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
#include <limits>

namespace ps::analysis {

CellDistances nearestFacilityDistances(const PopulationGrid& grid, const FacilityIndex& index, const Progress& progress)
{
    CellDistances out;
    const size_t n = grid.size();
    out.distanceM.assign(n, std::numeric_limits<double>::infinity());
    out.nearest.assign(n, -1);
    if (index.empty() || n == 0)
        return out;
    constexpr size_t chunk = 1 << 14;
    std::vector<size_t> starts;
    for (size_t s = 0; s < n; s += chunk)
        starts.push_back(s);
    QtConcurrent::blockingMap(starts, [&](size_t s) {
        if (progress.cancelled())
            return;
        const size_t e = std::min(n, s + chunk);
        for (size_t i = s; i < e; ++i) {
            const int row = grid.cellRow[i];
            const auto hit = index.nearest(grid.rowMetric[row], grid.lonOf(grid.cellCol[i]), grid.latOf(row));
            out.distanceM[i] = hit.distanceM;
            out.nearest[i] = hit.index;
        }
    });
    progress.throwIfCancelled();
    return out;
}

} // namespace ps::analysis
