// Classification speed: exact Fisher–Jenks, quantile and equal interval on data
// sets the size of the real layers (national kecamatan 7,285; Jawa Tengah desa
// 8,563) and larger. Prints milliseconds (median of several runs).
#include "classify/Classifier.h"
#include "core/Gdal.h"
#include "core/Paths.h"
#include <QCoreApplication>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <functional>
#include <limits>
#include <random>

using namespace ps::classify;

namespace {

double medianMs(const std::function<void()>& run, int repeats)
{
    std::vector<double> ms;
    for (int i = 0; i < repeats; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        run();
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

// Prevalence-like values: skewed, continuous; decimals >= 0 rounds them (ties).
std::vector<double> synthetic(int n, int decimals, unsigned seed)
{
    std::mt19937 rng(seed);
    std::gamma_distribution<double> g(3.0, 6.0);
    std::vector<double> v(n);
    const double scale = decimals >= 0 ? std::pow(10.0, decimals) : 0;
    for (double& x : v)
        x = decimals >= 0 ? std::round(g(rng) * scale) / scale : g(rng);
    return v;
}

// The textbook O(k n^2) recurrence, for comparison on one size.
double quadraticJenksSdcm(std::vector<double> xs, int k)
{
    std::sort(xs.begin(), xs.end());
    const int n = static_cast<int>(xs.size());
    std::vector<double> s(n + 1, 0), q(n + 1, 0);
    for (int i = 0; i < n; ++i) {
        s[i + 1] = s[i] + xs[i];
        q[i + 1] = q[i] + xs[i] * xs[i];
    }
    auto cost = [&](int i, int j) { const double w = j - i + 1, a = s[j + 1] - s[i]; return q[j + 1] - q[i] - a * a / w; };
    std::vector<double> prev(n), cur(n);
    for (int j = 0; j < n; ++j)
        prev[j] = cost(0, j);
    for (int c = 1; c < k; ++c) {
        for (int j = 0; j < n; ++j) {
            cur[j] = std::numeric_limits<double>::infinity();
            for (int i = c; i <= j; ++i)
                cur[j] = std::min(cur[j], prev[i - 1] + cost(i, j));
        }
        std::swap(prev, cur);
    }
    return prev[n - 1];
}

void row(const char* name, const std::vector<double>& v, int k, int repeats)
{
    std::vector<double> uniq = v;
    std::sort(uniq.begin(), uniq.end());
    uniq.erase(std::unique(uniq.begin(), uniq.end()), uniq.end());
    const double jenks = medianMs([&] { naturalBreaks(v, k); }, repeats);
    const double quant = medianMs([&] { quantile(v, k); }, repeats);
    const double equal = medianMs([&] { equalInterval(v, k); }, repeats);
    std::printf("%-34s n=%8zu distinct=%8zu k=%d  jenks %9.2f ms  quantile %7.2f ms  equal %7.2f ms\n", name, v.size(),
                uniq.size(), k, jenks, quant, equal);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    std::printf("bench_classify: median of 5 runs\n");
    row("synthetic (national kecamatan)", synthetic(7285, -1, 1), 5, 5);
    row("synthetic (Jawa Tengah desa)", synthetic(8563, -1, 2), 5, 5);
    row("synthetic (Jawa Tengah desa)", synthetic(8563, -1, 2), 9, 5);
    row("synthetic continuous", synthetic(100000, -1, 3), 5, 5);
    row("synthetic one decimal (ties)", synthetic(1000000, 1, 4), 7, 5);

    const std::vector<double> v = synthetic(7285, -1, 1);
    const auto t0 = std::chrono::steady_clock::now();
    const double quad = quadraticJenksSdcm(v, 5);
    const double quadMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    std::printf("reference O(k n^2) DP, n=7285 k=5: %.1f ms, SDCM %.6f; divide-and-conquer SDCM %.6f\n", quadMs, quad,
                sdcm(naturalBreaks(v, 5), v));

    const QString shared = ps::sharedDataDir();
    if (shared.isEmpty()) {
        std::printf("../shared/data is absent: skipping the Jawa Tengah indicator table\n");
        return 0;
    }
    GDALDatasetUniquePtr ds = ps::openVector(shared + QStringLiteral("/sample/jawa_tengah/indikator_kecamatan.csv"), {QStringLiteral("CSV")});
    std::vector<double> rates;
    for (const auto& f : *ds->GetLayer(0)) {
        const double n = f->GetFieldAsDouble("balita_stunting"), d = f->GetFieldAsDouble("balita_diukur");
        rates.push_back(d > 0 ? n / d * 100 : std::numeric_limits<double>::quiet_NaN());
    }
    row("Jawa Tengah kecamatan x 4 years", rates, 5, 5);
    return 0;
}
