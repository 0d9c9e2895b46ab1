#pragma once
#include "FacilityIndex.h"
#include "Greedy.h"
#include "Ranking.h"
#include "core/Progress.h"
#include "core/Types.h"
#include <QJsonObject>
#include <QString>
#include <map>
#include <optional>
#include <vector>

namespace ps {
class Project;
}

namespace ps::analysis {

// What a coverage run computes. Reach distances default to the project's
// settings (reach_<type>_m), the balita standard to balita_per_posyandu.
struct CoverageParams {
    QString codePrefix;                        // study area, e.g. "16.07"; empty = every desa in the project
    std::vector<FacilityType> types;           // empty = posyandu, pustu, poskesdes, puskesmas
    std::map<FacilityType, double> reachM;     // overrides of the settings
    // Which facility points count. Points from coordinates (exact, repaired,
    // imported, manual) always count; "flagged" ones count too (their point
    // is real, it is the named desa that disagrees); "estimated" ones (placed
    // in their desa without coordinates) count unless excluded here.
    bool includeEstimated = true;
    bool areaCoverage = true;                  // covered area with GEOS (else population only)
    bool storeGeometry = true;                 // covered-area layer (needs areaCoverage)
    bool catchments = true;                    // puskesmas Voronoi catchments (when puskesmas is among the types)
    bool ranking = true;                       // underserved ranking per desa and kecamatan
    int proposeCount = 0;                      // K new sites (greedy maximal covering)
    FacilityType proposeType = FacilityType::Posyandu;
    // Extra (hypothetical) sites treated as facilities of a type, e.g. to check proposals.
    std::vector<std::pair<FacilityType, SitePoint>> extraSites;
    int period = 0;                            // indicator year; 0 = latest with stunting data
    double balitaPerPosyandu = 0;              // 0 = the project's setting
    double underservedTopShare = 0.2;
    RankWeights weights;
    bool store = true;                         // write the run into the project
};

// Coverage of one area by one facility type ("any" = any of the run's types, each with its own reach).
struct AreaCoverageRow {
    QString code, name;
    AdminLevel level = AdminLevel::Desa;
    QString type;                      // facility type name or "any"
    double reachM = 0;                 // 0 for "any"
    double areaKm2 = 0, coveredKm2 = 0;
    double population = 0, coveredPopulation = 0;
    double distanceSum = 0;            // Σ people × distance to the nearest facility (m)
    double distancePopulation = 0;     // people with a finite distance
    int facilities = 0;                // facilities of the type whose point is in the area
    double beyondReach() const { return population - coveredPopulation; }
    std::optional<double> meanDistanceM() const
    {
        return distancePopulation > 0 ? std::optional<double>(distanceSum / distancePopulation) : std::nullopt;
    }
};

struct ProposedSiteRow : ProposedSite {
    QString areaCode, areaName;
};

struct CatchmentRow {
    qint64 facilityId = 0;
    QString facilityCode;
    SitePoint point;
    double population = 0, balita = 0;
    QByteArray wkb;   // MultiPolygon 4326, empty when not computed
};

struct CoverageResult {
    qint64 runId = 0;                  // 0 when not stored
    QJsonObject parameters;            // as stored
    std::vector<AreaCoverageRow> rows; // desa, kecamatan, kabupaten, provinsi × (types + "any")
    std::vector<RankRow> desaRanking, kecamatanRanking;
    std::vector<ProposedSiteRow> proposed;
    std::vector<CatchmentRow> catchments;
    std::vector<std::pair<QString, double>> seconds;   // stage timings
    std::map<QString, QByteArray> coveredWkbByDesaAndType; // "code|type" -> covered part (when kept)
    double populationOutsideAreas = 0; // people in the raster window outside every study desa
    int areaFailures = 0;              // desa whose covered area GEOS could not compute

    const AreaCoverageRow* row(const QString& code, const QString& type) const;
    // The row of the widest area (the kabupaten or province) for every type of the
    // run, in the order the types first appear (one pass).
    std::vector<const AreaCoverageRow*> totals() const;
};

// Runs the coverage analysis; stores it (params.store) in one transaction.
CoverageResult runCoverage(Project& project, const CoverageParams& params, const Progress& progress = Progress::none());

// -- reading stored runs -------------------------------------------------------
struct RunInfo {
    qint64 id = 0;
    QString kind, codePrefix, startedAt, finishedAt;
    QJsonObject parameters, summary;
};
std::optional<RunInfo> latestRun(Project& project, const QString& kind = QStringLiteral("coverage"));
std::vector<AreaCoverageRow> storedCoverage(Project& project, qint64 runId, std::optional<AdminLevel> level = {},
                                            const QString& type = {});

} // namespace ps::analysis
