#pragma once
#include <QString>
#include <QStringList>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace ps {

// Registers GDAL/OGR drivers once (thread-safe) and quiets GDAL's own stderr
// printing: errors reach users through ps::Error with file and object named.
void initGdal();

// The last GDAL/OGR error message of this thread (empty when none).
QString lastGdalError();

// A GDAL message as a user may read it: empty when it only speaks of GDAL's
// own source files and functions ("cpl_unzOpenCurrentFile() failed", "In file
// ./port/cpl_vsil_gzip.cpp"), which mean nothing to a user; the caller then
// says in its own words that the file is damaged.
QString friendlyGdalError(const QString& message);

// Collects the GDAL errors raised on this thread while it lives. GDAL reports a
// damaged page in the middle of a file with an error and an early end of the
// feature loop, not an exception: readers check failed() after the loop so a
// half-read file is never imported as if it were whole.
class GdalErrorWatch {
public:
    GdalErrorWatch();
    ~GdalErrorWatch();
    GdalErrorWatch(const GdalErrorWatch&) = delete;
    GdalErrorWatch& operator=(const GdalErrorWatch&) = delete;
    bool failed() const { return m_failures > 0; }
    QString firstError() const { return m_first; }

private:
    static void CPL_STDCALL handler(CPLErr type, CPLErrorNum num, const char* msg);
    int m_failures = 0;
    QString m_first;
};

// Opens a vector dataset read-only; throws ps::Error naming the file when it
// is missing or unreadable. allowedDrivers empty = any vector driver.
GDALDatasetUniquePtr openVector(const QString& path, const QStringList& allowedDrivers = {},
                                const QStringList& openOptions = {});

} // namespace ps
