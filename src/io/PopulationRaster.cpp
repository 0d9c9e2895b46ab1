#include "PopulationRaster.h"
#include "core/Error.h"
#include "core/Gdal.h"
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
#include <memory>
#include <ogr_spatialref.h>
#include <vector>

namespace ps::io {

static QString tr(const char* s) { return QCoreApplication::translate("ps::io::PopulationRaster", s); }

// Summing reads every cell once; beyond this many cells we leave it to the analyses.
static constexpr qint64 kMaxCellsToSum = 100'000'000;

static double sumValidCells(GDALRasterBand* band, std::optional<double> nodata, const QString& path)
{
    const int w = band->GetXSize(), h = band->GetYSize();
    const int rowsPerChunk = std::max(1, 1 << 20 / std::max(1, w));
    std::vector<double> buf(static_cast<size_t>(w) * rowsPerChunk);
    double total = 0.0;
    for (int y = 0; y < h; y += rowsPerChunk) {
        const int rows = std::min(rowsPerChunk, h - y);
        if (band->RasterIO(GF_Read, 0, y, w, rows, buf.data(), w, rows, GDT_Float64, 0, 0, nullptr) != CE_None)
            throw Error(path, tr("sel raster tidak dapat dibaca (baris %1): %2").arg(y).arg(lastGdalError()));
        for (size_t i = 0; i < static_cast<size_t>(w) * rows; ++i) {
            const double v = buf[i];
            if (std::isfinite(v) && v > 0 && (!nodata || v != *nodata))
                total += v;
        }
    }
    return total;
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
    if (qint64(info.width) * info.height <= kMaxCellsToSum)
        info.total = sumValidCells(band, info.nodata, path);
    return info;
}

PopulationRasterInfo registerPopulationRaster(Project& project, const QString& path)
{
    PopulationRasterInfo info = inspectPopulationRaster(path);
    const QRectF areas = project.extent();
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
