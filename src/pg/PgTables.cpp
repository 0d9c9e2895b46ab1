#include "PgTables.h"
#include "core/Sqlite.h"
#include <iterator>
#include <stdexcept>

namespace ps::pg {

const TableSpec kArea{"area",
                      {"code"},
                      {"code", "district", "level", "name", "parent_code", "area_km2", "geom"},
                      "($1, $2, $3, $4, $5, $6, ST_Multi(ST_GeomFromWKB($7::bytea, 4326)))"};
const TableSpec kFacility{
    "facility",
    {"key"},
    {"key", "code", "district", "type", "name", "desa_code", "kecamatan_code", "status", "method", "uncertainty_m",
     "match_score", "note", "source_file", "source_row", "updated_by", "updated_at", "geom"},
    "($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, "
    "CASE WHEN $17::float8 IS NULL OR $18::float8 IS NULL THEN NULL "
    "ELSE ST_SetSRID(ST_MakePoint($17::float8, $18::float8), 4326) END)"};
const TableSpec kFacilityEdit{
    "facility_edit",
    {"facility_key", "seq"},
    {"facility_key", "seq", "district", "edited_by", "edited_at", "action", "before", "after"},
    "($1, $2, $3, $4, $5, $6, $7, $8)"};
const TableSpec kIndicatorValue{"indicator_value",
                                {"area_code", "period", "indicator"},
                                {"area_code", "period", "indicator", "district", "numerator", "denominator", "value"},
                                "($1, $2, $3, $4, $5, $6, $7)"};
const TableSpec kUnitValue{"unit_value",
                           {"district", "unit", "period", "indicator"},
                           {"district", "unit", "period", "indicator", "unit_type", "unit_name", "numerator",
                            "denominator", "area_code", "mapped_by"},
                           "($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"};
const TableSpec kSetting{"setting", {"district", "key"}, {"district", "key", "value"}, "($1, $2, $3)"};
const TableSpec kIndicatorDef{"indicator_def",
                              {"district", "code"},
                              {"district", "code", "name_id", "name_en", "numerator", "denominator", "unit", "scale",
                               "higher_is_worse", "target", "kind", "thresholds", "measure"},
                              "($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)"};



namespace {

TableSpec analysisSpec(const char* table, const QStringList& keys, const QStringList& columns, const char* kinds)
{
    QStringList values{QStringLiteral("$1")};   // district
    for (int i = 0; kinds[i]; ++i) {
        const int n = i + 2;
        if (kinds[i] == 'm')
            values << QStringLiteral("ST_Multi(ST_GeomFromWKB($%1::bytea, 4326))").arg(n);
        else if (kinds[i] == 'p')
            values << QStringLiteral("ST_GeomFromWKB($%1::bytea, 4326)").arg(n);
        else
            values << QStringLiteral("$%1").arg(n);
    }
    return {table, keys, QStringList{QStringLiteral("district")} + columns,
            QStringLiteral("(") + values.join(QStringLiteral(", ")) + QStringLiteral(")")};
}

AnalysisTable analysisTable(const char* table, const QStringList& keys, const QStringList& columns, const char* kinds)
{
    if (columns.size() != static_cast<qsizetype>(qstrlen(kinds)))   // a programming slip, found at start-up
        throw std::logic_error(table);
    // The same columns in the project; analysis_run calls its run_id `id`.
    const bool run = qstrcmp(table, "analysis_run") == 0;
    QStringList select;
    for (int i = 0; i < columns.size(); ++i)
        select << (kinds[i] == 'm' || kinds[i] == 'p' ? QStringLiteral("AsBinary(%1)").arg(columns[i])
                   : run && columns[i] == QLatin1String("run_id") ? QStringLiteral("id")
                                                                 : columns[i]);
    const QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?1")
                            .arg(select.join(QStringLiteral(", ")), QLatin1String(table),
                                 run ? QStringLiteral("id") : QStringLiteral("run_id"));
    return {analysisSpec(table, keys, columns, kinds), sql, kinds};
}

QStringList words(const char* text) { return QString::fromLatin1(text).split(QLatin1Char(' ')); }

const AnalysisTable kAnalysisTables[] = {
    analysisTable("analysis_run", words("district run_id"),
                  words("run_id kind code_prefix parameters started_at finished_at summary"),
                  "itttttt"),
    analysisTable("coverage_result", words("district run_id area_code facility_type"),
                  words("run_id area_code level facility_type reach_m area_km2 covered_km2 population covered_population "
                        "mean_distance_m beyond_reach_population facility_count"),
                  "itttrrrrrrri"),
    analysisTable("coverage_geom", words("district run_id id"),
                  words("run_id id facility_type area_code covered geom"),
                  "iittim"),
    analysisTable("underserved_rank", words("district run_id id"),
                  words("run_id id area_code level name rank score underserved reason population uncovered_population "
                        "stunting_prevalence stunting_count stunting_source balita posyandu_count balita_per_posyandu "
                        "part_uncovered part_prevalence part_count part_balita_per_posyandu geom"),
                  "iitttiritrrrrtrirrrrrm"),
    analysisTable("proposed_site", words("district run_id id"),
                  words("run_id id facility_type rank marginal_gain cumulative_gain area_code geom"),
                  "iitirrtp"),
    analysisTable("catchment", words("district run_id id"),
                  words("run_id id facility_id facility_code facility_type population balita geom"),
                  "iiittrrm"),
};

} // namespace

const AnalysisTable* analysisTables(int* count)
{
    *count = static_cast<int>(std::size(kAnalysisTables));
    return kAnalysisTables;
}

// One row of the project as parameters, column by column as `kinds` says.
Params analysisRow(Statement& st, const QString& district, const char* kinds, std::optional<qint64> runId)
{
    Params row;
    row.add(district);
    for (int i = 0; kinds[i]; ++i) {
        if (i == 0 && runId)
            row.add(*runId);
        else if (st.isNull(i))
            row.addNull();
        else if (kinds[i] == 'i')
            row.add(static_cast<qint64>(st.int64(i)));
        else if (kinds[i] == 'r')
            row.add(st.real(i));
        else if (kinds[i] == 'm' || kinds[i] == 'p')
            row.addBinary(st.blob(i));
        else
            row.add(st.text(i));
    }
    return row;
}

} // namespace ps::pg
