// Exact Fisher–Jenks natural breaks (Fisher 1958; Jenks 1977): the partition of
// sorted values into k contiguous groups with the least total within-group sum of
// squared deviations. It is 1-D optimal k-means, solved exactly by dynamic
// programming over the distinct values (weighted by their multiplicity):
//   D[c][j] = min_{c <= i <= j} D[c-1][i-1] + SSQ(i..j)
// The optimal i is non-decreasing in j (SSQ satisfies the quadrangle inequality;
// Wang & Song 2011, Ckmeans.1d.dp), so each layer is filled by divide and conquer
// in O(m log m) instead of O(m^2): exact, and fast for 100,000 distinct values.
#include "classify/Classifier.h"
#include <algorithm>
#include <limits>

namespace ps::classify {

namespace {

// Prefix sums of w, w*x, w*x^2 over values shifted by their median, which keeps
// the SSQ differences well conditioned.
class SegmentCost {
public:
    SegmentCost(const std::vector<double>& xs, const std::vector<double>& ws)
        : m_w(xs.size() + 1, 0.0L), m_s(xs.size() + 1, 0.0L), m_q(xs.size() + 1, 0.0L)
    {
        const long double shift = xs.empty() ? 0.0L : xs[xs.size() / 2];
        for (std::size_t i = 0; i < xs.size(); ++i) {
            const long double x = xs[i] - shift, w = ws[i];
            m_w[i + 1] = m_w[i] + w;
            m_s[i + 1] = m_s[i] + w * x;
            m_q[i + 1] = m_q[i] + w * x * x;
        }
    }
    // Sum of squared deviations of values i..j (inclusive) from their mean.
    double operator()(std::size_t i, std::size_t j) const
    {
        const long double w = m_w[j + 1] - m_w[i];
        const long double s = m_s[j + 1] - m_s[i];
        const long double q = m_q[j + 1] - m_q[i];
        const long double ssq = q - s * s / w;
        return ssq > 0 ? static_cast<double>(ssq) : 0.0;
    }

private:
    std::vector<long double> m_w, m_s, m_q;
};

struct Layer {
    const SegmentCost& cost;
    const std::vector<double>& prev;   // D[c-1][*]
    std::vector<double>& cur;          // D[c][*]
    std::vector<int>& arg;             // first index of the last group
    int c;                             // layer (0-based group index)

    // Fills cur[j] for j in [jlo, jhi], knowing the optimal i lies in [ilo, ihi].
    void solve(int jlo, int jhi, int ilo, int ihi)
    {
        if (jlo > jhi)
            return;
        const int j = (jlo + jhi) / 2;
        double best = std::numeric_limits<double>::infinity();
        int bestI = std::max(ilo, c);
        for (int i = std::max(ilo, c); i <= std::min(j, ihi); ++i) {
            const double v = prev[i - 1] + cost(i, j);
            if (v < best) {
                best = v;
                bestI = i;
            }
        }
        cur[j] = best;
        arg[j] = bestI;
        solve(jlo, j - 1, ilo, bestI);
        solve(j + 1, jhi, bestI, ihi);
    }
};

} // namespace

std::vector<double> jenksUppers(const std::vector<double>& xs, const std::vector<double>& ws, int k)
{
    const int m = static_cast<int>(xs.size());
    k = std::min(std::max(k, 1), m);
    if (m == 0)
        return {};
    const SegmentCost cost(xs, ws);
    std::vector<std::vector<int>> arg(k, std::vector<int>(m, 0));
    std::vector<double> prev(m), cur(m, std::numeric_limits<double>::infinity());
    for (int j = 0; j < m; ++j)
        prev[j] = cost(0, j);
    for (int c = 1; c < k; ++c) {
        std::fill(cur.begin(), cur.end(), std::numeric_limits<double>::infinity());
        Layer{cost, prev, cur, arg[c], c}.solve(c, m - 1, c, m - 1);
        std::swap(prev, cur);
    }
    // Walk back from the last value: each group ends one before the next starts.
    std::vector<double> uppers(k);
    int end = m - 1;
    for (int c = k - 1; c >= 0; --c) {
        uppers[c] = xs[end];
        end = (c > 0 ? arg[c][end] : 0) - 1;
    }
    return uppers;
}

} // namespace ps::classify
