#pragma once
#include "CoordinateParser.h"
#include "DesaPlacement.h"
#include "Gazetteer.h"
#include "NameMatcher.h"
#include <QHash>
#include <optional>

namespace ps::geocode {

// What happened to one input row (the report's vocabulary).
enum class Outcome { Exact, Repaired, Flagged, Estimated, Imported, Ambiguous, Unmatched, Duplicate, Rejected };
QString outcomeName(Outcome o);             // "exact", "repaired", ... as written in reports
QString outcomeLabel(Outcome o);            // for people, translated
QString statusFor(Outcome o);               // the FacilityStatus stored for it
bool isPlaced(Outcome o);                   // has a point

struct GeocodeOptions {
    MatchRules rules;
    double flagDistanceM = 2000.0;      // beyond this outside the named desa the point is rejected, not flagged
    double coverageToleranceM = 1000.0; // how far outside every polygon a point may lie and still count as "in the area"
};

struct GeocodeInput {
    QString desa, kecamatan;
    ParsedCoordinate coord;
};

struct GeocodeResult {
    Outcome outcome = Outcome::Unmatched;
    QString reason;                        // for people
    int desaIndex = -1, kecamatanIndex = -1;
    std::optional<double> lon, lat;
    QString method;                        // "coordinates", "coordinates_repaired", "desa_population_peak", ...
    std::optional<double> uncertaintyM;
    std::optional<double> score;           // name match score
    bool coordinateRejected = false;       // coordinates were given but not used (0,0, outside, far away)
    QStringList repairs;                   // what was fixed in the coordinates
};

// Matches a row's kecamatan and desa names, checks or repairs its coordinates
// against the desa polygon and places it inside the desa when it has none.
// Same-thread use only (see Gazetteer).
class Geocoder {
public:
    Geocoder(const Gazetteer& gazetteer, DesaPlacer& placer, GeocodeOptions options = {});
    GeocodeResult geocode(const GeocodeInput& in);
    const Gazetteer& gazetteer() const { return m_gaz; }

    // The desa match for a kecamatan and desa name (cached: rows repeat names).
    struct DesaMatch {
        NameMatch desa;
        int kecamatan = -1;
        QString reason;
    };
    const DesaMatch& matchDesa(const QString& kecamatan, const QString& desa);

private:
    DesaMatch computeMatch(const QString& kecamatan, const QString& desa);
    void useCoordinates(GeocodeResult& r, const ParsedCoordinate& c, const std::vector<int>& candidates);
    void estimate(GeocodeResult& r);
    const Gazetteer& m_gaz;
    DesaPlacer& m_placer;
    GeocodeOptions m_opt;
    QHash<QString, DesaMatch> m_cache;
    QHash<QString, NameMatch> m_kecCache;
};

} // namespace ps::geocode
