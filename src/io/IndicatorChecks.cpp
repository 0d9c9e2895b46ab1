#include "IndicatorChecks.h"
#include "NumberText.h"
#include <cmath>

namespace ps::io {

std::optional<double> parseStatedRate(const QString& text, double recomputed)
{
    QString t = text.trimmed();
    const bool percentSign = t.contains(QLatin1Char('%'));
    t.remove(QLatin1Char('%'));
    t = t.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    const ParsedNumber n = parseCount(t);
    if (!n.value)
        return std::nullopt;
    // A percent-formatted spreadsheet cell holds the fraction (0.086 shown as 8.6 %).
    if (!percentSign && *n.value <= 1.0 && recomputed > 1.0)
        return *n.value * 100.0;
    return n.value;
}

bool rateDisagrees(double stated, double recomputed, double tolerance)
{
    return std::fabs(stated - recomputed) > tolerance + 1e-9;
}

std::vector<int> constantColumns(const std::vector<QStringList>& values, int minRows)
{
    std::vector<int> out;
    if (values.size() < static_cast<size_t>(minRows) || values.empty())
        return out;
    const int columns = static_cast<int>(values.front().size());
    for (int c = 0; c < columns; ++c) {
        const QString first = values.front().value(c).trimmed();
        if (first.isEmpty())
            continue;
        bool same = true;
        for (const QStringList& row : values)
            same = same && row.value(c).trimmed() == first;
        if (same)
            out.push_back(c);
    }
    return out;
}

} // namespace ps::io
