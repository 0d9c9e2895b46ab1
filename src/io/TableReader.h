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

    int column(const QString& header) const;   // index by header, trimmed and case-insensitive; -1 if absent
};

// Reads CSV, XLSX or ODS through GDAL/OGR. readTables returns every sheet;
// readTable one sheet (the first when sheet is empty). Throws ps::Error naming
// the file (and sheet) when the file is missing, unreadable or has no such sheet.
std::vector<Table> readTables(const QString& path);
Table readTable(const QString& path, const QString& sheet = {});

} // namespace ps::io
