#include "Fixtures.h"
#include "core/Error.h"
#include "core/Gdal.h"
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>
#include <gtest/gtest.h>
#include <ogr_spatialref.h>
#include <stdexcept>

namespace iotest {

static GDALDriver* driver(const char* name)
{
    ps::initGdal();
    GDALDriver* d = GetGDALDriverManager()->GetDriverByName(name);
    if (!d)
        throw std::runtime_error(std::string("no GDAL driver ") + name);
    return d;
}

void writeVector(const QString& path, const char* drv, const QString& layerName, int epsg,
                 const std::vector<Feature>& features, const QString& codeField)
{
    GDALDatasetUniquePtr ds(driver(drv)->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    ASSERT_TRUE(ds) << ps::lastGdalError().toStdString();
    OGRSpatialReference srs;
    if (epsg) {
        srs.importFromEPSG(epsg);
        srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    }
    OGRLayer* layer = ds->CreateLayer(layerName.toUtf8().constData(), epsg ? &srs : nullptr, wkbUnknown, nullptr);
    ASSERT_TRUE(layer);
    OGRFieldDefn code(codeField.toUtf8().constData(), OFTString), name("nama", OFTString);
    layer->CreateField(&code);
    layer->CreateField(&name);
    for (const Feature& f : features) {
        OGRFeatureUniquePtr feat(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        feat->SetField(0, f.code.toUtf8().constData());
        feat->SetField(1, f.name.toUtf8().constData());
        if (!f.wkt.isEmpty()) {
            OGRGeometry* g = nullptr;
            const QByteArray wkt = f.wkt.toUtf8();
            ASSERT_EQ(OGRGeometryFactory::createFromWkt(wkt.constData(), nullptr, &g), OGRERR_NONE) << wkt.constData();
            feat->SetGeometryDirectly(g);
        }
        ASSERT_EQ(layer->CreateFeature(feat.get()), OGRERR_NONE);
    }
}

void writeXlsx(const QString& path, const std::vector<Sheet>& sheets)
{
    GDALDatasetUniquePtr ds(driver("XLSX")->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    ASSERT_TRUE(ds);
    for (const Sheet& s : sheets) {
        OGRLayer* layer = ds->CreateLayer(s.name.toUtf8().constData(), nullptr, wkbNone, nullptr);
        ASSERT_TRUE(layer);
        for (const QString& h : s.headers) {
            OGRFieldDefn f(h.toUtf8().constData(), OFTString);
            layer->CreateField(&f);
        }
        for (const QStringList& row : s.rows) {
            OGRFeatureUniquePtr feat(OGRFeature::CreateFeature(layer->GetLayerDefn()));
            for (int i = 0; i < row.size(); ++i)
                if (!row[i].isEmpty())
                    feat->SetField(i, row[i].toUtf8().constData());
            ASSERT_EQ(layer->CreateFeature(feat.get()), OGRERR_NONE);
        }
    }
}

void writeCsv(const QString& path, const Sheet& sheet)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QTextStream s(&f);
    s << sheet.headers.join(QLatin1Char(',')) << "\n";
    for (const QStringList& row : sheet.rows) {
        QStringList quoted;
        for (const QString& c : row)
            quoted << (c.contains(QLatin1Char(',')) ? QLatin1Char('"') + c + QLatin1Char('"') : c);
        s << quoted.join(QLatin1Char(',')) << "\n";
    }
}

void writeRaster(const QString& path, int width, int height, int bands, double originX, double originY, double cell,
                 int epsg, bool georeferenced, float value)
{
    GDALDatasetUniquePtr ds(
        driver("GTiff")->Create(path.toUtf8().constData(), width, height, bands, GDT_Float32, nullptr));
    ASSERT_TRUE(ds);
    if (georeferenced) {
        double gt[6] = {originX, cell, 0, originY, 0, -cell};
        ds->SetGeoTransform(gt);
    }
    if (epsg) {
        OGRSpatialReference srs;
        srs.importFromEPSG(epsg);
        ds->SetSpatialRef(&srs);
    }
    std::vector<float> cells(static_cast<size_t>(width) * height, value);
    cells[0] = -1.0f; // one nodata cell
    for (int b = 1; b <= bands; ++b) {
        ds->GetRasterBand(b)->SetNoDataValue(-1.0);
        ASSERT_EQ(ds->GetRasterBand(b)->RasterIO(GF_Write, 0, 0, width, height, cells.data(), width, height, GDT_Float32,
                                                 0, 0, nullptr),
                  CE_None);
    }
}

QString squareWkt(double x, double y, double size)
{
    return QStringLiteral("MULTIPOLYGON(((%1 %2, %3 %2, %3 %4, %1 %4, %1 %2)))")
        .arg(x, 0, 'f', 6).arg(y, 0, 'f', 6).arg(x + size, 0, 'f', 6).arg(y + size, 0, 'f', 6);
}

QString dumpUserTables(ps::Project& project)
{
    static const struct {
        const char* sql;
        int columns;
    } queries[] = {
        {"SELECT code, level, name, parent_code, area_km2, source, hex(AsBinary(geom)) FROM admin_area ORDER BY code", 7},
        {"SELECT id, code, type, name, desa_code, status, X(geom), Y(geom) FROM facility ORDER BY id", 8},
        {"SELECT area_code, period, indicator, numerator, denominator, value, import_id FROM indicator_value "
         "ORDER BY area_code, period, indicator", 7},
        {"SELECT id, kind, source_file, options, imported_at, rows_read, rows_ok, rows_failed, message FROM import_log "
         "ORDER BY id", 9},
        {"SELECT key, value FROM setting ORDER BY key", 2},
    };
    QString out;
    for (const auto& q : queries) {
        out += QString::fromLatin1(q.sql) + QLatin1Char('\n');
        auto st = project.db().prepare(q.sql);
        const int cols = q.columns;
        while (st.step()) {
            QStringList cells;
            for (int i = 0; i < cols; ++i)
                cells << (st.isNull(i) ? QStringLiteral("NULL") : st.text(i));
            out += cells.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    }
    return out;
}

void writeGarbage(const QString& path, int bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QByteArray data(bytes, Qt::Uninitialized);
    QRandomGenerator rng(42);
    for (char& c : data)
        c = static_cast<char>(rng.bounded(256));
    f.write(data);
}

pstest::CliRun petasehat(const QStringList& args)
{
#ifdef PETASEHAT_CLI
    return pstest::runProgram(QStringLiteral(PETASEHAT_CLI), args, 120000);
#else
    Q_UNUSED(args);
    return {};
#endif
}

std::optional<ps::AreaValue> areaValue(ps::Project& project, const QString& code, const char* indicator, int period,
                                       ps::AdminLevel level)
{
    for (const ps::AreaValue& v : project.valuesByLevel(QString::fromLatin1(indicator), period, level, 100))
        if (v.areaCode == code)
            return v;
    return std::nullopt;
}

QString indicatorImportError(ps::Project& project, const QString& path, const ps::io::IndicatorImportOptions& options)
{
    try {
        ps::io::importIndicators(project, path, options);
    } catch (const ps::Error& e) {
        return e.message();
    }
    return QStringLiteral("(no error)");
}

} // namespace iotest
