// `petasehat import facilities PROJECT FILE --type TYPE`: geocodes a facility sheet into the project.
#include "CliUtil.h"
#include "Command.h"
#include "ProgressBar.h"
#include "core/Error.h"
#include "core/HeapReserve.h"
#include "core/Locale.h"
#include "core/Project.h"
#include "geocode/FacilityImport.h"
#include "geocode/ImportSummary.h"
#include <QCoreApplication>
#include <QFileInfo>

namespace ps::cli {

static QString tr(const char* s) { return QCoreApplication::translate("cli", s); }

int cmdImportFacilities(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Mengimpor puskesmas, pustu, poskesdes, posyandu atau rumah sakit dari CSV/XLSX: nama desa dan kecamatan "
           "dicocokkan dengan batas wilayah proyek, koordinat diperiksa dan diperbaiki, baris tanpa koordinat "
           "ditempatkan di dalam desanya. Semua baris (kecuali duplikat) disimpan; yang belum tertempatkan dapat "
           "diperbaiki dengan 'petasehat facility fix'."));
    p.addPositionalArgument(QStringLiteral("proyek"), tr("berkas proyek"));
    p.addPositionalArgument(QStringLiteral("berkas"), tr("CSV, XLSX atau ODS"));
    const QCommandLineOption type({"type", "jenis"}, tr("jenis fasilitas: puskesmas, pustu, poskesdes, posyandu, rumah_sakit"),
                                  tr("jenis"));
    const QCommandLineOption sheet("sheet", tr("lembar XLSX/ODS (bawaan: lembar pertama)"), tr("nama"));
    const QCommandLineOption area("wilayah", tr("batasi pencocokan pada kode wilayah ini, mis. 16.07"), tr("kode"));
    const QCommandLineOption code("code-col", tr("kolom kode fasilitas (bawaan: kode*)"), tr("kolom"));
    const QCommandLineOption name("name-col", tr("kolom nama fasilitas (bawaan: judul yang menyebut jenisnya, mis. PUSKESMAS, Nama PKM, Nama Posyandu, Nama Faskes, nama*)"), tr("kolom"));
    const QCommandLineOption desa("desa-col", tr("kolom nama desa/kelurahan"), tr("kolom"));
    const QCommandLineOption kec("kecamatan-col", tr("kolom nama kecamatan"), tr("kolom"));
    const QCommandLineOption lat("lat-col", tr("kolom lintang (bawaan: latitude/lintang/lat)"), tr("kolom"));
    const QCommandLineOption lon("lon-col", tr("kolom bujur (bawaan: longitude/bujur/lon/lng)"), tr("kolom"));
    const QCommandLineOption coord("coord-col", tr("satu kolom berisi \"lintang, bujur\""), tr("kolom"));
    const QCommandLineOption report("report", tr("berkas laporan CSV (bawaan: di samping proyek)"), tr("berkas"));
    const QCommandLineOption raster("raster", tr("raster penduduk untuk menempatkan titik (bawaan: setelan proyek)"),
                                    tr("berkas"));
    const QCommandLineOption maxDist("max-distance-m",
                                     tr("titik di luar desa yang disebut dipertahankan (ditandai) sampai jarak ini; "
                                        "lebih jauh ditolak (bawaan 2000)"),
                                     tr("meter"));
    const QCommandLineOption noKec(QStringList{"tanpa-kecamatan", "without-kecamatan"},
                                   tr("impor walau proyek tidak berisi batas kecamatan (kolom kecamatan diabaikan)"));
    const QCommandLineOption encoding("encoding", tr("pengodean CSV: utf-8, utf-16, cp1252, latin1 (bawaan: dikenali otomatis)"),
                                      tr("pengodean"));
    p.addOption(encoding);
    for (const auto* o : {&type, &sheet, &area, &code, &name, &desa, &kec, &lat, &lon, &coord, &report, &raster, &maxDist, &noKec})
        p.addOption(*o);
    parseOrExit(p, QStringLiteral("import facilities"), args, 2, 2);

    geocode::FacilityImportOptions o;
    const auto t = facilityTypeFromName(p.value(type).trimmed().toLower());
    if (!p.isSet(type) || !t) {
        err() << tr("Galat: sebutkan --type puskesmas|pustu|poskesdes|posyandu|rumah_sakit\n");
        return 1;
    }
    o.type = *t;
    o.sheet = p.value(sheet);
    o.encoding = p.value(encoding);
    o.areaPrefix = p.value(area).trimmed();
    o.columns = {p.value(code), p.value(name), p.value(desa), p.value(kec), p.value(lat), p.value(lon), p.value(coord)};
    o.populationRaster = p.value(raster);
    o.withoutKecamatan = p.isSet(noKec);
    if (p.isSet(maxDist)) {
        bool ok = false;
        o.geocode.flagDistanceM = p.value(maxDist).toDouble(&ok);
        if (!ok || o.geocode.flagDistanceM < 0) {
            err() << tr("Galat: --max-distance-m harus angka meter\n");
            return 1;
        }
    }
    const QString projectPath = p.positionalArguments().at(0), file = p.positionalArguments().at(1);
    o.reportPath = p.isSet(report) ? p.value(report) : geocode::defaultReportPath(projectPath, file);
    // A province sheet (48,000 rows) allocates some 250 MB: in huge pages, not 60,000 page faults.
    reserveHugePageHeap(256u << 20);
    auto project = Project::open(projectPath);
    geocode::FacilityImportResult r;
    {
        ProgressBar bar(tr("Geocoding %1").arg(QFileInfo(file).fileName()));
        r = geocode::importFacilities(*project, file, o, bar.progress());
    }
    out() << geocode::summaryText(geocode::summarizeImport(r), r);
    out() << tr("Laporan per baris: %1\n").arg(o.reportPath);
    out() << tr("Impor tercatat dengan nomor %1.\n").arg(r.importId);
    return 0;
}

} // namespace ps::cli
