#pragma once
#include <QString>
#include <optional>
#include <vector>

namespace ps::classify {

enum class Method { EqualInterval, Quantile, NaturalBreaks, StdDev, Manual, Official };

// Stable ids used in map templates and on the command line:
// "equal", "quantile", "jenks", "stddev", "manual", "official".
QString methodId(Method m);
std::optional<Method> methodFromId(const QString& id);   // case-insensitive; also accepts "natural", "equal_interval", "sd"
QString methodName(Method m);                            // for people, in the current language

// One class. Its interval is [lower, upper) or, when upperInclusive, [lower, upper].
// lower may be -inf and upper +inf (open-ended classes of manual and official
// classifications), which the legend shows as "< upper" and "≥ lower".
struct ClassRange {
    double lower = 0, upper = 0;
    bool upperInclusive = false;
    QString label;     // official label in Indonesian ("Tinggi"), empty for data-driven classes
    QString labelEn;   // its English form ("High"); empty when there is none

    QString displayLabel() const;   // label or labelEn, by the current language
};

// Classes in ascending order of value.
struct Classification {
    Method method = Method::EqualInterval;
    std::vector<ClassRange> classes;

    // Index of the class holding v: the first class whose upper bound takes v
    // (v < upper, or v <= upper when upperInclusive). -1 for NaN (no data) and
    // when there are no classes. Values below the first class go to the first
    // class, values above the last to the last.
    int classOf(double v) const;
    int size() const { return static_cast<int>(classes.size()); }
    bool empty() const { return classes.empty(); }
    // How many values fall in each class (NaNs are not counted; see noDataCount).
    std::vector<int> counts(const std::vector<double>& values) const;
    // The class index of every value (-1 for NaN).
    std::vector<int> classesOf(const std::vector<double>& values) const;
    // Interior boundaries: classes[i].upper for all but the last class.
    std::vector<double> breaks() const;
};

int noDataCount(const std::vector<double>& values);   // how many NaNs

} // namespace ps::classify
