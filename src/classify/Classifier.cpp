#include "classify/Classifier.h"
#include "core/Error.h"
#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <limits>

namespace ps::classify {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// The values that take part in a data-driven classification: finite, sorted.
std::vector<double> sortedData(const std::vector<double>& values)
{
    std::vector<double> xs;
    xs.reserve(values.size());
    for (double v : values)
        if (std::isfinite(v))
            xs.push_back(v);
    std::sort(xs.begin(), xs.end());
    return xs;
}

int countDistinct(const std::vector<double>& sorted)
{
    int n = 0;
    for (std::size_t i = 0; i < sorted.size(); ++i)
        n += (i == 0 || sorted[i] != sorted[i - 1]) ? 1 : 0;
    return n;
}

Classification single(Method m, double lo, double hi)
{
    return {m, {ClassRange{lo, hi, true, {}, {}}}};
}

// Classes from ascending interior breaks, open at both ends: (-inf,b0), [b0,b1), ..., [bn,+inf).
Classification openEnded(Method m, const std::vector<double>& breaks)
{
    Classification c{m, {}};
    double lower = -kInf;
    for (double b : breaks) {
        c.classes.push_back({lower, b, false, {}, {}});
        lower = b;
    }
    c.classes.push_back({lower, kInf, false, {}, {}});
    return c;
}

} // namespace

Classification equalInterval(const std::vector<double>& values, int k)
{
    const std::vector<double> xs = sortedData(values);
    if (xs.empty())
        return {Method::EqualInterval, {}};
    const double lo = xs.front(), hi = xs.back();
    k = std::min(std::max(k, 1), countDistinct(xs));
    if (k == 1)
        return single(Method::EqualInterval, lo, hi);
    Classification c{Method::EqualInterval, {}};
    const double width = (hi - lo) / k;
    for (int i = 0; i < k; ++i) {
        const bool last = i == k - 1;
        c.classes.push_back({lo + i * width, last ? hi : lo + (i + 1) * width, last, {}, {}});
    }
    return c;
}

Classification quantile(const std::vector<double>& values, int k)
{
    const std::vector<double> xs = sortedData(values);
    const int n = static_cast<int>(xs.size());
    if (n == 0)
        return {Method::Quantile, {}};
    k = std::min(std::max(k, 1), countDistinct(xs));
    // Cut positions p (1..n-1) split xs into xs[..p-1] and xs[p..]; only places
    // between two different values are allowed, so a tie never straddles classes.
    std::vector<int> cuts;
    int prev = 0;
    for (int i = 1; i < k; ++i) {
        const int ideal = static_cast<int>(std::lround(double(i) * n / k));
        int best = -1;
        for (int d = 0; best < 0 && (ideal - d > prev || ideal + d < n); ++d) {
            for (int p : {ideal - d, ideal + d})   // nearer side first, lower side on a draw
                if (best < 0 && p > prev && p < n && xs[p - 1] < xs[p])
                    best = p;
        }
        if (best < 0)
            break;
        cuts.push_back(best);
        prev = best;
    }
    cuts.push_back(n);
    Classification c{Method::Quantile, {}};
    int start = 0;
    for (int p : cuts) {
        c.classes.push_back({xs[start], xs[p - 1], true, {}, {}});
        start = p;
    }
    return c;
}

Classification naturalBreaks(const std::vector<double>& values, int k)
{
    const std::vector<double> sorted = sortedData(values);
    if (sorted.empty())
        return {Method::NaturalBreaks, {}};
    std::vector<double> xs, ws;
    for (double v : sorted) {
        if (xs.empty() || xs.back() != v) {
            xs.push_back(v);
            ws.push_back(1.0);
        } else {
            ws.back() += 1.0;
        }
    }
    const std::vector<double> uppers = jenksUppers(xs, ws, std::max(k, 1));
    Classification c{Method::NaturalBreaks, {}};
    std::size_t next = 0;   // index into xs of the current class's first member
    for (double u : uppers) {
        c.classes.push_back({xs[next], u, true, {}, {}});
        while (next < xs.size() && xs[next] <= u)
            ++next;
    }
    return c;
}

Classification stdDev(const std::vector<double>& values, int k)
{
    const std::vector<double> xs = sortedData(values);
    if (xs.empty())
        return {Method::StdDev, {}};
    double mean = 0;
    for (double v : xs)
        mean += v;
    mean /= xs.size();
    double ss = 0;
    for (double v : xs)
        ss += (v - mean) * (v - mean);
    const double sd = std::sqrt(ss / xs.size());
    k = std::max(k, 1);
    if (sd == 0 || k == 1)
        return single(Method::StdDev, xs.front(), xs.back());
    std::vector<double> breaks;
    if (k % 2 == 0) {
        for (int j = -(k / 2 - 1); j <= k / 2 - 1; ++j)
            breaks.push_back(mean + j * sd);
    } else {
        for (int j = -(k - 1) / 2; j < (k - 1) / 2; ++j)
            breaks.push_back(mean + (j + 0.5) * sd);
    }
    return openEnded(Method::StdDev, breaks);
}

Classification manual(const std::vector<double>& breaksIn)
{
    std::vector<double> breaks = sortedData(breaksIn);
    breaks.erase(std::unique(breaks.begin(), breaks.end()), breaks.end());
    return openEnded(Method::Manual, breaks);
}

Classification official(const std::vector<ps::Threshold>& thresholds)
{
    Classification c{Method::Official, {}};
    double lower = -kInf;
    for (const ps::Threshold& t : thresholds) {
        c.classes.push_back({lower, t.upper, false, t.labelId, t.labelEn});
        lower = t.upper;
    }
    return c;
}

std::vector<ps::Threshold> spmTargetThresholds(double target)
{
    return {
        {0.5 * target, QStringLiteral("Jauh di bawah target"), QStringLiteral("Far below target")},
        {0.8 * target, QStringLiteral("Di bawah target"), QStringLiteral("Below target")},
        {target, QStringLiteral("Mendekati target"), QStringLiteral("Near target")},
        {kInf, QStringLiteral("Target SPM tercapai"), QStringLiteral("SPM target met")},
    };
}

std::vector<ps::Threshold> officialThresholds(const ps::IndicatorDef& d)
{
    if (!d.thresholds.empty())
        return d.thresholds;
    if (d.target && !d.higherIsWorse)
        return spmTargetThresholds(*d.target);
    return {};
}

double sdcm(const Classification& c, const std::vector<double>& values)
{
    const int k = c.size();
    std::vector<double> sum(k, 0.0), n(k, 0.0);
    for (double v : values)
        if (const int i = c.classOf(v); i >= 0 && std::isfinite(v)) {
            sum[i] += v;
            n[i] += 1;
        }
    double total = 0;
    for (double v : values)
        if (const int i = c.classOf(v); i >= 0 && std::isfinite(v)) {
            const double d = v - sum[i] / n[i];
            total += d * d;
        }
    return total;
}

namespace {

class FunctionClassifier : public Classifier {
public:
    FunctionClassifier(Method m, std::vector<double> breaks, std::vector<ps::Threshold> thresholds)
        : m_method(m), m_breaks(std::move(breaks)), m_thresholds(std::move(thresholds)) {}
    Method method() const override { return m_method; }
    Classification classify(const std::vector<double>& values, int k) const override
    {
        switch (m_method) {
        case Method::EqualInterval: return equalInterval(values, k);
        case Method::Quantile: return quantile(values, k);
        case Method::NaturalBreaks: return naturalBreaks(values, k);
        case Method::StdDev: return stdDev(values, k);
        case Method::Manual: return manual(m_breaks);
        case Method::Official: return official(m_thresholds);
        }
        return {};
    }

private:
    Method m_method;
    std::vector<double> m_breaks;
    std::vector<ps::Threshold> m_thresholds;
};

} // namespace

std::unique_ptr<Classifier> makeClassifier(Method m, const std::vector<double>& manualBreaks, const ps::IndicatorDef* indicator)
{
    std::vector<ps::Threshold> thresholds;
    if (m == Method::Manual && sortedData(manualBreaks).empty())
        throw ps::Error(QCoreApplication::translate("ps::classify", "Klasifikasi manual memerlukan setidaknya satu batas kelas"));
    if (m == Method::Official) {
        if (!indicator)
            throw ps::Error(QCoreApplication::translate("ps::classify", "Kelas resmi memerlukan indikator"));
        thresholds = officialThresholds(*indicator);
        if (thresholds.empty())
            throw ps::Error(QCoreApplication::translate("ps::classify",
                                                        "Indikator %1 tidak memiliki ambang resmi maupun target SPM")
                                .arg(indicator->code));
    }
    return std::make_unique<FunctionClassifier>(m, manualBreaks, std::move(thresholds));
}

Classification classify(Method m, const std::vector<double>& values, int k, const std::vector<double>& manualBreaks,
                        const ps::IndicatorDef* indicator)
{
    return makeClassifier(m, manualBreaks, indicator)->classify(values, k);
}

Classification classifyPooled(Method m, const std::vector<std::vector<double>>& series, int k,
                              const std::vector<double>& manualBreaks, const ps::IndicatorDef* indicator)
{
    std::vector<double> all;
    for (const auto& s : series)
        all.insert(all.end(), s.begin(), s.end());
    return classify(m, all, k, manualBreaks, indicator);
}

} // namespace ps::classify
