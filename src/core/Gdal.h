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

// Opens a vector dataset read-only; throws ps::Error naming the file when it
// is missing or unreadable. allowedDrivers empty = any vector driver.
GDALDatasetUniquePtr openVector(const QString& path, const QStringList& allowedDrivers = {},
                                const QStringList& openOptions = {});

} // namespace ps
