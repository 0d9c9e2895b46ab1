// `petasehat pg init|roles PG:...` (the province's PostGIS database: schema,
// roles) and `petasehat info PG:...` (what it holds per district).
#include "CliUtil.h"
#include "Command.h"
#include "core/Error.h"
#include "core/Locale.h"
#include "core/Project.h"
#include "pg/PgConnection.h"
#include "pg/PgInfo.h"
#include "pg/PgPublish.h"
#include "pg/PgRoles.h"
#include "pg/PgSchema.h"
#include <QCoreApplication>

namespace ps::cli {

static QString tr(const char* s) { return QCoreApplication::translate("cli", s); }

static QString pgArgument(const QString& arg)
{
    if (!pg::isPgConnection(arg))
        throw Error(arg, tr("harus koneksi PostgreSQL yang diawali \"PG:\""));
    return arg;
}

static int pgInit(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Membuat atau memperbarui skema petasehat di basis data PostGIS (dijalankan pemilik "
                                   "basis data, bukan superuser)."));
    p.addPositionalArgument(QStringLiteral("PG:..."), tr("koneksi, mis. \"PG:host=dinkes-prov dbname=petasehat user=admin\""));
    parseOrExit(p, QStringLiteral("pg init"), args, 1, 1);
    pg::Connection c(pgArgument(p.positionalArguments().at(0)));
    const QStringList applied = pg::migratePg(c);
    for (const QString& m : applied)
        out() << tr("  migrasi %1\n").arg(m);
    out() << tr("Skema petasehat versi %1 di %2%3\n")
                 .arg(pg::pgSchemaVersion(c))
                 .arg(c.describe(), applied.isEmpty() ? tr(" (sudah terbaru)") : QString());
    return 0;
}

static int pgRoles(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Membuat peran PostgreSQL: satu peran penulis per kabupaten/kota (kab + kode, mis. kab1607) yang hanya boleh "
           "menulis baris di bawah kodenya (row-level security), dan satu peran pembaca. Kabupaten/kota diambil dari "
           "tabel batas wilayah di basis data, atau dari proyek dengan --from. Peran dibuat tanpa kata sandi: admin "
           "memberinya dengan \\password, pengguna menyimpannya di ~/.pgpass."));
    p.addPositionalArgument(QStringLiteral("PG:..."), tr("koneksi pemilik basis data (perlu hak CREATEROLE)"));
    QCommandLineOption province(QStringLiteral("province"), tr("kode provinsi, mis. 16"), QStringLiteral("kode"));
    QCommandLineOption from(QStringLiteral("from"), tr("proyek yang berisi batas kabupaten/kota provinsi"), QStringLiteral("proyek"));
    QCommandLineOption viewer(QStringLiteral("viewer"), tr("nama peran pembaca (bawaan: viewer)"), QStringLiteral("nama"),
                              QStringLiteral("viewer"));
    p.addOption(province);
    p.addOption(from);
    p.addOption(viewer);
    parseOrExit(p, QStringLiteral("pg roles"), args, 1, 1);
    const auto code = parseAdminCode(p.value(province));
    if (!code || code->level != AdminLevel::Provinsi)
        throw Error(QStringLiteral("--province"), tr("perlu kode provinsi dua angka, mis. 16, bukan \"%1\"").arg(p.value(province)));
    pg::Connection c(pgArgument(p.positionalArguments().at(0)));
    std::vector<pg::DistrictRole> districts;
    if (p.isSet(from)) {
        auto project = Project::open(p.value(from), true);
        for (const AdminArea& a : project->areas(AdminLevel::Kabupaten, false, code->code))
            districts.push_back({a.code, a.name, {}});
    } else {
        districts = pg::districtsInDatabase(c, code->code);
    }
    if (districts.empty())
        throw Error(p.isSet(from) ? p.value(from) : c.describe(),
                    tr("tidak ada batas kabupaten/kota di bawah provinsi %1").arg(code->code));
    const pg::RolesResult r = pg::ensureRoles(c, districts, p.value(viewer));
    out() << tr("Peran di %1:\n").arg(c.describe());
    out() << "  " << r.viewer.leftJustified(12) << tr("pembaca semua kabupaten/kota")
          << (r.viewerCreated ? tr(" (baru)") : QString()) << "\n";
    for (const pg::DistrictRole& d : r.districts)
        out() << "  " << d.role.leftJustified(12) << tr("penulis %1 %2").arg(d.district, d.name)
              << (d.created ? tr(" (baru)") : QString()) << "\n";
    out() << tr("Beri kata sandi sebagai admin (\\password NAMA di psql); pengguna menyimpannya di ~/.pgpass.\n");
    return 0;
}

int cmdPgInfo(const QString& conninfo)
{
    pg::Connection c(conninfo);
    const pg::DatabaseInfo info = pg::databaseInfo(c);
    const QLocale loc = numberLocale();
    out() << tr("Basis data PostGIS: %1 (skema petasehat versi %2, versi data %3)\n")
                 .arg(c.describe())
                 .arg(info.schemaVersion)
                 .arg(info.dataVersion);
    if (info.schemaVersion == 0) {
        out() << tr("  (belum ada skema: petasehat pg init \"PG:...\")\n");
        return -1;   // nothing to mirror
    }
    const QString mine = pg::roleDistrict(c);
    out() << tr("Peran %1: %2\n").arg(c.user(), mine.isEmpty() ? tr("hanya membaca (atau pemilik)") : tr("penulis %1").arg(mine));
    if (info.districts.empty())
        out() << tr("  (belum ada kabupaten/kota yang terbit: petasehat publish PROYEK \"PG:...\")\n");
    for (const pg::DistrictInfo& d : info.districts) {
        out() << "  " << d.district << "  " << (d.name.isEmpty() ? tr("(tanpa batas kabupaten)") : d.name) << "\n";
        out() << tr("    wilayah: %1 kecamatan, %2 desa/kelurahan\n").arg(loc.toString(d.kecamatan), loc.toString(d.desa));
        out() << tr("    fasilitas: %1 (%2 tanpa titik), %3 koreksi tercatat\n")
                     .arg(loc.toString(d.facilities), loc.toString(d.unplaced), loc.toString(d.edits));
        out() << tr("    indikator: %1 nilai per wilayah, %2 per puskesmas, periode %3 – %4\n")
                     .arg(loc.toString(d.values), loc.toString(d.unitValues))
                     .arg(d.firstPeriod)
                     .arg(d.lastPeriod);
        out() << tr("    analisis jangkauan tersimpan: %1\n").arg(loc.toString(d.analysisRuns));
        out() << tr("    terbit: %1 kali, terakhir %2 oleh %3\n")
                     .arg(loc.toString(d.publications), d.lastPublished.isEmpty() ? tr("-") : d.lastPublished,
                          d.publishedBy.isEmpty() ? tr("-") : d.publishedBy);
    }
    return 0;
}

int cmdPg(const QStringList& args)
{
    if (!args.isEmpty() && args[0] == QLatin1String("init"))
        return pgInit(args.mid(1));
    if (!args.isEmpty() && args[0] == QLatin1String("roles"))
        return pgRoles(args.mid(1));
    const bool asked = !args.isEmpty() && (args[0] == QLatin1String("--help") || args[0] == QLatin1String("-h"));
    (asked ? out() : err()) << tr("Pemakaian: petasehat pg init \"PG:...\" | "
                                  "petasehat pg roles \"PG:...\" --province KODE [--from PROYEK] [--viewer NAMA]\n");
    return asked ? 0 : 1;
}

} // namespace ps::cli
