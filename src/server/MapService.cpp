#include "MapService.h"
#include "classify/Classifier.h"
#include "classify/Palette.h"
#include "core/AdminCode.h"
#include "core/Catalogue.h"
#include "core/Error.h"
#include "core/Geodesy.h"
#include "core/Geos.h"
#include "core/Locale.h"
#include "core/Paths.h"
#include "core/Period.h"
#include "core/PeriodChoice.h"
#include "core/Project.h"
#include "core/Progress.h"
#include "render/Layers.h"
#include "render/MapRenderer.h"
#include "render/MapSpec.h"
#include "render/Symbols.h"
#include <QCoreApplication>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QPainter>
#include <cmath>
#include <sys/stat.h>
#include <map>

namespace ps::server {

static QString tr(const char* s) { return QCoreApplication::translate("server", s); }

// ---------------------------------------------------------------- versions

QString projectVersion(const QString& path)
{
    // Projects of schema 6 keep a counter that every write to a data table bumps (triggers):
    // another program opening the file (QGIS writing its layer statistics) leaves it alone,
    // so the tile cache stays valid until the data really change. The inode tells a
    // replaced file from the old one.
    Project& p = threadProject(path);
    if (p.db().hasTable("data_version")) {
        auto st = p.db().prepare("SELECT counter FROM data_version");
        struct stat sb {};
        const qint64 inode = ::stat(QFile::encodeName(path).constData(), &sb) == 0 ? static_cast<qint64>(sb.st_ino) : 0;
        if (st.step())
            return QStringLiteral("d%1-%2").arg(st.int64(0)).arg(inode);
    }
    // Older projects: mtime and size of the file and its WAL. An empty WAL (created by
    // merely opening the file) holds no change.
    auto stamp = [](const QString& f) {
        const QFileInfo fi(f);
        return fi.exists() && fi.size() > 0 ? QStringLiteral("%1-%2").arg(fi.lastModified().toMSecsSinceEpoch()).arg(fi.size())
                                            : QStringLiteral("0");
    };
    return stamp(path) + QLatin1Char('-') + stamp(path + QStringLiteral("-wal"));
}

Project& threadProject(const QString& path)
{
    // One read-only SQLite connection per worker thread and project file. A file replaced
    // under its name (a PG: mirror copied anew and renamed into place) is opened again; the
    // old connection is kept a while, as a caller of this thread may still hold it.
    struct Slot {
        std::unique_ptr<Project> project;
        qint64 inode = 0;
        std::vector<std::unique_ptr<Project>> retired;
    };
    thread_local std::map<QString, Slot> projects;
    Slot& slot = projects[path];
    struct stat sb {};
    const qint64 inode = ::stat(QFile::encodeName(path).constData(), &sb) == 0 ? static_cast<qint64>(sb.st_ino) : 0;
    if (slot.project && inode && inode != slot.inode) {
        if (slot.retired.size() >= 2)
            slot.retired.erase(slot.retired.begin());
        slot.retired.push_back(std::move(slot.project));
    }
    if (!slot.project) {
        slot.project = Project::open(path, true);
        slot.inode = inode;
    }
    return *slot.project;
}

qint64 latestRun(Project& p, const char* table)
{
    if (!p.db().hasTable(table))
        return 0;
    // `table` is one of our own table names, never request input.
    auto st = p.db().prepare(QStringLiteral("SELECT max(run_id) FROM %1").arg(QString::fromLatin1(table)));
    return st.step() && !st.isNull(0) ? st.int64(0) : 0;
}

// ---------------------------------------------------------------- layers

QString periodLayerName(const QString& indicator, int period, AdminLevel level)
{
    const auto p = Period::fromKey(period);
    return indicator + QLatin1Char('.') + (p ? p->text() : QString::number(period)) +
           (level == AdminLevel::Kecamatan ? QString() : QLatin1Char('.') + levelName(level));
}

std::vector<ServiceLayer> listLayers(Project& p)
{
    std::vector<ServiceLayer> out;
    // Indicator layers per kecamatan ("stunting", "stunting.2023"), and at the
    // other levels the project has boundaries of ("stunting.kabupaten",
    // "stunting.2023.kabupaten"): values summed from numerators and
    // denominators, as everywhere.
    const std::map<QString, int> levelCounts = p.areaCountsByLevel();
    std::vector<AdminLevel> levels{AdminLevel::Kecamatan};
    for (AdminLevel level : {AdminLevel::Kabupaten, AdminLevel::Provinsi, AdminLevel::Desa})
        if (levelCounts.count(levelName(level)))
            levels.push_back(level);
    for (AdminLevel level : levels) {
        const QString suffix = level == AdminLevel::Kecamatan ? QString() : QLatin1Char('.') + levelName(level);
        for (const QString& code : p.indicatorsWithData()) {
            const IndicatorDef* def = Catalogue::standard().indicator(code);
            // Every period one can ask for (stored, and the years/semesters of stored months), named
            // by its text ("stunting.2024-08", "stunting.2024-S1", "stunting.2024"), titled by its label.
            const std::vector<int> choices = periodChoices(p, code);
            const int latestKey = latestPeriod(p, code);
            if (!def || choices.empty())
                continue;
            ServiceLayer latest;
            latest.kind = LayerKind::Indicator;
            latest.indicator = code;
            latest.level = level;
            latest.name = code + suffix;
            latest.period = latestKey;
            latest.periods = choices;
            latest.title = tr("%1, per %2 (periode terakhir: %3)").arg(def->name(), levelName(level), shownPeriod(p, code, latestKey));
            latest.abstract = ps::pick(def->sourceId, def->sourceEn);
            out.push_back(latest);
            for (int key : choices) {
                ServiceLayer l = latest;
                l.name = periodLayerName(code, key, level);
                l.period = key;
                l.title = tr("%1, per %2, %3").arg(def->name(), levelName(level), shownPeriod(p, code, key));
                out.push_back(l);
            }
        }
    }
    std::map<QString, int> facilityTypes;
    for (const auto& [key, n] : p.facilityCountsByStatus())
        facilityTypes[key.section(QLatin1Char(':'), 0, 0)] += n;
    if (!facilityTypes.empty()) {
        ServiceLayer all;
        all.kind = LayerKind::Facilities;
        all.name = QStringLiteral("fasilitas");
        all.title = tr("Fasilitas kesehatan (semua jenis)");
        out.push_back(all);
        int n = 0;
        const FacilityType* types = allFacilityTypes(&n);
        for (int i = 0; i < n; ++i) {
            if (!facilityTypes.count(facilityTypeName(types[i])))
                continue;
            ServiceLayer l = all;
            l.facilityType = types[i];
            l.name = QStringLiteral("fasilitas.") + facilityTypeName(types[i]);
            l.title = tr("Fasilitas: %1").arg(facilityTypeLabel(types[i]));
            out.push_back(l);
        }
    }
    if (const qint64 run = latestRun(p, "coverage_geom")) {
        auto st = p.db().prepare("SELECT DISTINCT facility_type FROM coverage_geom WHERE run_id=?1 ORDER BY 1");
        st.bind(1, static_cast<std::int64_t>(run));
        while (st.step()) {
            ServiceLayer l;
            l.kind = LayerKind::Coverage;
            l.runId = run;
            l.facilityType = facilityTypeFromName(st.text(0));
            l.name = QStringLiteral("jangkauan.") + st.text(0);
            l.title = tr("Wilayah terjangkau %1 (analisis #%2)")
                          .arg(l.facilityType ? facilityTypeLabel(*l.facilityType) : tr("layanan primer mana pun"))
                          .arg(run);
            out.push_back(l);
        }
    }
    // One layer of the latest run that wrote `table`.
    auto runLayer = [&](const char* table, LayerKind kind, const char* name, const QString& title) {
        if (const qint64 run = latestRun(p, table)) {
            ServiceLayer l;
            l.kind = kind;
            l.runId = run;
            l.name = QString::fromLatin1(name);
            l.title = title.arg(run);
            out.push_back(l);
        }
    };
    runLayer("underserved_rank", LayerKind::Underserved, "kurang_terlayani", tr("Desa kurang terlayani (analisis #%1)"));
    runLayer("proposed_site", LayerKind::Proposed, "usulan_lokasi",
             tr("Usulan lokasi baru, bernomor menurut urutan pilihan (analisis #%1)"));
    ServiceLayer areas;
    areas.kind = LayerKind::Areas;
    areas.name = QStringLiteral("wilayah");
    areas.title = tr("Batas kecamatan");
    out.push_back(areas);
    for (AdminLevel level : {AdminLevel::Provinsi, AdminLevel::Kabupaten}) {
        if (!levelCounts.count(levelName(level)))
            continue;
        ServiceLayer l = areas;
        l.level = level;
        l.name = QStringLiteral("wilayah.") + levelName(level);
        l.title = level == AdminLevel::Provinsi ? tr("Batas provinsi") : tr("Batas kabupaten/kota");
        out.push_back(l);
    }
    return out;
}

std::vector<TemplateStyle> listTemplateStyles(const QString& mapsDir)
{
    std::vector<TemplateStyle> out;
    if (mapsDir.isEmpty())
        return out;
    const QDir dir(mapsDir);
    for (const QFileInfo& fi : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        try {
            const render::MapSpec spec = render::loadMapSpec(fi.absoluteFilePath());
            // Only classification templates style an indicator layer (not facility or coverage maps).
            if (!render::needsIndicator(spec.kind))
                continue;
            TemplateStyle s;
            s.name = fi.completeBaseName();
            s.title = spec.title;
            if (s.title.isEmpty())
                s.title = (spec.method ? classify::methodName(*spec.method) : tr("kelas bawaan indikator")) +
                          (spec.palette.isEmpty() ? QString() : QStringLiteral(" · ") + spec.palette);
            s.method = spec.method ? classify::methodId(*spec.method) : QString();
            s.palette = spec.palette;
            s.classes = spec.classes;
            s.breaks = spec.breaks;
            out.push_back(s);
        } catch (const std::exception&) {
            // A broken template is the template author's problem: `petasehat render` reports it.
        }
    }
    return out;
}

const ServiceLayer* Snapshot::layer(const QString& name) const
{
    for (const ServiceLayer& l : layers)
        if (l.name == name)
            return &l;
    return nullptr;
}

bool Snapshot::styleApplies(const TemplateStyle& s, const ServiceLayer& l)
{
    if (l.kind != LayerKind::Indicator)
        return false;
    if (s.method != classify::methodId(classify::Method::Official))
        return true;
    const IndicatorDef* def = Catalogue::standard().indicator(l.indicator);
    return def && !classify::officialThresholds(*def).empty();
}

const TemplateStyle* Snapshot::style(const QString& name) const
{
    for (const TemplateStyle& s : styles)
        if (s.name == name)
            return &s;
    return nullptr;
}

QColor LayerStyle::colorOf(const QString& code, bool* noData) const
{
    auto it = valueByCode.find(code);
    const int k = it == valueByCode.end() ? -1 : classification.classOf(*it);
    *noData = k < 0 || k >= static_cast<int>(colors.size());
    return *noData ? QColor() : colors[k];
}

std::shared_ptr<const render::FeatureSet> Snapshot::areas(Project& p, AdminLevel level, const QString& crs) const
{
    const QString key = levelName(level) + QLatin1Char('|') + crs;
    QMutexLocker lock(&m_mutex);
    auto it = m_features.find(key);
    if (it != m_features.end())
        return *it;
    auto fs = render::FeatureSet::fromAreas(p.areas(level, true), crs);
    m_features.insert(key, fs);
    return fs;
}

std::shared_ptr<const LayerStyle> Snapshot::indicatorStyle(Project& p, const ServiceLayer& l, const QString& styleName) const
{
    const QString key = l.name + QLatin1Char('|') + styleName;
    QMutexLocker lock(&m_mutex);
    auto it = m_styles.find(key);
    if (it != m_styles.end())
        return *it;
    auto out = std::make_shared<LayerStyle>();
    const IndicatorDef* def = Catalogue::standard().indicator(l.indicator);
    if (def) {
        std::vector<double> values;
        for (const AreaValue& v : p.valuesByLevel(def->code, l.period, l.level, def->scale)) {
            values.push_back(v.value.value_or(std::nan("")));
            if (v.value)
                out->valueByCode.insert(v.areaCode, *v.value);
        }
        const TemplateStyle* ts = style(styleName);
        std::optional<classify::Method> method = ts && !ts->method.isEmpty() ? classify::methodFromId(ts->method) : std::nullopt;
        if (!method)
            method = classify::officialThresholds(*def).empty() ? classify::Method::NaturalBreaks : classify::Method::Official;
        out->classification = classify::classify(*method, values, ts ? ts->classes : 5, ts ? ts->breaks : std::vector<double>{}, def);
        out->colors = classify::indicatorColors(*def, std::max(1, out->classification.size()), ts ? ts->palette : QString());
        out->decimals = def->unit == QLatin1String("percent") ? 1 : 2;
        out->unitSymbol = def->unitSymbol();
        out->legend = classify::legendEntries(out->classification, out->colors, values, out->decimals, out->unitSymbol);
        out->legendTitle = def->name() + QStringLiteral(" (") + def->unitSymbol() + QStringLiteral("), ") + shownPeriod(p, def->code, l.period);
    }
    m_styles.insert(key, out);
    return out;
}

std::shared_ptr<const LayerStyle> Snapshot::builtIndicatorStyle(const QString& layer, const QString& style) const
{
    QMutexLocker lock(&m_mutex);
    return m_styles.value(layer + QLatin1Char('|') + style);
}

QString Snapshot::noData(Project& p, const ServiceLayer& l) const
{
    if (l.kind != LayerKind::Indicator)
        return {};
    const QString key = l.indicator + QLatin1Char('|') + QString::number(l.period) + QLatin1Char('|') + levelName(l.level);
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_noData.find(key);
        if (it != m_noData.end())
            return *it;
    }
    // Outside the lock: the level scan reads the project (a few queries), once per snapshot.
    const QString why = noDataAtLevel(p, l.indicator, l.period, l.level);
    QMutexLocker lock(&m_mutex);
    m_noData.insert(key, why);
    return why;
}

std::shared_ptr<const std::vector<Facility>> Snapshot::facilities(Project& p) const
{
    QMutexLocker lock(&m_mutex);
    if (!m_facilities) {
        std::vector<Facility> kept;
        for (Facility& f : p.facilities())
            if (f.lon && f.lat && f.status != FacilityStatus::Rejected && f.status != FacilityStatus::Unmatched)
                kept.push_back(std::move(f));
        m_facilities = std::make_shared<const std::vector<Facility>>(std::move(kept));
    }
    return m_facilities;
}

std::shared_ptr<const render::FeatureSet> Snapshot::runGeometry(Project& p, const ServiceLayer& l, const QString& crs) const
{
    const QString key = l.name + QLatin1Char('|') + crs;
    QMutexLocker lock(&m_mutex);
    auto it = m_features.find(key);
    if (it != m_features.end())
        return *it;
    std::vector<render::LonLatPolygon> polys;
    if (l.kind == LayerKind::Coverage) {
        auto st = p.db().prepare(
            "SELECT area_code, AsBinary(geom) FROM coverage_geom WHERE run_id=?1 AND facility_type=?2 AND covered=1");
        st.bind(1, static_cast<std::int64_t>(l.runId)).bind(2, l.facilityType ? facilityTypeName(*l.facilityType) : QString());
        while (st.step())
            polys.push_back({st.text(0), QString(), st.blob(1)});
    } else if (l.kind == LayerKind::Underserved) {
        auto st = p.db().prepare(
            // One level only, the finest ranked: desa and kecamatan rows overlap and would
            // double the shade ('desa' sorts before 'kecamatan').
            "SELECT area_code, name, AsBinary(geom) FROM underserved_rank WHERE run_id=?1 AND underserved=1 AND geom IS NOT NULL "
            "AND level = (SELECT min(level) FROM underserved_rank WHERE run_id=?1)");
        st.bind(1, static_cast<std::int64_t>(l.runId));
        while (st.step())
            polys.push_back({st.text(0), st.text(1), st.blob(2)});
    }
    auto fs = render::FeatureSet::project(polys, crs);
    m_features.insert(key, fs);
    return fs;
}

// ---------------------------------------------------------------- service

MapService::MapService(const QString& projectPath) : m_path(projectPath) {}

std::shared_ptr<Snapshot> MapService::makeSnapshot(Project& p, const QString& version) const
{
    auto snap = std::make_shared<Snapshot>();
    snap->version = version;
    snap->projectPath = m_path;
    snap->lonLat = p.extent();
    auto st = p.db().prepare("SELECT min(MbrMinX(geom)), min(MbrMinY(geom)), max(MbrMaxX(geom)), max(MbrMaxY(geom)) "
                             "FROM admin_area WHERE level='kecamatan'");
    if (st.step() && !st.isNull(0))
        snap->focus = QRectF(QPointF(st.real(0), st.real(1)), QPointF(st.real(2), st.real(3)));
    else
        snap->focus = snap->lonLat;
    snap->layers = listLayers(p);
    snap->styles = listTemplateStyles(ps::mapsDir());
    return snap;
}

std::shared_ptr<const Snapshot> MapService::snapshot()
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_pinned)
            return m_snapshot;
    }
    // Open this thread's connection before reading the version: opening may create the WAL.
    Project& p = threadProject(m_path);
    const QString version = projectVersion(m_path);
    QMutexLocker lock(&m_mutex);
    if (m_pinned || (m_snapshot && m_snapshot->version == version))
        return m_snapshot;
    m_snapshot = makeSnapshot(p, version);
    return m_snapshot;
}

std::shared_ptr<const Snapshot> MapService::build(const QString& version)
{
    Project& p = threadProject(m_path);
    auto snap = makeSnapshot(p, version);
    // From the spatial index's boxes (no geometry is read), kabupaten and kecamatan only:
    // a few thousand rows for the whole country.
    auto st = p.db().prepare("SELECT a.code, i.xmin, i.ymin, i.xmax, i.ymax FROM admin_area a "
                             "JOIN idx_admin_area_geom i ON i.pkid = a.rowid WHERE a.level IN ('kabupaten', 'kecamatan')");
    while (st.step())
        snap->areaBoxes.emplace_back(st.text(0), QRectF(QPointF(st.real(1), st.real(2)), QPointF(st.real(3), st.real(4))));
    // pg::Mirror's record of what it copied (several server processes may share one mirror file).
    if (p.db().hasTable("pg_mirror_district")) {
        auto d = p.db().prepare("SELECT district, publication FROM pg_mirror_district");
        while (d.step())
            snap->districtPublications.insert(d.text(0), d.int64(1));
    }
    return snap;
}

void MapService::pin(std::shared_ptr<const Snapshot> snap)
{
    QMutexLocker lock(&m_mutex);
    m_snapshot = std::move(snap);
    m_pinned = true;
}

std::shared_ptr<const Snapshot> MapService::pinned()
{
    QMutexLocker lock(&m_mutex);
    return m_pinned ? m_snapshot : nullptr;
}

namespace {

struct Projected {
    std::vector<render::PointFeature> points;   // symbol 0: located, 1: estimated inside its desa
    std::vector<const Facility*> source;
};

// Facilities of the layer in map units of crs, grouped by type: many small symbols
// (posyandu) first, big ones on top.
Projected projectFacilities(const std::vector<Facility>& all, const ServiceLayer& l, const QString& crs)
{
    int n = 0;
    const FacilityType* types = allFacilityTypes(&n);
    ps::Transformer t(QStringLiteral("EPSG:4326"), crs);
    Projected out;
    for (int ti = n - 1; ti >= 0; --ti) {
        if (l.facilityType && *l.facilityType != types[ti])
            continue;
        for (const Facility& f : all) {
            if (f.type != types[ti])
                continue;
            double x = *f.lon, y = *f.lat;
            if (!t.forward(x, y))
                continue;
            out.points.push_back({QPointF(x, y), render::isEstimatedPlacement(f) ? 1 : 0});
            out.source.push_back(&f);
        }
    }
    return out;
}

// One point layer per facility type, in projectFacilities' order, set up for the render
// module's density rule (render::applyPointDensity, as the desktop canvas uses it): full and
// estimated symbols, counted per area of countIn when a request is too crowded.
std::vector<render::PointLayer> facilityLayers(const Projected& pr, const std::shared_ptr<const render::FeatureSet>& countIn)
{
    const render::AreaIndex areaIndex(*countIn);
    std::vector<render::PointLayer> out;
    for (size_t k = 0; k < pr.points.size(); ++k) {
        const Facility& f = *pr.source[k];
        if (k == 0 || f.type != pr.source[k - 1]->type) {
            out.emplace_back();
            out.back().symbols = {render::facilitySymbol(f.type), render::estimatedSymbol(f.type)};
            out.back().countIn = countIn;
        }
        out.back().points.push_back(pr.points[k]);
        out.back().areaOf.push_back(areaIndex.of(f));
    }
    return out;
}

} // namespace

bool countPerKecamatan(const render::FeatureSet& kecamatan, double pxPerMapUnit, double pxPerPt)
{
    if (kecamatan.size() == 0)
        return true;
    double px2 = 0;
    for (const render::ProjectedFeature& f : kecamatan.features())
        px2 += f.bbox.width() * f.bbox.height() * pxPerMapUnit * pxPerMapUnit;
    // The largest count symbol (a puskesmas cross of at most 7 pt).
    const render::SymbolStyle count =
        render::densitySymbol(render::facilitySymbol(FacilityType::Puskesmas), {render::PointMode::Counts, 1.0});
    return render::pointDensity(kecamatan.size(), count.sizePt * pxPerPt, render::kDotPt * pxPerPt, px2).mode ==
           render::PointMode::Symbols;
}

namespace {

// The proposed sites of a run, numbered in the order the greedy covering chose them.
struct ProposedSites {
    std::vector<render::PointFeature> points;
    std::vector<QString> labels;
    std::vector<QJsonObject> properties;
};

render::SymbolStyle proposedSymbol() { return {render::SymbolShape::Diamond, QColor(118, 42, 131), QColor(255, 255, 255), 12}; }

// Index of the point nearest (mx, my) within tol map units; -1 when none (feature info on point layers).
int nearestPoint(const std::vector<render::PointFeature>& points, double mx, double my, double tol)
{
    int best = -1;
    double bestD = tol * tol;
    for (size_t k = 0; k < points.size(); ++k) {
        const double dx = points[k].map.x() - mx, dy = points[k].map.y() - my;
        if (dx * dx + dy * dy <= bestD) {
            bestD = dx * dx + dy * dy;
            best = static_cast<int>(k);
        }
    }
    return best;
}

// A proposed site as a GeoJSON Point feature (its properties hold lon and lat).
QJsonObject siteFeature(const QJsonObject& props)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("Feature")},
                       {QStringLiteral("geometry"),
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("Point")},
                                    {QStringLiteral("coordinates"),
                                     QJsonArray{props.value(QStringLiteral("lon")), props.value(QStringLiteral("lat"))}}}},
                       {QStringLiteral("properties"), props}};
}

ProposedSites proposedSites(Project& p, qint64 run, const QString& crs)
{
    ProposedSites out;
    auto st = p.db().prepare("SELECT rank, facility_type, marginal_gain, cumulative_gain, area_code, X(geom), Y(geom) "
                             "FROM proposed_site WHERE run_id = ?1 ORDER BY rank");
    st.bind(1, static_cast<std::int64_t>(run));
    ps::Transformer t(QStringLiteral("EPSG:4326"), crs);
    while (st.step()) {
        double x = st.real(5), y = st.real(6);
        if (!t.forward(x, y))
            continue;
        out.points.push_back({QPointF(x, y), 0});
        out.labels.push_back(QString::number(st.int64(0)));
        out.properties.push_back(QJsonObject{{QStringLiteral("peringkat"), static_cast<qint64>(st.int64(0))},
                                             {QStringLiteral("jenis"), st.text(1)},
                                             {QStringLiteral("tambahan_terjangkau"), st.real(2)},
                                             {QStringLiteral("kumulatif"), st.real(3)},
                                             {QStringLiteral("kode_desa"), st.text(4)},
                                             {QStringLiteral("lon"), st.real(5)},
                                             {QStringLiteral("lat"), st.real(6)}});
    }
    return out;
}

} // namespace

QJsonObject proposedSitesGeoJson(Project& p, qint64 run)
{
    const ProposedSites sites = proposedSites(p, run, QStringLiteral("EPSG:4326"));
    QJsonArray features;
    for (const QJsonObject& props : sites.properties)
        features.append(siteFeature(props));
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("FeatureCollection")}, {QStringLiteral("run"), run},
                       {QStringLiteral("features"), features}};
}

namespace {

const QColor kCoverageFill(26, 152, 80, 110), kCoverageStroke(26, 120, 60);
// Underserved areas are an outline: over an indicator layer a fill would change its class colours.
const QColor kUnderservedStroke(60, 20, 90);

} // namespace

QImage MapService::render(const Snapshot& snap, const MapRequest& r, const ps::Progress* cancel)
{
    Project& p = threadProject(m_path);
    QImage img(r.size, QImage::Format_ARGB32_Premultiplied);
    img.fill(r.transparent ? QColor(Qt::transparent) : r.background);
    const QString crs = crsId(r.crs);
    // The engine keeps the frame's aspect ratio; WMS wants BBOX stretched onto
    // WIDTH × HEIGHT exactly, so draw at the bbox's aspect and scale vertically.
    const double aspectHeight = r.size.width() * r.extent.height() / r.extent.width();
    render::MapSettings s;
    s.crs = crs;
    s.extent = r.extent;
    s.outputSize = QSizeF(r.size.width(), aspectHeight);
    s.dpi = r.dpi;
    render::MapLayers layers;
    for (const ServiceLayer* l : r.layers) {
        if (cancel)
            cancel->throwIfCancelled();
        switch (l->kind) {
        case LayerKind::Indicator: {
            auto fs = snap.areas(p, l->level, crs);
            auto st = snap.indicatorStyle(p, *l, r.style);
            render::AreaLayer a;
            a.features = fs;
            a.fills.resize(fs->size());
            a.hatched.assign(fs->size(), false);
            for (int i = 0; i < fs->size(); ++i) {
                bool noData = false;
                a.fills[i] = st->colorOf(fs->features()[i].code, &noData);
                a.hatched[i] = noData;
            }
            a.strokeWidthPt = 0.6;
            if (r.labels)
                for (const auto& f : fs->features())
                    a.labels.push_back(prettyAreaName(f.name));
            layers.areas.push_back(std::move(a));
            break;
        }
        case LayerKind::Areas: {
            render::AreaLayer a;
            a.features = snap.areas(p, l->level, crs);
            a.stroke = QColor(70, 70, 70);
            a.strokeWidthPt = 0.8;
            if (r.labels)
                for (const auto& f : a.features->features())
                    a.labels.push_back(prettyAreaName(f.name));
            layers.areas.push_back(std::move(a));
            break;
        }
        case LayerKind::Coverage:
        case LayerKind::Underserved: {
            render::AreaLayer a;
            a.features = snap.runGeometry(p, *l, crs);
            const bool cov = l->kind == LayerKind::Coverage;
            if (cov)
                a.fills.assign(a.features->size(), kCoverageFill);
            a.stroke = cov ? kCoverageStroke : kUnderservedStroke;
            a.strokeWidthPt = cov ? 0.4 : 1.8;
            layers.areas.push_back(std::move(a));
            break;
        }
        case LayerKind::Facilities: {
            // The density rule per type at this request's scale. An area cut by tile edges
            // shows its whole count, so neighbouring tiles agree.
            const Projected pr = projectFacilities(*snap.facilities(p), *l, crs);
            const double pxPerUnit = r.size.width() / r.extent.width(), pxPerPt = r.dpi / 72.0;
            // Per kecamatan, else per kabupaten/kota, else per province (all Indonesia).
            auto countIn = snap.areas(p, AdminLevel::Kecamatan, crs);
            for (AdminLevel up : {AdminLevel::Kabupaten, AdminLevel::Provinsi}) {
                if (countPerKecamatan(*countIn, pxPerUnit, pxPerPt))
                    break;
                auto above = snap.areas(p, up, crs);
                if (above->size() == 0)
                    break;
                countIn = above;
            }
            int counted = 0;
            for (render::PointLayer& pl : facilityLayers(pr, countIn)) {
                if (render::applyPointDensity(pl, r.extent, r.size.width() * aspectHeight, pxPerPt,
                                              render::CountScope::WholeArea) == render::PointMode::Counts) {
                    // Several counted types at one area stand one under the other, as on exported
                    // maps; on one point the top symbol would show another type's number.
                    const double below = counted++ * 1.8 * pl.symbols.front().sizePt * pxPerPt / pxPerUnit;
                    for (render::PointFeature& f : pl.points)
                        f.map.ry() -= below;
                }
                layers.points.push_back(std::move(pl));
            }
            break;
        }
        case LayerKind::Proposed: {
            ProposedSites sites = proposedSites(p, l->runId, crs);
            render::PointLayer pl;
            pl.symbols.push_back(proposedSymbol());
            pl.points = std::move(sites.points);
            pl.labels = std::move(sites.labels);
            layers.points.push_back(std::move(pl));
            break;
        }
        }
    }
    QPainter painter(&img);
    painter.scale(1.0, r.size.height() / aspectHeight);
    if (!render::MapRenderer().render(painter, s, layers, cancel))
        throw ps::Cancelled();
    return img;
}

QImage MapService::legend(const Snapshot& snap, const ServiceLayer& l, const QString& style, QSize symbol)
{
    Project& p = threadProject(m_path);
    struct Row {
        QString label;
        QColor fill, stroke;
        bool hatched = false;
        std::optional<render::SymbolStyle> symbol;
    };
    QString title = l.title;
    std::vector<Row> rows;
    switch (l.kind) {
    case LayerKind::Indicator: {
        auto st = snap.indicatorStyle(p, l, style);
        title = st->legendTitle;
        for (const auto& e : st->legend)
            rows.push_back({e.label + (e.count >= 0 ? QStringLiteral(" (%1)").arg(e.count) : QString()), e.color,
                            QColor(255, 255, 255), e.noData, std::nullopt});
        break;
    }
    case LayerKind::Facilities: {
        int n = 0;
        const FacilityType* types = allFacilityTypes(&n);
        for (int i = 0; i < n; ++i)
            if (!l.facilityType || *l.facilityType == types[i])
                for (const render::SymbolStyle& sym : {render::facilitySymbol(types[i]), render::estimatedSymbol(types[i])})
                    rows.push_back({sym.hollow ? tr("%1, lokasi perkiraan").arg(facilityTypeLabel(types[i])) : facilityTypeLabel(types[i]),
                                    QColor(), QColor(), false, sym});
        break;
    }
    case LayerKind::Coverage:
        rows.push_back({tr("dalam jangkauan"), kCoverageFill, kCoverageStroke, false, std::nullopt});
        break;
    case LayerKind::Underserved:
        rows.push_back({tr("kurang terlayani"), QColor(), kUnderservedStroke, false, std::nullopt});
        break;
    case LayerKind::Proposed:
        rows.push_back({tr("usulan lokasi baru (nomor = urutan)"), QColor(), QColor(), false, proposedSymbol()});
        break;
    case LayerKind::Areas:
        rows.push_back({tr("batas kecamatan"), QColor(), QColor(70, 70, 70), false, std::nullopt});
        break;
    }
    QFont font(QStringLiteral("Noto Sans"));
    font.setPixelSize(12);
    QFont bold = font;
    bold.setBold(true);
    const QFontMetrics fm(font), fmb(bold);
    const int swatchW = symbol.width(), swatchH = symbol.height(), pad = 6;
    const int rowH = std::max(20, swatchH + 4), swatch = swatchW;
    // A few pixels of slack: elidedText measures with sub-pixel advances and would cut a title
    // that horizontalAdvance (rounded) says fits.
    int width = fmb.horizontalAdvance(title) + 2 * pad + 4;
    for (const Row& r : rows)
        width = std::max(width, swatch + 3 * pad + fm.horizontalAdvance(r.label));
    width = std::min(width, 600);
    const int height = pad + rowH + static_cast<int>(rows.size()) * rowH + pad;
    QImage img(width, height, QImage::Format_ARGB32_Premultiplied);
    img.fill(QColor(255, 255, 255));
    QPainter g(&img);
    g.setRenderHint(QPainter::Antialiasing);
    g.setFont(bold);
    g.setPen(QColor(25, 25, 25));
    g.drawText(QRect(pad, pad, width - 2 * pad, rowH), Qt::AlignLeft | Qt::AlignVCenter, fmb.elidedText(title, Qt::ElideRight, width - 2 * pad));
    g.setFont(font);
    int y = pad + rowH;
    for (const Row& r : rows) {
        const QRectF box(pad, y + (rowH - swatchH) / 2.0, swatchW, swatchH);
        if (r.symbol) {
            render::drawSymbol(g, *r.symbol, box.center(), 1.2);
        } else if (r.hatched) {
            QPainterPath path;
            path.addRect(box);
            render::drawHatch(g, path, QColor(238, 238, 238), QColor(120, 120, 120), 4, 1);
            g.setPen(QPen(QColor(150, 150, 150), 1));
            g.setBrush(Qt::NoBrush);
            g.drawRect(box);
        } else {
            g.setPen(r.stroke.isValid() ? QPen(r.stroke, 1) : QPen(Qt::NoPen));
            g.setBrush(r.fill.isValid() ? QBrush(r.fill) : QBrush(Qt::NoBrush));
            g.drawRect(box);
        }
        g.setPen(QColor(25, 25, 25));
        g.drawText(QRect(pad * 2 + swatch, y, width - 3 * pad - swatch, rowH), Qt::AlignLeft | Qt::AlignVCenter, r.label);
        y += rowH;
    }
    return img;
}

QJsonObject MapService::areaAt(const Snapshot& snap, const ServiceLayer& l, const QString& style, double lon, double lat)
{
    Project& p = threadProject(m_path);
    GeosContext& g = ps::geos();
    GeomPtr pt = g.point(lon, lat);
    QString sql;
    if (l.kind == LayerKind::Underserved)
        sql = QStringLiteral("SELECT area_code, name, AsBinary(geom), rank, score, reason FROM underserved_rank "
                             "WHERE run_id=?1 AND MbrContains(geom, MakePoint(?2, ?3, 4326))");
    else if (l.kind == LayerKind::Coverage)
        sql = QStringLiteral("SELECT area_code, '', AsBinary(geom) FROM coverage_geom WHERE run_id=?1 AND covered=1 "
                             "AND facility_type=?4 AND MbrContains(geom, MakePoint(?2, ?3, 4326))");
    else
        sql = QStringLiteral("SELECT code, name, AsBinary(geom) FROM admin_area WHERE level=?1 AND ROWID IN "
                             "(SELECT ROWID FROM SpatialIndex WHERE f_table_name='admin_area' AND f_geometry_column='geom' "
                             "AND search_frame=MakePoint(?2, ?3, 4326))");
    auto st = p.db().prepare(sql);
    if (l.kind == LayerKind::Underserved || l.kind == LayerKind::Coverage)
        st.bind(1, static_cast<std::int64_t>(l.runId));
    else
        st.bind(1, levelName(l.level));
    st.bind(2, lon).bind(3, lat);
    if (l.kind == LayerKind::Coverage)
        st.bind(4, l.facilityType ? facilityTypeName(*l.facilityType) : QString());
    while (st.step()) {
        GeomPtr geom = g.fromWkb(st.blob(2));
        if (!geom || GEOSIntersects_r(g.handle(), geom.get(), pt.get()) != 1)
            continue;
        QJsonObject props;
        props.insert(QStringLiteral("layer"), l.name);
        props.insert(QStringLiteral("kode"), st.text(0));
        if (!st.text(1).isEmpty())
            props.insert(QStringLiteral("nama"), prettyAreaName(st.text(1)));
        if (l.kind == LayerKind::Underserved) {
            props.insert(QStringLiteral("peringkat"), static_cast<qint64>(st.int64(3)));
            props.insert(QStringLiteral("skor"), st.real(4));
            props.insert(QStringLiteral("alasan"), st.text(5));
        } else if (l.kind == LayerKind::Coverage) {
            props.insert(QStringLiteral("terjangkau"), true);
        } else if (l.kind == LayerKind::Indicator) {
            const IndicatorDef* def = Catalogue::standard().indicator(l.indicator);
            auto style_ = snap.indicatorStyle(p, l, style);
            props.insert(QStringLiteral("indikator"), l.indicator);
            props.insert(QStringLiteral("tahun"), Period::fromKey(l.period) ? Period::fromKey(l.period)->year : l.period);
            props.insert(QStringLiteral("periode"), shownPeriod(p, l.indicator, l.period));
            for (const AreaValue& v : p.valuesByLevel(l.indicator, l.period, l.level, def ? def->scale : 100.0, st.text(0))) {
                if (v.areaCode != st.text(0))
                    continue;
                if (v.value) {
                    props.insert(QStringLiteral("nilai"), *v.value);
                    props.insert(QStringLiteral("nilai_teks"), ps::formatNumber(*v.value, style_->decimals) + style_->unitSymbol);
                    const int k = style_->classification.classOf(*v.value);
                    if (k >= 0 && k < static_cast<int>(style_->legend.size()))
                        props.insert(QStringLiteral("kelas"), style_->legend[k].label);
                } else {
                    props.insert(QStringLiteral("nilai"), QJsonValue::Null);
                    props.insert(QStringLiteral("nilai_teks"), classify::noDataLabel());
                }
                if (v.numerator)
                    props.insert(QStringLiteral("pembilang"), *v.numerator);
                if (v.denominator)
                    props.insert(QStringLiteral("penyebut"), *v.denominator);
                props.insert(QStringLiteral("unit_melapor"), v.reporting);
                props.insert(QStringLiteral("unit"), v.units);
            }
        }
        return props;
    }
    return {};
}

QJsonObject MapService::featureInfo(const Snapshot& snap, const MapRequest& r, int i, int j, int featureCount)
{
    Project& p = threadProject(m_path);
    const QRectF e = r.extent;
    const double mx = e.left() + (i + 0.5) * e.width() / r.size.width();
    const double my = e.bottom() - (j + 0.5) * e.height() / r.size.height();
    double lon = mx, lat = my;
    ps::Transformer t(QStringLiteral("EPSG:4326"), crsId(r.crs));
    t.inverse(lon, lat);
    QJsonArray features;
    for (const ServiceLayer* l : r.layers) {
        if (features.size() >= featureCount)
            break;
        if (l->kind == LayerKind::Facilities) {
            // The nearest facility within 8 pixels of the click.
            const Projected pr = projectFacilities(*snap.facilities(p), *l, crsId(r.crs));
            const int best = nearestPoint(pr.points, mx, my, 8 * e.width() / r.size.width());
            if (best >= 0) {
                const Facility& f = *pr.source[best];
                QJsonObject props{{QStringLiteral("layer"), l->name},   {QStringLiteral("id"), f.id},
                                  {QStringLiteral("kode"), f.code},     {QStringLiteral("nama"), f.name},
                                  {QStringLiteral("jenis"), facilityTypeName(f.type)},
                                  {QStringLiteral("status"), f.status}, {QStringLiteral("kode_desa"), f.desaCode}};
                features.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("Feature")},
                                            {QStringLiteral("geometry"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Point")},
                                                                                     {QStringLiteral("coordinates"), QJsonArray{*f.lon, *f.lat}}}},
                                            {QStringLiteral("properties"), props}});
            }
            continue;
        }
        if (l->kind == LayerKind::Proposed) {
            // The nearest proposed site within 10 pixels of the click.
            const ProposedSites sites = proposedSites(p, l->runId, crsId(r.crs));
            const int best = nearestPoint(sites.points, mx, my, 10 * e.width() / r.size.width());
            if (best >= 0) {
                QJsonObject props = sites.properties[best];
                props.insert(QStringLiteral("layer"), l->name);
                features.append(siteFeature(props));
            }
            continue;
        }
        const QJsonObject props = areaAt(snap, *l, r.style, lon, lat);
        if (!props.isEmpty())
            features.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("Feature")},
                                        {QStringLiteral("geometry"), QJsonValue::Null},
                                        {QStringLiteral("properties"), props}});
    }
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                       {QStringLiteral("lon"), lon},
                       {QStringLiteral("lat"), lat},
                       {QStringLiteral("features"), features}};
}

} // namespace ps::server
