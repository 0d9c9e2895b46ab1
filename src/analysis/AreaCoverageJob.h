#pragma once
#include "AreaCoverage.h"
#include "core/Progress.h"
#include <atomic>
#include <future>
#include <vector>

namespace ps::analysis {

// The covered area of every desa for several reach sets (one per result column:
// each type, then "any"), computed on a thread of its own while the caller reads
// the population raster. The GEOS work needs only the desa polygons and the
// facility points, not the population grid, so the two halves of a coverage run
// overlap instead of following each other (a 2-core machine is otherwise half
// idle while the raster is read and labelled).
// `desa` and the indexes behind `columns` must outlive the job. The destructor
// cancels and waits, so an exception in the caller never leaves the thread running.
class AreaCoverageJob {
public:
    AreaCoverageJob(const std::vector<AdminArea>& desa, std::vector<std::vector<ReachSet>> columns, bool wantGeometry);
    ~AreaCoverageJob();
    AreaCoverageJob(const AreaCoverageJob&) = delete;
    AreaCoverageJob& operator=(const AreaCoverageJob&) = delete;

    // Waits for the result (one vector per column), reporting the job's share of
    // the work to `progress` (on the calling thread only) and passing its cancel
    // on. Rethrows what the job threw (ps::Cancelled included).
    std::vector<std::vector<AreaCovered>> wait(const Progress& progress);
    void cancel() { m_progress.cancel(); }
    // CPU seconds the job spent on all threads (valid after wait()).
    double cpuSeconds() const { return m_cpu; }

private:
    Progress m_progress;               // the job's own cancel flag; its callback only stores the fraction
    std::atomic<double> m_fraction{0.0}, m_column{0.0};
    double m_columns = 1.0;
    double m_cpu = 0.0;
    std::future<std::vector<std::vector<AreaCovered>>> m_result;
};

} // namespace ps::analysis
