// `petasehat init` and `petasehat info`.
#include "CliSource.h"
#include "CliUtil.h"
#include "Command.h"
#include "core/Catalogue.h"
#include "core/Locale.h"
#include "core/Project.h"
#include <QCoreApplication>

namespace ps::cli {

static QString tr(const char* s) { return QCoreApplication::translate("cli", s); }

void printPlanningSettings(Project& project);   // CmdSettings.cpp
#ifdef PETASEHAT_WITH_PG
int cmdPgInfo(const QString& conninfo);          // CmdPg.cpp; -1 when the database has no schema yet
#endif

int cmdInit(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Membuat berkas proyek baru (SpatiaLite) yang dapat dibuka langsung di QGIS."));
    p.addPositionalArgument(QStringLiteral("proyek"), tr("berkas proyek baru, mis. banyuasin.sqlite"));
    parseOrExit(p, QStringLiteral("init"), args, 1, 1);
    const QString path = p.positionalArguments().at(0);
    auto project = Project::create(path);
    try {
        Transaction tx(project->db());
        project->syncCatalogue(Catalogue::standard());
        tx.commit();
    } catch (...) {
        project.reset();
        Project::removeFiles(path); // nothing left behind to block the next `init`
        throw;
    }
    out() << tr("Proyek dibuat: %1 (skema versi %2)\n").arg(path).arg(project->schemaVersion());
    return 0;
}

// A district's own indicator (not in the standard catalogue): its name and
// unit as the project (or a PostGIS mirror) stores them.
static QString projectIndicatorName(Project& project, const QString& code)
{
    auto st = project.db().prepare("SELECT name_id, name_en, unit FROM indicator_def WHERE code = ?1");
    st.bind(1, code);
    if (!st.step())
        return {};
    return QStringLiteral("%1 (%2)").arg(pick(st.text(0), st.text(1)), st.text(2));
}

int cmdInfo(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Ringkasan isi proyek: wilayah, fasilitas, indikator, impor."));
    p.addPositionalArgument(QStringLiteral("proyek"), tr("berkas proyek, atau \"PG:...\" (basis data PostGIS provinsi)"));
    const QCommandLineOption area(QStringLiteral("area"), tr("untuk PG:: hanya kabupaten/kota di bawah kode ini, mis. 33 atau 33.01"),
                                  QStringLiteral("kode"));
    p.addOption(area);
    parseOrExit(p, QStringLiteral("info"), args, 1, 1);
    if (isPgArgument(p.positionalArguments().at(0))) {
#ifdef PETASEHAT_WITH_PG
        // What the database holds per district, then the project view of its local mirror.
        if (const int rc = cmdPgInfo(p.positionalArguments().at(0)); rc != 0)
            return rc < 0 ? 0 : rc;   // -1: no schema yet, nothing to mirror
#else
        err() << tr("Galat: petasehat ini dibangun tanpa libpq (PostGIS); pasang dengan scripts/setup.sh "
                    "--with-postgis lalu bangun ulang\n");
        return 1;
#endif
    }
    auto project = Project::open(projectFile(p.positionalArguments().at(0), p.value(area)), true);
    const QLocale loc = numberLocale();
    out() << tr("Proyek: %1 (skema versi %2)\n").arg(project->path()).arg(project->schemaVersion());
    out() << tr("Wilayah administrasi:\n");
    const auto areas = project->areaCountsByLevel();
    if (areas.empty())
        out() << tr("  (belum ada)\n");
    for (const char* level : {"provinsi", "kabupaten", "kecamatan", "desa", "kelurahan"}) {
        auto it = areas.find(QString::fromLatin1(level));
        if (it != areas.end())
            out() << "  " << QString::fromLatin1(level).leftJustified(12) << loc.toString(it->second) << "\n";
    }
    const QRectF ext = project->extent();
    if (!ext.isNull())
        out() << tr("  batas: bujur %1 – %2, lintang %3 – %4\n")
                     .arg(loc.toString(ext.left(), 'f', 4), loc.toString(ext.right(), 'f', 4),
                          loc.toString(ext.top(), 'f', 4), loc.toString(ext.bottom(), 'f', 4));
    out() << tr("Fasilitas (jenis:status):\n");
    const auto fac = project->facilityCountsByStatus();
    if (fac.empty())
        out() << tr("  (belum ada)\n");
    for (const auto& [key, n] : fac)
        out() << "  " << key.leftJustified(28) << loc.toString(n) << "\n";
    out() << tr("Indikator:\n");
    const auto inds = project->indicatorsWithData();
    if (inds.empty())
        out() << tr("  (belum ada)\n");
    for (const QString& code : inds) {
        QStringList years;
        for (int y : project->periods(code))
            years << QString::number(y);
        const IndicatorDef* d = Catalogue::standard().indicator(code);
        out() << "  " << code.leftJustified(26) << (d ? d->name() : projectIndicatorName(*project, code)) << " ["
              << years.join(QStringLiteral(", ")) << "]\n";
    }
    const QString raster = project->setting(QStringLiteral("population_raster"));
    out() << tr("Raster penduduk: %1\n").arg(raster.isEmpty() ? tr("(belum ada)") : raster);
    auto st = project->db().prepare("SELECT count(*), max(imported_at) FROM import_log");
    if (st.step())
        out() << tr("Impor tercatat: %1 (terakhir %2)\n").arg(st.int64(0)).arg(st.text(1));
    out() << tr("Asumsi perencanaan (petasehat settings):\n");
    printPlanningSettings(*project);
    out() << tr("Analisis jangkauan tersimpan (terbaru dulu):\n");
    int n = 0;
    const bool haveRuns = project->db().hasTable("analysis_run");
    auto runs = project->db().prepare(haveRuns ? "SELECT id, started_at, code_prefix FROM analysis_run ORDER BY id DESC LIMIT 5"
                                               : "SELECT 0, '', '' WHERE 0");
    while (runs.step()) {
        out() << "  " << tr("no. %1  %2  wilayah %3\n").arg(runs.int64(0)).arg(runs.text(1),
                                                                          runs.text(2).isEmpty() ? tr("semua") : runs.text(2));
        ++n;
    }
    if (n == 0)
        out() << tr("  (belum ada: petasehat analyze coverage PROYEK)\n");
    return 0;
}

} // namespace ps::cli
