#include "Greedy.h"
#include <algorithm>
#include <cmath>
#include <queue>

namespace ps::analysis {

namespace {
// Dense window of the people still uncovered, to sum discs quickly.
struct UncoveredWindow {
    const PopulationGrid& g;
    std::vector<float> pop;     // width*height
    std::vector<int> cellAt;    // populated-cell index per window cell, -1 elsewhere
    int maxDRow = 0;
    std::vector<int> maxDCol;   // per row

    UncoveredWindow(const PopulationGrid& grid, const std::vector<char>& covered, double reachM)
        : g(grid), pop(static_cast<size_t>(grid.width) * grid.height, 0.0f),
          cellAt(static_cast<size_t>(grid.width) * grid.height, -1)
    {
        for (size_t i = 0; i < g.size(); ++i) {
            const size_t w = static_cast<size_t>(g.cellRow[i]) * g.width + g.cellCol[i];
            cellAt[w] = static_cast<int>(i);
            if (!covered[i])
                pop[w] = g.cellPop[i];
        }
        double minKy = 1e300;
        maxDCol.resize(g.height);
        for (int r = 0; r < g.height; ++r) {
            minKy = std::min(minKy, g.rowMetric[r].ky);
            maxDCol[r] = static_cast<int>(std::ceil(reachM / (std::abs(g.stepLon) * g.rowMetric[r].kx))) + 1;
        }
        maxDRow = static_cast<int>(std::ceil(reachM / (std::abs(g.stepLat) * minKy))) + 1;
    }

    // Calls f(windowIndex) for every populated cell whose centre is within reach of (lon, lat).
    template <class F>
    void forEachInReach(int row, int col, double reachM, F&& f) const
    {
        const double lon = g.lonOf(col), lat = g.latOf(row);
        for (int r = std::max(0, row - maxDRow); r <= std::min(g.height - 1, row + maxDRow); ++r) {
            const LocalMetric& m = g.rowMetric[r];
            const double cellLat = g.latOf(r);
            const int dc = maxDCol[r];
            for (int c = std::max(0, col - dc); c <= std::min(g.width - 1, col + dc); ++c) {
                const size_t w = static_cast<size_t>(r) * g.width + c;
                if (cellAt[w] < 0)
                    continue;
                if (groundDistanceM(m, g.lonOf(c), cellLat, lon, lat) <= reachM)
                    f(w);
            }
        }
    }

    double gain(int cell, double reachM) const
    {
        double sum = 0;
        forEachInReach(g.cellRow[cell], g.cellCol[cell], reachM, [&](size_t w) { sum += pop[w]; });
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
        win.forEachInReach(grid.cellRow[top.cell], grid.cellCol[top.cell], reachM, [&](size_t w) { win.pop[w] = 0.0f; });
    }
    return out;
}

} // namespace ps::analysis
