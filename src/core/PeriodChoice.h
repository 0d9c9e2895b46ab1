#pragma once
// Which periods a user can ask of an indicator, and how the answer is named:
// shared by the CLI, the desktop's period combo, the server and `analyze`.
#include "core/AdminCode.h"
#include <QString>
#include <vector>

namespace ps {
class Project;

// The periods one can ask for, given the stored ones: each stored period, and the
// year and semester of each stored month (answered through Project::resolvePeriod),
// in time order: a year first, then its semesters, quarters and months.
std::vector<int> periodChoices(const std::vector<int>& stored);
std::vector<int> periodChoices(Project& project, const QString& indicator);

// The periods of a trend chart through `period`: the choices of the same kind (months
// for a month, semesters for a semester, else years), in time order. A chart never mixes
// a year with its months.
std::vector<int> trendPeriods(Project& project, const QString& indicator, int period);

// Keys in that time order.
std::vector<int> sortedPeriods(std::vector<int> keys);

// The stored period that ends last (a year ends in December, so a stored year wins
// over its months); 0 when none. Stored keys do not sort by time: 2025 < 202408.
int latestPeriod(const std::vector<int>& stored);
int latestPeriod(Project& project, const QString& indicator);

// The period a map or table shows, as people read it: the stored month behind a year
// of a point-in-time count ("Agustus 2024"), a flow's months summed
// ("2024 (Januari 2024–Desember 2024 dijumlah)"), else the period's own label.
QString shownPeriod(Project& project, const QString& indicator, int period);

// For a point-in-time count asked for a year (or semester) stored only as months: which
// weighing month the figure is, and that months are never summed. Empty otherwise.
QString measuredMonthNote(Project& project, const QString& indicator, int period);

// Empty when `indicator` has a value at `level` for `period`; else a message naming
// the levels that have data (or the periods stored, when no level has any).
QString noDataAtLevel(Project& project, const QString& indicator, int period, AdminLevel level,
                      const QString& codePrefix = {});

} // namespace ps
