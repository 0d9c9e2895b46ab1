#include "PgPublish.h"
#include "PgConnection.h"
#include "PgSchema.h"
#include "PgTables.h"
#include "core/Catalogue.h"
#include "core/Error.h"
#include "core/Project.h"
#include <QCoreApplication>
#include <QFileInfo>
#include <libpq-fe.h>
#include <functional>
#include <span>
#include <map>
#include <optional>
#include <set>

namespace ps::pg {

static QString tr(const char* s) { return QCoreApplication::translate("pg", s); }

bool PublishResult::changed() const
{
    for (const TableChange& t : tables)
        if (t.inserted || t.updated || t.deleted)
            return true;
    return false;
}

namespace {

bool under(const QString& code, const QString& district)
{
    return code == district || code.startsWith(district + QLatin1Char('.'));
}

QString stageName(const TableSpec& t) { return QStringLiteral("pg_temp.s_%1").arg(QLatin1String(t.table)); }
QString targetName(const TableSpec& t) { return QStringLiteral("petasehat.%1").arg(QLatin1String(t.table)); }

QString keyMatch(const TableSpec& t, const char* a, const char* b)
{
    QStringList parts;
    for (const QString& k : t.keys)
        parts << QStringLiteral("%1.%3 = %2.%3").arg(QLatin1String(a), QLatin1String(b), k);
    return parts.join(QStringLiteral(" AND "));
}

// Stages the project's rows of one table (a temporary table dropped at the
// end of the transaction), then merges them into the shared table.
class TableMerge {
public:
    TableMerge(Connection& c, const TableSpec& spec, const QString& district) : m_c(c), m_spec(spec), m_district(district)
    {
        const QByteArray ddl = QStringLiteral("CREATE TEMP TABLE s_%1 (LIKE %2) ON COMMIT DROP")
                                   .arg(QLatin1String(spec.table), targetName(spec))
                                   .toUtf8();
        m_c.execScript("stage", ddl.constData());
        const QByteArray insert = QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                                      .arg(stageName(spec), spec.columns.join(QStringLiteral(", ")),
                                           spec.values)
                                      .toUtf8();
        m_statement = QByteArray("stage_") + spec.table;
        m_c.prepare("stage", m_statement.constData(), insert.constData(), static_cast<int>(spec.columns.size()) + 1);
        m_change.table = QString::fromLatin1(spec.table);
    }

    // Prepared statements outlive transactions: this one goes with its merge.
    ~TableMerge()
    {
        m_pipeline.reset();
        m_c.discard(m_statement.constData());
    }
    TableMerge(const TableMerge&) = delete;
    TableMerge& operator=(const TableMerge&) = delete;

    void stage(const Params& row)
    {
        if (!m_pipeline)   // started with the first row: other queries may run before it
            m_pipeline.emplace(m_c, "stage", m_statement.constData());
        m_pipeline->send(row);
        ++m_change.staged;
    }

    // Keys another district published are left to it and reported.
    void collectConflicts(std::vector<Conflict>& out)
    {
        if (m_pipeline) {   // every staged row answered before the next query
            m_pipeline->finish();
            m_pipeline.reset();
        }
        // The district's rows just written have no statistics yet (a new
        // district: estimated at one row), and a temporary table has none until
        // analysed: the delete's anti-join below ran as a nested loop over the
        // whole staged table per row, n x m (0.2-1 s for 2,500 facilities). An
        // index on the staged keys keeps every plan of the merge n log m.
        const QByteArray index = QStringLiteral("CREATE INDEX ON %1 (%2); ANALYZE %1")
                                     .arg(stageName(m_spec), m_spec.keys.join(QStringLiteral(", ")))
                                     .toUtf8();
        m_c.execScript("index", index.constData());
        // The owner of each staged key, looked up by the key's index once per
        // staged row: a join let the planner hash the whole shared table, a scan
        // of every district's rows in each publish (300,000 posyandu nationally).
        const QString owner = QStringLiteral("(SELECT o.district FROM %1 o WHERE %2)")
                                  .arg(targetName(m_spec), keyMatch(m_spec, "s", "o"));
        const QByteArray sql = QStringLiteral("SELECT k, theirs FROM (SELECT concat_ws(' ', %1) AS k, s.district AS mine, "
                                              "%2 AS theirs FROM %3 s) x WHERE theirs <> mine ORDER BY 1")
                                   .arg(prefixed("s."), owner, stageName(m_spec))
                                   .toUtf8();
        Result r = m_c.exec("conflicts", sql.constData());
        for (int i = 0; i < r.rows(); ++i)
            out.push_back({m_change.table, r.text(i, 0), r.text(i, 1)});
        const QByteArray drop = QStringLiteral("DELETE FROM %1 s WHERE %2 <> s.district").arg(stageName(m_spec), owner).toUtf8();
        m_c.exec("conflicts", drop.constData());
    }

    TableChange merge()
    {
        QStringList set, mine, theirs;
        for (const QString& col : m_spec.columns) {
            if (m_spec.keys.contains(col))
                continue;
            set << QStringLiteral("%1 = EXCLUDED.%1").arg(col);
            mine << QStringLiteral("t.") + col;
            theirs << QStringLiteral("EXCLUDED.") + col;
        }
        // Only rows that differ are written: a repeated publish changes nothing.
        // A row another district committed after the conflict check (two
        // publishes at once) is never taken over, even by the owner.
        const QString cols = m_spec.columns.join(QStringLiteral(", "));
        const QByteArray upsert =
            QStringLiteral("INSERT INTO %1 AS t (%2) SELECT %2 FROM %3 ON CONFLICT (%4) DO UPDATE SET %5 "
                           "WHERE t.district = EXCLUDED.district AND (%6) IS DISTINCT FROM (%7) RETURNING (xmax = 0)")
                .arg(targetName(m_spec), cols, stageName(m_spec), m_spec.keys.join(QStringLiteral(", ")),
                     set.join(QStringLiteral(", ")), mine.join(QStringLiteral(", ")), theirs.join(QStringLiteral(", ")))
                .toUtf8();
        Result r = m_c.exec("upsert", upsert.constData());
        for (int i = 0; i < r.rows(); ++i)
            ++(r.boolean(i, 0) ? m_change.inserted : m_change.updated);
        const QByteArray remove = QStringLiteral("DELETE FROM %1 t WHERE t.district = $1 AND NOT EXISTS "
                                                 "(SELECT 1 FROM %2 s WHERE %3)")
                                      .arg(targetName(m_spec), stageName(m_spec), keyMatch(m_spec, "s", "t"))
                                      .toUtf8();
        m_change.deleted = m_c.exec("delete", remove.constData(), Params().add(m_district)).affected();
        return m_change;
    }

    void forgetConflicts(qint64 n) { m_change.staged -= n; }

private:
    QString prefixed(const char* p) const
    {
        QStringList out;
        for (const QString& k : m_spec.keys)
            out << QLatin1String(p) + k;
        return out.join(QStringLiteral(", "));
    }

    Connection& m_c;
    const TableSpec& m_spec;
    QString m_district;
    QByteArray m_statement;
    std::optional<Pipeline> m_pipeline;
    TableChange m_change;
};

QString facilityKey(const Facility& f, const QString& district)
{
    return f.code.trimmed().isEmpty() ? QStringLiteral("%1/%2").arg(district).arg(f.id) : f.code.trimmed();
}

// The merge of one table: stage rows, set conflicts aside, merge.
TableChange mergeTable(Connection& c, const TableSpec& spec, const QString& district, std::vector<Conflict>& conflicts,
                       const std::function<void(TableMerge&)>& stageRows)
{
    TableMerge m(c, spec, district);
    stageRows(m);
    const size_t before = conflicts.size();
    m.collectConflicts(conflicts);
    m.forgetConflicts(static_cast<qint64>(conflicts.size() - before));
    return m.merge();
}

QString districtFor(Project& project, Connection& c, const PublishOptions& options)
{
    const QStringList inProject = projectDistricts(project);
    const QString mine = roleDistrict(c);
    QString district = options.district.trimmed();
    if (!district.isEmpty() && !mine.isEmpty() && district != mine)
        c.fail("district", tr("peran %1 hanya boleh menulis kabupaten/kota %2, bukan %3").arg(c.user(), mine, district));
    if (district.isEmpty())
        district = mine;
    if (district.isEmpty() && inProject.size() == 1)
        district = inProject.first();
    if (district.isEmpty())
        throw Error(project.path(), tr("proyek berisi beberapa kabupaten/kota (%1); pilih satu dengan --district")
                                        .arg(inProject.join(QStringLiteral(", "))));
    if (!inProject.contains(district))
        throw Error(project.path(), tr("proyek tidak berisi wilayah kabupaten/kota %1 (yang ada: %2)")
                                        .arg(district, inProject.isEmpty() ? tr("tidak ada") : inProject.join(QStringLiteral(", "))));
    return district;
}

} // namespace

QStringList projectDistricts(Project& project)
{
    // A project's own district has kecamatan or desa; neighbouring kabupaten
    // boundaries kept for context alone do not make it a district's project.
    std::set<QString> withAreas, kabupaten;
    for (const AdminArea& a : project.areas({}, false)) {
        if (a.level == AdminLevel::Kabupaten)
            kabupaten.insert(a.code);
        else if (a.level != AdminLevel::Provinsi && a.code.size() >= 5)
            withAreas.insert(a.code.left(5));
    }
    const std::set<QString>& codes = withAreas.empty() ? kabupaten : withAreas;
    return QStringList(codes.begin(), codes.end());
}

QString roleDistrict(Connection& c)
{
    Result r = c.exec("role", "SELECT petasehat.my_district()");
    return r.text(0, 0);
}

namespace {

// Everything of a publish inside its transaction, up to (not including) the COMMIT.
PublishResult stageAndMerge(Project& project, Connection& c, const QString& district)
{
    PublishResult result;
    result.district = district;
    const bool onlyDistrict = projectDistricts(project).size() == 1;
    Database& db = project.db();

    c.exec("lock", "SELECT pg_advisory_xact_lock_shared(hashtext('petasehat.schema'))");
    c.exec("lock", "SELECT pg_advisory_xact_lock(hashtext('petasehat.district.' || $1))", Params().add(district));
    auto& conflicts = result.conflicts;

    result.tables.push_back(mergeTable(c, kArea, district, conflicts, [&](TableMerge& m) {
        for (const AdminArea& a : project.areas({}, true, district))
            if (a.level != AdminLevel::Provinsi)
                m.stage(Params().add(a.code).add(district).add(levelName(a.level)).add(a.name)
                            .add(a.parentCode.isEmpty() ? QString() : a.parentCode).add(a.areaKm2).addBinary(a.wkb));
    }));

    std::map<qint64, QString> keyOf;   // facility id in the project -> published key
    result.tables.push_back(mergeTable(c, kFacility, district, conflicts, [&](TableMerge& m) {
        std::set<QString> seen;
        for (const Facility& f : project.facilities()) {
            const bool mineByCode = under(f.desaCode, district) || under(f.kecamatanCode, district);
            const bool placeless = f.desaCode.isEmpty() && f.kecamatanCode.isEmpty();
            if (!mineByCode && !(placeless && onlyDistrict))
                continue;
            const QString key = facilityKey(f, district);
            if (!seen.insert(key).second) {   // one code twice in the project: the first one is published
                conflicts.push_back({QStringLiteral("facility"), key, district});
                continue;
            }
            keyOf[f.id] = key;
            auto opt = [](const QString& s) { return s.isEmpty() ? QString() : s; };
            m.stage(Params().add(key).add(opt(f.code.trimmed())).add(district).add(facilityTypeName(f.type)).add(opt(f.name))
                        .add(under(f.desaCode, district) ? f.desaCode : QString())
                        .add(under(f.kecamatanCode, district) ? f.kecamatanCode : QString())
                        .add(f.status).add(opt(f.method)).add(f.uncertaintyM).add(f.matchScore).add(opt(f.note))
                        .add(opt(QFileInfo(f.sourceFile).fileName()))
                        .add(f.sourceRow >= 0 ? QString::number(f.sourceRow) : QString())
                        .add(opt(f.updatedBy)).add(opt(f.updatedAt)).add(f.lon).add(f.lat));
        }
    }));

    // Edits of a facility another district owns stay with that district's facility.
    result.tables.push_back(mergeTable(c, kFacilityEdit, district, conflicts, [&](TableMerge& m) {
        if (!db.hasTable("facility_edit"))
            return;
        Result owned = c.exec("facility keys", "SELECT key FROM pg_temp.s_facility");
        std::set<QString> staged;
        for (int i = 0; i < owned.rows(); ++i)
            staged.insert(owned.text(i, 0));
        auto st = db.prepare("SELECT id, facility_id, edited_by, edited_at, action, before, after FROM facility_edit ORDER BY id");
        while (st.step()) {
            auto it = keyOf.find(st.int64(1));
            if (it == keyOf.end() || !staged.count(it->second))
                continue;
            m.stage(Params().add(it->second).add(static_cast<qint64>(st.int64(0))).add(district).add(st.text(2))
                        .add(st.text(3)).add(st.text(4)).add(st.text(5)).add(st.text(6)));
        }
    }));

    result.tables.push_back(mergeTable(c, kIndicatorValue, district, conflicts, [&](TableMerge& m) {
        auto st = db.prepare("SELECT area_code, period, indicator, numerator, denominator, value FROM indicator_value "
                             "WHERE area_code = ?1 OR area_code LIKE ?1 || '.%' ORDER BY 1, 2, 3");
        st.bind(1, district);
        while (st.step())
            m.stage(Params().add(st.text(0)).add(static_cast<qint64>(st.int64(1))).add(st.text(2)).add(district)
                        .add(st.optReal(3)).add(st.optReal(4)).add(st.optReal(5)));
    }));

    result.tables.push_back(mergeTable(c, kUnitValue, district, conflicts, [&](TableMerge& m) {
        if (!db.hasTable("unit_value"))
            return;
        auto st = db.prepare("SELECT unit, period, indicator, unit_type, unit_name, numerator, denominator, area_code, "
                             "mapped_by FROM unit_value ORDER BY 1, 2, 3");
        while (st.step()) {
            const QString area = st.text(7);
            if (!(under(area, district) || (area.isEmpty() && onlyDistrict)))
                continue;
            m.stage(Params().add(district).add(st.text(0)).add(static_cast<qint64>(st.int64(1))).add(st.text(2))
                        .add(st.text(3)).add(st.text(4)).add(st.optReal(5)).add(st.optReal(6))
                        .add(area.isEmpty() ? QString() : area).add(st.text(8)));
        }
    }));

    result.tables.push_back(mergeTable(c, kSetting, district, conflicts, [&](TableMerge& m) {
        auto st = db.prepare("SELECT key, value FROM setting ORDER BY key");
        while (st.step())
            m.stage(Params().add(district).add(st.text(0)).add(st.text(1)));
    }));

    // The district's own indicators (not in the standard catalogue): their names and units for the province.
    result.tables.push_back(mergeTable(c, kIndicatorDef, district, conflicts, [&](TableMerge& m) {
        auto st = db.prepare("SELECT code, name_id, name_en, numerator, denominator, unit, scale, higher_is_worse, target, "
                             "kind, thresholds, measure FROM indicator_def ORDER BY code");
        while (st.step()) {
            if (Catalogue::standard().indicator(st.text(0)))
                continue;
            m.stage(Params().add(district).add(st.text(0)).add(st.text(1)).add(st.text(2)).add(st.text(3)).add(st.text(4))
                        .add(st.text(5)).add(st.optReal(6)).add(static_cast<qint64>(st.int64(7))).add(st.optReal(8))
                        .add(st.text(9)).add(st.text(10)).add(st.text(11)));
        }
    }));

    // Analysis runs made for the district (or for the whole of a one-district project).
    std::vector<qint64> runs;
    if (db.hasTable("analysis_run")) {
        auto st = db.prepare("SELECT id, coalesce(code_prefix, '') FROM analysis_run ORDER BY id");
        while (st.step())
            if (under(st.text(1), district) || (st.text(1).isEmpty() && onlyDistrict))
                runs.push_back(st.int64(0));
    }
    int analysisCount = 0;
    const AnalysisTable* analysis = analysisTables(&analysisCount);
    for (const AnalysisTable& t : std::span(analysis, static_cast<size_t>(analysisCount))) {
        result.tables.push_back(mergeTable(c, t.spec, district, conflicts, [&](TableMerge& m) {
            if (!db.hasTable(t.spec.table))
                return;
            auto st = db.prepare(t.select);
            for (qint64 run : runs) {
                st.reset();
                st.bind(1, static_cast<std::int64_t>(run));
                while (st.step())
                    m.stage(analysisRow(st, district, t.kinds));
            }
        }));
    }

    if (result.changed()) {
        QStringList parts;
        for (const TableChange& t : result.tables)
            parts << QStringLiteral("%1 +%2 ~%3 -%4").arg(t.table).arg(t.inserted).arg(t.updated).arg(t.deleted);
        Result r = c.exec("publication",
                          "INSERT INTO petasehat.publication(district, project_file, summary) VALUES ($1, $2, $3) "
                          "RETURNING id",
                          Params().add(district).add(QFileInfo(project.path()).fileName()).add(parts.join(QStringLiteral("; "))));
        result.publicationId = r.int64(0, 0);
    }
    return result;
}

} // namespace

PublishResult publish(Project& project, Connection& c, const PublishOptions& options)
{
    requireCurrentSchema(c);
    const QString district = districtFor(project, c, options);
    Transaction tx(c);
    PublishResult result;
    try {
        result = stageAndMerge(project, c, district);
    } catch (const Error& e) {
        // Not committed: the server rolls the transaction back, also when the
        // connection dropped or this process dies (tests/pg: interrupted publish).
        throw Error(e.file(), e.message() + tr("; penerbitan dibatalkan, basis data tetap seperti sebelumnya"), e.row(), e.column());
    }
    if (options.dryRun)
        return result;
    try {
        tx.commit();
    } catch (const Error& e) {
        // A connection lost during COMMIT leaves the outcome unknown to us; a repeat is safe either way.
        if (PQstatus(c.handle()) != CONNECTION_OK)
            throw Error(e.file(), e.message() + tr("; koneksi putus saat COMMIT, tidak diketahui apakah tersimpan: "
                                                   "jalankan publish lagi (aman diulang)"), e.row(), e.column());
        throw Error(e.file(), e.message() + tr("; penerbitan dibatalkan, basis data tetap seperti sebelumnya"), e.row(), e.column());
    }
    return result;
}

} // namespace ps::pg
