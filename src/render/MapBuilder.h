#pragma once
#include "Layout.h"
#include "MapSpec.h"
#include "classify/Classification.h"
#include <QHash>
#include <QSet>
#include <memory>
#include <set>

namespace ps {
class Project;
struct IndicatorDef;
}

namespace ps::render {

// A page together with what went into it, for tests and for the desktop app
// (hit tests, tooltips): the classified layer's features and colours.
struct BuiltMap {
    Page page;
    std::shared_ptr<const FeatureSet> features;   // the classified areas (panel 0)
    classify::Classification classification;
    std::vector<QColor> classColors;
    std::vector<int> featureClass;                // per feature: class index, -1 = no data
};

// Turns a MapSpec into pages from a Project. Reads SQLite once: geometry is
// projected on first use and kept for every later page (atlas pages, small
// multiples, re-renders), so a frame set never re-reads or re-projects.
// One MapBuilder per thread (it owns a Project connection's results, not the
// connection; the Project must outlive it and be used from the same thread).
class MapBuilder {
public:
    explicit MapBuilder(Project& project);
    ~MapBuilder();

    BuiltMap build(const MapSpec& spec);
    // Multi-page documents.
    std::vector<Page> atlasByIndicator(const MapSpec& spec);   // one page per indicator (latest year)
    std::vector<Page> atlasByKecamatan(const MapSpec& spec);   // one page per kecamatan, zoomed in

    std::vector<int> periods(const QString& indicator);
    QString crs(const QString& codePrefix);

    // The areas of a level under a prefix, projected (cached).
    std::shared_ptr<const FeatureSet> areas(AdminLevel level, const QString& codePrefix);

    // An indicator's values at a level (Project::valuesByLevel), read once per
    // builder: the command's "is there data here" check, the classification and
    // the totals all use this one query.
    const std::vector<AreaValue>& values(const QString& indicator, int period, AdminLevel level, const QString& codePrefix);
    // Project::hasDataAtLevel answered from values().
    bool hasData(const QString& indicator, int period, AdminLevel level, const QString& codePrefix);

    // Pages of at most this many pixels (a fixed-size export, not a zoomable
    // view): areas come from the project's generalized outlines (AreaLod) when
    // their tolerance stays under half a pixel and every area has one.
    void setLevelOfDetail(const QSizeF& pagePixels) { m_lodPixels = pagePixels; }
    // Generalized outlines this builder had to project (none were kept projected
    // in the project for their CRS): stored with storeProjected into a writable
    // connection, the next map in that CRS reads them without PROJ.
    bool hasUnstoredProjections() const { return !m_unstored.empty(); }
    void storeProjected(Project& writable);

private:
    struct Classified;
    // Every map's start: north label and date line on the page, and the mapped
    // areas of the spec (an error naming the project when there are none).
    std::shared_ptr<const FeatureSet> startMap(const MapSpec& spec, BuiltMap& built);
    BuiltMap buildCoverage(const MapSpec& spec);      // AnalysisMaps.cpp
    BuiltMap buildUnderserved(const MapSpec& spec);   // AnalysisMaps.cpp
    Classified classifyValues(const MapSpec& spec, const IndicatorDef& def, const std::vector<int>& years,
                              const std::shared_ptr<const FeatureSet>& fs);
    MapLayers baseLayers(const MapSpec& spec, const std::shared_ptr<const FeatureSet>& fs);
    // The areas of `above` that hold mapped areas of mapLevel: stored polygons,
    // else the sliver-free dissolve of the mapped areas (*dissolved set true).
    std::shared_ptr<const FeatureSet> boundaries(AdminLevel above, AdminLevel mapLevel, const QString& codePrefix,
                                                 bool* dissolved = nullptr);
    const std::vector<QString>& areaCodes(AdminLevel level, const QString& codePrefix);   // cached
    // Project::areas without geometry, read once per level and prefix (values and codes).
    const std::vector<AdminArea>& areaList(AdminLevel level, const QString& codePrefix);
    std::set<QString> mappedCodes(AdminLevel mapLevel, AdminLevel above, const QString& codePrefix);
    std::shared_ptr<const FeatureSet> context(AdminLevel mapLevel, const QString& codePrefix);
    std::optional<InsetMap> inset(const QString& codePrefix);
    std::optional<PointLayer> facilityLayer(const MapSpec& spec, LegendGroup* legend);
    // Where facilities are counted when too many to draw: the finest level with
    // at most 60 areas on the map.
    std::shared_ptr<const FeatureSet> countAreas(const MapSpec& spec);
    QString areaTitle(const QString& codePrefix);
    QString sourceLine(const IndicatorDef* def, const classify::Classification* c, const QString& crs);

    // The generalized outlines of a level for this builder's pages (AreaLod),
    // projected to crs: kept projected in the project, else projected now (and
    // remembered for storeProjected); null = read full geometry.
    std::shared_ptr<const FeatureSet> generalizedSet(AdminLevel level, const QString& codePrefix, const QString& crs);
    QRectF lodExtent(const QString& codePrefix);

    Project& m_project;
    QSizeF m_lodPixels;
    QHash<QString, QRectF> m_lodExtents;   // by code prefix; null = not every area generalized
    QHash<QString, std::shared_ptr<const FeatureSet>> m_cache;
    QSet<QString> m_dissolved;   // cache keys of boundaries built by a dissolve
    QHash<QString, QString> m_crs;
    QHash<QString, std::vector<QString>> m_codes;
    QHash<QString, std::vector<AdminArea>> m_areaLists;   // by level|prefix, without geometry
    QHash<QString, std::vector<AreaValue>> m_values;   // by indicator|period|level|prefix
    std::optional<std::vector<Facility>> m_facilities;
    std::vector<std::pair<double, std::shared_ptr<const FeatureSet>>> m_unstored;   // tolerance, projected outlines
};

// Legend lines "TYPE: estimated location" (hollow symbol, count) for the types
// with estimated points; counts per type index.
void appendEstimatedLegend(LegendGroup& legend, const std::vector<FacilityType>& types, const std::vector<int>& estimated);

// A facility layer of the desktop canvas, whose drawing follows each frame's scale.
struct FacilityLegendLayer {
    FacilityType type = FacilityType::Puskesmas;
    int count = 0, estimated = 0;
    int areaCodeLength = 0;   // code length of the areas counts are made in (8: kecamatan)
    double sizeFactor = 1.0;  // full symbols drawn shrunk to this (PointDrawing::sizeFactor)
};
// Its legend lines as a frame drew it (render::PointMode per layer, see
// applyPointDensity): the full symbol and the estimated form, small dots, or a
// count per area. The desktop canvas and exported maps (MapBuilder) both word
// their facility legend with it.
std::vector<LegendItem> facilityLegendItems(const std::vector<FacilityLegendLayer>& layers, const std::vector<int>& modes);

// Today's date line for the page footer ("Dibuat 22 Nov 2026 · PetaSehat").
QString dateLine();

} // namespace ps::render
