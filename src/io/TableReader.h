#pragma once
#include <QString>
#include <QStringList>
#include <vector>

namespace ps::io {

// A sheet of a spreadsheet (or a whole CSV file), every cell as text as the
// user typed it. Blank cells are empty strings; it is for the importer to say
// what they mean.
struct Table {
    QString file;
    QString sheet;                 // layer/sheet name ("" for CSV)
    QStringList headers;
    std::vector<QStringList> rows;
    std::vector<qint64> rowNumbers; // the row number a spreadsheet shows (header = 1)
    QStringList notices;           // how the file was read when the user should know (encoding guessed, delimiter)

    int column(const QString& header) const;   // index by header, trimmed and case-insensitive; -1 if absent
};

// Reads CSV, XLSX or ODS through GDAL/OGR. readTables returns every sheet;
// readTable one sheet (the first when sheet is empty). Throws ps::Error naming
// the file (and sheet) when the file is missing, unreadable or has no such sheet.
// A CSV is decoded first (TextEncoding.h: UTF-8 with or without BOM, UTF-16/32,
// else cp1252 with a notice; `encoding` forces one), its delimiter is sniffed
// and named, and rows that are short (a truncated file) or that swallowed the
// following lines (an unbalanced quote) are errors, as is any GDAL error while
// the file is opened or read (a damaged XLSX): nothing half-read is returned.
struct ReadOptions {
    QString encoding;              // empty = detect
};
std::vector<Table> readTables(const QString& path, const ReadOptions& options = {});
Table readTable(const QString& path, const QString& sheet = {}, const ReadOptions& options = {});

} // namespace ps::io
