#include "classify/Legend.h"
#include "classify/Palette.h"
#include "core/Locale.h"
#include <algorithm>
#include <cmath>
#include <functional>

namespace ps::classify {

namespace {

// Official thresholds are round numbers ("10", "2,5"): show them with only the
// decimals they need, so the legend reads like the guideline it quotes.
int neededDecimals(double v, int maxDecimals)
{
    for (int d = 0; d < maxDecimals; ++d) {
        const double scale = std::pow(10.0, d);
        if (std::abs(std::round(v * scale) / scale - v) < 1e-9 * std::max(1.0, std::abs(v)))
            return d;
    }
    return maxDecimals;
}

QString withUnit(const QString& number, const QString& unit)
{
    if (unit.isEmpty())
        return number;
    // "20%" and "5‰" are written solid in Indonesian (and English); "per 100.000" is a word.
    const bool solid = unit == QLatin1String("%") || unit == QStringLiteral("‰");
    return number + (solid ? QString() : QStringLiteral(" ")) + unit;
}

QString rangeText(const ClassRange& c, const QString& unit, const std::function<QString(double)>& fmt)
{
    const bool openBelow = std::isinf(c.lower) && c.lower < 0;
    const bool openAbove = std::isinf(c.upper) && c.upper > 0;
    if (openBelow && openAbove)
        return ps::pick(QStringLiteral("semua nilai"), QStringLiteral("all values"));
    if (openBelow)
        return withUnit((c.upperInclusive ? QStringLiteral("≤ ") : QStringLiteral("< ")) + fmt(c.upper), unit);
    if (openAbove)
        return withUnit(QStringLiteral("≥ ") + fmt(c.lower), unit);
    if (c.upperInclusive && c.lower == c.upper)
        return withUnit(fmt(c.lower), unit);
    return withUnit(fmt(c.lower) + (c.upperInclusive ? QStringLiteral(" – ") : QStringLiteral(" – < ")) + fmt(c.upper), unit);
}

} // namespace

QString rangeLabel(const ClassRange& c, int decimals, const QString& unit)
{
    return rangeText(c, unit, [decimals](double v) { return ps::formatNumber(v, decimals); });
}

int legendDecimals(const Classification& c, int minDecimals, int maxDecimals)
{
    std::vector<double> bounds;
    for (const ClassRange& r : c.classes)
        for (double b : {r.lower, r.upper})
            if (std::isfinite(b) && (bounds.empty() || bounds.back() != b))
                bounds.push_back(b);
    for (int d = minDecimals; d < maxDecimals; ++d) {
        bool distinct = true;
        for (std::size_t i = 1; i < bounds.size() && distinct; ++i)
            distinct = ps::formatNumber(bounds[i - 1], d) != ps::formatNumber(bounds[i], d);
        if (distinct)
            return d;
    }
    return maxDecimals;
}

QString noDataLabel() { return ps::pick(QStringLiteral("Tidak ada data"), QStringLiteral("No data")); }

std::vector<LegendEntry> legendEntries(const Classification& c, const std::vector<QColor>& colors,
                                       const std::vector<double>& values, int decimals, const QString& unit)
{
    std::vector<LegendEntry> out;
    const std::vector<int> counts = c.counts(values);
    for (int i = 0; i < c.size(); ++i) {
        const ClassRange& r = c.classes[i];
        LegendEntry e;
        const QString name = r.displayLabel();
        if (name.isEmpty()) {
            e.label = rangeLabel(r, decimals, unit);
        } else if (std::any_of(name.begin(), name.end(), [](QChar ch) { return ch.isDigit(); })) {
            e.label = name;   // the label already states its range ("50–< 80%", "Target SPM tercapai (≥ 100%)")
        } else {
            const int maxDecimals = std::max(decimals, 2);
            e.label = name + QStringLiteral(" (") +
                      rangeText(r, unit, [maxDecimals](double v) { return ps::formatNumber(v, neededDecimals(v, maxDecimals)); }) +
                      QStringLiteral(")");
        }
        e.color = i < static_cast<int>(colors.size()) ? colors[i] : noDataColor();
        e.count = counts[i];
        e.classIndex = i;
        out.push_back(e);
    }
    LegendEntry nd;
    nd.label = noDataLabel();
    nd.color = noDataColor();
    nd.count = noDataCount(values);
    nd.noData = true;
    nd.classIndex = -1;
    out.push_back(nd);
    return out;
}

} // namespace ps::classify
