#pragma once
#include "Wms.h"
#include "classify/Classification.h"
#include "classify/Legend.h"
#include "core/Types.h"
#include "render/FeatureSet.h"
#include <QColor>
#include <QHash>
#include <QImage>
#include <QJsonObject>
#include <QMutex>
#include <memory>
#include <optional>
#include <vector>

namespace ps {
class Project;
class Progress;
}

namespace ps::server {

enum class LayerKind { Indicator, Facilities, Coverage, Underserved, Proposed, Areas };

// One layer the service offers (WMS layer, tile layer, viewer choice).
struct ServiceLayer {
    QString name;            // "stunting.2023", "stunting.2024-08", "fasilitas.puskesmas", "jangkauan.posyandu", ...
    QString title, abstract; // for people (Indonesian by default)
    LayerKind kind = LayerKind::Areas;
    QString indicator;       // Indicator
    int period = 0;          // Indicator
    std::optional<FacilityType> facilityType;   // Facilities (empty = all types), Coverage
    AdminLevel level = AdminLevel::Kecamatan;
    qint64 runId = 0;        // Coverage, Underserved: the analysis run shown
    std::vector<int> periods;   // Indicator: every period one can ask for (core/PeriodChoice; the TIME dimension)
};

// The choropleth classes of an indicator layer under one style.
struct LayerStyle {
    classify::Classification classification;
    std::vector<QColor> colors;                 // per class
    QHash<QString, double> valueByCode;         // areas with a value
    std::vector<classify::LegendEntry> legend;  // incl. the no-data entry
    QString legendTitle;
    int decimals = 1;
    QString unitSymbol;
    QColor colorOf(const QString& code, bool* noData) const;
};

// A style from a map template in maps/ (classification method, classes, palette).
struct TemplateStyle {
    QString name, title;
    QString method, palette;
    int classes = 5;
    std::vector<double> breaks;
};

// Everything derived from one version of the project file. Immutable once
// built except for the lazily filled caches, which are guarded by a mutex.
class Snapshot {
public:
    QString version;                 // changes whenever the project file changes
    QRectF lonLat;                   // extent of the project's areas
    QRectF focus;                    // extent of its kecamatan (what the maps colour): the viewer's start view
    std::vector<ServiceLayer> layers;
    std::vector<TemplateStyle> styles;
    QString projectPath;
    // Kabupaten and kecamatan codes with their lon/lat bounding boxes, filled for a served
    // PG: database only: the areas a republished district covered in this version.
    std::vector<std::pair<QString, QRectF>> areaBoxes;
    // The latest publication id of each district the mirror copied (PG: only): two
    // snapshots' differences are the republished districts, whoever refreshed the file.
    QHash<QString, qint64> districtPublications;

    const ServiceLayer* layer(const QString& name) const;
    const TemplateStyle* style(const QString& name) const;   // nullptr for "" / "default" / unknown
    // The style can draw the layer: an indicator layer, and official classes only for an
    // indicator that has official thresholds or an SPM target.
    static bool styleApplies(const TemplateStyle& s, const ServiceLayer& l);

    // Shared, lazily built, thread-safe (each built once with the caller's Project).
    std::shared_ptr<const render::FeatureSet> areas(Project& p, AdminLevel level, const QString& crs) const;
    std::shared_ptr<const LayerStyle> indicatorStyle(Project& p, const ServiceLayer& l, const QString& style) const;
    // The style if this snapshot built it already, else nullptr (never reads the project).
    std::shared_ptr<const LayerStyle> builtIndicatorStyle(const QString& layer, const QString& style) const;
    std::shared_ptr<const std::vector<Facility>> facilities(Project& p) const;
    // Empty when an indicator layer's level has data for its period; else the message naming
    // the levels that have (a map of only "Tidak ada data" is refused, not drawn). Cached.
    QString noData(Project& p, const ServiceLayer& l) const;
    std::shared_ptr<const render::FeatureSet> runGeometry(Project& p, const ServiceLayer& l, const QString& crs) const;

private:
    mutable QMutex m_mutex;
    mutable QHash<QString, std::shared_ptr<const render::FeatureSet>> m_features;
    mutable QHash<QString, std::shared_ptr<const LayerStyle>> m_styles;
    mutable std::shared_ptr<const std::vector<Facility>> m_facilities;
    mutable QHash<QString, QString> m_noData;
};

// A change marker of the project's data: the data_version counter that every
// committed write to a data table bumps (importer, desktop app, analysis,
// server edits), not the file's mtime, so another program merely opening the
// file (QGIS) keeps the cache. Projects before schema 6: mtime and size.
QString projectVersion(const QString& path);

// The layers a project offers: one per indicator and year with data (and one
// per indicator for its latest year), facilities by type, coverage and
// underserved results of the latest analysis runs, area outlines.
std::vector<ServiceLayer> listLayers(Project& p);
// The layer of an indicator, period (key) and level: "stunting.2024-08", "stunting.2024.desa".
QString periodLayerName(const QString& indicator, int period, AdminLevel level);
std::vector<TemplateStyle> listTemplateStyles(const QString& mapsDir);

// The calling thread's read-only connection to `path` (one per thread and path).
Project& threadProject(const QString& path);

struct MapRequest {
    std::vector<const ServiceLayer*> layers;
    QString style;            // one style for all layers (template name) or empty
    WmsCrs crs = WmsCrs::Epsg3857;
    QRectF extent;            // x/y of crs
    QSize size;
    bool transparent = false;
    bool labels = false;
    QColor background = QColor(Qt::white);   // BGCOLOR, where TRANSPARENT=FALSE
    double dpi = 90.7;        // OGC standard pixel 0.28 mm
};

// Renders map images and answers queries for one project. Thread-safe: call
// from any worker thread; each thread uses its own Project and GEOS context.
class MapService {
public:
    explicit MapService(const QString& projectPath);
    QString projectPath() const { return m_path; }

    // The snapshot of the project's current version (rebuilt when the file changed), or
    // the pinned one.
    std::shared_ptr<const Snapshot> snapshot();
    // A snapshot of the project as it is now under `version`, with its areaBoxes; not served until pinned.
    std::shared_ptr<const Snapshot> build(const QString& version);
    // Serves `snap` from now on, whatever the file's own counter says (a PG: mirror, whose
    // version is the database's data version so that every server process names it alike).
    void pin(std::shared_ptr<const Snapshot> snap);
    // The pinned snapshot; nullptr when the service follows the file.
    std::shared_ptr<const Snapshot> pinned();

    // Throws ps::Cancelled when `cancel` turns cancelled before the drawing is complete.
    QImage render(const Snapshot& snap, const MapRequest& r, const ps::Progress* cancel = nullptr);
    // `symbol`: the size of each legend swatch in pixels (GetLegendGraphic WIDTH/HEIGHT).
    QImage legend(const Snapshot& snap, const ServiceLayer& l, const QString& style, QSize symbol = QSize(16, 16));
    // Features under pixel (i, j) of the map request, as a GeoJSON-like object.
    QJsonObject featureInfo(const Snapshot& snap, const MapRequest& r, int i, int j, int featureCount);
    // The areas' lon/lat under a point (layer's level), with the layer's value.
    QJsonObject areaAt(const Snapshot& snap, const ServiceLayer& l, const QString& style, double lon, double lat);

private:
    QString m_path;
    std::shared_ptr<Snapshot> makeSnapshot(Project& p, const QString& version) const;
    QMutex m_mutex;
    std::shared_ptr<const Snapshot> m_snapshot;
    bool m_pinned = false;
};

// Latest analysis run that wrote rows to `table` (0 when none or table missing).
qint64 latestRun(Project& p, const char* table);
// The proposed new sites of a run as a GeoJSON FeatureCollection (rank, gain, desa).
QJsonObject proposedSitesGeoJson(Project& p, qint64 run);

// Whether a map request crowded with facilities counts them per kecamatan (else per
// kabupaten/kota, then per province; the same test on each level's areas): while one
// count symbol per kecamatan would be few enough to draw as
// symbols (render::pointDensity) at pxPerMapUnit. Judged on the level's mean area, not on
// what one tile holds, so neighbouring tiles of a zoom count alike.
bool countPerKecamatan(const render::FeatureSet& kecamatan, double pxPerMapUnit, double pxPerPt);

} // namespace ps::server
