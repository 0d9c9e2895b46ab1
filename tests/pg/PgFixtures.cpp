#include "PgFixtures.h"
#include "core/Project.h"
#include "pg/PgConnection.h"
#include "pg/PgSchema.h"
#include <QFile>

namespace pstest {

CliRun petasehat(const QStringList& args) { return runProgram(QStringLiteral(PETASEHAT_CLI), args); }

QString demoProject(const QString& dir)
{
    const CliRun r = petasehat({QStringLiteral("demo"), dir});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    return dir + QStringLiteral("/demo.sqlite");
}

void editProject(const QString& path, const char* sql)
{
    auto project = ps::Project::open(path);
    ps::Transaction tx(project->db());
    project->db().exec(sql);
    tx.commit();
}

QString secondDistrict(const QString& demo, const QString& path, const QString& keepCode)
{
    EXPECT_TRUE(QFile::copy(demo, path));
    auto project = ps::Project::open(path);
    ps::Transaction tx(project->db());
    ps::Database& db = project->db();
    db.exec("DELETE FROM admin_area WHERE code = '99.02'");   // the neighbour kept for context becomes us
    db.exec("UPDATE admin_area SET code = '99.02' || substr(code, 6), "
            "parent_code = CASE WHEN parent_code LIKE '99.01%' THEN '99.02' || substr(parent_code, 6) ELSE parent_code END "
            "WHERE code LIKE '99.01%'");
    db.exec("UPDATE facility SET desa_code = '99.02' || substr(desa_code, 6), "
            "kecamatan_code = '99.02' || substr(kecamatan_code, 6)");
    auto codes = db.prepare("UPDATE facility SET code = 'B' || code WHERE code <> ?1");
    codes.bind(1, keepCode.isEmpty() ? QStringLiteral("-") : keepCode);
    codes.run();
    db.exec("UPDATE indicator_value SET area_code = '99.02' || substr(area_code, 6)");
    tx.commit();
    return path;
}

QString databaseDigest(ps::pg::Connection& c)
{
    QString out;
    int n = 0;
    const char* const* tables = ps::pg::districtTables(&n);
    for (int i = 0; i < n; ++i) {
        const QByteArray sql = QStringLiteral("SELECT count(*), md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) "
                                              "FROM petasehat.%1 x")
                                   .arg(QLatin1String(tables[i]))
                                   .toUtf8();
        ps::pg::Result r = c.exec("digest", sql.constData());
        out += QStringLiteral("%1 %2 %3\n").arg(QLatin1String(tables[i]), r.text(0, 0), r.text(0, 1));
    }
    return out;
}

} // namespace pstest
