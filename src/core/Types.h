#pragma once
#include "AdminCode.h"
#include <QByteArray>
#include <QString>
#include <optional>
#include <vector>

namespace ps {

struct AdminArea {
    QString code;             // Kemendagri, dotted
    AdminLevel level = AdminLevel::Kecamatan;
    QString name;
    QString parentCode;
    double areaKm2 = 0.0;     // geodesic, WGS 84 ellipsoid
    QByteArray wkb;           // MultiPolygon, EPSG:4326 (lon, lat); empty when not loaded
};

enum class FacilityType { Puskesmas, Pustu, Poskesdes, Posyandu, RumahSakit };
QString facilityTypeName(FacilityType t);                    // "puskesmas", ..., "rumah_sakit"
QString facilityTypeLabel(FacilityType t);                   // translated, for people
std::optional<FacilityType> facilityTypeFromName(const QString& name);
const FacilityType* allFacilityTypes(int* count);

// Where a facility's point came from and how sure we are of it.
namespace FacilityStatus {
inline const QString Exact = QStringLiteral("exact");             // given coordinates agree with the desa
inline const QString Repaired = QStringLiteral("repaired");       // coordinates fixed (swap, sign, comma, DMS)
inline const QString Flagged = QStringLiteral("flagged");         // coordinates disagree with the named desa
inline const QString Estimated = QStringLiteral("estimated");     // placed inside the desa, no usable coordinates
inline const QString Ambiguous = QStringLiteral("ambiguous");     // desa name fits several areas
inline const QString Unmatched = QStringLiteral("unmatched");     // desa/kecamatan not found
inline const QString Rejected = QStringLiteral("rejected");       // coordinates unusable and nothing to fall back on
inline const QString Imported = QStringLiteral("imported");       // clean coordinates, not cross-checked
inline const QString Manual = QStringLiteral("manual");           // fixed by a person
} // namespace FacilityStatus

struct Facility {
    qint64 id = 0;
    QString code;
    FacilityType type = FacilityType::Posyandu;
    QString name;
    QString desaCode, kecamatanCode;
    std::optional<double> lon, lat;       // EPSG:4326; empty when not placed
    QString status;                       // FacilityStatus
    QString method;                       // how the point was found, e.g. "coordinates", "desa_population_peak"
    std::optional<double> uncertaintyM;   // radius that contains the true location
    std::optional<double> matchScore;     // 0..1, name matching
    QString note;                         // reason, for people
    QString sourceFile;
    qint64 sourceRow = -1;
    QString raw;                          // the input row as JSON object text
    qint64 importId = 0;
    QString updatedBy, updatedAt;
};

struct IndicatorValue {
    QString areaCode;
    int period = 0;
    QString indicator;
    std::optional<double> numerator, denominator;
};

// A count reported by a puskesmas (the unit), and the area it was placed on.
struct UnitValue {
    QString unit;              // key: the name as normalised by the importer (or its code)
    QString unitName;          // as written
    int period = 0;
    QString indicator;
    std::optional<double> numerator, denominator;
    QString areaCode;
    QString mappedBy;          // "wilayah_kerja", "facility_point", "written_kecamatan"
};

// The stored periods used for a requested one (see Project::resolvePeriod).
struct PeriodUse {
    int requested = 0;
    int used = 0;                 // the one stored period used; 0 when several are summed or none
    std::vector<int> summed;      // the stored periods summed (flows)
    bool found() const { return used != 0 || !summed.empty(); }
    bool exact() const { return used == requested; }
};

// An indicator for one area, built from numerators and denominators of the
// finest level stored beneath it.
struct AreaValue {
    QString areaCode;
    QString name;
    std::optional<double> numerator, denominator;
    std::optional<double> value;  // numerator / denominator * scale, empty when no data
    int reporting = 0;            // stored units with both counts
    int units = 0;                // stored units found beneath this area
};

} // namespace ps
