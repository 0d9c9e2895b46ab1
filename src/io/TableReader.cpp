#include "TableReader.h"
#include "core/Error.h"
#include "core/Gdal.h"
#include <QCoreApplication>
#include <QFileInfo>

namespace ps::io {

static QString tr(const char* s) { return QCoreApplication::translate("ps::io::TableReader", s); }

int Table::column(const QString& header) const
{
    const QString want = header.trimmed();
    for (int i = 0; i < headers.size(); ++i)
        if (headers[i].trimmed().compare(want, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

static Table readLayer(const QString& path, OGRLayer* layer, bool isCsv)
{
    Table t;
    t.file = path;
    t.sheet = isCsv ? QString() : QString::fromUtf8(layer->GetName());
    OGRFeatureDefn* defn = layer->GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        t.headers << QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef()).trimmed();
    layer->ResetReading();
    qint64 rowNo = 1;
    for (auto& feature : *layer) {
        ++rowNo;
        QStringList cells;
        cells.reserve(t.headers.size());
        for (int i = 0; i < t.headers.size(); ++i)
            cells << (feature->IsFieldSetAndNotNull(i) ? QString::fromUtf8(feature->GetFieldAsString(i)) : QString());
        t.rows.push_back(std::move(cells));
        t.rowNumbers.push_back(rowNo);
    }
    return t;
}

static GDALDatasetUniquePtr openTable(const QString& path, bool& isCsv)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    isCsv = suffix == QLatin1String("csv") || suffix == QLatin1String("txt");
    if (isCsv)
        return openVector(path, {QStringLiteral("CSV")},
                          {QStringLiteral("AUTODETECT_TYPE=NO"), QStringLiteral("HEADERS=YES"),
                           QStringLiteral("KEEP_SOURCE_COLUMNS=YES")});
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("ods"))
        return openVector(path, {QStringLiteral("XLSX"), QStringLiteral("ODS")},
                          {QStringLiteral("HEADERS=FORCE"), QStringLiteral("FIELD_TYPES=STRING")});
    throw Error(path, tr("jenis berkas tidak didukung (harus .csv, .xlsx atau .ods)"));
}

std::vector<Table> readTables(const QString& path)
{
    bool isCsv = false;
    GDALDatasetUniquePtr ds = openTable(path, isCsv);
    std::vector<Table> out;
    for (OGRLayer* layer : ds->GetLayers())
        out.push_back(readLayer(path, layer, isCsv));
    if (out.empty())
        throw Error(path, tr("tidak ada lembar (sheet) yang berisi tabel"));
    return out;
}

Table readTable(const QString& path, const QString& sheet)
{
    bool isCsv = false;
    GDALDatasetUniquePtr ds = openTable(path, isCsv);
    OGRLayer* layer = sheet.isEmpty() ? ds->GetLayer(0) : ds->GetLayerByName(sheet.toUtf8().constData());
    if (!layer)
        throw Error(path, tr("lembar '%1' tidak ada").arg(sheet));
    return readLayer(path, layer, isCsv);
}

} // namespace ps::io
