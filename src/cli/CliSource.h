#pragma once
// The project argument of info, render, table and analyze: a SpatiaLite
// project file, or "PG:..." (the province's PostGIS database) read through its
// local mirror (pg/PgMirror.h), an ordinary project file kept up to date.
#include <QString>

namespace ps::cli {

bool isPgArgument(const QString& arg);

// The project file to open for `arg`: `arg` itself, or the mirror of the
// database holding the districts under codePrefix, refreshed first (a
// progress bar while a district is copied, one line naming the version).
QString projectFile(const QString& arg, const QString& codePrefix = {});

} // namespace ps::cli
