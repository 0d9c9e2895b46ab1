#include "FacilityFix.h"
#include "DesaPlacement.h"
#include "Gazetteer.h"
#include "core/Error.h"
#include "core/Project.h"
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>

namespace ps::geocode {

static QString tr(const char* s) { return QCoreApplication::translate("ps::geocode", s); }

QJsonObject placeJson(const Facility& f)
{
    QJsonObject o{{QStringLiteral("desa"), f.desaCode}, {QStringLiteral("kecamatan"), f.kecamatanCode},
                  {QStringLiteral("status"), f.status}, {QStringLiteral("method"), f.method},
                  {QStringLiteral("note"), f.note}};
    if (f.lon && f.lat) {
        o.insert(QStringLiteral("lon"), *f.lon);
        o.insert(QStringLiteral("lat"), *f.lat);
    }
    if (f.uncertaintyM)
        o.insert(QStringLiteral("uncertainty_m"), *f.uncertaintyM);
    return o;
}

// Inside the caller's transaction: the change and its update go together or not at all.
static void recordEdit(Project& project, const Facility& before, const Facility& after, const QString& action)
{
    if (!project.db().hasTable("facility_edit"))
        return;
    auto st = project.db().prepare(
        "INSERT INTO facility_edit(facility_id, edited_by, edited_at, action, before, after) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    st.bind(1, static_cast<std::int64_t>(after.id));
    st.bind(2, after.updatedBy);
    st.bind(3, after.updatedAt);
    st.bind(4, action);
    st.bind(5, QString::fromUtf8(QJsonDocument(placeJson(before)).toJson(QJsonDocument::Compact)));
    st.bind(6, QString::fromUtf8(QJsonDocument(placeJson(after)).toJson(QJsonDocument::Compact)));
    st.run();
}

static QString byOrUser(const QString& by)
{
    return by.isEmpty() ? qEnvironmentVariable("USER", QStringLiteral("unknown")) : by;
}

Facility restoreFacility(Project& project, const Facility& state, const QString& by, const QString& action)
{
    const std::optional<Facility> current = project.facility(state.id);
    if (!current)
        throw Error(project.path(), tr("fasilitas dengan id %1 tidak ada").arg(state.id));
    Facility f = *current;
    f.lon = state.lon;
    f.lat = state.lat;
    f.desaCode = state.desaCode;
    f.kecamatanCode = state.kecamatanCode;
    f.status = state.status;
    f.method = state.method;
    f.uncertaintyM = state.uncertaintyM;
    f.matchScore = state.matchScore;
    f.note = state.note;
    f.updatedBy = byOrUser(by);
    f.updatedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    Transaction tx(project.db());
    project.updateFacility(f);
    recordEdit(project, *current, f, action);
    tx.commit();
    return f;
}

std::vector<FacilityEdit> facilityHistory(Project& project, qint64 id)
{
    std::vector<FacilityEdit> out;
    if (!project.db().hasTable("facility_edit"))
        return out;
    auto st = project.db().prepare(
        "SELECT id, facility_id, edited_by, edited_at, action, before, after FROM facility_edit WHERE facility_id = ?1 ORDER BY id");
    st.bind(1, static_cast<std::int64_t>(id));
    while (st.step())
        out.push_back({st.int64(0), st.int64(1), st.text(2), st.text(3), st.text(4),
                       QJsonDocument::fromJson(st.text(5).toUtf8()).object(), QJsonDocument::fromJson(st.text(6).toUtf8()).object()});
    return out;
}

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
    f.updatedBy = byOrUser(fix.by);
    f.updatedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    Transaction tx(project.db());
    project.updateFacility(f);
    recordEdit(project, *found, f, QStringLiteral("fix"));
    tx.commit();
    return f;
}

} // namespace ps::geocode
