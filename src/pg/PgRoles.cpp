#include "PgRoles.h"
#include "PgConnection.h"
#include "PgSchema.h"
#include <QByteArray>
#include <QStringList>

namespace ps::pg {

QString districtRoleName(const QString& district)
{
    QString digits = district;
    digits.remove(QLatin1Char('.'));
    return QStringLiteral("kab") + digits;
}

std::vector<DistrictRole> districtsInDatabase(Connection& c, const QString& province)
{
    Result r = c.exec("kabupaten", "SELECT code, name FROM petasehat.area WHERE level = 'kabupaten' AND "
                                   "left(code, length($1) + 1) = $1 || '.' ORDER BY code",
                      Params().add(province));
    std::vector<DistrictRole> out;
    for (int i = 0; i < r.rows(); ++i)
        out.push_back({r.text(i, 0), r.text(i, 1), districtRoleName(r.text(i, 0))});
    return out;
}

static bool roleExists(Connection& c, const QString& role)
{
    return c.exec("role", "SELECT 1 FROM pg_roles WHERE rolname = $1", Params().add(role)).rows() > 0;
}

// CREATE ROLE takes no parameters: the name is quoted by libpq.
static bool createRole(Connection& c, const QString& role, const char* options)
{
    if (roleExists(c, role))
        return false;
    const QByteArray sql = QStringLiteral("CREATE ROLE %1 %2").arg(c.quoteIdentifier(role), QLatin1String(options)).toUtf8();
    c.execScript("CREATE ROLE", sql.constData());
    return true;
}

static void grantMembership(Connection& c, const char* group, const QString& role)
{
    const QByteArray sql = QStringLiteral("GRANT %1 TO %2").arg(QLatin1String(group), c.quoteIdentifier(role)).toUtf8();
    c.execScript("GRANT", sql.constData());
}

RolesResult ensureRoles(Connection& c, std::vector<DistrictRole> districts, const QString& viewer)
{
    if (pgSchemaVersion(c) == 0)   // an older schema is fine: `pg init` grants its new tables later
        requireCurrentSchema(c);
    RolesResult out;
    Transaction tx(c);
    createRole(c, QStringLiteral("petasehat_viewer"), "NOLOGIN");
    createRole(c, QStringLiteral("petasehat_writer"), "NOLOGIN");
    grantToGroups(c);
    out.viewer = viewer;
    out.viewerCreated = createRole(c, viewer, "LOGIN");
    grantMembership(c, "petasehat_viewer", viewer);
    for (DistrictRole& d : districts) {
        d.role = districtRoleName(d.district);
        d.created = createRole(c, d.role, "LOGIN");
        grantMembership(c, "petasehat_writer", d.role);
        c.exec("district role",
               "INSERT INTO petasehat.district_role(role_name, district) VALUES ($1, $2) "
               "ON CONFLICT (role_name) DO UPDATE SET district = EXCLUDED.district",
               Params().add(d.role).add(d.district));
        out.districts.push_back(d);
    }
    tx.commit();
    return out;
}

} // namespace ps::pg
