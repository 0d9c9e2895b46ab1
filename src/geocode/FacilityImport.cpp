#include "FacilityImport.h"
#include "CoordinateHeaders.h"
#include "core/Error.h"
#include "core/Gdal.h"
#include "core/Geodesy.h"
#include "core/Project.h"
#include "core/Sqlite.h"
#include "io/HeaderSynonyms.h"
#include "io/TableWriter.h"
#include "core/Locale.h"
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <ogrsf_frmts.h>
#include <cerrno>
#include <cmath>
#include <cpl_string.h>
#include <cpl_vsi.h>

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

FacilityColumns resolveColumns(const io::Table& t, const FacilityColumns& given, FacilityType type)
{
    FacilityColumns c = resolveColumns(t, given);
    if (given.name.isEmpty()) {
        const int i = io::HeaderSynonyms::standard().facilityNameColumn(t.headers, facilityTypeName(type));
        if (i >= 0)
            c.name = t.headers[i];
    }
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
    flagDisagreements(out, geocoder, type, duplicateDistanceM);
    progress.report(1.0, tr("geocoding"));
    return out;
}

static QString km(double m) { return m >= 1000 ? tr("%1 km").arg(formatNumber(m / 1000.0, 1)) : tr("%1 m").arg(formatNumber(m, 0)); }

static constexpr double kEdgeToleranceM = 1000.0;

static void flag(RowReport& r, const QString& why)
{
    if (r.outcome == Outcome::Exact || r.outcome == Outcome::Repaired || r.outcome == Outcome::Imported)
        r.outcome = Outcome::Flagged;
    r.reason = r.reason.isEmpty() ? why : r.reason + QStringLiteral("; ") + why;
    r.facility.status = statusFor(r.outcome);
    r.facility.note = r.reason;
}

void flagDisagreements(std::vector<RowReport>& rows, Geocoder& geocoder, FacilityType type, double duplicateDistanceM)
{
    const Gazetteer& gaz = geocoder.gazetteer();
    const auto& kec = gaz.kecamatan();
    // A province names its few hundred kecamatan over and over: each written form is matched once.
    QHash<QString, NameMatch::Kind> kecMatchKind;
    for (RowReport& r : rows) {
        const Facility& f = r.facility;
        if (!f.lon || r.outcome == Outcome::Duplicate || r.outcome == Outcome::Estimated || r.kecamatanText.trimmed().isEmpty())
            continue;
        auto kind = kecMatchKind.constFind(r.kecamatanText);
        if (kind == kecMatchKind.constEnd())
            kind = kecMatchKind.insert(r.kecamatanText, matchName(r.kecamatanText, NameKind::Kecamatan, kec, gaz.allKecamatan(),
                                                                  {}, &gaz.kecamatanByCompact()).kind);
        if (*kind == NameMatch::Kind::Unmatched) {
            // Often the puskesmas' own desa or an old name in the kecamatan column: the point decides, a person checks.
            const auto desaHere = gaz.desaAt(*f.lon, *f.lat);
            const int at = desaHere ? gaz.kecamatanIndex(gaz.desa()[*desaHere].parentCode) : -1;
            if (at >= 0)
                flag(r, tr("kecamatan tertulis \"%1\" tidak dikenal; titiknya di Kecamatan %2 (%3)")
                            .arg(r.kecamatanText.simplified(), kec[at].name, kec[at].code));
            continue;
        }
        const int written = geocoder.matchDesa(r.kecamatanText, r.desaText).kecamatan;
        if (written < 0)
            continue;
        const double d = gaz.distanceToKecamatanM(written, *f.lon, *f.lat);
        if (d <= 0.0 || !std::isfinite(d))
            continue;
        // Where the point lies (the stored codes stay those written when the desa was matched).
        // Desa and kecamatan layers from different sources disagree by some metres at their
        // edges: a point in a desa of the written kecamatan, or near it and in no desa, agrees.
        const auto desaHere = gaz.desaAt(*f.lon, *f.lat);
        const int at = desaHere ? gaz.kecamatanIndex(gaz.desa()[*desaHere].parentCode) : -1;
        if (at == written || (at < 0 && d <= kEdgeToleranceM))
            continue;
        flag(r, tr("kecamatan tertulis %1 (%2), tetapi titiknya di %3, %4 dari batas Kecamatan %1")
                    .arg(kec[written].name, kec[written].code,
                         at >= 0 ? tr("Kecamatan %1 (%2)").arg(kec[at].name, kec[at].code) : tr("luar kecamatan mana pun"),
                         km(d)));
    }
    // An unknown kecamatan that contains an official one as words ("SIMBORO DAN KEPULAUAN"): suggested, never assigned.
    for (RowReport& r : rows) {
        const QString written = normalizeName(r.kecamatanText, NameKind::Kecamatan);
        const QStringList words = written.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() < 2 || gaz.kecamatanByCompact().contains(compactName(written)))
            continue;
        QStringList hits;
        for (int len = static_cast<int>(words.size()) - 1; len >= 1 && hits.isEmpty(); --len)
            for (int at = 0; at + len <= words.size(); ++at) {
                const QString part = words.mid(at, len).join(QString());
                for (int k : gaz.kecamatanByCompact().value(part))
                    hits << QStringLiteral("%1 (%2)").arg(kec[k].name, kec[k].code);
            }
        hits.removeDuplicates();
        if (!hits.isEmpty()) {
            const QString why = tr("kecamatan \"%1\" mungkin %2; bila benar: petasehat alias add PROYEK \"%1\" KODE")
                                    .arg(r.kecamatanText.simplified(), hits.join(QStringLiteral(" atau ")));
            r.reason = r.reason.isEmpty() ? why : r.reason + QStringLiteral("; ") + why;
            r.facility.note = r.reason;
        }
    }
    // The same name twice with points apart: two places for one facility, or two facilities one name.
    const bool uniqueByName = type == FacilityType::Puskesmas || type == FacilityType::RumahSakit;
    QHash<QString, std::vector<size_t>> byName;
    for (size_t i = 0; i < rows.size(); ++i) {
        const RowReport& r = rows[i];
        if (r.name.isEmpty() || !r.facility.lon || r.outcome == Outcome::Duplicate)
            continue;
        QString key = normalizeName(r.name, NameKind::Desa);
        if (!uniqueByName)
            key += QChar(0x1f) + normalizeName(r.desaText, NameKind::Desa) + QChar(0x1f) +
                   normalizeName(r.kecamatanText, NameKind::Kecamatan);
        byName[key].push_back(i);
    }
    for (const std::vector<size_t>& same : byName) {
        for (size_t a = 0; a < same.size(); ++a)
            for (size_t b = a + 1; b < same.size(); ++b) {
                RowReport &ra = rows[same[a]], &rb = rows[same[b]];
                // Two codes say two facilities that share a name (a Rawat Inap and a Non Rawat Inap one).
                if (!ra.code.isEmpty() && !rb.code.isEmpty() && ra.code != rb.code)
                    continue;
                const double d = geodesicDistanceM(*ra.facility.lon, *ra.facility.lat, *rb.facility.lon, *rb.facility.lat);
                if (d <= duplicateDistanceM)
                    continue;
                flag(ra, tr("nama sama dengan baris %1, titiknya berjarak %2").arg(rb.row).arg(km(d)));
                flag(rb, tr("nama sama dengan baris %1, titiknya berjarak %2").arg(ra.row).arg(km(d)));
            }
    }
}

// ------------------------------------------------------------------ report

// One CSV field, quoted by GDAL's own CSV escaping (CPLES_CSV, what OGR's CSV
// writer applies to every field): quotes only where a comma, quote or line break needs them.
static void appendField(QByteArray& line, const QByteArray& utf8)
{
    if (!line.isEmpty())
        line += ',';
    char* escaped = CPLEscapeString(utf8.constData(), static_cast<int>(utf8.size()), CPLES_CSV);
    line += escaped;
    CPLFree(escaped);
}

static QByteArray number(double v) { return QByteArray::number(v, 'g', 15); }

void writeReportCsv(const QString& path, const std::vector<RowReport>& rows)
{
    initGdal();
    if (QFileInfo::exists(path) && !QFile::remove(path))
        throw Error(path, tr("laporan tidak dapat ditimpa"));
    // Written line by line through VSI with GDAL's CSV escaping: the OGR CSV
    // layer wraps every feature in an editable-layer copy and printf-formats
    // each field, several seconds of CPU for a province's 48,000 rows.
    VSILFILE* fp = VSIFOpenL(path.toUtf8().constData(), "wb");
    if (!fp)
        throw Error(path, tr("laporan tidak dapat ditulis: %1").arg(QString::fromUtf8(VSIStrerror(errno))));
    bool ok = true;
    auto write = [&](const QByteArray& line) {
        ok = ok && VSIFWriteL(line.constData(), 1, line.size(), fp) == static_cast<size_t>(line.size()) &&
             VSIFWriteL("\n", 1, 1, fp) == 1;
    };
    write("baris,kode,nama,desa_tertulis,kecamatan_tertulis,koordinat_tertulis,hasil,desa_kode,kecamatan_kode,lintang,"
          "bujur,metode,radius_m,skor_nama,alasan");
    QByteArray line;
    for (const RowReport& r : rows) {
        const Facility& f = r.facility;
        line.clear();
        appendField(line, QByteArray::number(r.row));
        for (const QString* t : {&r.code, &r.name, &r.desaText, &r.kecamatanText, &r.coordText})
            appendField(line, t->toUtf8());
        appendField(line, outcomeName(r.outcome).toUtf8());
        appendField(line, f.desaCode.toUtf8());
        appendField(line, f.kecamatanCode.toUtf8());
        appendField(line, f.lat && f.lon ? number(*f.lat) : QByteArray());
        appendField(line, f.lat && f.lon ? number(*f.lon) : QByteArray());
        appendField(line, f.method.toUtf8());
        appendField(line, f.uncertaintyM ? number(std::round(*f.uncertaintyM)) : QByteArray());
        appendField(line, f.matchScore ? number(std::round(*f.matchScore * 1000) / 1000) : QByteArray());
        appendField(line, r.reason.toUtf8());
        write(line);
        if (!ok)
            break;
    }
    ok = VSIFCloseL(fp) == 0 && ok;
    if (!ok)
        throw Error(path, tr("laporan tidak dapat ditulis: %1").arg(QString::fromUtf8(VSIStrerror(errno))));
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
// `keys` is the object of the headers (empty values), built once: each row only
// replaces the values instead of inserting (and sorting) every key again.
static QString rawJson(const io::Table& table, size_t index, const QJsonObject& keys)
{
    const QStringList& row = table.rows[index];
    QJsonObject raw = keys;
    for (int c = 0; c < table.headers.size(); ++c)
        if (c < row.size() && !row[c].isEmpty())
            raw[table.headers[c]] = row[c];
    return QString::fromUtf8(QJsonDocument(raw).toJson(QJsonDocument::Compact));
}

// The table with the project's aliases (old or local area names) replaced by the official
// names, so that matching sees them; the stored raw row keeps what was written.
static io::Table withAliases(const io::Table& table, const FacilityColumns& columns, const std::map<QString, QString>& aliases,
                             const Gazetteer& gaz, QStringList& warnings)
{
    if (aliases.empty())
        return table;
    QHash<QString, QString> kecName, desaName, desaKec;
    for (const auto& [alias, code] : aliases) {
        const QString key = normalizeName(alias, NameKind::Kecamatan);
        if (const int k = gaz.kecamatanIndex(code); k >= 0)
            kecName.insert(key, gaz.kecamatan()[k].name);
        if (const int d = gaz.desaIndex(code); d >= 0) {
            desaName.insert(normalizeName(alias, NameKind::Desa), gaz.desa()[d].name);
            const int k = gaz.kecamatanIndex(gaz.desa()[d].parentCode);
            desaKec.insert(normalizeName(alias, NameKind::Desa), k >= 0 ? gaz.kecamatan()[k].name : QString());
        }
    }
    io::Table out = table;
    const int cKec = table.column(columns.kecamatan), cDesa = table.column(columns.desa);
    int used = 0;
    for (QStringList& row : out.rows) {
        bool hit = false;
        if (cKec >= 0 && cKec < row.size())
            if (auto it = kecName.constFind(normalizeName(row[cKec], NameKind::Kecamatan)); it != kecName.constEnd()) {
                row[cKec] = *it;
                hit = true;
            }
        if (cDesa >= 0 && cDesa < row.size()) {
            const QString key = normalizeName(row[cDesa], NameKind::Desa);
            if (auto it = desaName.constFind(key); it != desaName.constEnd()) {
                row[cDesa] = *it;
                if (cKec >= 0 && cKec < row.size() && !desaKec.value(key).isEmpty())
                    row[cKec] = desaKec.value(key);
                hit = true;
            }
        }
        used += hit ? 1 : 0;
    }
    if (used > 0)
        warnings << tr("%1 baris memakai alias wilayah proyek (petasehat alias list)").arg(used);
    return out;
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
    const FacilityColumns columns = resolveColumns(table, options.columns, options.type);
    // A list without a name column would import facilities nobody can tell apart.
    if (columns.name.isEmpty())
        throw Error(path, tr("tidak ada kolom nama fasilitas (mis. nama, Nama Faskes, Nama %1, %2); kolom yang ada: %3. "
                             "Sebutkan kolomnya dengan --name-col")
                              .arg(facilityTypeLabel(options.type), facilityTypeName(options.type).toUpper(),
                                   table.headers.join(QStringLiteral(", "))),
                    -1, QStringLiteral("nama"));
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
    // Desa without their kecamatan: the written kecamatan cannot separate desa of one name, so
    // they would come out ambiguous by the thousand. Said before anything is imported.
    if (gaz.kecamatan().empty() && !gaz.desa().empty() && !columns.kecamatan.isEmpty() && !options.withoutKecamatan)
        throw Error(project.path(),
                    tr("proyek berisi %1 desa tetapi tidak ada batas kecamatan, jadi kolom '%2' tidak dapat dipakai dan "
                       "desa yang namanya sama di kecamatan lain akan menjadi ambigu. Impor dulu lapisan kecamatan, mis. "
                       "petasehat import boundaries %3 indonesia_admin.gpkg --layer kecamatan --within %4 "
                       "(atau ulangi dengan --tanpa-kecamatan untuk tetap mengimpor)")
                        .arg(gaz.desa().size())
                        .arg(columns.kecamatan, QFileInfo(project.path()).fileName(), gaz.desa().front().code.left(5)));
    DesaPlacer placer(gaz, raster);
    result.placementMethod = placer.hasRaster() ? QStringLiteral("desa_population_peak") : QStringLiteral("desa_interior_point");
    Geocoder geocoder(gaz, placer, options.geocode);
    if (!options.reportPath.isEmpty())
        checkReportWritable(options.reportPath);

    // The write transaction begins before the stored facilities are read for the duplicate
    // check: a second import of the same file waits (or fails clearly) instead of reading
    // the project before the first one has written, and importing everything twice.
    Transaction tx(project.db());
    const io::Table named = withAliases(table, columns, project.aliases(), gaz, result.warnings);
    result.rows = geocodeTable(named, columns, geocoder, options.type, project.facilities(options.type),
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
    QJsonObject keys;
    for (const QString& h : table.headers)
        keys.insert(h, QString());
    Project::FacilityWriter writer(project, static_cast<qint64>(result.rows.size()));
    // The raw row object is built by SQLite from the cells (rawJson only for unusual headers).
    const bool rawBySqlite = writer.setRawHeaders(table.headers);
    for (RowReport& r : result.rows) {
        if (r.outcome == Outcome::Duplicate)
            continue;
        r.facility.importId = result.importId;
        if (rawBySqlite) {
            r.facility.id = writer.insert(r.facility, table.rows[r.tableIndex]);
        } else {
            r.facility.raw = rawJson(table, r.tableIndex, keys);
            r.facility.id = writer.insert(r.facility);
        }
    }
    writer.finish();
    // A Cancel pressed while the rows were written still rolls everything back.
    progress.throwIfCancelled();
    tx.commit();
    // The report describes what is stored, so it is written only after the commit (its
    // folder was checked before the work began).
    if (!options.reportPath.isEmpty())
        writeReportCsv(options.reportPath, result.rows);
    return result;
}

} // namespace ps::geocode
