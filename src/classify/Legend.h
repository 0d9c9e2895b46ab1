#pragma once
#include "classify/Classification.h"
#include <QColor>
#include <QString>
#include <vector>

namespace ps::classify {

// One line of a choropleth legend.
struct LegendEntry {
    QString label;        // "10,0 – < 20,0%", "Sedang (10 – < 20%)", "Tidak ada data"
    QColor color;         // class fill; noDataColor() for the no-data entry
    int count = 0;        // how many areas fall in the class
    bool noData = false;  // the no-data entry: the renderer draws its swatch hatched
    int classIndex = -1;  // index into Classification::classes; -1 for no data
};

// The range text of one class, numbers in the current language:
//   "10,0 – < 20,0%" (upper exclusive), "4 – 5%" (upper inclusive),
//   "< 2,5%" (open below), "≥ 30,0%" (open above).
// The unit symbol follows the number without a space for "%" and "‰", with one otherwise.
QString rangeLabel(const ClassRange& c, int decimals, const QString& unitSymbol);

// The fewest decimals (within [minDecimals, maxDecimals]) at which every finite class
// bound of c prints differently from its neighbours, so no legend line reads
// "6 – < 6". Official classes keep their own round numbers regardless.
int legendDecimals(const Classification& c, int minDecimals = 0, int maxDecimals = 3);

// "Tidak ada data" / "No data".
QString noDataLabel();

// Entries in ascending class order, one per class (labels: the range, or for official
// classes "Sedang (10 – < 20%)", or the official label alone when it already states
// its range with digits, e.g. "50–< 80%"), then a final no-data entry counting the NaNs in
// values. The no-data entry is always present (count 0 when every area has data), so
// the legend reads the same across maps. colors must have one colour per class
// (missing colours are drawn as noDataColor()).
std::vector<LegendEntry> legendEntries(const Classification& c, const std::vector<QColor>& colors,
                                       const std::vector<double>& values, int decimals,
                                       const QString& unitSymbol);

} // namespace ps::classify
