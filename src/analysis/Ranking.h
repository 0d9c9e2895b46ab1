#pragma once
#include <QString>
#include <optional>
#include <vector>

namespace ps::analysis {

// What the underserved score is built from, for one desa or kecamatan.
struct RankInput {
    QString code, name;
    double population = 0;             // people (raster, cell-centre rule)
    double uncoveredPopulation = 0;    // people beyond reach of the ranked service
    std::optional<double> stuntingPrevalence; // percent (e-PPGBM: stunted ÷ measured)
    std::optional<double> stuntingCount;      // children stunted
    QString stuntingSource;            // "desa", "kecamatan" (kecamatan figure applied to its desa), "" none
    double balita = 0;                 // children under five (estimated)
    int posyandu = 0;
};

// Weights of the four parts; they are normalised to sum 1.
struct RankWeights {
    double uncovered = 1, prevalence = 1, count = 1, balitaPerPosyandu = 1;
};

// One ranked row. Each part is the area's percentile (0 = lowest, 1 = highest,
// ties share their mid-rank) among the populated areas that have that value;
// a missing value counts 0. score = 100 × Σ weight × part.
struct RankRow {
    RankInput in;
    std::optional<double> balitaPerPosyandu; // empty when there is no posyandu
    double partUncovered = 0, partPrevalence = 0, partCount = 0, partBalitaPerPosyandu = 0;
    double score = 0;
    int rank = 0;
    bool underserved = false;
    QString reason;   // why it is flagged, for people
};

// Percentile of each value among the present ones (mid-rank for ties; 0.5 when only one).
std::vector<double> percentiles(const std::vector<std::optional<double>>& values);

// Ranks areas by score (highest first). An area is "underserved" when
//  - it has people but no posyandu ("tanpa posyandu"), or
//  - its score is in the top `topShare` of populated areas, or
//  - at least half its people are beyond reach.
// A desa without posyandu ranks first on the balita-per-posyandu part.
// Inputs of a coarser level (kabupaten: codeLength 5, provinsi: 2) from finer
// ones (kecamatan): people, children, posyandu and stunted children summed;
// prevalence from the summed counts over the summed measured children (each
// area's count ÷ its prevalence), never an average of rates. Names are left
// empty for the caller to fill.
std::vector<RankInput> rollUpInputs(const std::vector<RankInput>& finer, int codeLength);

std::vector<RankRow> rankAreas(const std::vector<RankInput>& inputs, const RankWeights& weights = {},
                               double topShare = 0.2);

} // namespace ps::analysis
