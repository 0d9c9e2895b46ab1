#pragma once
#include <QString>

namespace ps::pg {

class Connection;

// The PostGIS schema `petasehat`, versioned in petasehat.schema_version (one
// row per applied migration), like the SpatiaLite project's migrations.
// Every district-owned table has a `district` column (the kabupaten/kota
// code, "16.07") that row-level security compares with the writing role.
constexpr int kPgSchemaVersion = 3;

// The applied version; 0 when the schema does not exist yet.
int pgSchemaVersion(Connection& c);

// Creates or migrates the schema (needs the database owner or a role with
// CREATE on the database; PostGIS must be installed, see README). Returns
// the migrations applied, for people.
// `target` below the current version is for migration tests.
QStringList migratePg(Connection& c, int target = kPgSchemaVersion);

// Throws with a way out when the database is not at kPgSchemaVersion.
void requireCurrentSchema(Connection& c);

// Grants the group roles petasehat_viewer (read) and petasehat_writer (write the
// district tables; row-level security narrows it to a district). Idempotent.
void grantToGroups(Connection& c);

// The tables a district writes.
const char* const* districtTables(int* count);

} // namespace ps::pg
