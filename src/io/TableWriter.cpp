#include "TableWriter.h"
#include "core/Error.h"
#include "core/Gdal.h"
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace ps::io {

static QString tr(const char* s) { return QCoreApplication::translate("ps::io::TableWriter", s); }

NewTable createTableFile(const QString& path, const char* fallbackDriver)
{
    initGdal();
    const QString suffix = QFileInfo(path).suffix().toLower();
    const char* driverName = suffix == QLatin1String("xlsx") ? "XLSX" : suffix == QLatin1String("csv") ? "CSV" : fallbackDriver;
    if (!driverName)
        throw Error(path, tr("jenis berkas tabel tidak didukung (harus .csv atau .xlsx)"));
    if (QFileInfo::exists(path) && !QFile::remove(path))
        throw Error(path, tr("berkas tidak dapat ditimpa"));
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driverName);
    NewTable t;
    t.ds.reset(driver ? driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr) : nullptr);
    // XLSX sheet names are at most 31 characters.
    if (t.ds)
        t.layer = t.ds->CreateLayer(QFileInfo(path).completeBaseName().left(31).toUtf8().constData(), nullptr, wkbNone, nullptr);
    if (!t.layer)
        throw Error(path, tr("tabel tidak dapat ditulis: %1").arg(lastGdalError()));
    return t;
}

} // namespace ps::io
