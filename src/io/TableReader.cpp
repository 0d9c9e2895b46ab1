#include "TableReader.h"
#include "TextEncoding.h"
#include "XlsxLogicalCells.h"
#include "core/Error.h"
#include "core/Gdal.h"
#include "core/Locale.h"
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QUuid>
#include <cpl_conv.h>
#include <cpl_vsi.h>
#include <algorithm>
#include <cstring>
#include <iterator>
#include <memory>
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

namespace {

// How the file is handed to GDAL: a CSV that is not plain UTF-8 is decoded
// into an in-memory UTF-8 copy (/vsimem/), removed when reading is done.
struct Source {
    QString path;                  // the user's file, for messages
    QString gdalPath;              // what GDAL opens
    bool isCsv = false;
    QChar delimiter = QLatin1Char(',');
    QStringList notices;
    ~Source()
    {
        if (gdalPath.startsWith(QLatin1String("/vsimem/")))
            VSIUnlink(gdalPath.toUtf8().constData());
    }
};

// A cell that holds whole following records: a quote opened and never closed
// made GDAL read the rest of the file into it.
bool swallowedRecords(const QString& cell, QChar delimiter, int columns)
{
    if (!cell.contains(QLatin1Char('\n')) || columns < 2)
        return false;
    const QStringList lines = cell.split(QLatin1Char('\n'));
    for (int i = 1; i < lines.size(); ++i)
        if (lines[i].count(delimiter) >= std::max(1, (columns - 1) / 2))
            return true;
    return false;
}

QString gdalReason(const GdalErrorWatch& watch)
{
    const QString why = friendlyGdalError(watch.firstError());
    return why.isEmpty() ? tr("isi berkas rusak atau terpotong") : why;
}

} // namespace

static Table readLayer(const Source& src, OGRLayer* layer, GdalErrorWatch& errors)
{
    const QString& path = src.path;
    Table t;
    t.file = path;
    t.notices = src.notices;
    t.sheet = src.isCsv ? QString() : QString::fromUtf8(layer->GetName());
    OGRFeatureDefn* defn = layer->GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        t.headers << QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef()).trimmed();
    const GIntBig declared = layer->GetFeatureCount(FALSE);
    layer->ResetReading();
    qint64 rowNo = 1;
    const int n = static_cast<int>(t.headers.size());
    for (auto& feature : *layer) {
        ++rowNo;
        QStringList cells;
        cells.reserve(n);
        for (int i = 0; i < n; ++i) {
            // In a CSV an empty cell is set to "" and a cell the row does not have is unset:
            // a short row is a truncated file or a broken line, never "no data".
            if (src.isCsv && !feature->IsFieldSet(i))
                throw Error(path, tr("baris hanya berisi %1 dari %2 kolom (pemisah %3); berkas terpotong atau baris rusak. "
                                     "Perbaiki barisnya; tidak ada yang diimpor")
                                      .arg(i).arg(n).arg(delimiterName(src.delimiter)),
                            rowNo, t.headers[i]);
            cells << (feature->IsFieldSetAndNotNull(i) ? QString::fromUtf8(feature->GetFieldAsString(i)) : QString());
            if (src.isCsv && swallowedRecords(cells.back(), src.delimiter, n))
                throw Error(path, tr("tanda kutip (\") dibuka di sel ini dan tidak ditutup, sehingga baris-baris berikutnya "
                                     "terbaca sebagai satu sel. Hapus atau tutup tanda kutipnya; tidak ada yang diimpor"),
                            rowNo, t.headers[i]);
        }
        t.rows.push_back(std::move(cells));
        t.rowNumbers.push_back(rowNo);
    }
    if (errors.failed() || (declared >= 0 && static_cast<GIntBig>(t.rows.size()) < declared))
        throw Error(path, tr("berkas rusak: pembacaan berhenti setelah baris %1 (%2); tidak ada yang diimpor. "
                             "Buka dan simpan ulang berkasnya di aplikasi lembar kerja, atau minta salinan yang utuh")
                              .arg(rowNo)
                              .arg(gdalReason(errors)));
    return t;
}

namespace {
// GDAL 3.6's XLSX/ODS drivers take these as configuration options, not open
// options, and read them when a sheet is parsed: set them for this thread
// while we read. Headers are always the first row (a sheet of text cells
// would otherwise be read as headerless) and every cell comes as typed.
class SpreadsheetConfig {
public:
    explicit SpreadsheetConfig(const char* fieldTypes = "STRING")
    {
        for (const char* key : kKeys)
            m_saved.emplace_back(CPLGetThreadLocalConfigOption(key, nullptr) ? CPLGetThreadLocalConfigOption(key, nullptr) : "");
        CPLSetThreadLocalConfigOption("OGR_XLSX_HEADERS", "FORCE");
        CPLSetThreadLocalConfigOption("OGR_ODS_HEADERS", "FORCE");
        CPLSetThreadLocalConfigOption("OGR_XLSX_FIELD_TYPES", fieldTypes);
        CPLSetThreadLocalConfigOption("OGR_ODS_FIELD_TYPES", fieldTypes);
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

// Decodes a CSV, names what the user should know, and puts a UTF-8 copy in
// /vsimem/ when the file is not UTF-8 already.
static void prepareCsv(Source& src, const ReadOptions& options)
{
    QFile f(src.path);
    if (!f.exists())
        throw Error(src.path, tr("berkas tidak ditemukan"));
    if (!f.open(QIODevice::ReadOnly))
        throw Error(src.path, tr("berkas tidak dapat dibuka: %1").arg(f.errorString()));
    const QByteArray bytes = f.readAll();
    if (bytes.trimmed().isEmpty())
        throw Error(src.path, tr("berkas kosong (0 baris); tidak ada yang diimpor"));
    const TextEncoding enc = decodeText(bytes, options.encoding);
    if (!enc.error.isEmpty())
        throw Error(src.path, enc.error);
    src.delimiter = sniffDelimiter(enc.utf8);
    if (src.delimiter == QLatin1Char('|'))
        throw Error(src.path, tr("kolom dipisah dengan %1, yang tidak dapat dibaca; simpan ulang sebagai CSV dengan "
                                 "pemisah koma atau titik koma").arg(delimiterName(src.delimiter)));
    if (src.delimiter != QLatin1Char(','))
        src.notices << tr("pemisah kolom: %1").arg(delimiterName(src.delimiter));
    if (enc.guessed)
        src.notices << tr("berkas bukan UTF-8; dibaca sebagai %1 (Windows). Bila huruf tampak salah, sebutkan "
                          "pengodeannya dengan --encoding").arg(enc.name);
    else if (enc.name != QLatin1String("UTF-8") && enc.name != QLatin1String("UTF-8 (BOM)"))
        src.notices << tr("pengodean berkas: %1").arg(enc.name);
    if (enc.name == QLatin1String("UTF-8") || enc.name == QLatin1String("UTF-8 (BOM)"))
        return; // GDAL reads UTF-8 (and skips its BOM) itself
    src.gdalPath = QStringLiteral("/vsimem/petasehat_%1.csv").arg(QUuid::createUuid().toString(QUuid::Id128));
    auto* copy = static_cast<GByte*>(VSIMalloc(static_cast<size_t>(enc.utf8.size())));
    if (!copy)
        throw Error(src.path, tr("berkas terlalu besar untuk diubah ke UTF-8 di memori"));
    memcpy(copy, enc.utf8.constData(), static_cast<size_t>(enc.utf8.size()));
    VSILFILE* mem = VSIFileFromMemBuffer(src.gdalPath.toUtf8().constData(), copy, static_cast<vsi_l_offset>(enc.utf8.size()), TRUE);
    if (!mem) {
        VSIFree(copy);
        throw Error(src.path, tr("berkas terlalu besar untuk diubah ke UTF-8 di memori"));
    }
    VSIFCloseL(mem);
}

static GDALDatasetUniquePtr openTable(Source& src, const ReadOptions& options)
{
    const QString suffix = QFileInfo(src.path).suffix().toLower();
    src.isCsv = suffix == QLatin1String("csv") || suffix == QLatin1String("txt");
    src.gdalPath = src.path;
    if (src.isCsv) {
        prepareCsv(src, options);
        if (!src.gdalPath.startsWith(QLatin1String("/vsimem/")))
            return openVector(src.path, {QStringLiteral("CSV")},
                              {QStringLiteral("AUTODETECT_TYPE=NO"), QStringLiteral("HEADERS=YES"),
                               QStringLiteral("KEEP_SOURCE_COLUMNS=YES")});
        GDALDatasetUniquePtr ds(GDALDataset::Open(src.gdalPath.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                                  nullptr, nullptr, nullptr));
        if (!ds)
            throw Error(src.path, tr("tidak dapat dibaca sebagai CSV (pengodean %1)").arg(src.notices.join(QStringLiteral("; "))));
        return ds;
    }
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("ods"))
        return openVector(src.path, {QStringLiteral("XLSX"), QStringLiteral("ODS")},
                          {QStringLiteral("HEADERS=FORCE"), QStringLiteral("FIELD_TYPES=STRING")});
    throw Error(src.path, tr("jenis berkas tidak didukung (harus .csv, .xlsx atau .ods)"));
}

// Read as text, GDAL gives a TRUE/FALSE cell as 1/0: a count of 1 nobody typed.
// GDAL's own type detection (a second, read-only open with FIELD_TYPES=AUTO)
// marks a column whose every value is a logical cell with the OFSTBoolean
// subtype; its cells are put back as the sheet shows them, TRUE or FALSE, so a
// count or coordinate column holding them is refused by the number checks with
// the file, row and column named. (A single TRUE among numbers stays 1: GDAL
// does not tell one cell's type.)
static void restoreBooleanCells(const Source& src, std::vector<Table>& tables)
{
    if (src.isCsv)
        return;
    SpreadsheetConfig autoTypes("AUTO");
    GdalErrorWatch quiet; // the file was read once already; its errors are reported there
    GDALDatasetUniquePtr ds;
    try {
        ds = openVector(src.path, {QStringLiteral("XLSX"), QStringLiteral("ODS")},
                        {QStringLiteral("HEADERS=FORCE"), QStringLiteral("FIELD_TYPES=AUTO")});
    } catch (const Error&) {
        return; // read once already: nothing more to learn
    }
    if (!ds)
        return;
    for (Table& t : tables) {
        OGRLayer* layer = ds->GetLayerByName(t.sheet.toUtf8().constData());
        if (!layer)
            continue;
        OGRFeatureDefn* defn = layer->GetLayerDefn();
        std::vector<int> columns;
        for (int i = 0; i < defn->GetFieldCount() && i < t.headers.size(); ++i)
            if (defn->GetFieldDefn(i)->GetSubType() == OFSTBoolean)
                columns.push_back(i);
        if (columns.empty())
            continue;
        layer->ResetReading();
        size_t row = 0;
        for (auto& feature : *layer) {
            if (row >= t.rows.size())
                break;
            for (int i : columns)
                if (feature->IsFieldSetAndNotNull(i))
                    t.rows[row][i] = feature->GetFieldAsInteger(i) ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            ++row;
        }
    }
}

// A single TRUE/FALSE among numbers is typed Integer by GDAL and read as 1/0;
// GDAL's XML parser tells which cells of an XLSX are logical (XlsxLogicalCells).
// Where the cell's place in the table is sure (the sheet's first row is GDAL's
// header row and the table holds 1/0 at that row and column) the TRUE/FALSE
// text is put back, so the number checks refuse it naming file, row and
// column; a logical cell that cannot be placed becomes a counted notice.
static void restoreLogicalCells(const Source& src, std::vector<Table>& tables)
{
    if (QFileInfo(src.path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) != 0)
        return;
    GdalErrorWatch quiet; // the file was read once already; its errors are reported there
    const std::vector<SheetLogicalCells> sheets = xlsxLogicalCells(src.path);
    for (Table& t : tables)
        for (const SheetLogicalCells& sheet : sheets) {
            if (sheet.sheet != t.sheet)
                continue;
            QStringList unplaced;
            for (const LogicalCell& cell : sheet.cells) {
                const auto at = std::find(t.rowNumbers.begin(), t.rowNumbers.end(), cell.row);
                if (sheet.firstRow == 1 && at != t.rowNumbers.end() && cell.column < t.headers.size()) {
                    QString& text = t.rows[static_cast<size_t>(at - t.rowNumbers.begin())][cell.column];
                    if (text == QLatin1String("TRUE") || text == QLatin1String("FALSE"))
                        continue; // already restored (a whole logical column)
                    if (text == (cell.value ? QLatin1String("1") : QLatin1String("0"))) {
                        text = cell.value ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
                        continue;
                    }
                }
                unplaced << cell.ref;
            }
            if (unplaced.isEmpty())
                continue;
            const QStringList shown = unplaced.mid(0, 5);
            t.notices << tr("%1 sel logika (TRUE/FALSE) yang tidak dapat dipetakan ke tabel mungkin terbaca sebagai 1/0: "
                            "lembar '%2' sel %3%4 — periksa sel tersebut")
                             .arg(formatNumber(unplaced.size(), 0))
                             .arg(t.sheet, shown.join(QStringLiteral(", ")),
                                  unplaced.size() > shown.size() ? QStringLiteral(", …") : QString());
        }
}

std::vector<Table> readTables(const QString& path, const ReadOptions& options)
{
    SpreadsheetConfig config;
    // Watch from before the open: a damaged XLSX reports its CRC/XML errors while
    // GDAL opens it and counts its rows, not only while the rows are read.
    GdalErrorWatch errors;
    Source src;
    src.path = path;
    GDALDatasetUniquePtr ds = openTable(src, options);
    std::vector<Table> out;
    for (OGRLayer* layer : ds->GetLayers())
        out.push_back(readLayer(src, layer, errors));
    if (out.empty())
        throw Error(path, tr("tidak ada lembar (sheet) yang berisi tabel"));
    ds.reset();
    restoreBooleanCells(src, out);
    restoreLogicalCells(src, out);
    return out;
}

Table readTable(const QString& path, const QString& sheet, const ReadOptions& options)
{
    SpreadsheetConfig config;
    GdalErrorWatch errors;
    Source src;
    src.path = path;
    GDALDatasetUniquePtr ds = openTable(src, options);
    OGRLayer* layer = sheet.isEmpty() ? ds->GetLayer(0) : ds->GetLayerByName(sheet.toUtf8().constData());
    if (!layer)
        throw Error(path, tr("lembar '%1' tidak ada").arg(sheet));
    std::vector<Table> out{readLayer(src, layer, errors)};
    ds.reset();
    restoreBooleanCells(src, out);
    restoreLogicalCells(src, out);
    return std::move(out.front());
}

} // namespace ps::io
