#include "Similarity.h"
#include <algorithm>
#include <cstdlib>
#include <vector>

namespace ps {

int editDistance(const QString& a, const QString& b)
{
    const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
    // Three rows suffice for the transposition look-back.
    std::vector<int> prev2(m + 1), prev(m + 1), cur(m + 1);
    for (int j = 0; j <= m; ++j)
        prev[j] = j;
    for (int i = 1; i <= n; ++i) {
        cur[0] = i;
        for (int j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                cur[j] = std::min(cur[j], prev2[j - 2] + 1);
        }
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return prev[m];
}

int editDistanceAtMost(const QString& a, const QString& b, int cap)
{
    const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
    if (std::abs(n - m) > cap)
        return cap + 1;
    thread_local std::vector<int> prev2, prev, cur;
    prev2.assign(m + 1, 0);
    prev.resize(m + 1);
    cur.assign(m + 1, 0);
    for (int j = 0; j <= m; ++j)
        prev[j] = j;
    int prevMin = 0;
    for (int i = 1; i <= n; ++i) {
        cur[0] = i;
        int rowMin = cur[0];
        for (int j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int v = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                v = std::min(v, prev2[j - 2] + 1);
            cur[j] = v;
            rowMin = std::min(rowMin, v);
        }
        // Later cells build on this row or (swaps) the one before: when both exceed the cap, so will the result.
        if (rowMin > cap && prevMin > cap)
            return cap + 1;
        prevMin = rowMin;
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return std::min(prev[m], cap + 1);
}

double editSimilarity(const QString& a, const QString& b)
{
    const auto longer = std::max(a.size(), b.size());
    if (longer == 0)
        return 1.0;
    return 1.0 - static_cast<double>(editDistance(a, b)) / static_cast<double>(longer);
}

double jaroWinkler(const QString& a, const QString& b)
{
    const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
    if (n == 0 && m == 0)
        return 1.0;
    if (n == 0 || m == 0)
        return 0.0;
    const int window = std::max(0, std::max(n, m) / 2 - 1);
    std::vector<char> aUsed(n, 0), bUsed(m, 0);
    int matches = 0;
    for (int i = 0; i < n; ++i) {
        const int lo = std::max(0, i - window), hi = std::min(m - 1, i + window);
        for (int j = lo; j <= hi; ++j)
            if (!bUsed[j] && a[i] == b[j]) {
                aUsed[i] = bUsed[j] = 1;
                ++matches;
                break;
            }
    }
    if (matches == 0)
        return 0.0;
    int transpositions = 0;
    for (int i = 0, j = 0; i < n; ++i) {
        if (!aUsed[i])
            continue;
        while (!bUsed[j])
            ++j;
        if (a[i] != b[j])
            ++transpositions;
        ++j;
    }
    const double mm = matches;
    const double jaro = (mm / n + mm / m + (mm - transpositions / 2.0) / mm) / 3.0;
    int prefix = 0;
    while (prefix < std::min({4, n, m}) && a[prefix] == b[prefix])
        ++prefix;
    return jaro + prefix * 0.1 * (1.0 - jaro);
}

} // namespace ps
