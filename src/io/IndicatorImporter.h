#pragma once
#include "core/Progress.h"
#include "core/Project.h"
#include "IndicatorChecks.h"
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace ps::io {

struct IndicatorImportOptions {
    QString sheet;                                // empty = every sheet
    QString yearColumn = QStringLiteral("tahun");
    std::optional<int> year;                      // when the sheet has no year column and its name is not a year
    QString codeColumn;                           // empty = found from the headers (kode_desa, kode_kecamatan, kode, ...)
    QString nameColumn;                           // empty = found from the headers (desa, kecamatan, nama, ...)
    QString level;                                // optional: "kecamatan"/"desa"/..., else inferred
    QMap<QString, QString> columnToVariable;      // column header -> catalogue variable, overrides the aliases
    QString period;                               // "2024-08", "2024-S1": when no period column and the sheet name says none
    QString reportPath;                           // CSV of the self-consistency findings; none when empty
    bool replace = false;                         // blank cells erase stored values (else stored values are kept)
    QString encoding;                             // CSV encoding; empty = detect
};

struct IndicatorImportReport {
    qint64 rows = 0, values = 0, missingCells = 0;
    std::vector<int> years;                       // sorted
    QStringList indicators;                       // catalogue codes that received values
    QStringList warnings;
    QStringList sheets;                           // sheets read (empty name for a CSV)
    qint64 skippedRows = 0;                       // total rows ("Jumlah", "Total"), each with a warning
    qint64 matchedByName = 0;                     // rows whose area was found by name, not code
    std::vector<int> periods;                     // Period keys stored (sorted)
    std::vector<Finding> findings;                // rows that disagree with themselves (values stored as counted)
    QStringList assumptions;                      // e.g. how puskesmas rows were placed on areas
    QStringList unusedColumns;                    // every column not used, with its sheet
    qint64 unitRows = 0;                          // rows reported per puskesmas
    qint64 keptStored = 0;                        // blank cells whose stored value was kept (no --replace)
    qint64 erasedStored = 0;                      // stored values erased by blank cells (--replace)
    QStringList erasedExamples;                   // "16.07.01 2022 stunting" of the first erased values
};

// Imports indicator counts from CSV/XLSX/ODS: one sheet per year (named
// "2021", ...) or a year column. Columns are mapped to catalogue variables
// (aliases, plus overrides); for every catalogue indicator whose numerator
// and denominator both have a column, one IndicatorValue per row. Areas are
// matched by Kemendagri code, else by exact name (trimmed, case-folded)
// among the project's areas. Blank cells stay missing, never zero. Any bad
// cell is a ps::Error naming file, sheet, row and column; nothing is written
// unless the whole file is good (one transaction with its import_log row).
IndicatorImportReport importIndicators(Project& project, const QString& path, const IndicatorImportOptions& options,
                                       Progress& progress = Progress::none());

// The key under which a puskesmas is stored: its name without "UPTD", "Puskesmas",
// "PKM" and punctuation, case-folded ("UPTD Puskesmas Suka Jadi" -> "suka jadi").
QString puskesmasKey(const QString& name);

// Writes the findings as CSV (GDAL's CSV driver): jenis, lembar, baris, kolom, keterangan.
void writeFindingsCsv(const QString& path, const std::vector<Finding>& findings);

// The year a sheet name stands for ("2021", "Tahun 2021", "data_2021"); nullopt when none or several.
std::optional<int> yearFromSheetName(const QString& sheet);

} // namespace ps::io
