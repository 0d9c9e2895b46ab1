#pragma once
#include "classify/Classification.h"
#include "core/AdminCode.h"
#include "core/Types.h"
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

class QJsonObject;
namespace ps {
class Project;
}

namespace ps::render {

// Coverage and Underserved draw a stored coverage analysis run (analysis_run
// and its layers): the covered area of a service, and the underserved ranking
// with the proposed new sites.
enum class MapKind { Choropleth, SmallMultiples, Facilities, Coverage, Underserved };

// Whether a kind maps an indicator (and so needs one).
bool needsIndicator(MapKind kind);

// What a map shows: the content of a map template (maps/*.json) or of the
// `petasehat render` options. Empty fields mean "the sensible default".
struct MapSpec {
    MapKind kind = MapKind::Choropleth;
    QString indicator;                   // catalogue code
    std::vector<int> periods;            // empty: latest year; small multiples: the years (empty: all)
    AdminLevel level = AdminLevel::Kecamatan;
    QString codePrefix;                  // e.g. "16.07"; empty = every area in the project
    std::optional<classify::Method> method;   // empty: official thresholds when the indicator has them, else jenks
    int classes = 5;
    std::vector<double> breaks;          // manual breaks
    QString palette;                     // ColorBrewer id; empty = by indicator direction
    bool labels = true;
    bool labelValues = false;
    bool facilities = true;
    std::vector<FacilityType> facilityTypes;   // empty: puskesmas, pustu, poskesdes, rumah sakit (posyandu on facility maps)
    bool inset = true;
    QString title, subtitle;             // empty: generated
    QString preset = QStringLiteral("slide-1080");
    QString atlas;                       // "", "indicators" or "kecamatan"
    std::vector<QString> atlasIndicators;   // for atlas "indicators" (empty: every indicator with data)
    // Coverage/underserved maps: which run (0 = the latest) and, for coverage,
    // which service: a facility type name or "any" (any primary care; empty =
    // posyandu when the run has it, else "any").
    qint64 runId = 0;
    QString service;
};

// Reads a map template; throws ps::Error naming the file and the field.
MapSpec loadMapSpec(const QString& path);
// The same from a template's JSON object; `origin` names it in errors.
MapSpec mapSpecFromJson(const QJsonObject& o, const QString& origin);
// A map saved by name in the project (the desktop app's "Simpan peta"; table
// map_state, template JSON); throws ps::Error listing the saved names when absent.
MapSpec savedMapSpec(Project& project, const QString& name);
QStringList savedMapNames(Project& project);
MapKind mapKindFromId(const QString& id, bool* ok = nullptr);

} // namespace ps::render
