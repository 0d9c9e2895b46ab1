#include "BoundaryImporter.h"
#include "BoundarySanity.h"
#include "core/AdminCode.h"
#include "core/Error.h"
#include "core/Gdal.h"
#include "core/Geodesy.h"
#include "core/Geos.h"
#include "core/Locale.h"
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <memory>
#include <ogr_spatialref.h>

namespace ps::io {

static QString tr(const char* s) { return QCoreApplication::translate("ps::io::BoundaryImporter", s); }

static QStringList layerNames(GDALDataset& ds)
{
    QStringList names;
    for (OGRLayer* l : ds.GetLayers())
        names << QString::fromUtf8(l->GetName());
    return names;
}

static OGRLayer* pickLayer(GDALDataset& ds, const QString& path, const QString& wanted)
{
    const QStringList names = layerNames(ds);
    if (names.isEmpty())
        throw Error(path, tr("berkas tidak berisi layer vektor"));
    if (wanted.isEmpty()) {
        if (names.size() > 1)
            throw Error(path, tr("berkas berisi beberapa layer (%1); pilih satu dengan --layer").arg(names.join(QStringLiteral(", "))));
        return ds.GetLayer(0);
    }
    OGRLayer* layer = ds.GetLayerByName(wanted.toUtf8().constData());
    if (!layer)
        throw Error(path, tr("layer '%1' tidak ada; layer yang tersedia: %2").arg(wanted, names.join(QStringLiteral(", "))));
    return layer;
}

static int requireField(OGRLayer* layer, const QString& path, const QString& field, const char* role)
{
    OGRFeatureDefn* defn = layer->GetLayerDefn();
    const int idx = defn->GetFieldIndex(field.toUtf8().constData());
    if (idx >= 0)
        return idx;
    QStringList fields;
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        fields << QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef());
    throw Error(path,
                tr("layer '%1' tidak punya kolom %2 '%3'; kolom yang tersedia: %4")
                    .arg(QString::fromUtf8(layer->GetName()), tr(role), field, fields.join(QStringLiteral(", "))),
                -1, field);
}

static QString crsLabel(const OGRSpatialReference* srs)
{
    if (!srs)
        return {};
    const char* auth = srs->GetAuthorityName(nullptr);
    const char* code = srs->GetAuthorityCode(nullptr);
    if (auth && code)
        return QStringLiteral("%1:%2").arg(QString::fromUtf8(auth), QString::fromUtf8(code));
    return QString::fromUtf8(srs->GetName());
}

namespace {

// Turns the layer's geometries into EPSG:4326 (x = lon) whatever the source CRS.
class ToWgs84 {
public:
    ToWgs84(OGRLayer* layer, const QString& path, BoundaryImportReport& report)
    {
        m_target.importFromEPSG(4326);
        m_target.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        const OGRSpatialReference* src = layer->GetSpatialRef();
        if (!src) {
            // No CRS: accept only coordinates that can be degrees, and say we assumed it.
            OGREnvelope env;
            if (layer->GetExtent(&env, TRUE) == OGRERR_NONE &&
                (env.MinX < -180.0 || env.MaxX > 180.0 || env.MinY < -90.0 || env.MaxY > 90.0))
                throw Error(path, tr("layer '%1' tidak menyebut sistem koordinat (CRS) dan koordinatnya bukan derajat; "
                                     "simpan ulang berkas dengan CRS (mis. .prj untuk SHP)")
                                      .arg(QString::fromUtf8(layer->GetName())));
            report.warnings << tr("layer tanpa CRS; koordinat dianggap bujur/lintang WGS 84 (EPSG:4326)");
            report.sourceCrs = QStringLiteral("EPSG:4326?");
            return;
        }
        report.sourceCrs = crsLabel(src);
        m_projected = src->IsProjected();
        const char* sameOptions[] = {"IGNORE_DATA_AXIS_TO_SRS_AXIS_MAPPING=NO",
                                     "CRITERION=EQUIVALENT_EXCEPT_AXIS_ORDER_GEOGCRS", nullptr};
        OGRSpatialReference srcCopy(*src);
        if (src->GetDataAxisToSRSAxisMapping() == m_target.GetDataAxisToSRSAxisMapping() &&
            srcCopy.IsSame(&m_target, sameOptions))
            return; // already lon/lat WGS 84: nothing to do
        m_ct.reset(OGRCreateCoordinateTransformation(src, &m_target));
        if (!m_ct)
            throw Error(path, tr("sistem koordinat layer (%1) tidak dapat diubah ke EPSG:4326: %2")
                                  .arg(report.sourceCrs, lastGdalError()));
    }

    bool projected() const { return m_projected; }
    // False when some coordinate cannot be transformed.
    bool apply(OGRGeometry& g) const { return !m_ct || g.transform(m_ct.get()) == OGRERR_NONE; }

private:
    OGRSpatialReference m_target;
    std::unique_ptr<OGRCoordinateTransformation> m_ct;
    bool m_projected = false;
};

} // namespace

static QByteArray isoWkb(OGRGeometry& g)
{
    QByteArray wkb(static_cast<qsizetype>(g.WkbSize()), Qt::Uninitialized);
    g.exportToWkb(wkbNDR, reinterpret_cast<unsigned char*>(wkb.data()), wkbVariantIso);
    return wkb;
}

static QSet<QString> existingCodes(Project& project)
{
    QSet<QString> codes;
    auto st = project.db().prepare("SELECT code FROM admin_area");
    while (st.step())
        codes.insert(st.text(0));
    return codes;
}

static QString optionsJson(const BoundaryImportOptions& o, const QString& layer)
{
    QJsonObject j{{QStringLiteral("layer"), layer},
                  {QStringLiteral("code_field"), o.codeField},
                  {QStringLiteral("name_field"), o.nameField}};
    if (!o.codePrefix.isEmpty())
        j.insert(QStringLiteral("within"), o.codePrefix);
    return QString::fromUtf8(QJsonDocument(j).toJson(QJsonDocument::Compact));
}

// A stored area that this file would move or shrink beyond the tolerance: listed (refused
// later as a whole) unless replaceGeometry, then counted.
static void checkMove(Project& project, GeosContext& g, const QString& code, const GEOSGeometry* incoming, bool replace,
                      BoundaryImportReport& report, QStringList& moved)
{
    const auto stored = project.area(code, true);
    if (!stored || stored->wkb.isEmpty())
        return;
    GeomPtr old = g.fromWkb(stored->wkb);
    if (!old)
        return;
    const GeometryChange c = compareGeometry(g, old.get(), incoming);
    if (!c.beyondTolerance())
        return;
    ++report.moved;
    if (!replace)
        moved << tr("%1 (luas %2 → %3 km², tumpang-tindih %4 %)")
                     .arg(code, formatNumber(c.oldKm2, 2), formatNumber(c.newKm2, 2), formatNumber(100 * c.overlapShare, 0));
}

BoundaryImportReport importBoundaries(Project& project, const QString& path, const BoundaryImportOptions& options,
                                      Progress& progress)
{
    BoundaryImportReport report;
    QString prefix;
    if (!options.codePrefix.trimmed().isEmpty()) {
        const auto p = parseAdminCode(options.codePrefix);
        if (!p)
            throw Error(tr("kode wilayah '%1' untuk --within bukan kode Kemendagri yang sah (mis. 16 atau 16.07)")
                            .arg(options.codePrefix));
        prefix = p->code;
    }

    progress.report(0.0, tr("membuka berkas"));
    GDALDatasetUniquePtr ds = openVector(path);
    OGRLayer* layer = pickLayer(*ds, path, options.layer);
    const QString layerName = QString::fromUtf8(layer->GetName());
    if (layer->GetFeatureCount(TRUE) == 0)
        throw Error(path, tr("layer '%1' tidak berisi fitur; tidak ada yang diimpor").arg(layerName));
    const int codeIdx = requireField(layer, path, options.codeField, "kode");
    const int nameIdx = requireField(layer, path, options.nameField, "nama");
    ToWgs84 toWgs84(layer, path, report);

    auto& g = geos();
    const QLocale loc = numberLocale();
    const QString source = QFileInfo(path).fileName() + QLatin1Char(':') + layerName;
    const qint64 total = std::max<GIntBig>(1, layer->GetFeatureCount(TRUE));
    // The stored codes are read inside the write transaction: a concurrent import cannot
    // slip in between the read and the writes.
    Transaction tx(project.db());
    QSet<QString> before = existingCodes(project);
    const QSet<QString> storedBefore = before; // what this import may move only with --replace-geometry
    QHash<QString, GIntBig> seen; // code -> FID, to catch a code twice in one file
    QStringList movedAreas;       // stored areas this file would move or shrink
    Project::AreaWriter writer(project);
    const GIntBig declared = layer->GetFeatureCount(FALSE);   // -1 when the format does not know it cheaply
    GdalErrorWatch readErrors;
    layer->ResetReading();
    for (auto& feature : *layer) {
        progress.throwIfCancelled();
        ++report.read;
        if (report.read % 64 == 0)
            progress.report(0.95 * double(report.read) / double(total),
                            tr("%1 dari %2 fitur").arg(loc.toString(report.read), loc.toString(total)));
        const GIntBig fid = feature->GetFID();
        const QString where = tr("layer '%1', fitur %2 (FID %3)").arg(layerName).arg(report.read).arg(fid);
        const QString rawCode =
            feature->IsFieldSetAndNotNull(codeIdx) ? QString::fromUtf8(feature->GetFieldAsString(codeIdx)).trimmed() : QString();
        const auto code = parseAdminCode(rawCode);
        if (!code)
            throw Error(path,
                        tr("%1: '%2' bukan kode wilayah Kemendagri yang sah (contoh: 16, 16.07, 16.07.01, "
                           "16.07.01.2001)").arg(where, rawCode),
                        -1, options.codeField);
        if (!prefix.isEmpty() && code->code != prefix && !code->code.startsWith(prefix + QLatin1Char('.'))) {
            ++report.outsidePrefix;
            continue;
        }
        const QString label = code->code;
        if (seen.contains(label))
            report.warnings << tr("%1: kode %2 juga dipakai fitur FID %3; yang terakhir yang disimpan")
                                   .arg(where, label).arg(seen.value(label));
        seen.insert(label, fid);

        OGRGeometry* ogr = feature->GetGeometryRef();
        GeomPtr geom = g.own(nullptr);
        if (ogr && !ogr->IsEmpty()) {
            std::unique_ptr<OGRGeometry> linear;
            if (ogr->hasCurveGeometry()) {
                linear.reset(ogr->getLinearGeometry());
                ogr = linear.get();
            }
            ogr->flattenTo2D();
            OGREnvelope sourceEnv, lonLatEnv;
            ogr->getEnvelope(&sourceEnv);
            if (!toWgs84.apply(*ogr))
                throw Error(path, tr("%1 (kode %2): koordinat tidak dapat diubah ke EPSG:4326").arg(where, label), -1,
                            options.codeField);
            ogr->getEnvelope(&lonLatEnv);
            if (const QString why = boundaryExtentProblem(lonLatEnv, sourceEnv, toWgs84.projected(), report.sourceCrs);
                !why.isEmpty())
                throw Error(path, tr("%1 (kode %2): %3; tidak ada yang diimpor").arg(where, label, why), -1, options.codeField);
            geom = g.fromWkb(isoWkb(*ogr));
        }
        PolygonalRepair fixed = makeValidMultiPolygon(g, geom.get());
        if (fixed.wasInvalid) {
            ++report.repaired;
            report.repairedCodes << label;
        }
        if (!fixed.geom || GEOSisEmpty_r(g.handle(), fixed.geom.get())) {
            ++report.skipped;
            report.warnings << (geom ? tr("%1 (kode %2): tidak ada poligon yang tersisa setelah geometri diperbaiki; tidak disimpan")
                                     : tr("%1 (kode %2): geometri kosong atau tidak ada; tidak disimpan"))
                                   .arg(where, label);
            continue;
        }

        AdminArea a;
        a.code = label;
        a.level = code->level;
        a.parentCode = code->parent;
        // A NULL name is an empty one (a warning below), never a NULL the store refuses.
        a.name = feature->IsFieldSetAndNotNull(nameIdx) ? QString::fromUtf8(feature->GetFieldAsString(nameIdx)).trimmed()
                                                        : QStringLiteral("");
        if (a.name.isEmpty())
            report.warnings << tr("%1 (kode %2): nama kosong").arg(where, label);
        a.areaKm2 = geodesicAreaKm2(g, fixed.geom.get());
        if (!(a.areaKm2 > 1e-6))
            throw Error(path, tr("%1 (kode %2): luas poligon nol setelah diubah ke EPSG:4326; periksa CRS berkas (%3). "
                                 "Tidak ada yang diimpor").arg(where, label, report.sourceCrs),
                        -1, options.codeField);
        if (storedBefore.contains(label))
            checkMove(project, g, label, fixed.geom.get(), options.replaceGeometry, report, movedAreas);
        a.wkb = g.toWkb(fixed.geom.get());
        writer.upsert(a, source);
        ++report.stored;
        ++report.byLevel[levelName(a.level)];
        if (before.contains(label)) {
            ++report.updated;
        } else {
            ++report.inserted;
            before.insert(label); // a repeat later in the file updates, it does not insert again
        }
    }
    progress.throwIfCancelled();
    if (readErrors.failed() || (declared >= 0 && report.read < declared))
        throw Error(path, tr("berkas rusak: layer '%1' berhenti terbaca setelah fitur %2 dari %3 (%4); tidak ada yang diimpor")
                              .arg(layerName)
                              .arg(report.read)
                              .arg(declared >= 0 ? QString::number(declared) : QStringLiteral("?"))
                              .arg(readErrors.firstError().isEmpty() ? tr("GDAL tidak memberi alasan") : readErrors.firstError()));
    if (!movedAreas.isEmpty())
        throw Error(path, tr("%1 wilayah yang sudah tersimpan akan bergeser atau menyusut lebih dari 10 %: %2%3. "
                             "Bila batas baru memang benar, impor lagi dengan --replace-geometry; tidak ada yang diimpor")
                              .arg(movedAreas.size())
                              .arg(movedAreas.mid(0, 5).join(QStringLiteral("; ")))
                              .arg(movedAreas.size() > 5 ? QStringLiteral("; ...") : QString()));
    if (report.stored == 0)
        throw Error(path, report.read == 0
                              ? tr("layer '%1' tidak berisi fitur; tidak ada yang diimpor").arg(layerName)
                              : tr("layer '%1': tidak ada poligon yang dapat disimpan dari %2 fitur (jenis geometri %3); "
                                   "batas wilayah harus poligon").arg(layerName).arg(report.read)
                                    .arg(QString::fromUtf8(OGRGeometryTypeToName(layer->GetGeomType()))));
    progress.report(0.97, tr("menyimpan"));
    const QString message = tr("%1 disimpan (%2 baru, %3 diperbarui), %4 diperbaiki, %5 dilewati")
                                .arg(report.stored).arg(report.inserted).arg(report.updated)
                                .arg(report.repaired).arg(report.skipped);
    project.logImport(QStringLiteral("boundaries"), QFileInfo(path).absoluteFilePath(), optionsJson(options, layerName),
                      report.read - report.outsidePrefix, report.stored, report.skipped, message);
    progress.throwIfCancelled();   // a late Cancel still rolls back
    tx.commit();
    progress.report(1.0, tr("selesai"));
    return report;
}

} // namespace ps::io
