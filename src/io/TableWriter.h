#pragma once
#include <QString>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace ps::io {

// A new table file written through GDAL (CSV or XLSX by its extension), replacing an
// existing one, with one attribute-only layer named after the file. Throws ps::Error
// naming the file when it cannot be created. Keep `ds` alive while writing `layer`.
struct NewTable {
    GDALDatasetUniquePtr ds;
    OGRLayer* layer = nullptr;
};
// `fallbackDriver` ("CSV") is used for any other extension; without one, another extension is an error.
NewTable createTableFile(const QString& path, const char* fallbackDriver = nullptr);

} // namespace ps::io
