#include "classify/Classifier.h"
#include "core/Error.h"

namespace ps::classify {

// STUB: implementations land in the next commit.
Classification equalInterval(const std::vector<double>&, int) { return {Method::EqualInterval, {}}; }
Classification quantile(const std::vector<double>&, int) { return {Method::Quantile, {}}; }
Classification stdDev(const std::vector<double>&, int) { return {Method::StdDev, {}}; }
Classification manual(const std::vector<double>&) { return {Method::Manual, {}}; }
Classification official(const std::vector<ps::Threshold>&) { return {Method::Official, {}}; }
std::vector<ps::Threshold> spmTargetThresholds(double) { return {}; }
std::vector<ps::Threshold> officialThresholds(const ps::IndicatorDef& d) { return d.thresholds; }
double sdcm(const Classification&, const std::vector<double>&) { return 0; }

namespace {
class FnClassifier : public Classifier {
public:
    FnClassifier(Method m, std::vector<double> b, const ps::IndicatorDef* d) : m_method(m), m_breaks(std::move(b)), m_ind(d) {}
    Method method() const override { return m_method; }
    Classification classify(const std::vector<double>& values, int k) const override
    {
        switch (m_method) {
        case Method::EqualInterval: return equalInterval(values, k);
        case Method::Quantile: return quantile(values, k);
        case Method::NaturalBreaks: return naturalBreaks(values, k);
        case Method::StdDev: return stdDev(values, k);
        case Method::Manual: return manual(m_breaks);
        case Method::Official: return official(officialThresholds(*m_ind));
        }
        return {};
    }

private:
    Method m_method;
    std::vector<double> m_breaks;
    const ps::IndicatorDef* m_ind;
};
} // namespace

std::unique_ptr<Classifier> makeClassifier(Method m, const std::vector<double>& manualBreaks, const ps::IndicatorDef* indicator)
{
    if (m == Method::Official && !indicator)
        throw ps::Error(QStringLiteral("kelas resmi memerlukan indikator"));
    return std::make_unique<FnClassifier>(m, manualBreaks, indicator);
}

Classification classify(Method m, const std::vector<double>& values, int k, const std::vector<double>& manualBreaks,
                        const ps::IndicatorDef* indicator)
{
    return makeClassifier(m, manualBreaks, indicator)->classify(values, k);
}

} // namespace ps::classify
