#pragma once
#include "core/Types.h"
#include <QString>
#include <vector>

namespace ps {
class Project;
struct IndicatorDef;
}

namespace ps::io {

// One row of the table beside the map.
struct IndicatorTableRow {
    QString code, name, parentName;
    std::optional<double> numerator, denominator, rate;
    QString className;   // official class (thresholds) or target reached / below target
    QString period;      // the period actually used ("Agustus 2024", "2024 (Januari 2024–Desember 2024 dijumlah)")
};

// The class of a rate under the catalogue's official thresholds, else against its target; empty without either.
QString classOf(const IndicatorDef& def, double rate);

// The rows of `indicator` for `period` (a Period key) at `level`, built like the map:
// numerators and denominators summed from the finest stored level, rate recomputed.
std::vector<IndicatorTableRow> indicatorTable(Project& project, const QString& indicator, int period, AdminLevel level,
                                              const QString& codePrefix = {});

// Writes CSV or XLSX (by the file's extension) through GDAL; numbers stay numbers.
void writeIndicatorTable(const QString& path, const std::vector<IndicatorTableRow>& rows);

} // namespace ps::io
