#include "DemoWriter.h"
#include "core/Error.h"
#include "core/Gdal.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cpl_string.h>

namespace ps::demo {

namespace {

GDALDriver* driver(const char* name)
{
    initGdal();
    GDALDriver* d = GetGDALDriverManager()->GetDriverByName(name);
    if (!d)
        throw Error(QStringLiteral("GDAL tidak memiliki driver %1").arg(QLatin1String(name)));
    return d;
}

// Removes an earlier file so that GDAL creates it fresh.
void replaceFile(const QString& path)
{
    if (QFileInfo::exists(path) && !QFile::remove(path))
        throw Error(path, QStringLiteral("berkas lama tidak dapat dihapus"));
}

GDALDatasetUniquePtr createVector(const char* driverName, const QString& path)
{
    replaceFile(path);
    GDALDatasetUniquePtr ds(driver(driverName)->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds)
        throw Error(path, QStringLiteral("tidak dapat dibuat: %1").arg(lastGdalError()));
    return ds;
}

void fail(const QString& path, const QString& what) { throw Error(path, QStringLiteral("%1: %2").arg(what, lastGdalError())); }

OGRSpatialReference wgs84()
{
    OGRSpatialReference srs;
    srs.importFromEPSG(4326);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

void addTableLayer(GDALDataset& ds, const QString& path, const DemoTable& table, const QString& layerName,
                   CSLConstList layerOptions)
{
    OGRLayer* layer = ds.CreateLayer(layerName.toUtf8().constData(), nullptr, wkbNone, const_cast<char**>(layerOptions));
    if (!layer)
        fail(path, QStringLiteral("lapisan %1 tidak dapat dibuat").arg(layerName));
    for (const QString& c : table.columns) {
        OGRFieldDefn field(c.toUtf8().constData(), table.integerColumns.contains(c) ? OFTInteger : OFTString);
        if (layer->CreateField(&field) != OGRERR_NONE)
            fail(path, QStringLiteral("kolom %1 tidak dapat dibuat").arg(c));
    }
    for (const QStringList& row : table.rows) {
        OGRFeatureUniquePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        for (int i = 0; i < row.size() && i < table.columns.size(); ++i) {
            if (row[i].isEmpty())
                continue;   // a blank cell stays blank (null), never zero
            if (table.integerColumns.contains(table.columns[i]))
                f->SetField(i, row[i].toInt());
            else
                f->SetField(i, row[i].toUtf8().constData());
        }
        if (layer->CreateFeature(f.get()) != OGRERR_NONE)
            fail(path, QStringLiteral("baris tidak dapat ditulis"));
    }
}

} // namespace

QStringList DemoFiles::all() const
{
    return {boundaries, population, puskesmas, pustu, posyandu, indicatorXlsx, indicatorCsv};
}

void writeAreasGpkg(const QString& path, const std::vector<std::pair<QString, std::vector<const DemoArea*>>>& layers)
{
    // A fixed "last change" stamp, so the same district gives the same bytes.
    CPLSetThreadLocalConfigOption("OGR_CURRENT_DATE", "2024-12-31T00:00:00.000Z");
    struct Reset {
        ~Reset() { CPLSetThreadLocalConfigOption("OGR_CURRENT_DATE", nullptr); }
    } reset;
    GDALDatasetUniquePtr ds = createVector("GPKG", path);
    OGRSpatialReference srs = wgs84();
    for (const auto& [name, areas] : layers) {
        OGRLayer* layer = ds->CreateLayer(name.toUtf8().constData(), &srs, wkbMultiPolygon, nullptr);
        if (!layer)
            fail(path, QStringLiteral("lapisan %1 tidak dapat dibuat").arg(name));
        OGRFieldDefn kode("kode", OFTString), nama("nama", OFTString);
        layer->CreateField(&kode);
        layer->CreateField(&nama);
        if (layer->StartTransaction() != OGRERR_NONE)
            fail(path, QStringLiteral("transaksi"));
        for (const DemoArea* a : areas) {
            OGRFeatureUniquePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
            f->SetField("kode", a->code.toUtf8().constData());
            f->SetField("nama", a->name.toUtf8().constData());
            OGRGeometry* geom = nullptr;
            if (OGRGeometryFactory::createFromWkb(a->wkb.constData(), &srs, &geom, a->wkb.size()) != OGRERR_NONE)
                throw Error(path, QStringLiteral("geometri %1 rusak").arg(a->code));
            f->SetGeometryDirectly(geom);
            if (layer->CreateFeature(f.get()) != OGRERR_NONE)
                fail(path, QStringLiteral("fitur %1 tidak dapat ditulis").arg(a->code));
        }
        if (layer->CommitTransaction() != OGRERR_NONE)
            fail(path, QStringLiteral("transaksi"));
    }
    ds.reset();   // written (and stamped) before the date option is reset
}

void writePopulationTiff(const QString& path, const DemoRaster& r)
{
    replaceFile(path);
    CPLStringList options;
    options.SetNameValue("COMPRESS", "DEFLATE");
    options.SetNameValue("PREDICTOR", "3");
    options.SetNameValue("TILED", "YES");
    GDALDatasetUniquePtr ds(
        driver("GTiff")->Create(path.toUtf8().constData(), r.width, r.height, 1, GDT_Float32, options.List()));
    if (!ds)
        fail(path, QStringLiteral("tidak dapat dibuat"));
    double gt[6] = {r.west, r.cellDeg, 0.0, r.north, 0.0, -r.cellDeg};
    ds->SetGeoTransform(gt);
    OGRSpatialReference srs = wgs84();
    ds->SetSpatialRef(&srs);
    GDALRasterBand* band = ds->GetRasterBand(1);
    band->SetNoDataValue(DemoRaster::kNoData);
    band->SetDescription("penduduk per sel");
    if (band->RasterIO(GF_Write, 0, 0, r.width, r.height, const_cast<float*>(r.people.data()), r.width, r.height,
                       GDT_Float32, 0, 0) != CE_None)
        fail(path, QStringLiteral("menulis sel raster"));
    ds.reset();   // flush and close
}

void writeTableCsv(const QString& path, const DemoTable& table)
{
    GDALDatasetUniquePtr ds = createVector("CSV", path);
    CPLStringList options;
    options.SetNameValue("LINEFORMAT", "LF");
    options.SetNameValue("STRING_QUOTING", "IF_NEEDED");
    addTableLayer(*ds, path, table, QFileInfo(path).completeBaseName(), options.List());
}

void writeTablesXlsx(const QString& path, const std::vector<DemoTable>& sheets)
{
    GDALDatasetUniquePtr ds = createVector("XLSX", path);
    for (const DemoTable& sheet : sheets)
        addTableLayer(*ds, path, sheet, sheet.name, nullptr);
}

DemoFiles writeDemoInputs(const DemoDistrict& d, const QString& dir, Progress& progress)
{
    if (!QDir().mkpath(dir))
        throw Error(dir, QStringLiteral("folder tidak dapat dibuat"));
    DemoFiles f;
    f.dir = QDir(dir).absolutePath();
    auto at = [&](const char* name) { return QDir(f.dir).filePath(QLatin1String(name)); };
    f.boundaries = at("desa.gpkg");
    f.population = at("population_100m.tif");
    f.puskesmas = at("puskesmas.csv");
    f.pustu = at("pustu.csv");
    f.posyandu = at("posyandu.csv");
    f.indicatorXlsx = at("indikator_kecamatan.xlsx");
    f.indicatorCsv = at("indikator_kecamatan.csv");

    progress.report(0.0, QStringLiteral("desa.gpkg"));
    std::vector<const DemoArea*> kab{&d.kabupaten}, kec, desa;
    for (const DemoArea& a : d.neighbours)
        kab.push_back(&a);
    for (const DemoArea& a : d.kecamatan)
        kec.push_back(&a);
    for (const DemoArea& a : d.desa)
        desa.push_back(&a);
    writeAreasGpkg(f.boundaries, {{QStringLiteral("provinsi"), {&d.provinsi}},
                                  {QStringLiteral("kabupaten"), kab},
                                  {QStringLiteral("kecamatan"), kec},
                                  {QStringLiteral("desa"), desa}});
    progress.report(0.4, QStringLiteral("population_100m.tif"));
    writePopulationTiff(f.population, d.population);
    progress.report(0.8, QStringLiteral("CSV/XLSX"));
    writeTableCsv(f.puskesmas, d.puskesmas);
    writeTableCsv(f.pustu, d.pustu);
    writeTableCsv(f.posyandu, d.posyandu);
    writeTablesXlsx(f.indicatorXlsx, d.indicatorSheets);
    writeTableCsv(f.indicatorCsv, d.indicatorCsv);
    progress.report(1.0);
    return f;
}

} // namespace ps::demo
