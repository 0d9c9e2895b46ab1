#pragma once
#include <QString>
#include <vector>

namespace ps::io {

// A cell the workbook stores as a logical value (<c t="b">): TRUE or FALSE in
// the sheet, which GDAL reads as 1 or 0 when its column also holds numbers.
struct LogicalCell {
    QString ref;      // "C5" as the spreadsheet shows it
    int row = 0;      // 1-based sheet row (5)
    int column = 0;   // 0-based column (C = 2)
    bool value = false;
};

struct SheetLogicalCells {
    QString sheet;                   // the sheet name as GDAL names the layer
    int firstRow = 0;                // the first row the sheet stores (1 when GDAL's header row is row 1)
    std::vector<LogicalCell> cells;  // in file order
};

// Lists the logical cells of every sheet of an XLSX file, reading the
// workbook, its relationships and each worksheet with GDAL's XML parser
// through /vsizip/. Sheets without logical cells are left out; an unreadable
// or non-XLSX file gives an empty list (the table reader reports damage).
std::vector<SheetLogicalCells> xlsxLogicalCells(const QString& path);

// "C5" -> row 5, column 2; false when ref is not a cell reference.
bool parseCellRef(const QString& ref, int& row, int& column);

} // namespace ps::io
