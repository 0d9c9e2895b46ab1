#pragma once
#include "classify/Classification.h"
#include "core/Catalogue.h"
#include <memory>
#include <vector>

namespace ps::classify {

// Turns values into classes. NaN means "no data" and is ignored. k is the number
// of classes wanted; fewer come back when the data cannot fill them (fewer
// distinct values than k, all values equal: one class; no values: no classes).
// Manual and official classifiers ignore k.
class Classifier {
public:
    virtual ~Classifier() = default;
    virtual Method method() const = 0;
    virtual Classification classify(const std::vector<double>& values, int k) const = 0;
};

// manualBreaks: interior boundaries for Method::Manual (ascending, duplicates dropped).
// indicator: needed for Method::Official (its thresholds, or SPM target classes
// when it has a target and no thresholds). Throws ps::Error when Manual has no
// breaks or Official has no indicator / nothing to classify by.
std::unique_ptr<Classifier> makeClassifier(Method m, const std::vector<double>& manualBreaks = {},
                                           const ps::IndicatorDef* indicator = nullptr);

// Convenience: makeClassifier(m, ...)->classify(values, k).
Classification classify(Method m, const std::vector<double>& values, int k,
                        const std::vector<double>& manualBreaks = {}, const ps::IndicatorDef* indicator = nullptr);

// One classification shared by several maps (small multiples: one indicator over
// several years), computed on all their values pooled, so the maps compare honestly.
Classification classifyPooled(Method m, const std::vector<std::vector<double>>& series, int k,
                              const std::vector<double>& manualBreaks = {}, const ps::IndicatorDef* indicator = nullptr);

// ---- The pure functions behind the classifiers ------------------------------
// Each takes values that may contain NaN (ignored) and returns the classes.

// k classes of equal width between min and max: [b0,b1), [b1,b2) ... [b(k-1),max].
Classification equalInterval(const std::vector<double>& values, int k);

// k classes holding (nearly) equal counts. Classes are closed above at a data value
// and a run of equal values is never split: each cut moves to the nearest place
// between two different values.
Classification quantile(const std::vector<double>& values, int k);

// Natural breaks: the exact Fisher–Jenks optimum, the partition of the sorted values
// into k contiguous groups with the least sum of squared deviations from the group
// means (SDCM). Classes span [min, max] of their members, upper-inclusive.
// Runs on sorted distinct values with weights, O(k m log m) for m distinct values.
Classification naturalBreaks(const std::vector<double>& values, int k);

// Standard deviation classes, each 1 SD wide (population SD). Even k: the mean is a
// break (… [m-1sd, m), [m, m+1sd) …); odd k: the middle class is centred on the mean
// ([m-0.5sd, m+0.5sd)). The two outer classes are open-ended (-inf / +inf).
Classification stdDev(const std::vector<double>& values, int k);

// Manual interior breaks b0 < b1 < …: classes (-inf,b0), [b0,b1), …, [b_last,+inf).
Classification manual(const std::vector<double>& breaks);

// The catalogue's official classes: v belongs to the first class with v < upper;
// labels from labelId/labelEn. Empty when thresholds is empty.
Classification official(const std::vector<ps::Threshold>& thresholds);

// SPM target classes for a coverage indicator with target t (usually 100%):
// < 50% of t, 50–< 80%, 80–< 100%, ≥ t ("Target SPM tercapai").
std::vector<ps::Threshold> spmTargetThresholds(double target);

// The thresholds Method::Official uses for an indicator: its own, else SPM target
// classes when it has a target and higher is better; empty when neither.
std::vector<ps::Threshold> officialThresholds(const ps::IndicatorDef& indicator);

// ---- Exposed for tests and benchmarks ----------------------------------------
// Upper bounds (inclusive) of the optimal Fisher–Jenks groups of the sorted
// distinct values xs with weights ws; size min(k, xs.size()).
std::vector<double> jenksUppers(const std::vector<double>& xs, const std::vector<double>& ws, int k);
// Sum of squared deviations from class means of the non-NaN values under c (SDCM).
double sdcm(const Classification& c, const std::vector<double>& values);

} // namespace ps::classify
