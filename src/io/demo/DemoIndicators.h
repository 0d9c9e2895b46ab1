#pragma once
#include "DemoFacilities.h"

namespace ps::demo {

inline constexpr int kFirstYear = 2021;
inline constexpr int kLastYear = 2024;

struct IndicatorTables {
    std::vector<DemoTable> sheets;   // "2021" .. "2024"
    DemoTable csv;                   // all years, with a tahun column
    std::vector<DemoBlank> blanks;
};

// e-PPGBM/SPM-style counts per kecamatan and year, consistent with the
// population: balita 8–9% of people, 70–95% of them measured, stunting from
// ~5% near the town to ≥30% in the remote kecamatan, falling each year.
// Two cells are left blank on purpose (a missing report).
IndicatorTables makeIndicators(Rng& rng, const std::vector<KecamatanInfo>& kecamatan);

// Column order of the indicator sheets (after tahun in the CSV).
QStringList indicatorColumns();

} // namespace ps::demo
