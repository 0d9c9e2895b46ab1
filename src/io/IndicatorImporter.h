#pragma once
#include "core/Progress.h"
#include "core/Project.h"
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

// The year a sheet name stands for ("2021", "Tahun 2021", "data_2021"); nullopt when none or several.
std::optional<int> yearFromSheetName(const QString& sheet);

} // namespace ps::io
