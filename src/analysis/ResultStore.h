#pragma once
#include "CoverageAnalysis.h"

namespace ps::analysis {

// Writes a coverage run (parameters, per-area results, covered-area layer,
// ranking layer, proposed sites, catchments) in one transaction; returns its id.
qint64 storeCoverageRun(Project& project, const CoverageResult& result, const QString& startedAt, bool withGeometry);

} // namespace ps::analysis
