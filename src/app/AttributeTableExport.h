#pragma once
#include "core/AdminCode.h"
#include <QString>

class QWidget;

namespace ps {
class Project;
}

namespace ps::app {

// The attribute table's export: the same table as `petasehat table` (io::indicatorTable,
// written through GDAL as CSV or XLSX by the extension): code, name, parent name,
// numerator, denominator, rate, class and the period actually used. Throws ps::Error
// when the level has no data (naming the levels that have). Returns the rows written.
int exportIndicatorTable(Project& project, const QString& indicator, int period, AdminLevel level, const QString& codePrefix,
                         const QString& path);

// Asks for a file (CSV or XLSX) and exports; says the outcome in a message box.
void exportIndicatorTableDialog(QWidget* parent, Project& project, const QString& indicator, int period, AdminLevel level,
                                const QString& codePrefix, const QString& suggestedName);

} // namespace ps::app
