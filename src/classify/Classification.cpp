#include "classify/Classification.h"
#include "core/Locale.h"
#include <cmath>

namespace ps::classify {

namespace {
struct MethodInfo {
    Method method;
    const char* id;
    const char* nameId;
    const char* nameEn;
};
constexpr MethodInfo kMethods[] = {
    {Method::EqualInterval, "equal", "Interval sama", "Equal interval"},
    {Method::Quantile, "quantile", "Kuantil", "Quantile"},
    {Method::NaturalBreaks, "jenks", "Jeda alami (Jenks)", "Natural breaks (Jenks)"},
    {Method::StdDev, "stddev", "Simpangan baku", "Standard deviation"},
    {Method::Manual, "manual", "Batas manual", "Manual breaks"},
    {Method::Official, "official", "Kelas resmi", "Official classes"},
};
} // namespace

QString methodId(Method m)
{
    for (const auto& i : kMethods)
        if (i.method == m)
            return QString::fromLatin1(i.id);
    return {};
}

std::optional<Method> methodFromId(const QString& idIn)
{
    const QString id = idIn.trimmed().toLower();
    for (const auto& i : kMethods)
        if (id == QLatin1String(i.id))
            return i.method;
    if (id == QLatin1String("natural") || id == QLatin1String("natural_breaks") || id == QLatin1String("fisher_jenks"))
        return Method::NaturalBreaks;
    if (id == QLatin1String("equal_interval") || id == QLatin1String("interval"))
        return Method::EqualInterval;
    if (id == QLatin1String("sd") || id == QLatin1String("std_dev") || id == QLatin1String("standard_deviation"))
        return Method::StdDev;
    if (id == QLatin1String("quantiles"))
        return Method::Quantile;
    return std::nullopt;
}

QString methodName(Method m)
{
    for (const auto& i : kMethods)
        if (i.method == m)
            return ps::pick(QString::fromUtf8(i.nameId), QString::fromUtf8(i.nameEn));
    return {};
}

QString ClassRange::displayLabel() const { return ps::pick(label, labelEn); }

int Classification::classOf(double v) const
{
    if (std::isnan(v) || classes.empty())
        return -1;
    const int n = size();
    for (int i = 0; i < n; ++i) {
        const ClassRange& c = classes[i];
        if (v < c.upper || (c.upperInclusive && v == c.upper))
            return i;
    }
    return n - 1;
}

std::vector<int> Classification::counts(const std::vector<double>& values) const
{
    std::vector<int> out(classes.size(), 0);
    for (double v : values) {
        const int c = classOf(v);
        if (c >= 0)
            ++out[c];
    }
    return out;
}

std::vector<int> Classification::classesOf(const std::vector<double>& values) const
{
    std::vector<int> out;
    out.reserve(values.size());
    for (double v : values)
        out.push_back(classOf(v));
    return out;
}

std::vector<double> Classification::breaks() const
{
    std::vector<double> out;
    for (std::size_t i = 0; i + 1 < classes.size(); ++i)
        out.push_back(classes[i].upper);
    return out;
}

int noDataCount(const std::vector<double>& values)
{
    int n = 0;
    for (double v : values)
        n += std::isnan(v) ? 1 : 0;
    return n;
}

} // namespace ps::classify
