// Maps of a stored coverage analysis run (petasehat analyze coverage): the land
// within reach of a service, and the underserved ranking with the proposed new
// sites. They read the run's tables (written by the analysis module) with SQL,
// as the server and the desktop app do, so every map cites exactly one run.
#include "BuilderText.h"
#include "MapBuilder.h"
#include "classify/Classifier.h"
#include "classify/Legend.h"
#include "classify/Palette.h"
#include "core/Error.h"
#include "core/Geodesy.h"
#include "core/Project.h"
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace ps::render {

using namespace detail;

namespace {

struct StoredRun {
    qint64 id = 0;
    QString startedAt;
    QJsonObject params;
};

StoredRun findRun(Project& p, qint64 wanted)
{
    StoredRun r;
    if (p.db().hasTable("analysis_run")) {
        auto st = p.db().prepare("SELECT id, started_at, parameters FROM analysis_run WHERE kind = 'coverage' "
                                 "AND (?1 = 0 OR id = ?1) ORDER BY id DESC LIMIT 1");
        st.bind(1, static_cast<std::int64_t>(wanted));
        if (st.step()) {
            r.id = st.int64(0);
            r.startedAt = st.text(1);
            r.params = QJsonDocument::fromJson(st.text(2).toUtf8()).object();
        }
    }
    if (r.id == 0)
        throw Error(p.path(), wanted ? T("analisis jangkauan nomor %1 tidak ada di proyek", "coverage run %1 is not in the project").arg(wanted)
                                     : T("proyek belum punya analisis jangkauan: jalankan dulu petasehat analyze coverage %1",
                                         "the project has no coverage analysis yet: run petasehat analyze coverage %1 first")
                                           .arg(p.path()));
    return r;
}

QString reachText(double m)
{
    return m >= 1000 ? ps::formatNumber(m / 1000, std::fmod(m, 1000) == 0 ? 0 : 1) + QStringLiteral(" km")
                     : ps::formatNumber(m, 0) + QStringLiteral(" m");
}

// "posyandu 1 km" or, for any primary care, every type of the run with its reach.
QString serviceText(const StoredRun& run, const QString& service)
{
    const QJsonObject reach = run.params.value(QStringLiteral("reach_m")).toObject();
    const QJsonObject used = run.params.value(QStringLiteral("facilities_used")).toObject();
    QStringList parts;
    for (const QJsonValue v : run.params.value(QStringLiteral("types")).toArray()) {
        const QString type = v.toString();
        // "Any" names only the types that had facilities in the run.
        if (service == type || (service == QLatin1String("any") && !used.value(type).toObject().isEmpty())) {
            const auto t = facilityTypeFromName(type);
            parts << (t ? facilityTypeLabel(*t).toLower() : type) + QLatin1Char(' ') + reachText(reach.value(type).toDouble());
        }
    }
    return parts.join(QStringLiteral(", "));
}

QString runLine(const StoredRun& run)
{
    const QString when = QDateTime::fromString(run.startedAt, Qt::ISODate).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    return T("Analisis jangkauan no. %1 (%2): jarak garis lurus di permukaan bumi; sel penduduk dihitung pada desa yang memuat "
             "titik tengahnya dan terjangkau bila titik tengahnya dalam jangkauan.",
             "Coverage run %1 (%2): straight-line ground distance; a population cell counts in the village holding its centre "
             "and is within reach when its centre is.")
        .arg(run.id)
        .arg(when);
}

// Polygons (code, name, WKB) of a run from `sql`, which binds ?1 run, ?2 text, ?3 code prefix.
std::vector<LonLatPolygon> readPolygons(Project& p, const char* sql, qint64 run, const QString& text, const QString& prefix)
{
    auto st = p.db().prepare(sql);
    st.bind(1, static_cast<std::int64_t>(run)).bind(2, text).bind(3, prefix + QLatin1Char('%'));
    std::vector<LonLatPolygon> out;
    while (st.step())
        out.push_back({st.text(0), st.text(1), st.blob(2)});
    return out;
}

} // namespace

BuiltMap MapBuilder::buildCoverage(const MapSpec& spec)
{
    const StoredRun run = findRun(m_project, spec.runId);
    QStringList types;
    for (const QJsonValue v : run.params.value(QStringLiteral("types")).toArray())
        types << v.toString();
    QString service = spec.service;
    if (service.isEmpty())
        service = types.contains(QStringLiteral("posyandu")) ? QStringLiteral("posyandu") : QStringLiteral("any");
    if (service != QLatin1String("any") && !types.contains(service))
        throw Error(m_project.path(), T("analisis no. %1 tidak menghitung jangkauan %2 (yang dihitung: %3)",
                                        "coverage run %1 did not compute %2 (it computed: %3)")
                                          .arg(run.id)
                                          .arg(service, types.join(QStringLiteral(", "))));
    if (!run.params.value(QStringLiteral("area_coverage")).toBool(true))
        throw Error(m_project.path(), T("analisis no. %1 hanya menghitung penduduk (--no-area): tidak ada lapisan luas terjangkau",
                                        "coverage run %1 counted people only (--no-area): it has no covered-area layer")
                                          .arg(run.id));
    const bool any = service == QLatin1String("any");

    BuiltMap built;
    Page& page = built.page;
    const QString crsId = crs(spec.codePrefix);
    auto fs = startMap(spec, built);
    const bool desa = spec.level == AdminLevel::Desa || spec.level == AdminLevel::Kelurahan;

    // People and land within reach, per mapped area and in total, from the run's desa rows.
    QHash<QString, std::pair<double, double>> people;   // area code -> (population, covered)
    double pop = 0, covPop = 0, km2 = 0, covKm2 = 0;
    {
        auto st = m_project.db().prepare("SELECT area_code, population, covered_population, area_km2, covered_km2 FROM coverage_result "
                                         "WHERE run_id = ?1 AND facility_type = ?2 AND level IN ('desa', 'kelurahan') AND area_code LIKE ?3");
        st.bind(1, static_cast<std::int64_t>(run.id)).bind(2, service).bind(3, spec.codePrefix + QLatin1Char('%'));
        while (st.step()) {
            const QString code = st.text(0);
            const QString key = desa ? code : code.left(8);
            auto& v = people[key];
            v.first += st.real(1);
            v.second += st.real(2);
            pop += st.real(1);
            covPop += st.real(2);
            km2 += st.real(3);
            covKm2 += st.real(4);
        }
    }

    MapLayers layers = baseLayers(spec, fs);
    const size_t mi = mainLayerIndex(layers, fs);
    const QColor outside(247, 236, 205), inside(65, 171, 93);
    AreaLayer& main = layers.areas[mi];
    main.fills.assign(fs->size(), outside);
    AreaLayer borders = main;   // drawn again over the covered land, without fills
    borders.fills.clear();
    main.strokeWidthPt = 0;
    borders.stroke = QColor(110, 110, 110);
    if (spec.labels && !desa)
        for (const auto& f : fs->features()) {
            QString text = prettyAreaName(f.name);
            const auto it = people.constFind(f.code);
            if (spec.labelValues && it != people.constEnd() && it->first > 0)
                text += QLatin1Char('\n') + ps::formatNumber(100 * it->second / it->first, 0) + QStringLiteral("%");
            borders.labels.push_back(text);
        }
    AreaLayer covered;
    covered.features = FeatureSet::project(
        readPolygons(m_project,
                     "SELECT area_code, '', AsBinary(geom) FROM coverage_geom WHERE run_id = ?1 AND facility_type = ?2 "
                     "AND covered = 1 AND area_code LIKE ?3",
                     run.id, service, spec.codePrefix),
        crsId);
    covered.fills.assign(covered.features->size(), inside);
    covered.strokeWidthPt = 0;
    layers.areas.insert(layers.areas.begin() + static_cast<long>(mi) + 1, borders);
    layers.areas.insert(layers.areas.begin() + static_cast<long>(mi) + 1, covered);

    MapSpec points = spec;
    if (points.facilityTypes.empty()) {
        for (const QString& t : types)
            if (any || t == service)
                if (const auto ft = facilityTypeFromName(t))
                    points.facilityTypes.push_back(*ft);
    }
    LegendGroup facilityLegend;
    if (auto f = facilityLayer(points, &facilityLegend))
        layers.points.push_back(*f);
    page.panels.push_back({layers, crsId, fs->extent(), {}});

    const QString what = serviceText(run, service);
    LegendGroup legend;
    legend.title = (any ? T("Jangkauan layanan primer", "Reach of primary care") : T("Jangkauan ", "Reach of ") + what);
    legend.items.push_back({T("Dalam jangkauan", "Within reach"), inside, false, -1, std::nullopt, QColor()});
    legend.items.push_back({T("Di luar jangkauan", "Out of reach"), outside, false, -1, std::nullopt, QColor()});
    page.legend.push_back(legend);
    if (!facilityLegend.items.empty())
        page.legend.push_back(facilityLegend);

    const QString where = areaTitle(spec.codePrefix);
    const QLocale loc = ps::numberLocale();
    page.title = !spec.title.isEmpty() ? spec.title
                 : (any ? T("Jangkauan layanan kesehatan primer", "Reach of primary health care")
                        : T("Jangkauan %1", "Reach of %1").arg(facilityTypeLabel(*facilityTypeFromName(service)).toLower())) +
                       (where.isEmpty() ? QString() : QStringLiteral(", ") + where);
    QStringList sub;
    if (!spec.subtitle.isEmpty())
        sub << spec.subtitle;
    else {
        sub << T("Dalam jangkauan (%1): %2 dari %3 penduduk (%4%)", "Within reach (%1): %2 of %3 people (%4%)")
                   .arg(what, loc.toString(covPop, 'f', 0), loc.toString(pop, 'f', 0),
                        ps::formatNumber(pop > 0 ? 100 * covPop / pop : 0, 1));
        sub << T("%1% luas wilayah", "%1% of the land").arg(ps::formatNumber(km2 > 0 ? 100 * covKm2 / km2 : 0, 1));
    }
    page.subtitle = sub.join(QStringLiteral(" · "));
    page.sourceLine = runLine(run) + QLatin1Char(' ') + sourceLine(nullptr, nullptr, crsId);
    if (spec.inset)
        page.inset = inset(spec.codePrefix);
    return built;
}

BuiltMap MapBuilder::buildUnderserved(const MapSpec& spec)
{
    const StoredRun run = findRun(m_project, spec.runId);
    BuiltMap built;
    Page& page = built.page;
    const QString crsId = crs(spec.codePrefix);
    auto fs = startMap(spec, built);
    const bool desa = spec.level == AdminLevel::Desa || spec.level == AdminLevel::Kelurahan;
    const QString levelKey = desa ? QStringLiteral("desa") : QStringLiteral("kecamatan");

    struct Ranked {
        int rank = 0;
        double score = 0;
        bool underserved = false;
    };
    QHash<QString, Ranked> ranked;
    int underservedCount = 0;
    {
        auto st = m_project.db().prepare("SELECT area_code, rank, score, underserved FROM underserved_rank "
                                         "WHERE run_id = ?1 AND level = ?2 AND area_code LIKE ?3");
        st.bind(1, static_cast<std::int64_t>(run.id)).bind(2, levelKey).bind(3, spec.codePrefix + QLatin1Char('%'));
        while (st.step()) {
            ranked.insert(st.text(0), {static_cast<int>(st.int64(1)), st.real(2), st.int64(3) != 0});
            underservedCount += st.int64(3) != 0;
        }
    }
    if (ranked.isEmpty())
        throw Error(m_project.path(), T("analisis no. %1 tidak punya peringkat %2", "coverage run %1 has no %2 ranking")
                                          .arg(run.id)
                                          .arg(levelWord(spec.level)));

    // Scores are means of percentiles (0–100): five equal classes read the same in every run.
    const classify::Classification cls = classify::manual({20, 40, 60, 80});
    const classify::Palette* pal = classify::palette(spec.palette.isEmpty() ? QStringLiteral("YlOrRd") : spec.palette);
    if (!pal)
        throw Error(T("palet tidak dikenal: %1", "unknown palette: %1").arg(spec.palette));
    const std::vector<QColor> colors = classify::classColors(*pal, cls.size());
    std::vector<double> scores(fs->size(), std::nan(""));
    built.featureClass.assign(fs->size(), -1);

    MapLayers layers = baseLayers(spec, fs);
    const size_t mi = mainLayerIndex(layers, fs);
    AreaLayer& main = layers.areas[mi];
    main.fills.resize(fs->size());
    main.hatched.assign(fs->size(), false);
    main.labels.assign(fs->size(), QString());
    main.labelPriority = 2;   // the top of the ranking is named before the kecamatan
    const int labelled = 10;
    for (int i = 0; i < fs->size(); ++i) {
        const ProjectedFeature& f = fs->features()[i];
        const auto it = ranked.constFind(f.code);
        if (it == ranked.constEnd()) {
            main.hatched[i] = true;
            continue;
        }
        scores[i] = it->score;
        const int k = cls.classOf(it->score);
        built.featureClass[i] = k;
        main.fills[i] = colors.at(k);
        if (spec.labels && it->rank <= labelled)
            main.labels[i] = QStringLiteral("%1. %2").arg(it->rank).arg(prettyAreaName(f.name));
    }
    built.classification = cls;
    built.classColors = colors;
    // The underserved set: a heavy outline over the classes.
    const QColor flagColor(60, 20, 90);
    AreaLayer outline;
    outline.features = FeatureSet::project(
        readPolygons(m_project,
                     "SELECT area_code, name, AsBinary(geom) FROM underserved_rank WHERE run_id = ?1 AND level = ?2 "
                     "AND underserved = 1 AND area_code LIKE ?3",
                     run.id, levelKey, spec.codePrefix),
        crsId);
    outline.stroke = flagColor;
    // A flag, not a boundary: drawn on small areas too, or a province map would
    // count 1,874 underserved desa in its legend and show a handful; thinner when
    // there are hundreds, so the classes under them still read.
    outline.strokeWidthPt = desa ? (outline.features->size() > 300 ? 0.6 : 1.4) : 2.2;
    outline.strokeBySize = false;
    layers.areas.push_back(outline);

    LegendGroup facilityLegend;
    if (auto f = facilityLayer(spec, &facilityLegend))
        layers.points.push_back(*f);

    // Proposed new sites, numbered in the order the greedy covering chose them.
    LegendGroup proposals;
    {
        auto st = m_project.db().prepare("SELECT rank, marginal_gain, X(geom), Y(geom), facility_type FROM proposed_site "
                                         "WHERE run_id = ?1 AND (area_code LIKE ?2 OR area_code IS NULL) ORDER BY rank");
        st.bind(1, static_cast<std::int64_t>(run.id)).bind(2, spec.codePrefix + QLatin1Char('%'));
        ps::Transformer t(QStringLiteral("EPSG:4326"), crsId);
        PointLayer sites;
        sites.symbols.push_back({SymbolShape::Diamond, QColor(118, 42, 131), QColor(255, 255, 255), 12});
        double gain = 0;
        QString type;
        while (st.step()) {
            double x = st.real(2), y = st.real(3);
            if (!t.forward(x, y))
                continue;
            sites.points.push_back({QPointF(x, y), 0});
            sites.labels.push_back(QString::number(st.int64(0)));
            gain += st.real(1);
            type = st.text(4);
        }
        if (!sites.points.empty()) {
            const auto ft = facilityTypeFromName(type);
            proposals.title = T("Usulan lokasi baru", "Proposed new sites");
            proposals.items.push_back({T("%1 baru, +%2 jiwa terjangkau", "New %1, +%2 people within reach")
                                           .arg(ft ? facilityTypeLabel(*ft).toLower() : type, ps::numberLocale().toString(gain, 'f', 0)),
                                       QColor(), false, static_cast<int>(sites.points.size()), sites.symbols[0], QColor()});
            layers.points.push_back(std::move(sites));
        }
    }
    page.panels.push_back({layers, crsId, fs->extent(), {}});

    LegendGroup legend;
    legend.title = T("Skor kurang terlayani (0–100)", "Underserved score (0–100)") + QLatin1Char('\n') +
                   T("kelas · jumlah %1", "class · number of %1s").arg(levelWord(spec.level));
    for (const classify::LegendEntry& e : classify::legendEntries(cls, colors, scores, 0, QString()))
        legend.items.push_back({e.label, e.color, e.noData, e.count, std::nullopt, QColor()});
    const QString top = ps::formatNumber(100 * run.params.value(QStringLiteral("underserved_top_share")).toDouble(0.2), 0);
    legend.items.push_back({T("Kurang terlayani", "Underserved"), QColor(), false, underservedCount, std::nullopt, flagColor});
    page.legend.push_back(legend);
    if (!proposals.items.empty())
        page.legend.push_back(proposals);
    if (!facilityLegend.items.empty())
        page.legend.push_back(facilityLegend);

    const QString where = areaTitle(spec.codePrefix);
    page.title = !spec.title.isEmpty() ? spec.title
                                       : (desa ? T("Desa kurang terlayani", "Underserved villages")
                                               : T("Kecamatan kurang terlayani", "Underserved sub-districts")) +
                                             (where.isEmpty() ? QString() : QStringLiteral(", ") + where);
    const QString ranked_service = run.params.value(QStringLiteral("ranked_service")).toString();
    page.subtitle = !spec.subtitle.isEmpty()
                        ? spec.subtitle
                        : T("Skor = rata-rata persentil: penduduk di luar jangkauan (%1), prevalensi stunting terukur, "
                            "jumlah stunting, balita per posyandu · angka = peringkat",
                            "Score = mean percentile of: people out of reach (%1), measured stunting prevalence, stunted "
                            "children, children under five per posyandu · numbers = rank")
                              .arg(serviceText(run, ranked_service.isEmpty() ? QStringLiteral("any") : ranked_service));
    page.sourceLine = runLine(run) +
                      T(" Kurang terlayani: tanpa posyandu, skor %1% teratas, atau separuh penduduk atau lebih di luar jangkauan. "
                        "Stunting: e-PPGBM tahun %2.",
                        " Underserved: no posyandu, score in the top %1%, or half the people or more out of reach. "
                        "Stunting: e-PPGBM %2.")
                          .arg(top)
                          .arg(run.params.value(QStringLiteral("period")).toInt()) +
                      QLatin1Char(' ') + sourceLine(nullptr, nullptr, crsId);
    if (spec.inset)
        page.inset = inset(spec.codePrefix);
    return built;
}

} // namespace ps::render
