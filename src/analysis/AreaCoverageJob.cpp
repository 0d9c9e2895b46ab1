#include "AreaCoverageJob.h"
#include <algorithm>
#include <chrono>

namespace ps::analysis {

AreaCoverageJob::AreaCoverageJob(const std::vector<AdminArea>& desa, std::vector<std::vector<ReachSet>> columns,
                                 bool wantGeometry)
    : m_progress([this](double f, const QString&) { m_fraction = (m_column + f) / m_columns; }),
      m_columns(static_cast<double>(std::max<size_t>(1, columns.size())))
{
    m_result = std::async(std::launch::async, [this, &desa, columns = std::move(columns), wantGeometry] {
        std::vector<std::vector<AreaCovered>> out;
        for (size_t c = 0; c < columns.size(); ++c) {
            m_column = static_cast<double>(c);
            // coveredPartsOfAreas reports from its workers under a lock; the callback only stores a number.
            double cpu = 0;
            out.push_back(coveredPartsOfAreas(desa, columns[c], wantGeometry, m_progress, &cpu));
            m_cpu += cpu;
        }
        return out;
    });
}

AreaCoverageJob::~AreaCoverageJob()
{
    if (m_result.valid()) {
        cancel();
        m_result.wait();
    }
}

std::vector<std::vector<AreaCovered>> AreaCoverageJob::wait(const Progress& progress)
{
    using namespace std::chrono_literals;
    while (m_result.wait_for(100ms) != std::future_status::ready) {
        if (progress.cancelled())
            cancel();
        progress.report(m_fraction.load());
    }
    progress.report(1.0);
    return m_result.get();
}

} // namespace ps::analysis
