#include "classify/Legend.h"
#include "classify/Palette.h"
#include "core/Locale.h"

namespace ps::classify {

// STUB
QString rangeLabel(const ClassRange& c, int decimals, const QString& unit)
{
    return ps::formatNumber(c.lower, decimals) + QStringLiteral(" – ") + ps::formatNumber(c.upper, decimals) + unit;
}
QString noDataLabel() { return ps::pick(QStringLiteral("Tidak ada data"), QStringLiteral("No data")); }
std::vector<LegendEntry> legendEntries(const Classification& c, const std::vector<QColor>& colors,
                                       const std::vector<double>& values, int decimals, const QString& unit)
{
    std::vector<LegendEntry> out;
    const auto counts = c.counts(values);
    for (int i = 0; i < c.size(); ++i)
        out.push_back({rangeLabel(c.classes[i], decimals, unit), i < int(colors.size()) ? colors[i] : noDataColor(), counts[i], false, i});
    out.push_back({noDataLabel(), noDataColor(), noDataCount(values), true, -1});
    return out;
}

} // namespace ps::classify
