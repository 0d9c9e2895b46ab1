#include "MapBuilder.h"
#include "AreaLod.h"
#include "BuilderText.h"
#include "Symbols.h"
#include "classify/Classifier.h"
#include "classify/Legend.h"
#include "classify/Palette.h"
#include "core/Catalogue.h"
#include "core/Error.h"
#include "core/Geodesy.h"
#include "core/Locale.h"
#include "core/Period.h"
#include "core/PeriodChoice.h"
#include "core/Project.h"
#include <QCoreApplication>
#include <QDate>
#include <algorithm>
#include <cmath>
#include <set>

namespace ps::render {

using namespace detail;

namespace {

struct Sum {
    double num = 0, den = 0;
    int n = 0;
    void add(const AreaValue& v)
    {
        if (v.numerator && v.denominator && *v.denominator > 0) {
            num += *v.numerator;
            den += *v.denominator;
            ++n;
        }
    }
};

int decimalsFor(const IndicatorDef& def) { return def.unit == QLatin1String("percent") ? 1 : 2; }

} // namespace

struct MapBuilder::Classified {
    classify::Classification c;
    std::vector<QColor> colors;
    std::vector<std::vector<double>> values;   // per year, per feature (NaN = no data)
    std::vector<Sum> totals, coverage;         // per year
};

QString dateLine()
{
    return T("Dibuat %1 · PetaSehat", "Made %1 · PetaSehat").arg(ps::numberLocale().toString(QDate::currentDate(), QStringLiteral("d MMMM yyyy")));
}

MapBuilder::MapBuilder(Project& project) : m_project(project) {}
MapBuilder::~MapBuilder() = default;

std::vector<int> MapBuilder::periods(const QString& indicator) { return m_project.periods(indicator); }

const std::vector<AreaValue>& MapBuilder::values(const QString& indicator, int period, AdminLevel level, const QString& codePrefix)
{
    const QString key = indicator + QLatin1Char('|') + QString::number(period) + QLatin1Char('|') + levelName(level) +
                        QLatin1Char('|') + codePrefix;
    auto it = m_values.find(key);
    if (it == m_values.end()) {
        const IndicatorDef* def = Catalogue::standard().indicator(indicator);
        it = m_values.insert(key, m_project.valuesByLevel(indicator, period, level, def ? def->scale : 100.0, codePrefix,
                                                          areaList(level, codePrefix)));
    }
    return *it;
}

bool MapBuilder::hasData(const QString& indicator, int period, AdminLevel level, const QString& codePrefix)
{
    const auto& vs = values(indicator, period, level, codePrefix);
    return std::any_of(vs.begin(), vs.end(), [](const AreaValue& v) { return v.value && !v.name.isEmpty(); });
}

// Why a year shows one month, and where puskesmas figures were placed: for the source line.
static QString periodNote(ps::Project& project, const QString& indicator, int key)
{
    QStringList notes;
    if (const QString month = ps::measuredMonthNote(project, indicator, key); !month.isEmpty())
        notes << month;
    for (const QString& how : project.unitMappings(indicator, key))
        notes << (how == QLatin1String("wilayah_kerja")
                      ? T("Data puskesmas dijumlah per kecamatan menurut tabel wilayah kerja.",
                          "Puskesmas figures summed by sub-district through the working-area table.")
                  : how == QLatin1String("facility_point")
                      ? T("Asumsi: wilayah kerja puskesmas = kecamatan tempat puskesmas berada.",
                          "Assumption: a puskesmas serves the sub-district it lies in.")
                      : T("Asumsi: wilayah kerja puskesmas = kecamatan yang tertulis di tabelnya.",
                          "Assumption: a puskesmas serves the sub-district written in its table."));
    return notes.join(QLatin1Char(' '));
}

QString MapBuilder::crs(const QString& codePrefix)
{
    auto it = m_crs.find(codePrefix);
    if (it != m_crs.end())
        return *it;
    // The generalized outlines' boxes answer without reading any geometry.
    QRectF ext = lodExtent(codePrefix);
    if (ext.isNull())
        ext = m_project.extent(codePrefix);
    if (ext.isNull() && ext.isEmpty() && ext.width() <= 0)
        throw Error(m_project.path(), T("proyek belum berisi batas wilayah%1", "the project has no boundaries%1")
                                          .arg(codePrefix.isEmpty() ? QString() : QStringLiteral(" (") + codePrefix + QStringLiteral(")")));
    const QString c = crsForExtent(ext);
    m_crs.insert(codePrefix, c);
    return c;
}

std::shared_ptr<const FeatureSet> MapBuilder::areas(AdminLevel level, const QString& codePrefix)
{
    const QString c = crs(codePrefix);
    const QString key = levelName(level) + QLatin1Char('|') + codePrefix + QLatin1Char('|') + c;
    auto it = m_cache.find(key);
    if (it != m_cache.end())
        return *it;
    if (auto fs = generalizedSet(level, codePrefix, c); fs && fs->size() > 0) {
        m_cache.insert(key, fs);
        return fs;
    }
    std::vector<AdminArea> stored = m_project.areas(level, true, codePrefix);
    std::shared_ptr<const FeatureSet> fs;
    if (stored.empty() && levelRank(level) < levelRank(AdminLevel::Kecamatan)) {
        // Kabupaten or provinsi not imported: the dissolve of the kecamatan.
        std::map<QString, std::vector<QByteArray>> groups;
        for (const AdminArea& a : m_project.areas(AdminLevel::Kecamatan, true, codePrefix))
            groups[a.code.left(codeLength(level))].push_back(a.wkb);
        std::vector<LonLatPolygon> polys;
        if (groups.size() <= 60)
            for (const auto& [code, wkbs] : groups)
                polys.push_back({code, code, unionLonLat(wkbs)});
        fs = FeatureSet::project(polys, c);
    } else {
        fs = FeatureSet::fromAreas(stored, c);
    }
    m_cache.insert(key, fs);
    return fs;
}

std::shared_ptr<const FeatureSet> MapBuilder::generalizedSet(AdminLevel level, const QString& codePrefix, const QString& crs)
{
    if (m_lodPixels.isEmpty())
        return nullptr;
    const std::optional<double> tol = lodTolerance(lodExtent(codePrefix), m_lodPixels);
    if (!tol)
        return nullptr;
    if (auto projected = readProjectedLod(m_project, level, codePrefix, *tol, crs))
        return FeatureSet::fromProjected(std::move(*projected), crs);
    auto lod = readAreaLod(m_project, level, codePrefix, *tol);
    if (!lod)
        return nullptr;
    auto fs = FeatureSet::fromLonLat(std::move(*lod), crs);
    if (fs->size() > 0)
        m_unstored.push_back({*tol, fs});
    return fs;
}

void MapBuilder::storeProjected(Project& writable)
{
    for (const auto& [tol, fs] : m_unstored)
        storeProjectedLod(writable, tol, *fs);
    m_unstored.clear();
}

QRectF MapBuilder::lodExtent(const QString& codePrefix)
{
    if (m_lodPixels.isEmpty())
        return {};
    auto it = m_lodExtents.find(codePrefix);
    if (it == m_lodExtents.end())
        it = m_lodExtents.insert(codePrefix, areaLodExtent(m_project, codePrefix, kLodTolerancesDeg[0]));
    return *it;
}

const std::vector<AdminArea>& MapBuilder::areaList(AdminLevel level, const QString& codePrefix)
{
    const QString key = levelName(level) + QLatin1Char('|') + codePrefix;
    auto it = m_areaLists.find(key);
    if (it == m_areaLists.end())
        it = m_areaLists.insert(key, m_project.areas(level, false, codePrefix));
    return *it;
}

const std::vector<QString>& MapBuilder::areaCodes(AdminLevel level, const QString& codePrefix)
{
    const QString key = levelName(level) + QLatin1Char('|') + codePrefix;
    auto it = m_codes.find(key);
    if (it == m_codes.end()) {
        std::vector<QString> codes;
        for (const AdminArea& a : areaList(level, codePrefix))
            codes.push_back(a.code);
        it = m_codes.insert(key, std::move(codes));
    }
    return *it;
}

std::set<QString> MapBuilder::mappedCodes(AdminLevel mapLevel, AdminLevel above, const QString& codePrefix)
{
    std::set<QString> out;
    const int len = codeLength(above);
    for (const QString& code : areaCodes(mapLevel, codePrefix))
        out.insert(code.left(len));
    return out;
}

std::shared_ptr<const FeatureSet> MapBuilder::boundaries(AdminLevel above, AdminLevel mapLevel, const QString& codePrefix,
                                                         bool* dissolved)
{
    const QString c = crs(codePrefix);
    const QString key = QStringLiteral("bound|") + levelName(above) + QLatin1Char('|') + levelName(mapLevel) + QLatin1Char('|') +
                        codePrefix + QLatin1Char('|') + c;
    if (dissolved)
        *dissolved = false;
    auto it = m_cache.find(key);
    if (it != m_cache.end()) {
        if (dissolved)
            *dissolved = m_dissolved.contains(key);
        return *it;
    }
    // Only the areas that hold mapped areas: neighbours are context, not outline.
    const int len = codeLength(above);
    const std::set<QString> mapped = mappedCodes(mapLevel, above, codePrefix);
    if (auto all = codePrefix.size() <= len ? generalizedSet(above, codePrefix, c) : nullptr; all && all->size() > 0) {
        std::vector<ProjectedFeature> kept;
        for (const ProjectedFeature& f : all->features())
            if (mapped.empty() || mapped.count(f.code))
                kept.push_back(f);
        if (!kept.empty()) {
            auto fs = FeatureSet::fromProjected(std::move(kept), c);
            m_cache.insert(key, fs);
            return fs;
        }
    }
    std::vector<LonLatPolygon> polys;
    // Geometry is read only when there is some to read: reading it loads
    // SpatiaLite (and PROJ), which a national map from the cache never needs.
    if (codePrefix.size() <= len && !areaList(above, codePrefix).empty())
        for (AdminArea& a : m_project.areas(above, true, codePrefix))
            if (mapped.empty() || mapped.count(a.code))
                polys.push_back({a.code, a.name, a.wkb});
    // Not stored: the dissolve of the mapped areas (slivers between them removed),
    // one per code in `mapped`. Unions of hundreds of areas take seconds: skipped,
    // inner lines suffice.
    if (polys.empty() && mapped.size() <= 60) {
        std::map<QString, std::vector<QByteArray>> groups;
        for (const AdminArea& a : m_project.areas(mapLevel, true, codePrefix))
            groups[a.code.left(len)].push_back(a.wkb);
        for (const auto& [code, wkbs] : groups)
            polys.push_back({code, QString(), unionLonLat(wkbs)});
        if (!polys.empty())
            m_dissolved.insert(key);
        if (dissolved)
            *dissolved = !polys.empty();
    }
    auto fs = FeatureSet::project(polys, c);
    m_cache.insert(key, fs);
    return fs;
}

std::optional<InsetMap> MapBuilder::inset(const QString& codePrefix)
{
    QString kab = codePrefix.size() >= 5 ? codePrefix.left(5) : QString();
    if (kab.isEmpty()) {
        std::set<QString> kabs;
        for (const QString& code : areaCodes(AdminLevel::Kecamatan, codePrefix))
            kabs.insert(code.left(5));
        if (kabs.size() != 1)
            return std::nullopt;
        kab = *kabs.begin();
    }
    const QString prov = kab.left(2);
    const QRectF provExt = m_project.extent(prov);
    if (provExt.isNull())
        return std::nullopt;
    const QString c = crsForExtent(provExt);
    auto load = [&](AdminLevel l, const QString& prefix) {
        const QString key = QStringLiteral("inset|") + levelName(l) + QLatin1Char('|') + prefix + QLatin1Char('|') + c;
        auto it = m_cache.find(key);
        if (it != m_cache.end())
            return *it;
        auto fs = FeatureSet::fromAreas(m_project.areas(l, true, prefix), c);
        m_cache.insert(key, fs);
        return fs;
    };
    auto context = load(AdminLevel::Kabupaten, prov);
    auto province = load(AdminLevel::Provinsi, prov);
    if (context->size() < 2 && province->size() == 0)
        return std::nullopt;   // nothing to locate the kabupaten in
    InsetMap inset;
    inset.crs = c;
    if (province->size() > 0) {
        AreaLayer p;
        p.features = province;
        p.fills.assign(province->size(), QColor(225, 225, 225));
        p.stroke = QColor(150, 150, 150);
        p.strokeWidthPt = 0.6;
        inset.layers.areas.push_back(p);
        inset.extent = province->extent();
    }
    if (context->size() >= 2) {
        AreaLayer k;
        k.features = context;
        k.fills.resize(context->size());
        for (int i = 0; i < context->size(); ++i)
            k.fills[i] = context->features()[i].code == kab ? QColor(215, 48, 31) : QColor(225, 225, 225);
        k.stroke = QColor(255, 255, 255);
        k.strokeWidthPt = 0.4;
        inset.layers.areas.push_back(k);
        inset.extent = inset.extent.isNull() ? context->extent() : inset.extent.united(context->extent());
    } else {
        // Only the province is stored: draw our outline in it, reprojected to the inset's CRS.
        std::vector<AdminArea> parts = m_project.areas(AdminLevel::Kecamatan, true, kab);
        std::vector<QByteArray> wkbs;
        for (const AdminArea& a : parts)
            wkbs.push_back(a.wkb);
        auto fs = FeatureSet::project({{kab, QString(), unionLonLat(wkbs)}}, c);
        AreaLayer k;
        k.features = fs;
        k.fills.assign(fs->size(), QColor(215, 48, 31));
        k.strokeWidthPt = 0;
        inset.layers.areas.push_back(k);
    }
    return inset;
}

QString MapBuilder::areaTitle(const QString& codePrefix)
{
    QString kab = codePrefix.left(5);
    if (kab.size() < 5) {
        std::set<QString> kabs, provs;
        for (AdminLevel l : {AdminLevel::Kecamatan, AdminLevel::Kabupaten})
            for (const QString& code : areaCodes(l, codePrefix)) {
                kabs.insert(code.left(5));
                provs.insert(code.left(2));
            }
        if (kabs.size() == 1) {
            kab = *kabs.begin();
        } else if (provs.size() == 1) {
            // A province map: "Provinsi Jawa Tengah".
            auto p = m_project.area(*provs.begin(), false);
            const QString name = p ? prettyAreaName(p->name) : provinceName(*provs.begin());
            if (name.isEmpty())
                return {};
            return name.startsWith(QLatin1String("Prov")) ? name
                                                          : (ps::isEnglish() ? name + QStringLiteral(" Province")
                                                                             : QStringLiteral("Provinsi ") + name);
        } else {
            return provs.size() > 1 && codePrefix.isEmpty() ? QStringLiteral("Indonesia") : QString();
        }
    }
    auto a = m_project.area(codePrefix.size() > 5 ? codePrefix : kab, false);
    if (!a)
        return {};
    QString name = prettyAreaName(a->name);
    if (a->level == AdminLevel::Kabupaten && !name.startsWith(QLatin1String("Kab")) && !name.startsWith(QLatin1String("Kota"))) {
        const bool kota = a->code.mid(3, 2).toInt() >= 71;
        name = ps::isEnglish() ? name + (kota ? QStringLiteral(" City") : QStringLiteral(" Regency"))
                               : (kota ? QStringLiteral("Kota ") : QStringLiteral("Kabupaten ")) + name;
    } else if (a->level == AdminLevel::Kecamatan) {
        name = T("Kecamatan ", "Sub-district ") + name;
    }
    return name;
}

QString MapBuilder::sourceLine(const IndicatorDef* def, const classify::Classification* c, const QString& crsId)
{
    QStringList parts;
    if (def)
        parts << T("Sumber: ", "Source: ") + ps::pick(def->sourceId, def->sourceEn) + QLatin1Char('.');
    if (c) {
        QString cls = T("Klasifikasi: ", "Classes: ") + classify::methodName(c->method);
        if (c->method == classify::Method::Official && def && !def->thresholdsSource.isEmpty())
            cls += QStringLiteral(" (") + def->thresholdsSource + QLatin1Char(')');
        parts << cls + QLatin1Char('.');
    }
    parts << T("Proyeksi: ", "Projection: ") + crsLabel(crsId) + QLatin1Char('.');
    return parts.join(QLatin1Char(' '));
}

// The map frame's data area in pixels² at the spec's page size: the extent
// fitted into the usual map frame (about 70 % × 75 % of the page).
static double dataAreaPx2(const MapSpec& spec, const QRectF& extent, double* pxPerPt)
{
    const auto preset = pagePreset(spec.preset).value_or(pagePresets().front());
    const QSize px = preset.pixels();
    *pxPerPt = preset.dpi / 72.0;
    const double fw = 0.70 * px.width(), fh = 0.75 * px.height();
    if (extent.width() <= 0 || extent.height() <= 0)
        return fw * fh;
    const double scale = std::min(fw / extent.width(), fh / extent.height());
    return extent.width() * extent.height() * scale * scale;
}

std::shared_ptr<const FeatureSet> MapBuilder::countAreas(const MapSpec& spec)
{
    // The finest level with at most 60 areas on the map: counts stay legible.
    for (std::optional<AdminLevel> l = spec.level; l; l = levelAbove(*l)) {
        auto fs = *l == spec.level ? areas(*l, spec.codePrefix) : boundaries(*l, spec.level, spec.codePrefix);
        if (fs->size() > 0 && fs->size() <= 60)
            return fs;
        if (*l == AdminLevel::Provinsi)
            return fs;
    }
    return areas(spec.level, spec.codePrefix);
}

// One legend line per type with estimated points ("of which estimated"):
// the counts above include them.
void appendEstimatedLegend(LegendGroup& legend, const std::vector<FacilityType>& types, const std::vector<int>& estimated)
{
    for (size_t i = 0; i < types.size(); ++i)
        if (estimated[i] > 0)
            legend.items.push_back({T("%1, lokasi perkiraan", "%1, estimated location")
                                        .arg(facilityTypeLabel(types[i])),
                                    QColor(), false, estimated[i], estimatedSymbol(types[i]), QColor()});
}

std::vector<LegendItem> facilityLegendItems(const std::vector<FacilityLegendLayer>& layers, const std::vector<int>& modes)
{
    std::vector<LegendItem> items;
    for (size_t i = 0; i < layers.size(); ++i) {
        const FacilityLegendLayer& l = layers[i];
        const auto mode = static_cast<PointMode>(i < modes.size() ? modes[i] : 0);
        const SymbolStyle full = facilitySymbol(l.type);
        QString label = facilityTypeLabel(l.type);
        const PointDrawing how{mode, l.sizeFactor};
        if (mode == PointMode::Dots)
            label += T(" (titik kecil)", " (small dots)");
        else if (mode == PointMode::Counts)
            label += T(": jumlah per %1", ": number per %1").arg(levelWordOfCode(l.areaCodeLength));
        const SymbolStyle sym = densitySymbol(full, how);
        items.push_back({label, QColor(), false, l.count, sym, QColor()});
        if (mode != PointMode::Counts && l.estimated > 0) {
            SymbolStyle hollow = mode == PointMode::Symbols ? densitySymbol(estimatedSymbol(l.type), how) : sym;
            hollow.hollow = true;
            items.push_back({T("%1, lokasi perkiraan", "%1, estimated location").arg(facilityTypeLabel(l.type)), QColor(),
                             false, l.estimated, hollow, QColor()});
        }
    }
    return items;
}

std::optional<PointLayer> MapBuilder::facilityLayer(const MapSpec& spec, LegendGroup* legend)
{
    if (!spec.facilities)
        return std::nullopt;
    std::vector<FacilityType> types = spec.facilityTypes;
    if (types.empty()) {
        types = {FacilityType::RumahSakit, FacilityType::Puskesmas, FacilityType::Pustu, FacilityType::Poskesdes};
        if (spec.kind == MapKind::Facilities)
            types.push_back(FacilityType::Posyandu);
    }
    if (!m_facilities)
        m_facilities = m_project.facilities();
    const QString c = crs(spec.codePrefix);
    const ps::Transformer& t = lonLatTo(c);
    // Each type's placed facilities, projected.
    std::vector<std::vector<std::pair<QPointF, const Facility*>>> byType(types.size());
    for (size_t ti = 0; ti < types.size(); ++ti) {
        for (const Facility& f : *m_facilities) {
            if (f.type != types[ti] || !f.lon || !f.lat || f.status == FacilityStatus::Rejected ||
                f.status == FacilityStatus::Unmatched)
                continue;
            if (!spec.codePrefix.isEmpty() && !f.kecamatanCode.isEmpty() && !f.kecamatanCode.startsWith(spec.codePrefix) &&
                !spec.codePrefix.startsWith(f.kecamatanCode))
                continue;
            double x = *f.lon, y = *f.lat;
            if (!t.forward(x, y))
                continue;
            byType[ti].push_back({QPointF(x, y), &f});
        }
    }
    // The density rule per type, at this map's scale.
    double ppt = 2;
    const QRectF extent = areas(spec.level, spec.codePrefix)->extent();
    const double area = dataAreaPx2(spec, extent, &ppt);
    PointLayer layer;
    std::shared_ptr<const FeatureSet> countFs;
    int countedTypes = 0;
    // The legend's lines, worded by facilityLegendItems as the desktop canvas words them.
    std::vector<FacilityLegendLayer> legendLayers;
    std::vector<int> modes;
    // Draw order: many small symbols (posyandu) first, big ones on top.
    for (int ti = static_cast<int>(types.size()) - 1; ti >= 0; --ti) {
        const auto& pts = byType[ti];
        const SymbolStyle full = facilitySymbol(types[ti]);
        const PointDrawing how = pointDensity(static_cast<int>(pts.size()), full.sizePt * ppt, kDotPt * ppt, area);
        const SymbolStyle sym = densitySymbol(full, how);
        FacilityLegendLayer shown{types[ti], static_cast<int>(pts.size()), 0, 0, how.sizeFactor};
        if (how.mode == PointMode::Symbols || how.mode == PointMode::Dots) {
            // Estimated points (placed inside their desa) use the same symbol hollow.
            SymbolStyle hollow = sym;
            hollow.hollow = true;
            layer.symbols.push_back(sym);
            layer.symbols.push_back(hollow);
            const int solidIndex = static_cast<int>(layer.symbols.size()) - 2;
            for (const auto& [at, f] : pts) {
                const bool est = isEstimatedPlacement(*f);
                shown.estimated += est;
                layer.points.push_back({at, solidIndex + (est ? 1 : 0)});
            }
        } else {
            // One symbol per area with the number of facilities beside it.
            if (!countFs)
                countFs = countAreas(spec);
            const FeatureSet& fs = *countFs;
            const int len = fs.size() > 0 ? static_cast<int>(fs.features().front().code.size()) : 8;
            QHash<QString, int> counts;
            for (const auto& [at, f] : pts) {
                const QString code = (f->desaCode.size() >= len ? f->desaCode : f->kecamatanCode).left(len);
                counts[code]++;
            }
            layer.symbols.push_back(sym);
            // Several counted types at one area stand one under the other.
            const double mupp = std::sqrt(extent.width() * extent.height() / area);
            const double below = countedTypes++ * 1.8 * sym.sizePt * ppt * mupp;
            for (const ProjectedFeature& f : fs.features()) {
                const int n = counts.value(f.code);
                if (n == 0)
                    continue;
                layer.points.push_back({f.interiorPoint - QPointF(0, below), static_cast<int>(layer.symbols.size()) - 1});
                layer.labels.resize(layer.points.size());
                layer.labels.back() = ps::formatNumber(n, 0);
            }
            shown.areaCodeLength = len;
        }
        if (shown.count > 0) {   // legend in type order, the loop runs backwards
            legendLayers.insert(legendLayers.begin(), shown);
            modes.insert(modes.begin(), static_cast<int>(how.mode));
        }
    }
    if (legend) {
        legend->title = T("Fasilitas kesehatan", "Health facilities");
        const std::vector<LegendItem> items = facilityLegendItems(legendLayers, modes);
        legend->items.insert(legend->items.begin(), items.begin(), items.end());
    }
    if (layer.points.empty())
        return std::nullopt;
    return layer;
}

MapBuilder::Classified MapBuilder::classifyValues(const MapSpec& spec, const IndicatorDef& def, const std::vector<int>& years,
                                                  const std::shared_ptr<const FeatureSet>& fs)
{
    Classified out;
    std::vector<double> pooled;
    const IndicatorDef* cov = def.coverageIndicator.isEmpty() ? nullptr : Catalogue::standard().indicator(def.coverageIndicator);
    for (int year : years) {
        QHash<QString, double> byCode;
        Sum total, coverage;
        for (const AreaValue& v : values(def.code, year, spec.level, spec.codePrefix)) {
            if (v.value)
                byCode.insert(v.areaCode, *v.value);
            total.add(v);
        }
        if (cov)
            for (const AreaValue& v : values(cov->code, year, spec.level, spec.codePrefix))
                coverage.add(v);
        std::vector<double> vals(fs->size(), std::nan(""));
        for (int i = 0; i < fs->size(); ++i) {
            auto it = byCode.find(fs->features()[i].code);
            if (it != byCode.end())
                vals[i] = *it;
        }
        pooled.insert(pooled.end(), vals.begin(), vals.end());
        out.values.push_back(std::move(vals));
        out.totals.push_back(total);
        out.coverage.push_back(coverage);
    }
    classify::Method m = spec.method.value_or(classify::officialThresholds(def).empty() ? classify::Method::NaturalBreaks
                                                                                         : classify::Method::Official);
    // One classification over every year shown, so panels compare honestly.
    out.c = classify::classify(m, pooled, spec.classes, spec.breaks, &def);
    out.colors = classify::indicatorColors(def, std::max(1, out.c.size()), spec.palette);
    return out;
}

std::shared_ptr<const FeatureSet> MapBuilder::context(AdminLevel mapLevel, const QString& codePrefix)
{
    const QString c = crs(codePrefix);
    const QString key = QStringLiteral("context|") + levelName(mapLevel) + QLatin1Char('|') + codePrefix + QLatin1Char('|') + c;
    auto it = m_cache.find(key);
    if (it != m_cache.end())
        return *it;
    std::set<QString> mapped, provinces;
    for (const QString& code : areaCodes(mapLevel, codePrefix)) {
        mapped.insert(code.left(5));
        provinces.insert(code.left(2));
    }
    std::vector<AdminArea> around;
    // Neighbouring kabupaten of the province, around a map of kecamatan or desa.
    if (provinces.size() == 1 && levelRank(mapLevel) >= levelRank(AdminLevel::Kecamatan))
        for (AdminArea& a : m_project.areas(AdminLevel::Kabupaten, true, *provinces.begin()))
            if (!mapped.count(a.code))
                around.push_back(std::move(a));
    auto fs = FeatureSet::fromAreas(around, c);
    m_cache.insert(key, fs);
    return fs;
}

MapLayers MapBuilder::baseLayers(const MapSpec& spec, const std::shared_ptr<const FeatureSet>& fs)
{
    MapLayers layers;
    // Neighbouring kabupaten in light grey: the mapped area is seen in its place.
    if (auto around = context(spec.level, spec.codePrefix); around->size() > 0) {
        AreaLayer ctx;
        ctx.features = around;
        ctx.fills.assign(around->size(), QColor(242, 242, 240));
        ctx.stroke = QColor(190, 190, 190);
        ctx.strokeWidthPt = 0.6;
        ctx.labelSizePt = 9;
        ctx.labelPriority = -1;
        if (spec.labels)
            for (const auto& f : around->features())
                ctx.labels.push_back(shortAreaName(f.name));
        layers.areas.push_back(ctx);
    }
    AreaLayer main;
    main.features = fs;
    const int rank = levelRank(spec.level);
    main.stroke = QColor(255, 255, 255);
    // Full widths; the renderer thins them where areas are small on screen.
    main.strokeWidthPt = rank >= 3 ? 0.3 : rank == 2 ? 0.8 : 1.0;
    main.labelSizePt = rank >= 3 ? 7 : rank == 2 ? 10 : 11;
    layers.areas.push_back(main);
    // The levels above, each a heavier line than the one below (desa < kecamatan
    // < kabupaten < provinsi). On maps that span several of them their names are
    // placed first: kabupaten/kota names on a province map, provinces on a
    // national one.
    std::vector<AdminLevel> above;
    for (auto l = levelAbove(spec.level); l; l = levelAbove(*l))
        above.push_back(*l);
    const bool national = mappedCodes(spec.level, AdminLevel::Provinsi, spec.codePrefix).size() > 1;
    // The province outline frames maps of several provinces and kabupaten maps.
    const bool withProvince = national || spec.level == AdminLevel::Kabupaten;
    int priority = 1;
    for (size_t k = 0; k < above.size(); ++k) {
        const AdminLevel l = above[k];
        if (l == AdminLevel::Provinsi && !withProvince)
            break;
        AreaLayer b;
        b.features = boundaries(l, spec.level, spec.codePrefix, &b.dissolved);
        if (b.features->size() == 0)
            continue;
        const bool top = k + 1 == above.size() || (above[k + 1] == AdminLevel::Provinsi && !withProvince);
        b.stroke = top ? QColor(35, 35, 35) : QColor(85, 85, 85);
        b.strokeWidthPt = top ? (national ? 1.0 : 1.8) : (national ? 0.6 : 0.9);
        b.labelSizePt = l == AdminLevel::Provinsi ? 11 : 10;
        b.labelBold = true;
        b.shiftedOutline = true;
        b.labelPriority = ++priority;
        // Names of the level above when there are several and not too many to
        // read (kabupaten/kota of a province, provinces of Indonesia).
        if (spec.labels && b.features->size() >= 2 && b.features->size() <= 100)
            for (const auto& f : b.features->features())
                b.labels.push_back(shortAreaName(f.name));
        layers.areas.push_back(b);
        if (top)
            break;
    }
    return layers;
}

std::shared_ptr<const FeatureSet> MapBuilder::startMap(const MapSpec& spec, BuiltMap& built)
{
    built.page.northLabel = T("U", "N");
    built.page.dateLine = dateLine();
    auto fs = areas(spec.level, spec.codePrefix);
    if (fs->size() == 0)
        throw Error(m_project.path(), T("tidak ada wilayah tingkat %1 di proyek", "no %1 areas in the project").arg(levelWord(spec.level)));
    built.features = fs;
    return fs;
}

BuiltMap MapBuilder::build(const MapSpec& spec)
{
    if (spec.kind == MapKind::Coverage)
        return buildCoverage(spec);
    if (spec.kind == MapKind::Underserved)
        return buildUnderserved(spec);
    BuiltMap built;
    Page& page = built.page;
    const QString crsId = crs(spec.codePrefix);
    auto fs = startMap(spec, built);
    const QString where = areaTitle(spec.codePrefix);
    LegendGroup facilityLegend;
    auto facilities = facilityLayer(spec, &facilityLegend);
    const bool desa = spec.level == AdminLevel::Desa || spec.level == AdminLevel::Kelurahan;

    if (spec.kind == MapKind::Facilities) {
        MapLayers layers = baseLayers(spec, fs);
        AreaLayer& main = layers.areas[mainLayerIndex(layers, fs)];
        main.fills.assign(fs->size(), QColor(252, 246, 225));
        main.stroke = QColor(150, 150, 150);
        if (spec.labels && !desa)
            for (const auto& f : fs->features())
                main.labels.push_back(prettyAreaName(f.name));
        if (facilities)
            layers.points.push_back(*facilities);
        page.panels.push_back({layers, crsId, fs->extent(), {}});
        page.title = spec.title.isEmpty() ? T("Lokasi fasilitas kesehatan", "Health facility locations") +
                                                (where.isEmpty() ? QString() : QStringLiteral(", ") + where)
                                          : spec.title;
        page.subtitle = spec.subtitle.isEmpty() ? T("Puskesmas, pustu, poskesdes dan posyandu yang sudah punya titik lokasi",
                                                    "Health centres, sub-centres, village posts and posyandu with a location")
                                                : spec.subtitle;
        page.legend.push_back(facilityLegend);
        page.sourceLine = T("Lokasi: impor dan geokode PetaSehat; titik perkiraan ditandai di proyek. ",
                            "Locations: PetaSehat import and geocoding; estimated points are flagged in the project. ") +
                          sourceLine(nullptr, nullptr, crsId);
        if (spec.inset)
            page.inset = inset(spec.codePrefix);
        return built;
    }

    const IndicatorDef* def = Catalogue::standard().indicator(spec.indicator);
    if (!def)
        throw Error(T("indikator tidak dikenal: %1", "unknown indicator: %1").arg(spec.indicator));
    // In time order (stored keys are not: 2025 < 202408).
    const std::vector<int> available = ps::sortedPeriods(periods(def->code));
    if (available.empty())
        throw Error(m_project.path(), T("indikator %1 belum punya data di proyek", "indicator %1 has no data in the project").arg(def->code));
    std::vector<int> years = spec.periods;
    if (spec.kind == MapKind::SmallMultiples) {
        if (years.empty()) {
            // The last four of the latest period's kind: years with years, months with months.
            const auto latest = ps::Period::fromKey(ps::latestPeriod(available));
            std::vector<int> same;
            for (int key : available)
                if (const auto p = ps::Period::fromKey(key); !latest || (p && p->kind == latest->kind))
                    same.push_back(key);
            years.assign(same.end() - std::min<long>(4, static_cast<long>(same.size())), same.end());
        }
    } else if (years.empty()) {
        years = {ps::latestPeriod(available)};
    } else {
        years.resize(1);
    }
    const Classified cls = classifyValues(spec, *def, years, fs);
    built.classification = cls.c;
    built.classColors = cls.colors;
    const int dec = decimalsFor(*def);
    const QLocale loc = ps::numberLocale();

    for (size_t y = 0; y < years.size(); ++y) {
        MapLayers layers = baseLayers(spec, fs);
        AreaLayer& main = layers.areas[mainLayerIndex(layers, fs)];
        main.fills.resize(fs->size());
        main.hatched.assign(fs->size(), false);
        std::vector<int> klass(fs->size(), -1);
        for (int i = 0; i < fs->size(); ++i) {
            const double v = cls.values[y][i];
            const int k = std::isnan(v) ? -1 : cls.c.classOf(v);
            klass[i] = k;
            if (k < 0)
                main.hatched[i] = true;
            else
                main.fills[i] = cls.colors.at(k);
        }
        const bool labelHere = spec.labels && !desa && years.size() <= 2;
        // Kabupaten/kota (and provinsi) maps of a province name every area: a
        // kota too small for its label gets a dot with the label beside it. Not
        // on a map of Indonesia's 514: there the provinces and the largest
        // kabupaten are named, not whichever small ones found room.
        const bool nameAll = labelHere && levelRank(spec.level) <= levelRank(AdminLevel::Kabupaten) && fs->size() <= 100;
        double ppt = 2;
        const double pxPerUnit = std::sqrt(dataAreaPx2(spec, fs->extent(), &ppt) / std::max(1e-9, fs->extent().width() * fs->extent().height()));
        if (nameAll && fs->size() > 0) {
            // Names sized to the areas: a province of 35 kabupaten/kota drawn small
            // (far islands stretch its frame) keeps most names at 8–9 pt where 11 pt
            // names crowd each other out; large areas keep the full size.
            std::vector<double> sidePt;
            for (const ProjectedFeature& f : fs->features())
                sidePt.push_back(std::min(f.bbox.width(), f.bbox.height()) * pxPerUnit / ppt);
            std::nth_element(sidePt.begin(), sidePt.begin() + static_cast<long>(sidePt.size() / 2), sidePt.end());
            main.labelSizePt = std::clamp(sidePt[sidePt.size() / 2] / 7.0, 8.0, main.labelSizePt);
        }
        PointLayer small;
        small.symbols.push_back({SymbolShape::Circle, QColor(40, 40, 40), QColor(255, 255, 255), 4});
        small.labelSizePt = main.labelSizePt;
        small.labelPriority = 0;
        small.onlyWithLabel = true;
        if (labelHere)
            for (int i = 0; i < fs->size(); ++i) {
                QString text = shortAreaName(fs->features()[i].name);
                if (spec.labelValues)
                    text += QLatin1Char('\n') + (std::isnan(cls.values[y][i]) ? QStringLiteral("–")
                                                                                : ps::formatNumber(cls.values[y][i], dec) + def->unitSymbol());
                const QRectF& b = fs->features()[i].bbox;
                if (nameAll && std::min(b.width(), b.height()) * pxPerUnit < 70 * ppt / 2) {
                    small.points.push_back({fs->features()[i].interiorPoint, 0});
                    small.labels.push_back(text);
                    text.clear();
                }
                main.labels.push_back(text);
            }
        if (!small.points.empty())
            layers.points.push_back(small);
        if (facilities && years.size() == 1)
            layers.points.push_back(*facilities);
        if (y == 0)
            built.featureClass = klass;
        page.panels.push_back({layers, crsId, fs->extent(), years.size() > 1 ? ps::shownPeriod(m_project, def->code, years[y]) : QString()});
    }

    LegendGroup legend;
    legend.title = def->name() + QStringLiteral(" (") + def->unitSymbol() + QStringLiteral(")");
    const bool counts = years.size() == 1;
    if (counts)
        legend.title += QLatin1Char('\n') + T("kelas · jumlah %1", "class · number of %1s").arg(levelWord(spec.level));
    for (const classify::LegendEntry& e : classify::legendEntries(cls.c, cls.colors, cls.values[0], dec, def->unitSymbol()))
        legend.items.push_back({e.label, e.color, e.noData, counts ? e.count : -1, std::nullopt, QColor()});
    page.legend.push_back(legend);
    if (!facilityLegend.items.empty() && years.size() == 1)
        page.legend.push_back(facilityLegend);

    const QString yearText = years.size() == 1 ? ps::shownPeriod(m_project, def->code, years[0])
                                               : QStringLiteral("%1–%2").arg(ps::periodLabel(years.front()), ps::periodLabel(years.back()));
    page.title = spec.title;
    if (page.title.isEmpty())
        page.title = def->name() + T(" per ", " by ") + levelWord(spec.level) + (where.isEmpty() ? QString() : QStringLiteral(", ") + where) +
                     QStringLiteral(", ") + yearText;
    page.title.replace(QStringLiteral("{year}"), yearText).replace(QStringLiteral("{area}"), where);
    QStringList sub;
    if (!spec.subtitle.isEmpty()) {
        sub << spec.subtitle;
    } else if (years.size() == 1) {
        const Sum& t = cls.totals[0];
        if (t.den > 0)
            sub << T("Total: %1%2 (%3 dari %4)", "Total: %1%2 (%3 of %4)")
                       .arg(ps::formatNumber(t.num / t.den * def->scale, dec + 1), def->unitSymbol(), loc.toString(t.num, 'f', 0),
                            loc.toString(t.den, 'f', 0));
        const Sum& c = cls.coverage[0];
        const IndicatorDef* cov = def->coverageIndicator.isEmpty() ? nullptr : Catalogue::standard().indicator(def->coverageIndicator);
        if (cov && c.den > 0)
            sub << cov->name() + QStringLiteral(": ") + ps::formatNumber(c.num / c.den * cov->scale, 1) + cov->unitSymbol();
        if (def->kind == QLatin1String("routine") && cov)
            sub << T("angka terukur, bukan survei", "measured rate, not the survey figure");
    } else {
        const bool allYears = std::all_of(years.begin(), years.end(), [](int k) { return k >= 1000 && k <= 9999; });
        sub << (allYears ? T("Satu klasifikasi untuk semua tahun agar tahun dapat dibandingkan",
                             "One classification for all years so that years compare honestly")
                         : T("Satu klasifikasi untuk semua periode agar periode dapat dibandingkan",
                             "One classification for all periods so that periods compare honestly"));
        if (def->kind == QLatin1String("routine") && !def->coverageIndicator.isEmpty())
            sub << T("angka terukur, bukan survei", "measured rate, not the survey figure");
    }
    page.subtitle = sub.join(QStringLiteral(" · "));
    page.sourceLine = sourceLine(def, &cls.c, crsId);
    if (const QString note = periodNote(m_project, def->code, years.back()); !note.isEmpty())
        page.sourceLine = note + QLatin1Char(' ') + page.sourceLine;
    if (spec.inset && years.size() == 1)
        page.inset = inset(spec.codePrefix);
    return built;
}

std::vector<Page> MapBuilder::atlasByIndicator(const MapSpec& spec)
{
    std::vector<QString> codes = spec.atlasIndicators;
    if (codes.empty())
        for (const IndicatorDef& d : Catalogue::standard().indicators())
            if (!periods(d.code).empty())
                codes.push_back(d.code);
    std::vector<Page> pages;
    for (const QString& code : codes) {
        MapSpec s = spec;
        s.kind = MapKind::Choropleth;
        s.indicator = code;
        s.title.clear();
        s.subtitle.clear();
        s.palette.clear();
        if (code != spec.indicator)
            s.method.reset();
        pages.push_back(build(s).page);
    }
    return pages;
}

std::vector<Page> MapBuilder::atlasByKecamatan(const MapSpec& spec)
{
    MapSpec s = spec;
    s.atlas.clear();
    s.inset = false;
    const BuiltMap whole = build(s);
    std::vector<Page> pages;
    auto kec = areas(AdminLevel::Kecamatan, spec.codePrefix);
    for (const ProjectedFeature& k : kec->features()) {
        Page page = whole.page;
        for (MapPanel& panel : page.panels) {
            panel.extent = k.bbox.adjusted(-k.bbox.width() * 0.12, -k.bbox.height() * 0.12, k.bbox.width() * 0.12,
                                           k.bbox.height() * 0.12);
            // The focus kecamatan drawn with a heavy outline over its neighbours.
            AreaLayer focus;
            focus.features = FeatureSet::fromAreas({*m_project.area(k.code, true)}, panel.crs);
            focus.stroke = QColor(20, 20, 20);
            focus.strokeWidthPt = 2.6;
            panel.layers.areas.push_back(focus);
        }
        page.title = whole.page.title + QStringLiteral(" — ") + T("Kecamatan ", "Sub-district ") + prettyAreaName(k.name);
        pages.push_back(std::move(page));
    }
    return pages;
}

} // namespace ps::render
