#include "FacilityImport.h"
#include "CoordinateHeaders.h"
#include "core/Error.h"
#include "core/Gdal.h"
#include "core/Geodesy.h"
#include "core/Project.h"
#include "core/Sqlite.h"
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <ogrsf_frmts.h>

namespace ps::geocode {

static QString tr(const char* s) { return QCoreApplication::translate("ps::geocode", s); }

int FacilityImportResult::count(Outcome o) const
{
    int n = 0;
    for (const RowReport& r : rows)
        n += r.outcome == o ? 1 : 0;
    return n;
}

// ------------------------------------------------------------------ columns

static QString key(const QString& header) { return header.trimmed().toLower(); }

static bool isAdminField(const QString& k)
{
    for (const char* w : {"desa", "kel", "kec", "kab", "prov", "wilayah", "induk"})
        if (k.contains(QLatin1String(w)))
            return true;
    return false;
}

static QString detect(const QStringList& headers, const std::function<bool(const QString&)>& fits)
{
    for (const QString& h : headers)
        if (fits(key(h)))
            return h;
    return {};
}

static QString detectExact(const QStringList& headers, std::initializer_list<const char*> names)
{
    for (const char* n : names)
        for (const QString& h : headers)
            if (key(h) == QLatin1String(n))
                return h;
    return {};
}

FacilityColumns resolveColumns(const io::Table& t, const FacilityColumns& given)
{
    FacilityColumns c = given;
    const QStringList& h = t.headers;
    auto require = [&](const QString& name) {
        if (!name.isEmpty() && t.column(name) < 0)
            throw Error(t.file, tr("kolom \"%1\" tidak ada; kolom yang ada: %2").arg(name, h.join(QStringLiteral(", "))), -1,
                        name);
    };
    for (const QString* name : {&c.code, &c.name, &c.desa, &c.kecamatan, &c.lat, &c.lon, &c.coord})
        require(*name);
    if (c.code.isEmpty())
        c.code = detect(h, [](const QString& k) { return k.startsWith(QLatin1String("kode")) && !isAdminField(k); });
    if (c.name.isEmpty())
        c.name = detect(h, [](const QString& k) {
            return (k.startsWith(QLatin1String("nama")) || k == QLatin1String("name")) && !isAdminField(k);
        });
    if (c.desa.isEmpty())
        c.desa = detect(h, [](const QString& k) {
            return (k.contains(QLatin1String("desa")) || k.contains(QLatin1String("kelurahan")) || k == QLatin1String("ds") ||
                    k == QLatin1String("ds.") || k == QLatin1String("kel") || k == QLatin1String("kel.")) &&
                   !k.startsWith(QLatin1String("kode"));
        });
    if (c.kecamatan.isEmpty())
        c.kecamatan = detect(h, [](const QString& k) {
            return (k.contains(QLatin1String("kecamatan")) || k == QLatin1String("kec") || k == QLatin1String("kec.")) &&
                   !k.startsWith(QLatin1String("kode"));
        });
    if (c.coord.isEmpty() && c.lat.isEmpty() && c.lon.isEmpty()) {
        c.lat = detectExact(h, {"latitude", "lintang", "lat", "y"});
        c.lon = detectExact(h, {"longitude", "bujur", "lon", "lng", "long", "x"});
        if (c.lat.isEmpty() || c.lon.isEmpty()) {
            c.lat.clear();
            c.lon.clear();
            c.coord = detectExact(h, {"koordinat", "titik_koordinat", "coordinates", "coordinate", "lat_lon", "latlon",
                                      "lat_long", "lokasi"});
        }
    } else if (c.coord.isEmpty() && (c.lat.isEmpty() != c.lon.isEmpty())) {
        const QString missing = c.lat.isEmpty() ? QStringLiteral("lintang (--lat-col)") : QStringLiteral("bujur (--lon-col)");
        throw Error(t.file, tr("kolom %1 perlu disebut bersama pasangannya").arg(missing), -1, missing);
    }
    checkCoordinateHeaders(t, c);
    if (c.desa.isEmpty() && c.coord.isEmpty() && c.lat.isEmpty())
        throw Error(t.file,
                    tr("tidak ada kolom desa maupun koordinat (latitude/longitude, lintang/bujur, koordinat); "
                       "kolom yang ada: %1").arg(h.join(QStringLiteral(", "))),
                    -1, QStringLiteral("desa"));
    return c;
}

// ------------------------------------------------------------------ geocoding

namespace {
struct Placed {
    QString name;
    double lon, lat;
    qint64 row;
};
} // namespace

std::vector<RowReport> geocodeTable(const io::Table& table, const FacilityColumns& columns, Geocoder& geocoder,
                                    FacilityType type, const std::vector<Facility>& existing, double duplicateDistanceM,
                                    const Progress& progress)
{
    const Gazetteer& gaz = geocoder.gazetteer();
    const int cCode = table.column(columns.code), cName = table.column(columns.name);
    const int cDesa = table.column(columns.desa), cKec = table.column(columns.kecamatan);
    const int cLat = table.column(columns.lat), cLon = table.column(columns.lon), cCoord = table.column(columns.coord);
    auto cell = [](const QStringList& row, int c) { return c >= 0 && c < row.size() ? row[c] : QString(); };

    std::vector<RowReport> out;
    out.reserve(table.rows.size());
    QHash<QString, qint64> codeRows;
    QHash<QString, std::vector<Placed>> placedByDesa;
    QSet<QString> existingCodes;
    for (const Facility& f : existing) {
        if (!f.code.isEmpty())
            existingCodes.insert(f.code);
        if (f.lon && f.lat && !f.desaCode.isEmpty())
            placedByDesa[f.desaCode].push_back({normalizeName(f.name, NameKind::Desa), *f.lon, *f.lat, 0});
    }
    const size_t n = table.rows.size();
    for (size_t i = 0; i < n; ++i) {
        if (i % 2000 == 0) {
            progress.throwIfCancelled();
            progress.report(static_cast<double>(i) / static_cast<double>(std::max<size_t>(n, 1)), tr("geocoding"));
        }
        const QStringList& row = table.rows[i];
        RowReport r;
        r.tableIndex = i;
        r.row = table.rowNumbers[i];
        r.code = cell(row, cCode).trimmed();
        r.name = cell(row, cName).simplified();
        r.desaText = cell(row, cDesa);
        r.kecamatanText = cell(row, cKec);
        GeocodeInput in{r.desaText, r.kecamatanText, {}};
        if (cCoord >= 0) {
            r.coordText = cell(row, cCoord);
            in.coord = parseCoordinatePair(r.coordText);
        } else {
            const QString la = cell(row, cLat).trimmed(), lo = cell(row, cLon).trimmed();
            r.coordText = la.isEmpty() && lo.isEmpty() ? QString() : la + QStringLiteral(" | ") + lo;
            in.coord = parseCoordinates(cell(row, cLat), cell(row, cLon));
        }

        Facility& f = r.facility;
        f.code = r.code;
        f.type = type;
        f.name = r.name;
        f.sourceFile = table.file;
        f.sourceRow = r.row;

        // Same code as an earlier row (or a stored facility): reported, not geocoded again.
        if (!r.code.isEmpty() && (codeRows.contains(r.code) || existingCodes.contains(r.code))) {
            r.outcome = Outcome::Duplicate;
            r.reason = codeRows.contains(r.code) ? tr("kode %1 sama dengan baris %2").arg(r.code).arg(codeRows.value(r.code))
                                                 : tr("kode %1 sudah ada di proyek").arg(r.code);
            f.status = statusFor(r.outcome);
            f.note = r.reason;
            out.push_back(std::move(r));
            continue;
        }
        if (!r.code.isEmpty())
            codeRows.insert(r.code, r.row);

        const GeocodeResult g = geocoder.geocode(in);
        r.outcome = g.outcome;
        r.reason = g.reason;
        r.coordinateRejected = g.coordinateRejected;
        if (g.desaIndex >= 0)
            f.desaCode = gaz.desa()[g.desaIndex].code;
        if (g.kecamatanIndex >= 0)
            f.kecamatanCode = gaz.kecamatan()[g.kecamatanIndex].code;
        else if (g.desaIndex >= 0)
            f.kecamatanCode = gaz.desa()[g.desaIndex].parentCode;
        f.lon = g.lon;
        f.lat = g.lat;
        f.method = g.method;
        f.uncertaintyM = g.uncertaintyM;
        f.matchScore = g.score;

        // Same name in the same desa within a few metres: the same facility typed twice.
        if (f.lon && !f.desaCode.isEmpty() && !r.name.isEmpty()) {
            const QString nameKey = normalizeName(r.name, NameKind::Desa);
            auto& placed = placedByDesa[f.desaCode];
            for (const Placed& p : placed)
                if (p.name == nameKey && geodesicDistanceM(p.lon, p.lat, *f.lon, *f.lat) <= duplicateDistanceM) {
                    r.outcome = Outcome::Duplicate;
                    r.reason = p.row > 0 ? tr("nama sama dengan baris %1 di desa yang sama, dalam %2 m").arg(p.row).arg(duplicateDistanceM)
                                         : tr("nama sama dengan fasilitas yang sudah ada di desa yang sama, dalam %1 m")
                                               .arg(duplicateDistanceM);
                    break;
                }
            if (r.outcome != Outcome::Duplicate)
                placed.push_back({nameKey, *f.lon, *f.lat, r.row});
        }
        f.status = statusFor(r.outcome);
        f.note = r.reason;
        out.push_back(std::move(r));
    }
    progress.report(1.0, tr("geocoding"));
    return out;
}

// ------------------------------------------------------------------ report

void writeReportCsv(const QString& path, const std::vector<RowReport>& rows)
{
    initGdal();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("CSV");
    if (QFileInfo::exists(path) && !QFile::remove(path))
        throw Error(path, tr("laporan tidak dapat ditimpa"));
    GDALDatasetUniquePtr ds(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds)
        throw Error(path, tr("laporan tidak dapat ditulis: %1").arg(lastGdalError()));
    OGRLayer* layer = ds->CreateLayer(QFileInfo(path).completeBaseName().toUtf8().constData(), nullptr, wkbNone, nullptr);
    if (!layer)
        throw Error(path, tr("laporan tidak dapat ditulis: %1").arg(lastGdalError()));
    struct Field {
        const char* name;
        OGRFieldType type;
    };
    static const Field fields[] = {{"baris", OFTInteger}, {"kode", OFTString},         {"nama", OFTString},
                                   {"desa_tertulis", OFTString}, {"kecamatan_tertulis", OFTString},
                                   {"koordinat_tertulis", OFTString}, {"hasil", OFTString},
                                   {"desa_kode", OFTString},  {"kecamatan_kode", OFTString}, {"lintang", OFTReal},
                                   {"bujur", OFTReal},        {"metode", OFTString},       {"radius_m", OFTReal},
                                   {"skor_nama", OFTReal},    {"alasan", OFTString}};
    for (const Field& f : fields) {
        OGRFieldDefn def(f.name, f.type);
        if (f.type == OFTReal && QByteArray(f.name) != "radius_m" && QByteArray(f.name) != "skor_nama")
            def.SetPrecision(7);
        layer->CreateField(&def);
    }
    for (const RowReport& r : rows) {
        OGRFeatureUniquePtr feat(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        const Facility& f = r.facility;
        feat->SetField("baris", static_cast<int>(r.row));
        feat->SetField("kode", r.code.toUtf8().constData());
        feat->SetField("nama", r.name.toUtf8().constData());
        feat->SetField("desa_tertulis", r.desaText.toUtf8().constData());
        feat->SetField("kecamatan_tertulis", r.kecamatanText.toUtf8().constData());
        feat->SetField("koordinat_tertulis", r.coordText.toUtf8().constData());
        feat->SetField("hasil", outcomeName(r.outcome).toUtf8().constData());
        feat->SetField("desa_kode", f.desaCode.toUtf8().constData());
        feat->SetField("kecamatan_kode", f.kecamatanCode.toUtf8().constData());
        if (f.lat && f.lon) {
            feat->SetField("lintang", *f.lat);
            feat->SetField("bujur", *f.lon);
        }
        feat->SetField("metode", f.method.toUtf8().constData());
        if (f.uncertaintyM)
            feat->SetField("radius_m", std::round(*f.uncertaintyM));
        if (f.matchScore)
            feat->SetField("skor_nama", std::round(*f.matchScore * 1000) / 1000);
        feat->SetField("alasan", r.reason.toUtf8().constData());
        if (layer->CreateFeature(feat.get()) != OGRERR_NONE)
            throw Error(path, tr("laporan tidak dapat ditulis: %1").arg(lastGdalError()), r.row);
    }
}

// ------------------------------------------------------------------ import

// Fails before any work when the report could not be written afterwards.
static void checkReportWritable(const QString& path)
{
    const QFileInfo fi(path);
    const QFileInfo dir(fi.absolutePath());
    if (!dir.isDir() || !dir.isWritable() || (fi.exists() && !fi.isWritable()))
        throw Error(path, tr("laporan tidak dapat ditulis di sini (folder tidak ada atau hanya-baca); pilih tempat lain "
                             "dengan --report. Proyek tidak diubah"));
}

// The input row as a JSON object {header: cell}, kept so that a person can fix the row later.
static QString rawJson(const io::Table& table, size_t index)
{
    const QStringList& row = table.rows[index];
    QJsonObject raw;
    for (int c = 0; c < table.headers.size(); ++c)
        raw.insert(table.headers[c], c < row.size() ? row[c] : QString());
    return QString::fromUtf8(QJsonDocument(raw).toJson(QJsonDocument::Compact));
}

FacilityImportResult importFacilities(Project& project, const QString& path, const FacilityImportOptions& options,
                                      const Progress& progress)
{
    FacilityImportResult result;
    result.file = path;
    const io::Table table = io::readTable(path, options.sheet, io::ReadOptions{options.encoding});
    if (table.rows.empty())
        throw Error(path, tr("tidak ada baris data (berkas kosong atau hanya berisi judul kolom); tidak ada yang diimpor"));
    result.warnings << table.notices;
    const FacilityColumns columns = resolveColumns(table, options.columns);
    result.warnings << coordinateColumnWarnings(table, columns);
    // Without a desa column nothing can be cross-checked or placed by name: say so up front.
    if (columns.desa.isEmpty())
        result.warnings << tr("%1: tidak ada kolom desa/kelurahan yang dikenali (kolom: %2); baris tanpa koordinat tidak dapat "
                              "ditempatkan. Sebutkan kolomnya dengan --desa-col")
                               .arg(path, table.headers.join(QStringLiteral(", ")));

    Gazetteer gaz = Gazetteer::fromProject(project, options.areaPrefix);
    if (gaz.isEmpty())
        throw Error(project.path(), options.areaPrefix.isEmpty()
                                        ? tr("proyek belum berisi batas kecamatan/desa; impor batas wilayah dulu")
                                        : tr("proyek tidak berisi wilayah dengan kode %1").arg(options.areaPrefix));
    QString raster = options.populationRaster.isEmpty() ? project.setting(QStringLiteral("population_raster"))
                                                        : options.populationRaster;
    if (!raster.isEmpty() && !QFileInfo::exists(raster)) {
        result.warnings << tr("raster penduduk %1 tidak ditemukan; titik perkiraan memakai titik di dalam poligon desa").arg(raster);
        raster.clear();
    }
    DesaPlacer placer(gaz, raster);
    result.placementMethod = placer.hasRaster() ? QStringLiteral("desa_population_peak") : QStringLiteral("desa_interior_point");
    Geocoder geocoder(gaz, placer, options.geocode);
    if (!options.reportPath.isEmpty())
        checkReportWritable(options.reportPath);

    // The write transaction begins before the stored facilities are read for the duplicate
    // check: a second import of the same file waits (or fails clearly) instead of reading
    // the project before the first one has written, and importing everything twice.
    Transaction tx(project.db());
    result.rows = geocodeTable(table, columns, geocoder, options.type, project.facilities(options.type),
                               options.duplicateDistanceM, progress);

    int placed = 0, failed = 0;
    for (const RowReport& r : result.rows)
        (isPlaced(r.outcome) ? placed : failed) += 1;
    QStringList summary;
    for (Outcome o : {Outcome::Exact, Outcome::Repaired, Outcome::Flagged, Outcome::Estimated, Outcome::Imported,
                      Outcome::Ambiguous, Outcome::Unmatched, Outcome::Duplicate, Outcome::Rejected})
        if (int n = result.count(o))
            summary << QStringLiteral("%1=%2").arg(outcomeName(o)).arg(n);
    const QString opts = QStringLiteral("type=%1 columns=%2,%3,%4,%5,%6,%7,%8 area=%9")
                             .arg(facilityTypeName(options.type), columns.code, columns.name, columns.desa,
                                  columns.kecamatan, columns.lat, columns.lon, columns.coord, options.areaPrefix);

    result.importId = project.logImport(QStringLiteral("facilities"), path, opts, static_cast<qint64>(result.rows.size()),
                                        placed, failed, summary.join(QLatin1Char(' ')));
    for (RowReport& r : result.rows) {
        if (r.outcome == Outcome::Duplicate)
            continue;
        r.facility.importId = result.importId;
        r.facility.raw = rawJson(table, r.tableIndex);
        r.facility.id = project.insertFacility(r.facility);
    }
    tx.commit();
    // The report describes what is stored, so it is written only after the commit (its
    // folder was checked before the work began).
    if (!options.reportPath.isEmpty())
        writeReportCsv(options.reportPath, result.rows);
    return result;
}

} // namespace ps::geocode
