// `petasehat publish PROJECT PG:...`: the district's rows in the province's
// PostGIS database replaced by what the project holds, in one transaction.
#include "CliUtil.h"
#include "Command.h"
#include "core/Error.h"
#include "core/Locale.h"
#include "core/Project.h"
#include "pg/PgConnection.h"
#include "pg/PgPublish.h"
#include <QCoreApplication>

namespace ps::cli {

static QString tr(const char* s) { return QCoreApplication::translate("cli", s); }

static QString tableLabel(const QString& table)
{
    static const std::pair<const char*, const char*> kLabels[] = {
        {"area", QT_TRANSLATE_NOOP("cli", "wilayah")},
        {"facility", QT_TRANSLATE_NOOP("cli", "fasilitas")},
        {"facility_edit", QT_TRANSLATE_NOOP("cli", "riwayat koreksi fasilitas")},
        {"indicator_value", QT_TRANSLATE_NOOP("cli", "nilai indikator per wilayah")},
        {"unit_value", QT_TRANSLATE_NOOP("cli", "nilai indikator per puskesmas")},
        {"setting", QT_TRANSLATE_NOOP("cli", "asumsi perencanaan")},
        {"analysis_run", QT_TRANSLATE_NOOP("cli", "analisis jangkauan")},
        {"coverage_result", QT_TRANSLATE_NOOP("cli", "jangkauan per wilayah")},
        {"coverage_geom", QT_TRANSLATE_NOOP("cli", "lapisan wilayah terjangkau")},
        {"underserved_rank", QT_TRANSLATE_NOOP("cli", "peringkat kurang terlayani")},
        {"proposed_site", QT_TRANSLATE_NOOP("cli", "lokasi usulan")},
        {"catchment", QT_TRANSLATE_NOOP("cli", "wilayah layanan puskesmas")},
    };
    for (const auto& [key, label] : kLabels)
        if (table == QLatin1String(key))
            return QCoreApplication::translate("cli", label);
    return table;
}

int cmdPublish(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Menerbitkan satu kabupaten/kota dari proyek ke basis data PostGIS provinsi dalam satu transaksi: baris di "
           "bawah kode kabupaten/kota diganti dengan isi proyek, kabupaten/kota lain tidak disentuh, kode fasilitas "
           "yang sudah diterbitkan kabupaten/kota lain dilaporkan sebagai konflik. Aman diulang. Kata sandi dibaca "
           "dari ~/.pgpass atau PGPASSWORD, tidak pernah dari baris perintah."));
    p.addPositionalArgument(QStringLiteral("proyek"), tr("berkas proyek"));
    p.addPositionalArgument(QStringLiteral("PG:..."), tr("koneksi, mis. \"PG:host=dinkes-prov dbname=petasehat user=kab1607\""));
    QCommandLineOption district(QStringLiteral("district"),
                                tr("kode kabupaten/kota (bawaan: kabupaten/kota peran, atau satu-satunya dalam proyek)"),
                                QStringLiteral("kode"));
    QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("hanya menghitung perubahan, tidak menyimpan"));
    p.addOption(district);
    p.addOption(dryRun);
    parseOrExit(p, QStringLiteral("publish"), args, 2, 2);
    const QStringList pos = p.positionalArguments();
    if (!pg::isPgConnection(pos.at(1)))
        throw Error(pos.at(1), tr("tujuan harus koneksi PostgreSQL yang diawali \"PG:\""));
    auto project = Project::open(pos.at(0), true);
    pg::Connection c(pos.at(1));
    pg::PublishOptions options;
    options.district = p.value(district);
    options.dryRun = p.isSet(dryRun);
    const pg::PublishResult r = pg::publish(*project, c, options);

    const QLocale loc = numberLocale();
    out() << tr("Terbit ke %1, kabupaten/kota %2%3:\n")
                 .arg(c.describe(), r.district, options.dryRun ? tr(" (uji coba, tidak disimpan)") : QString());
    out() << "  " << tr("tabel").leftJustified(30) << tr("baru").rightJustified(8) << tr("berubah").rightJustified(9)
          << tr("dihapus").rightJustified(9) << tr("tetap").rightJustified(9) << "\n";
    for (const pg::TableChange& t : r.tables)
        out() << "  " << tableLabel(t.table).leftJustified(30) << loc.toString(t.inserted).rightJustified(8)
              << loc.toString(t.updated).rightJustified(9) << loc.toString(t.deleted).rightJustified(9)
              << loc.toString(t.unchanged()).rightJustified(9) << "\n";
    for (const pg::Conflict& k : r.conflicts) {
        if (k.otherDistrict == r.district)
            out() << tr("  Konflik: %1 %2 muncul dua kali dalam proyek; hanya yang pertama diterbitkan\n")
                         .arg(tableLabel(k.table), k.key);
        else
            out() << tr("  Konflik: %1 %2 sudah diterbitkan kabupaten/kota %3; tidak ditimpa\n")
                         .arg(tableLabel(k.table), k.key, k.otherDistrict);
    }
    if (!r.changed())
        out() << tr("Tidak ada perubahan: basis data sudah sama dengan proyek.\n");
    else if (!options.dryRun)
        out() << tr("Tersimpan (versi data %1).\n").arg(r.publicationId);
    return r.conflicts.empty() ? 0 : 3;
}

} // namespace ps::cli
