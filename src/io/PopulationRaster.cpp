#include "PopulationRaster.h"
#include "core/Error.h"
#include "core/Gdal.h"
#include "core/Locale.h"
#include <gdal_utils.h>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
#include <memory>
#include <ogr_spatialref.h>
#include <vector>

namespace ps::io {

static QString tr(const char* s) { return QCoreApplication::translate("ps::io::PopulationRaster", s); }

namespace {
struct CellScan {
    double total = 0;
    qint64 populated = 0;
};
} // namespace

// Cell area in km² at a latitude, for a lon/lat grid (x/y steps in degrees) or a metric one.
static double cellAreaKm2(const double gt[6], bool geographic, double lat)
{
    if (!geographic)
        return std::fabs(gt[1] * gt[5]) / 1e6;
    return std::fabs(gt[1]) * 111.32 * std::cos(lat * M_PI / 180.0) * std::fabs(gt[5]) * 110.57;
}

// Reads the band one block at a time (a sparse GeoTIFF's empty blocks are skipped
// unread) and refuses negative and absurd values with the cell named.
static CellScan scanCells(GDALRasterBand* band, std::optional<double> nodata, const double gt[6], bool geographic,
                          const QString& path)
{
    int bx = 0, by = 0;
    band->GetBlockSize(&bx, &by);
    bx = std::max(1, std::min(bx, 4096));
    by = std::max(1, std::min(by, std::max(1, (1 << 20) / bx)));
    const int w = band->GetXSize(), h = band->GetYSize();
    std::vector<double> buf(static_cast<size_t>(bx) * by);
    CellScan scan;
    for (int y0 = 0; y0 < h; y0 += by) {
        const int rows = std::min(by, h - y0);
        const double lat = gt[3] + (y0 + rows / 2.0) * gt[5];
        const double maxPerCell = kMaxPeoplePerKm2 * std::max(cellAreaKm2(gt, geographic, lat), 1e-6);
        for (int x0 = 0; x0 < w; x0 += bx) {
            const int cols = std::min(bx, w - x0);
            if (band->GetDataCoverageStatus(x0, y0, cols, rows, 0, nullptr) == GDAL_DATA_COVERAGE_STATUS_EMPTY)
                continue;
            if (band->RasterIO(GF_Read, x0, y0, cols, rows, buf.data(), cols, rows, GDT_Float64, 0, 0, nullptr) != CE_None)
                throw Error(path, tr("sel raster tidak dapat dibaca (baris %1): %2").arg(y0 + 1).arg(friendlyGdalError(lastGdalError())));
            for (int r = 0; r < rows; ++r)
                for (int c = 0; c < cols; ++c) {
                    const double v = buf[static_cast<size_t>(r) * cols + c];
                    if (std::isnan(v) || (nodata && v == *nodata))
                        continue;
                    const QString cell = tr("sel baris %1, kolom %2").arg(y0 + r + 1).arg(x0 + c + 1);
                    if (v < 0)
                        throw Error(path, tr("%1 bernilai negatif (%2); jumlah penduduk tidak boleh negatif. Tetapkan "
                                             "nilai itu sebagai nodata atau perbaiki rasternya").arg(cell, formatNumber(v, 2)));
                    if (!std::isfinite(v) || v > maxPerCell)
                        throw Error(path, tr("%1 bernilai %2 orang, lebih dari %3 orang per km²; bukan jumlah penduduk "
                                             "per sel (satuan salah atau berkas rusak)")
                                              .arg(cell, formatNumber(v, 0), formatNumber(kMaxPeoplePerKm2, 0)));
                    if (v > 0) {
                        scan.total += v;
                        ++scan.populated;
                    }
                }
        }
    }
    return scan;
}

PopulationRasterInfo inspectPopulationRaster(const QString& path)
{
    initGdal();
    PopulationRasterInfo info;
    info.path = QFileInfo(path).absoluteFilePath();
    if (!QFileInfo::exists(path))
        throw Error(path, tr("berkas tidak ditemukan"));
    CPLErrorReset();
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY));
    if (!ds) {
        const QString why = lastGdalError();
        throw Error(path, tr("tidak dapat dibaca sebagai raster: %1").arg(why.isEmpty() ? tr("format tidak dikenali atau berkas rusak") : why));
    }
    if (ds->GetRasterCount() != 1)
        throw Error(path, tr("raster penduduk harus satu band (jumlah orang per sel); berkas ini punya %1 band")
                              .arg(ds->GetRasterCount()));
    double gt[6];
    if (ds->GetGeoTransform(gt) != CE_None)
        throw Error(path, tr("raster tidak bergeoreferensi (tidak ada geotransform); simpan sebagai GeoTIFF dengan koordinat"));
    if (gt[2] != 0.0 || gt[4] != 0.0)
        throw Error(path, tr("raster berotasi tidak didukung; ubah dulu ke grid utara-atas (gdalwarp)"));
    if (!(gt[1] != 0.0 && gt[5] != 0.0 && std::isfinite(gt[1]) && std::isfinite(gt[5])))
        throw Error(path, tr("ukuran sel raster nol atau tidak sah"));
    const OGRSpatialReference* srs = ds->GetSpatialRef();
    if (!srs)
        throw Error(path, tr("raster tidak menyebut sistem koordinat (CRS)"));
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRSpatialReference source(*srs);
    source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> ct(OGRCreateCoordinateTransformation(&source, &wgs84));
    if (!ct)
        throw Error(path, tr("sistem koordinat raster tidak dapat diubah ke EPSG:4326: %1").arg(lastGdalError()));
    const char* auth = source.GetAuthorityName(nullptr);
    const char* code = source.GetAuthorityCode(nullptr);
    info.crs = auth && code ? QStringLiteral("%1:%2").arg(QString::fromUtf8(auth), QString::fromUtf8(code))
                            : QString::fromUtf8(source.GetName());

    info.width = ds->GetRasterXSize();
    info.height = ds->GetRasterYSize();
    const double x0 = gt[0], x1 = gt[0] + gt[1] * info.width;
    const double y0 = gt[3], y1 = gt[3] + gt[5] * info.height;
    double minX = 0, minY = 0, maxX = 0, maxY = 0;
    if (!ct->TransformBounds(std::min(x0, x1), std::min(y0, y1), std::max(x0, x1), std::max(y0, y1), &minX, &minY, &maxX,
                             &maxY, 21))
        throw Error(path, tr("batas raster tidak dapat diubah ke bujur/lintang"));
    info.extentLonLat = QRectF(QPointF(minX, minY), QPointF(maxX, maxY));

    GDALRasterBand* band = ds->GetRasterBand(1);
    info.dataType = QString::fromUtf8(GDALGetDataTypeName(band->GetRasterDataType()));
    int hasNodata = 0;
    const double nd = band->GetNoDataValue(&hasNodata);
    if (hasNodata)
        info.nodata = nd;
    const bool geographic = source.IsGeographic();
    if (!geographic || !source.GetAuthorityCode(nullptr) || info.crs != QLatin1String("EPSG:4326"))
        info.needsWarp = tr("sistem koordinat %1 bukan bujur/lintang EPSG:4326").arg(info.crs);
    else if (gt[5] > 0)
        info.needsWarp = tr("raster selatan-ke-atas (baris pertama di selatan)");
    const CellScan scan = scanCells(band, info.nodata, gt, geographic, path);
    if (scan.populated == 0)
        throw Error(path, tr("raster tidak berisi satu pun sel berpenduduk (semua nodata, NaN atau nol); bukan raster "
                             "penduduk yang dapat dipakai. Raster yang tersimpan tidak diganti"));
    if (scan.total > kMaxTotalPeople)
        throw Error(path, tr("jumlah penduduk raster %1 orang, tidak masuk akal; periksa satuan sel").arg(formatNumber(scan.total, 0)));
    info.total = scan.total;
    info.populatedCells = scan.populated;
    return info;
}

// Reprojects to north-up EPSG:4326 beside the project with sum resampling (people are
// counts: summing keeps the total, averaging would not). Returns the new file.
static QString warpToLonLat(const QString& path, const QString& projectPath)
{
    const QString out = QFileInfo(projectPath).absolutePath() + QLatin1Char('/') + QFileInfo(path).completeBaseName() +
                        QStringLiteral("_epsg4326.tif");
    const QStringList args = {"-t_srs", "EPSG:4326", "-r", "sum", "-of", "GTiff", "-co", "COMPRESS=DEFLATE",
                              "-co", "TILED=YES", "-overwrite"};
    std::vector<QByteArray> store;
    std::vector<char*> argv;
    for (const QString& a : args)
        store.push_back(a.toUtf8());
    for (QByteArray& a : store)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::unique_ptr<GDALWarpAppOptions, void (*)(GDALWarpAppOptions*)> opts(GDALWarpAppOptionsNew(argv.data(), nullptr),
                                                                           GDALWarpAppOptionsFree);
    GDALDatasetUniquePtr src(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY));
    GDALDatasetH srcHandle = src.get();
    int usageError = 0;
    GdalErrorWatch errors;
    GDALDatasetH dst = GDALWarp(out.toUtf8().constData(), nullptr, 1, &srcHandle, opts.get(), &usageError);
    if (!dst || errors.failed()) {
        if (dst)
            GDALClose(dst);
        QFile::remove(out);
        const QString why = friendlyGdalError(errors.firstError());
        throw Error(path, tr("raster tidak dapat diubah ke bujur/lintang EPSG:4326 (gdalwarp)%1; ubah sendiri dengan "
                             "gdalwarp -t_srs EPSG:4326 -r sum lalu impor hasilnya")
                              .arg(why.isEmpty() ? QString() : QStringLiteral(": ") + why));
    }
    GDALClose(dst);
    return out;
}

PopulationRasterInfo registerPopulationRaster(Project& project, const QString& path)
{
    const QRectF areas = project.extent();
    PopulationRasterInfo info = inspectPopulationRaster(path);
    if (!info.needsWarp.isEmpty()) {
        const QString reason = info.needsWarp;
        const QString warped = warpToLonLat(path, project.path());
        try {
            info = inspectPopulationRaster(warped);
        } catch (...) {
            QFile::remove(warped);
            throw;
        }
        info.warpedFrom = QFileInfo(path).absoluteFilePath();
        info.warnings << tr("%1: diubah ke bujur/lintang EPSG:4326 dengan gdalwarp (resampling sum) menjadi %2; berkas "
                            "itu yang dipakai proyek").arg(reason, warped);
    }
    // Edges that differ by less than ~100 m are the same edge drawn on a grid.
    const double margin = 0.001;
    if (!areas.isNull() && !areas.intersects(info.extentLonLat))
        info.warnings << tr("raster tidak bertampalan dengan batas wilayah proyek; periksa apakah berkasnya benar");
    else if (!areas.isNull() && !info.extentLonLat.adjusted(-margin, -margin, margin, margin).contains(areas))
        info.warnings << tr("raster hanya menutup sebagian batas wilayah proyek; penduduk di luar raster tidak terhitung");

    Transaction tx(project.db());
    project.setSetting(QStringLiteral("population_raster"), info.path);
    project.setSetting(QStringLiteral("population_raster_nodata"),
                       info.nodata ? QString::number(*info.nodata, 'g', 17) : QString());
    project.setSetting(QStringLiteral("population_total"), info.total ? QString::number(*info.total, 'f', 1) : QString());
    QJsonObject opts{{QStringLiteral("width"), info.width}, {QStringLiteral("height"), info.height},
                     {QStringLiteral("crs"), info.crs}};
    project.logImport(QStringLiteral("population"), info.path, QString::fromUtf8(QJsonDocument(opts).toJson(QJsonDocument::Compact)),
                      1, 1, 0,
                      info.total ? tr("jumlah penduduk %1").arg(QString::number(*info.total, 'f', 0)) : QString());
    tx.commit();
    return info;
}

} // namespace ps::io
