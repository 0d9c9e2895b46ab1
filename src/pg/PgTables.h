#pragma once
// The district tables as publish copies them: key, columns, and how a staged
// row's values become column values ($n are query parameters).
#include "PgConnection.h"
#include <QStringList>
#include <optional>

namespace ps {
class Statement;
}

namespace ps::pg {

// A district table as publish sees it: its key, its columns (in staging
// order) and the VALUES of one staged row ($n are parameters).
struct TableSpec {
    const char* table;
    QStringList keys;
    QStringList columns;
    QString values;
};

extern const TableSpec kArea, kFacility, kFacilityEdit, kIndicatorValue, kUnitValue, kSetting, kIndicatorDef;

// Analysis runs and their layers, copied column by column from the project
// (the same names there): `select` reads one run's rows (?1 = run id), `kinds`
// says how each column travels: t text, i integer, r real, m multipolygon WKB,
// p point WKB.
struct AnalysisTable {
    TableSpec spec;
    QString select;
    const char* kinds;
};

const AnalysisTable* analysisTables(int* count);

// One row of an analysis table of the project, read by AnalysisTable::select.
// runId, when given, replaces the row's run id (the first column of every table).
Params analysisRow(Statement& st, const QString& district, const char* kinds, std::optional<qint64> runId = {});

} // namespace ps::pg
