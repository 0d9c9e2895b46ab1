#pragma once
// Projects for the PostGIS tests, built with the real CLI (`petasehat demo`).
#include "CliRun.h"
#include <QString>

namespace ps::pg {
class Connection;
}

namespace pstest {

CliRun petasehat(const QStringList& args);

// `petasehat demo DIR`: the demo district 99.01; returns DIR/demo.sqlite.
QString demoProject(const QString& dir);

// A copy of the demo project as district 99.02 (every code under 99.01 moved
// to 99.02, facility codes prefixed with "B"), except the facility code
// `keepCode`, left as it is (a code district 99.01 publishes too).
QString secondDistrict(const QString& demo, const QString& path, const QString& keepCode = {});

// Runs SQL on a project file (SpatiaLite loaded), for edits a user would make.
void editProject(const QString& path, const char* sql);

// Every row of the petasehat schema as one text, to compare before and after.
QString databaseDigest(ps::pg::Connection& c);

} // namespace pstest
