#pragma once
#include "core/AdminCode.h"
#include <QString>

namespace ps {
class Project;
}

namespace ps::cli {

// --period 2024, 2024-S1, 2024-Q3 or 2024-08 as a stored period key; ps::Error otherwise.
int periodKeyOption(const QString& text);

// Stops (ps::Error) when `indicator` has no value at `level` for the period, naming
// the levels that have data: a map or table of only "Tidak ada data" helps nobody.
void requireDataAtLevel(Project& project, const QString& indicator, int period, AdminLevel level, const QString& codePrefix);

} // namespace ps::cli
