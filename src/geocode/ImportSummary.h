#pragma once
#include "FacilityImport.h"
#include <optional>

namespace ps::geocode {

// What `import facilities` tells a person at the end, built once and shown by
// the CLI (as text) and the desktop import dialog (as a table).
struct OutcomeCount {
    Outcome outcome;
    int count = 0;
};

struct ImportSummary {
    QString fileName;                   // without folder
    qint64 rows = 0;
    std::vector<OutcomeCount> outcomes; // the outcomes that occurred, in report order
    int rejectedCoordinates = 0;        // rows whose coordinates were refused (placed otherwise or not at all)
    std::vector<size_t> needingReview;  // indices into the result's rows a person has to look at
    QStringList warnings;
};

// Ambiguous, unmatched, rejected, flagged, duplicate, or with refused coordinates.
bool needsReview(const RowReport& row);
ImportSummary summarizeImport(const FacilityImportResult& result);
// The CLI's summary: the outcome table, then the first `shownRows` rows to check and the warnings.
QString summaryText(const ImportSummary& summary, const FacilityImportResult& result, int shownRows = 15);
// The report CSV beside the project: <folder of project>/<file base name>_laporan_geocoding.csv.
QString defaultReportPath(const QString& projectPath, const QString& file);

// The facility type a file most likely lists, from its file name (posyandu.csv,
// "Data Pustu 2024.xlsx") and then its headers ("Nama Posyandu", "kode_pustu").
// More specific types are tried before puskesmas: a posyandu list often has a
// Puskesmas column. `reason` says what the guess came from, for people.
struct FacilityTypeGuess {
    std::optional<FacilityType> type;
    QString reason;
};
FacilityTypeGuess guessFacilityType(const QString& filePath, const QStringList& headers);

} // namespace ps::geocode
