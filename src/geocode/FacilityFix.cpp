#include "FacilityFix.h"
#include "DesaPlacement.h"
#include "Gazetteer.h"
#include "core/Error.h"
#include "core/Project.h"
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

namespace ps::geocode {

static QString tr(const char* s) { return QCoreApplication::translate("ps::geocode", s); }

Facility fixFacility(Project& project, qint64 id, const FacilityFix& fix)
{
    std::optional<Facility> found = project.facility(id);
    if (!found)
        throw Error(project.path(), tr("fasilitas dengan id %1 tidak ada").arg(id));
    if (fix.desaCode.isEmpty() && !(fix.lat && fix.lon))
        throw Error(project.path(), tr("sebutkan desa (--desa) atau koordinat (--lat dan --lon)"));
    Facility f = *found;
    const Gazetteer gaz = Gazetteer::fromProject(project);
    int desa = -1;
    if (!fix.desaCode.isEmpty()) {
        desa = gaz.desaIndex(fix.desaCode.trimmed());
        if (desa < 0)
            throw Error(project.path(), tr("desa dengan kode %1 tidak ada di proyek").arg(fix.desaCode));
    }
    if (fix.lat && fix.lon) {
        if (gaz.distanceToCoverageM(*fix.lon, *fix.lat) > 1000.0)
            throw Error(project.path(), tr("koordinat (%1, %2) berada di luar wilayah proyek").arg(*fix.lat).arg(*fix.lon));
        if (desa < 0)
            desa = gaz.desaAt(*fix.lon, *fix.lat).value_or(-1);
        f.lon = fix.lon;
        f.lat = fix.lat;
        f.method = QStringLiteral("manual_coordinates");
        f.uncertaintyM.reset();
        f.note = tr("koordinat ditetapkan manual");
        if (desa >= 0 && !gaz.desaContains(desa, *fix.lon, *fix.lat))
            f.note += tr("; titik di luar Desa %1").arg(gaz.desa()[desa].name);
    } else {
        QString raster = project.setting(QStringLiteral("population_raster"));
        if (!raster.isEmpty() && !QFileInfo::exists(raster))
            raster.clear();
        DesaPlacer placer(gaz, raster);
        const std::optional<Placement> p = placer.place(desa);
        if (!p)
            throw Error(project.path(), tr("Desa %1 tidak punya poligon").arg(fix.desaCode));
        f.lon = p->lon;
        f.lat = p->lat;
        f.method = QStringLiteral("manual_") + p->method;
        f.uncertaintyM = p->radiusM;
        f.note = tr("desa ditetapkan manual; titik ditempatkan di dalam Desa %1").arg(gaz.desa()[desa].name);
    }
    if (desa >= 0) {
        // A point moved into another kecamatan than the spreadsheet named is allowed, but said.
        const QString stated = f.kecamatanCode;
        f.desaCode = gaz.desa()[desa].code;
        f.kecamatanCode = gaz.desa()[desa].parentCode;
        if (!stated.isEmpty() && stated != f.kecamatanCode)
            f.note += tr("; sekarang di kecamatan %1, bukan %2 seperti sebelumnya").arg(f.kecamatanCode, stated);
    } else {
        f.desaCode.clear();   // the old desa no longer holds the point
    }
    if (!fix.note.trimmed().isEmpty())
        f.note += QStringLiteral("; ") + fix.note.trimmed().left(500);
    f.status = FacilityStatus::Manual;
    f.matchScore.reset();
    f.updatedBy = fix.by.isEmpty() ? qEnvironmentVariable("USER", QStringLiteral("unknown")) : fix.by;
    f.updatedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    Transaction tx(project.db());
    project.updateFacility(f);
    tx.commit();
    return f;
}

} // namespace ps::geocode
