#pragma once
#include <QString>
#include <vector>

namespace ps::pg {

class Connection;

struct DistrictRole {
    QString district, name, role;   // "16.07", "Banyuasin", "kab1607"
    bool created = false;           // false: the role existed and was (re)granted
};

// The writer role of a district: "kab" and the code's digits ("16.07" -> "kab1607").
QString districtRoleName(const QString& district);

// The kabupaten/kota boundary rows under a province code in the database.
std::vector<DistrictRole> districtsInDatabase(Connection& c, const QString& province);

// Creates (or completes) the roles in one transaction: group roles
// petasehat_viewer (read) and petasehat_writer (write, limited by row-level
// security), the login role `viewer`, and one login role per district mapped
// to its code in petasehat.district_role. Needs the database owner with
// CREATEROLE, never a superuser. Roles get no password here: the DBA sets one
// (\password) or configures pg_hba; clients read it from ~/.pgpass.
struct RolesResult {
    QString viewer;
    bool viewerCreated = false;
    std::vector<DistrictRole> districts;
};
RolesResult ensureRoles(Connection& c, std::vector<DistrictRole> districts, const QString& viewer);

} // namespace ps::pg
