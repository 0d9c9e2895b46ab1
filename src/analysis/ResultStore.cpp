#include "ResultStore.h"
#include "core/Project.h"
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace ps::analysis {

static QString json(const QJsonObject& o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

static void storeRanking(Database& db, qint64 runId, const std::vector<RankRow>& rows, const QString& level)
{
    // The map layer carries the area's own polygon, copied inside SQLite.
    auto st = db.prepare(
        "INSERT INTO underserved_rank(run_id, area_code, level, name, rank, score, underserved, reason, population, "
        "uncovered_population, stunting_prevalence, stunting_count, stunting_source, balita, posyandu_count, "
        "balita_per_posyandu, part_uncovered, part_prevalence, part_count, part_balita_per_posyandu, geom) VALUES "
        "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, "
        "(SELECT geom FROM admin_area WHERE code = ?2))");
    // The copied polygons are admin_area's (MULTIPOLYGON, 4326): the column's type and SRID.
    BulkSpatialInsert bulk(db, QStringLiteral("underserved_rank"));
    for (const RankRow& r : rows) {
        st.reset();
        st.bind(1, static_cast<std::int64_t>(runId)).bind(2, r.in.code).bind(3, level).bind(4, r.in.name);
        st.bind(5, r.rank).bind(6, r.score).bind(7, r.underserved ? 1 : 0).bind(8, r.reason);
        st.bind(9, r.in.population).bind(10, r.in.uncoveredPopulation).bind(11, r.in.stuntingPrevalence);
        st.bind(12, r.in.stuntingCount).bind(13, r.in.stuntingSource).bind(14, r.in.balita).bind(15, r.in.posyandu);
        st.bind(16, r.balitaPerPosyandu).bind(17, r.partUncovered).bind(18, r.partPrevalence).bind(19, r.partCount);
        st.bind(20, r.partBalitaPerPosyandu);
        st.run();
    }
    bulk.finish();
}

qint64 storeCoverageRun(Project& project, const CoverageResult& result, const QString& startedAt, bool withGeometry)
{
    Database& db = project.db();
    Transaction tx(db);
    QJsonObject summary;
    for (const AreaCoverageRow* r : result.totals())
        summary.insert(r->type, QJsonObject{{QStringLiteral("area"), r->code},
                                            {QStringLiteral("population"), r->population},
                                            {QStringLiteral("covered_population"), r->coveredPopulation},
                                            {QStringLiteral("area_km2"), r->areaKm2},
                                            {QStringLiteral("covered_km2"), r->coveredKm2}});
    QJsonObject secs;
    for (const auto& [stage, s] : result.seconds)
        secs.insert(stage, s);
    summary.insert(QStringLiteral("seconds"), secs);
    summary.insert(QStringLiteral("population_outside_areas"), result.populationOutsideAreas);
    summary.insert(QStringLiteral("area_failures"), result.areaFailures);
    {
        auto st = db.prepare("INSERT INTO analysis_run(kind, code_prefix, parameters, started_at, finished_at, summary) "
                             "VALUES ('coverage', ?1, ?2, ?3, ?4, ?5)");
        st.bind(1, result.parameters.value(QStringLiteral("code_prefix")).toString()).bind(2, json(result.parameters));
        st.bind(3, startedAt).bind(4, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)).bind(5, json(summary));
        st.run();
    }
    const qint64 runId = db.lastInsertId();
    {
        auto st = db.prepare(
            "INSERT INTO coverage_result(run_id, area_code, level, facility_type, reach_m, area_km2, covered_km2, population, "
            "covered_population, mean_distance_m, beyond_reach_population, facility_count) VALUES "
            "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
        for (const AreaCoverageRow& r : result.rows) {
            st.reset();
            st.bind(1, static_cast<std::int64_t>(runId)).bind(2, r.code).bind(3, levelName(r.level)).bind(4, r.type);
            st.bind(5, r.reachM).bind(6, r.areaKm2).bind(7, r.coveredKm2).bind(8, r.population);
            st.bind(9, r.coveredPopulation).bind(10, r.meanDistanceM()).bind(11, r.beyondReach()).bind(12, r.facilities);
            st.run();
        }
    }
    if (withGeometry) {
        auto st = db.prepare("INSERT INTO coverage_geom(run_id, facility_type, area_code, covered, geom) VALUES "
                             "(?1, ?2, ?3, 1, CastToMultiPolygon(GeomFromWKB(?4, 4326)))");
        BulkSpatialInsert bulk(db, QStringLiteral("coverage_geom"));   // MULTIPOLYGON 4326 by the cast above
        for (const auto& [key, wkb] : result.coveredWkbByDesaAndType) {
            const qsizetype bar = key.indexOf(QLatin1Char('|'));
            st.reset();
            st.bind(1, static_cast<std::int64_t>(runId)).bind(2, key.mid(bar + 1)).bind(3, key.left(bar)).bindBlob(4, wkb);
            st.run();
        }
        bulk.finish();
    }
    storeRanking(db, runId, result.desaRanking, QStringLiteral("desa"));
    storeRanking(db, runId, result.kecamatanRanking, QStringLiteral("kecamatan"));
    {
        auto st = db.prepare("INSERT INTO proposed_site(run_id, facility_type, rank, marginal_gain, cumulative_gain, area_code, geom) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, MakePoint(?7, ?8, 4326))");
        const QString type = result.parameters.value(QStringLiteral("propose_type")).toString();
        for (const ProposedSiteRow& s : result.proposed) {
            st.reset();
            st.bind(1, static_cast<std::int64_t>(runId)).bind(2, type).bind(3, s.rank).bind(4, s.marginalGain);
            st.bind(5, s.cumulativeGain).bind(6, s.areaCode).bind(7, s.lon).bind(8, s.lat);
            st.run();
        }
    }
    {
        auto st = db.prepare("INSERT INTO catchment(run_id, facility_id, facility_code, facility_type, population, balita, geom) "
                             "VALUES (?1, ?2, ?3, 'puskesmas', ?4, ?5, CastToMultiPolygon(GeomFromWKB(?6, 4326)))");
        for (const CatchmentRow& c : result.catchments) {
            st.reset();
            st.bind(1, static_cast<std::int64_t>(runId));
            if (c.facilityId > 0)
                st.bind(2, static_cast<std::int64_t>(c.facilityId));
            else
                st.bindNull(2);
            st.bind(3, c.facilityCode).bind(4, c.population).bind(5, c.balita).bindBlob(6, c.wkb);
            st.run();
        }
    }
    tx.commit();
    return runId;
}

std::optional<RunInfo> latestRun(Project& project, const QString& kind)
{
    auto st = project.db().prepare("SELECT id, kind, code_prefix, started_at, finished_at, parameters, summary "
                                   "FROM analysis_run WHERE kind = ?1 ORDER BY id DESC LIMIT 1");
    st.bind(1, kind);
    if (!st.step())
        return std::nullopt;
    RunInfo r;
    r.id = st.int64(0);
    r.kind = st.text(1);
    r.codePrefix = st.text(2);
    r.startedAt = st.text(3);
    r.finishedAt = st.text(4);
    r.parameters = QJsonDocument::fromJson(st.text(5).toUtf8()).object();
    r.summary = QJsonDocument::fromJson(st.text(6).toUtf8()).object();
    return r;
}

std::vector<AreaCoverageRow> storedCoverage(Project& project, qint64 runId, std::optional<AdminLevel> level, const QString& type)
{
    QString sql = QStringLiteral(
        "SELECT c.area_code, a.name, c.level, c.facility_type, c.reach_m, c.area_km2, c.covered_km2, c.population, "
        "c.covered_population, c.mean_distance_m, c.facility_count FROM coverage_result c "
        "LEFT JOIN admin_area a ON a.code = c.area_code WHERE c.run_id = ?1");
    if (level)
        sql += QStringLiteral(" AND c.level = ?2");
    if (!type.isEmpty())
        sql += QStringLiteral(" AND c.facility_type = ?3");
    sql += QStringLiteral(" ORDER BY c.facility_type, c.area_code");
    auto st = project.db().prepare(sql);
    st.bind(1, static_cast<std::int64_t>(runId));
    if (level)
        st.bind(2, levelName(*level));
    if (!type.isEmpty())
        st.bind(3, type);
    std::vector<AreaCoverageRow> out;
    while (st.step()) {
        AreaCoverageRow r;
        r.code = st.text(0);
        r.name = st.text(1);
        r.level = levelFromName(st.text(2)).value_or(AdminLevel::Desa);
        r.type = st.text(3);
        r.reachM = st.real(4);
        r.areaKm2 = st.real(5);
        r.coveredKm2 = st.real(6);
        r.population = st.real(7);
        r.coveredPopulation = st.real(8);
        if (!st.isNull(9)) {
            r.distancePopulation = r.population;
            r.distanceSum = st.real(9) * r.population;
        }
        r.facilities = static_cast<int>(st.int64(10));
        out.push_back(r);
    }
    return out;
}

} // namespace ps::analysis
