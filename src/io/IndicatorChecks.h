#pragma once
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace ps::io {

// One way a row disagrees with itself. Reported, never used to change a value:
// rates are always recomputed from the counts, counts are stored as typed.
struct Finding {
    QString kind;       // "rate", "parts", "constant", "period"
    QString sheet;
    qint64 row = 0;     // as the spreadsheet shows it
    QString column;
    QString detail;     // for people
};

// A stated rate as offices type it: "8.6 %", "9.35% %", "8,6", or a fraction
// (0.086) from a percent-formatted cell when `recomputed` is above 1.
// nullopt when it is blank or not a number.
std::optional<double> parseStatedRate(const QString& text, double recomputed);

// True when the stated and recomputed rates (percent points) differ by more than `tolerance`.
bool rateDisagrees(double stated, double recomputed, double tolerance = 0.5);

// For each column, the rows (indices into `values`) of one period when that
// column holds the same non-blank value in every row (at least minRows rows):
// a value copied down instead of counted.
std::vector<int> constantColumns(const std::vector<QStringList>& values, int minRows = 3);

} // namespace ps::io
