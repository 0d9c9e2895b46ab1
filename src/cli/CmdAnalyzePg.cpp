#include "CmdAnalyzePg.h"
#include "CliSource.h"
#include "Command.h"
#include "core/Error.h"
#include "core/Project.h"
#include "io/PopulationRaster.h"
#include "pg/PgAnalysisStore.h"
#include "pg/PgConnection.h"
#include "pg/PgPublish.h"
#include <QCoreApplication>
#include <QFileInfo>

namespace ps::cli {

static QString tr(const char* s) { return QCoreApplication::translate("cli", s); }

static const char* const kRasterKeys[] = {"population_raster", "population_raster_nodata", "population_total"};

static bool under(const QString& code, const QString& district)
{
    return code == district || code.startsWith(district + QLatin1Char('.'));
}

PgAnalysisTarget preparePgAnalysis(const QString& arg, QString& codePrefix, const QString& population)
{
    PgAnalysisTarget t;
    t.conninfo = arg;
    {
        pg::Connection c(arg);
        const QString mine = pg::roleDistrict(c);
        if (!mine.isEmpty()) {
            if (!codePrefix.isEmpty() && !under(codePrefix, mine) )
                throw Error(QStringLiteral("--area"), tr("peran %1 menulis kabupaten/kota %2; wilayah %3 di luar itu")
                                                          .arg(c.user(), mine, codePrefix));
            t.district = mine;
        } else if (codePrefix.size() >= 5) {
            t.district = codePrefix.left(5);   // the owner: row-level security does not narrow it
        } else {
            throw Error(QStringLiteral("--area"), tr("peran %1 bukan peran kabupaten/kota; sebutkan --area kabupaten/kota "
                                                     "(mis. 33.01) yang hasilnya disimpan")
                                                      .arg(c.user()));
        }
    }
    if (codePrefix.isEmpty())
        codePrefix = t.district;
    t.mirrorPath = projectFile(arg, t.district);

    auto mirror = Project::open(t.mirrorPath);
    for (const char* key : kRasterKeys)
        t.savedSettings[QString::fromLatin1(key)] = mirror->setting(QString::fromLatin1(key));
    const QString stored = t.savedSettings[QStringLiteral("population_raster")];
    if (!population.isEmpty()) {
        io::registerPopulationRaster(*mirror, population);
    } else if (stored.isEmpty() || !QFileInfo::exists(stored)) {
        throw Error(QStringLiteral("--population"),
                    stored.isEmpty()
                        ? tr("kabupaten/kota %1 belum menerbitkan raster penduduk; berikan --population BERKAS.tif")
                              .arg(t.district)
                        : tr("raster penduduk kabupaten/kota %1 (%2) tidak ada di mesin ini; berikan --population BERKAS.tif")
                              .arg(t.district, stored));
    }
    return t;
}

qint64 storePgAnalysis(const PgAnalysisTarget& target, Project& mirror, qint64 localRunId)
{
    pg::StoredRun stored;
    {
        pg::Connection c(target.conninfo);
        stored = pg::storeAnalysisRun(mirror, localRunId, c, target.district);
    }
    // The mirror as the database has it: without the local copy and the raster given for this run.
    pg::removeLocalRun(mirror, localRunId);
    {
        Transaction tx(mirror.db());
        for (const auto& [key, value] : target.savedSettings)
            mirror.setSetting(key, value);
        tx.commit();
    }
    projectFile(target.conninfo, target.district);
    out() << tr("Analisis tersimpan di PostGIS: kabupaten/kota %1 run %2 (%3 baris lapisan, versi data %4)\n")
                 .arg(stored.district)
                 .arg(stored.runId)
                 .arg(stored.rows)
                 .arg(stored.publicationId);
    return stored.runId;
}

} // namespace ps::cli
