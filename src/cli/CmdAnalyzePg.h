#pragma once
// `petasehat analyze coverage PG:...`: the analysis runs on the district's
// local mirror and its run is stored back in PostGIS (CmdAnalyzePg.cpp, built
// with libpq).
#include <QString>
#include <map>

namespace ps {
class Project;
}

namespace ps::cli {

struct PgAnalysisTarget {
    QString conninfo;            // "PG:..."
    QString district;            // the district written (the role's)
    QString mirrorPath;          // its local mirror, current
    std::map<QString, QString> savedSettings;   // the mirror's raster settings before --population
};

// Chooses the district (the role's; --area must lie in it), brings its mirror
// up to date and makes sure a population raster is there: the district's
// stored path when the file exists on this machine, else `population`.
// `codePrefix` is set to the district when empty.
PgAnalysisTarget preparePgAnalysis(const QString& arg, QString& codePrefix, const QString& population);

// Writes the run to PostGIS, then gives the mirror back its own settings and
// refreshes it (the run comes back under its PostGIS number). Returns that number.
qint64 storePgAnalysis(const PgAnalysisTarget& target, Project& mirror, qint64 localRunId);

} // namespace ps::cli
