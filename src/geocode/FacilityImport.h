#pragma once
#include "Geocoder.h"
#include "core/Progress.h"
#include "core/Types.h"
#include "io/TableReader.h"
#include <QSet>
#include <map>
#include <vector>

namespace ps {
class Project;
}

namespace ps::geocode {

// Header names of the columns a facility sheet uses. Empty = detect.
struct FacilityColumns {
    QString code, name, desa, kecamatan, lat, lon, coord;
};

// Fills in the columns not given from the table's headers (kode_*, nama*,
// desa/kelurahan, kecamatan, latitude/lintang/lat, longitude/bujur/lon/lng,
// koordinat). A given column that the table lacks, or a table with neither a
// desa column nor coordinates, is a ps::Error naming the file and column.
FacilityColumns resolveColumns(const io::Table& table, const FacilityColumns& given);
// The same, knowing the type imported: a header naming that type ("PUSKESMAS", "Nama PKM",
// "Nama Posyandu") or a generic one ("Nama Faskes") is the name column (data/headers.json).
FacilityColumns resolveColumns(const io::Table& table, const FacilityColumns& given, FacilityType type);

// One input row and what became of it.
struct RowReport {
    size_t tableIndex = 0;       // index into the table's rows
    qint64 row = 0;              // as the spreadsheet shows it
    QString code, name, desaText, kecamatanText, coordText;
    Outcome outcome = Outcome::Unmatched;
    QString reason;
    bool coordinateRejected = false;
    Facility facility;           // as stored (not stored when outcome is Duplicate); raw is filled on import
};

struct FacilityImportOptions {
    FacilityType type = FacilityType::Posyandu;
    FacilityColumns columns;
    QString sheet;                  // XLSX/ODS sheet; first when empty
    QString encoding;               // CSV encoding; empty = detect
    QString areaPrefix;             // restrict the gazetteer to this code ("16.07"); all areas when empty
    QString reportPath;             // CSV report; none when empty
    QString populationRaster;       // overrides the project setting "population_raster"
    GeocodeOptions geocode;
    double duplicateDistanceM = 50.0;
    // Import into a project with desa but no kecamatan boundaries although the file names
    // kecamatan (the written kecamatan cannot be used): refused unless this is set.
    bool withoutKecamatan = false;
};

struct FacilityImportResult {
    QString file;
    std::vector<RowReport> rows;
    qint64 importId = 0;
    QString placementMethod;        // "desa_population_peak" or "desa_interior_point"
    QStringList warnings;
    int count(Outcome o) const;
};

// Rows that disagree with themselves, flagged with the distance (point kept):
// a point outside the kecamatan written on its row, and the same name twice
// (the same puskesmas or hospital anywhere; other types in the same written
// desa) with points farther apart than duplicateDistanceM, unless two different
// codes say they are two facilities.
void flagDisagreements(std::vector<RowReport>& rows, Geocoder& geocoder, FacilityType type, double duplicateDistanceM);

// Geocodes every row of a table without touching any store: matching,
// coordinate repair, placement and duplicate detection (by code, including
// already stored ones, and by name within duplicateDistanceM in the same desa).
std::vector<RowReport> geocodeTable(const io::Table& table, const FacilityColumns& columns, Geocoder& geocoder,
                                    FacilityType type, const std::vector<Facility>& existing,
                                    double duplicateDistanceM = 50.0, const Progress& progress = Progress::none());

// Reads the file, geocodes it against the project's areas and stores every
// row except duplicates (unplaced rows without a point, with their raw fields)
// in one transaction with an import-log entry; writes the report when asked.
// Bad input throws ps::Error and leaves the store unchanged.
FacilityImportResult importFacilities(Project& project, const QString& path, const FacilityImportOptions& options,
                                      const Progress& progress = Progress::none());

// The per-row report as CSV (written by GDAL's CSV driver).
void writeReportCsv(const QString& path, const std::vector<RowReport>& rows);

} // namespace ps::geocode
