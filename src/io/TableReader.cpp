#include "TableReader.h"
#include "core/Error.h"
#include "core/Gdal.h"
#include <QCoreApplication>
#include <QFileInfo>
#include <cpl_conv.h>
#include <iterator>
#include <string>
#include <vector>

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
    const GIntBig declared = layer->GetFeatureCount(FALSE);
    GdalErrorWatch readErrors;
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
    if (readErrors.failed() || (declared >= 0 && static_cast<GIntBig>(t.rows.size()) < declared))
        throw Error(path, tr("berkas rusak: pembacaan berhenti setelah baris %1 (%2); tidak ada yang diimpor")
                              .arg(rowNo)
                              .arg(readErrors.firstError().isEmpty() ? tr("GDAL tidak memberi alasan") : readErrors.firstError()));
    return t;
}

namespace {
// GDAL 3.6's XLSX/ODS drivers take these as configuration options, not open
// options, and read them when a sheet is parsed: set them for this thread
// while we read. Headers are always the first row (a sheet of text cells
// would otherwise be read as headerless) and every cell comes as typed.
class SpreadsheetConfig {
public:
    SpreadsheetConfig()
    {
        for (const char* key : kKeys)
            m_saved.emplace_back(CPLGetThreadLocalConfigOption(key, nullptr) ? CPLGetThreadLocalConfigOption(key, nullptr) : "");
        CPLSetThreadLocalConfigOption("OGR_XLSX_HEADERS", "FORCE");
        CPLSetThreadLocalConfigOption("OGR_ODS_HEADERS", "FORCE");
        CPLSetThreadLocalConfigOption("OGR_XLSX_FIELD_TYPES", "STRING");
        CPLSetThreadLocalConfigOption("OGR_ODS_FIELD_TYPES", "STRING");
    }
    ~SpreadsheetConfig()
    {
        for (size_t i = 0; i < std::size(kKeys); ++i)
            CPLSetThreadLocalConfigOption(kKeys[i], m_saved[i].empty() ? nullptr : m_saved[i].c_str());
    }

private:
    static constexpr const char* kKeys[] = {"OGR_XLSX_HEADERS", "OGR_ODS_HEADERS", "OGR_XLSX_FIELD_TYPES",
                                            "OGR_ODS_FIELD_TYPES"};
    std::vector<std::string> m_saved;
};
} // namespace

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
    SpreadsheetConfig config;
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
    SpreadsheetConfig config;
    bool isCsv = false;
    GDALDatasetUniquePtr ds = openTable(path, isCsv);
    OGRLayer* layer = sheet.isEmpty() ? ds->GetLayer(0) : ds->GetLayerByName(sheet.toUtf8().constData());
    if (!layer)
        throw Error(path, tr("lembar '%1' tidak ada").arg(sheet));
    return readLayer(path, layer, isCsv);
}

} // namespace ps::io
