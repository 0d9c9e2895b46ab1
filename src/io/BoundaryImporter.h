#pragma once
#include "core/Progress.h"
#include "core/Project.h"
#include <QString>
#include <QStringList>
#include <map>

namespace ps::io {

struct BoundaryImportOptions {
    QString layer;                       // empty: the only layer of the file
    QString codeField = QStringLiteral("kode");
    QString nameField = QStringLiteral("nama");
    QString codePrefix;                  // only codes equal to or under this one, e.g. "16.07"
    bool replaceGeometry = false;        // allow a re-import to move or shrink a stored area beyond 10 %
};

struct BoundaryImportReport {
    qint64 read = 0, stored = 0, inserted = 0, updated = 0, repaired = 0;
    std::map<QString, int> byLevel;      // stored areas per level name ("kecamatan", ...)
    QStringList warnings;                // features skipped and why, duplicate codes, assumed CRS
    qint64 skipped = 0;                  // features not stored (no polygon left); each one has a warning
    qint64 outsidePrefix = 0;            // features left out by codePrefix
    QStringList repairedCodes;           // codes of the features whose geometry was repaired
    QString sourceCrs;                   // the layer's CRS as "AUTH:CODE" or its name
    qint64 moved = 0;                    // stored areas moved or shrunk beyond 10 % (--replace-geometry)
};

// Imports administrative boundaries from any OGR vector source (GPKG, SHP,
// GeoJSON, ...) into the project: codes parsed as Kemendagri codes (level and
// parent from the code), geometry reprojected to EPSG:4326, made valid with
// GEOS keeping the polygonal parts (counted in `repaired`), geodesic area,
// upsert by code. Every area must lie within Indonesia after transformation
// (axis order and CRS labels checked) and have a non-zero area; a re-import
// that would move or shrink a stored area by more than 10 % is refused unless
// replaceGeometry. A layer with no polygon to store is an error. One transaction with its import_log row: on any ps::Error
// or ps::Cancelled the project is left as it was.
BoundaryImportReport importBoundaries(Project& project, const QString& path, const BoundaryImportOptions& options,
                                      Progress& progress = Progress::none());

} // namespace ps::io
