#include "Greedy.h"
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <QtGlobal>
#include <queue>

namespace ps::analysis {

namespace {
// A window up to this many cells also gets a dense lookup (4 bytes a cell,
// 128 MB at most): faster than searching each row for a disc's columns.
constexpr qint64 kDenseLookupCells = qint64(1) << 25;

// The people still uncovered per populated cell, the cells sorted by row and
// column (contiguous, to sum discs quickly). Memory follows the populated
// cells and the window's height; the dense lookup only for a small window.
struct UncoveredWindow {
    const PopulationGrid& g;
    std::vector<int> cellAt;          // sorted position -> cell index
    std::vector<std::int32_t> col;    // per sorted position
    std::vector<float> pop;           // per sorted position: people still uncovered
    std::vector<size_t> rowStart;     // height + 1: row r holds sorted positions [rowStart[r], rowStart[r + 1])
    std::vector<std::int32_t> dense;  // width*height: sorted position of each window cell, -1 empty; small windows only
    int maxDRow = 0;
    std::vector<int> maxDCol;   // per row

    UncoveredWindow(const PopulationGrid& grid, const std::vector<char>& covered, double reachM)
        : g(grid), cellAt(grid.size()), col(grid.size()), pop(grid.size()), rowStart(static_cast<size_t>(grid.height) + 1, 0)
    {
        for (size_t i = 0; i < g.size(); ++i) {
            cellAt[i] = static_cast<int>(i);
            ++rowStart[static_cast<size_t>(g.cellRow[i]) + 1];
        }
        for (int r = 0; r < g.height; ++r)
            rowStart[r + 1] += rowStart[r];
        std::sort(cellAt.begin(), cellAt.end(), [&](int a, int b) {
            return g.cellRow[a] != g.cellRow[b] ? g.cellRow[a] < g.cellRow[b] : g.cellCol[a] < g.cellCol[b];
        });
        for (size_t k = 0; k < cellAt.size(); ++k) {
            col[k] = g.cellCol[cellAt[k]];
            pop[k] = covered[cellAt[k]] ? 0.0f : g.cellPop[cellAt[k]];
        }
        if (static_cast<qint64>(g.width) * g.height <= kDenseLookupCells) {
            dense.assign(static_cast<size_t>(g.width) * g.height, -1);
            for (size_t k = 0; k < cellAt.size(); ++k)
                dense[static_cast<size_t>(g.cellRow[cellAt[k]]) * g.width + col[k]] = static_cast<std::int32_t>(k);
        }
        double minKy = 1e300;
        maxDCol.resize(g.height);
        for (int r = 0; r < g.height; ++r) {
            minKy = std::min(minKy, g.rowMetric[r].ky);
            maxDCol[r] = static_cast<int>(std::ceil(reachM / (std::abs(g.stepLon) * g.rowMetric[r].kx))) + 1;
        }
        maxDRow = static_cast<int>(std::ceil(reachM / (std::abs(g.stepLat) * minKy))) + 1;
    }

    // Calls f(sortedPosition) for every populated cell whose centre is within reach of (lon, lat),
    // row by row and west to east (the order of the sums does not depend on the grid's cell order).
    template <class F>
    void forEachInReach(int row, int column, double reachM, F&& f) const
    {
        const double lon = g.lonOf(column), lat = g.latOf(row);
        for (int r = std::max(0, row - maxDRow); r <= std::min(g.height - 1, row + maxDRow); ++r) {
            const size_t begin = rowStart[r], end = rowStart[r + 1];
            if (begin == end)
                continue;
            const LocalMetric& m = g.rowMetric[r];
            const double cellLat = g.latOf(r);
            const int dc = maxDCol[r];
            if (!dense.empty()) {
                const std::int32_t* line = dense.data() + static_cast<size_t>(r) * g.width;
                for (int c = std::max(0, column - dc); c <= std::min(g.width - 1, column + dc); ++c)
                    if (line[c] >= 0 && groundDistanceM(m, g.lonOf(c), cellLat, lon, lat) <= reachM)
                        f(static_cast<size_t>(line[c]));
                continue;
            }
            size_t k = static_cast<size_t>(std::lower_bound(col.begin() + begin, col.begin() + end, column - dc) - col.begin());
            for (; k < end && col[k] <= column + dc; ++k)
                if (groundDistanceM(m, g.lonOf(col[k]), cellLat, lon, lat) <= reachM)
                    f(k);
        }
    }

    double gain(int cell, double reachM) const
    {
        double sum = 0;
        forEachInReach(g.cellRow[cell], g.cellCol[cell], reachM, [&](size_t k) { sum += pop[k]; });
        return sum;
    }
};

struct Candidate {
    double gain;
    int cell;
    int round; // the number of sites chosen when gain was computed
    bool operator<(const Candidate& o) const
    {
        return gain != o.gain ? gain < o.gain : cell > o.cell; // max-heap; ties to the lower cell index
    }
};
} // namespace

std::vector<ProposedSite> greedyMaximalCovering(const PopulationGrid& grid, const std::vector<char>& covered,
                                                double reachM, int k)
{
    std::vector<ProposedSite> out;
    if (k <= 0 || grid.size() == 0 || reachM <= 0)
        return out;
    UncoveredWindow win(grid, covered, reachM);
    std::priority_queue<Candidate> heap;
    for (size_t i = 0; i < grid.size(); ++i)
        if (!covered[i])
            heap.push({win.gain(static_cast<int>(i), reachM), static_cast<int>(i), 0});
    double cumulative = 0;
    while (static_cast<int>(out.size()) < k && !heap.empty()) {
        Candidate top = heap.top();
        heap.pop();
        const int round = static_cast<int>(out.size());
        if (top.round != round) {
            top.gain = win.gain(top.cell, reachM);
            top.round = round;
            heap.push(top);
            continue;
        }
        if (top.gain <= 0)
            break;
        ProposedSite s;
        s.rank = round + 1;
        s.cell = top.cell;
        s.lon = grid.lonOf(grid.cellCol[top.cell]);
        s.lat = grid.latOf(grid.cellRow[top.cell]);
        // Sum in the same way the coverage totals are summed (float people, double sum).
        s.marginalGain = top.gain;
        cumulative += top.gain;
        s.cumulativeGain = cumulative;
        out.push_back(s);
        win.forEachInReach(grid.cellRow[top.cell], grid.cellCol[top.cell], reachM, [&](size_t k) { win.pop[k] = 0.0f; });
    }
    return out;
}

} // namespace ps::analysis
