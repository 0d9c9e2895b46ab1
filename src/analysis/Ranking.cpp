#include "Ranking.h"
#include <QCoreApplication>
#include <QStringList>
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>

namespace ps::analysis {

static QString tr(const char* s) { return QCoreApplication::translate("ps::analysis", s); }

std::vector<double> percentiles(const std::vector<std::optional<double>>& values)
{
    std::vector<double> out(values.size(), 0.0);
    std::vector<size_t> idx;
    for (size_t i = 0; i < values.size(); ++i)
        if (values[i])
            idx.push_back(i);
    if (idx.empty())
        return out;
    if (idx.size() == 1) {
        out[idx[0]] = 0.5;
        return out;
    }
    std::sort(idx.begin(), idx.end(), [&](size_t a, size_t b) { return *values[a] < *values[b]; });
    const double denom = static_cast<double>(idx.size() - 1);
    for (size_t i = 0; i < idx.size();) {
        size_t j = i;
        while (j + 1 < idx.size() && *values[idx[j + 1]] == *values[idx[i]])
            ++j;
        const double mid = (static_cast<double>(i) + static_cast<double>(j)) / 2.0;
        for (size_t k = i; k <= j; ++k)
            out[idx[k]] = mid / denom;
        i = j + 1;
    }
    return out;
}

std::vector<RankInput> rollUpInputs(const std::vector<RankInput>& finer, int codeLength)
{
    std::map<QString, RankInput> up;
    std::map<QString, double> measured;
    for (const RankInput& f : finer) {
        const QString code = f.code.left(codeLength);
        RankInput& u = up[code];
        u.code = code;
        u.population += f.population;
        u.uncoveredPopulation += f.uncoveredPopulation;
        u.balita += f.balita;
        u.posyandu += f.posyandu;
        if (f.stuntingCount && f.stuntingPrevalence && *f.stuntingPrevalence > 0) {
            u.stuntingCount = u.stuntingCount.value_or(0) + *f.stuntingCount;
            measured[code] += *f.stuntingCount * 100.0 / *f.stuntingPrevalence;
            u.stuntingSource = f.stuntingSource;
        }
    }
    std::vector<RankInput> out;
    for (auto& [code, u] : up) {
        if (u.stuntingCount && measured[code] > 0)
            u.stuntingPrevalence = *u.stuntingCount / measured[code] * 100.0;
        out.push_back(u);
    }
    return out;
}

std::vector<RankRow> rankAreas(const std::vector<RankInput>& inputs, const RankWeights& weights, double topShare)
{
    const size_t n = inputs.size();
    std::vector<RankRow> rows(n);
    std::vector<std::optional<double>> unc(n), prev(n), cnt(n), ratio(n);
    int populated = 0;
    for (size_t i = 0; i < n; ++i) {
        const RankInput& in = inputs[i];
        rows[i].in = in;
        if (in.posyandu > 0)
            rows[i].balitaPerPosyandu = in.balita / in.posyandu;
        if (in.population <= 0)
            continue; // unpeopled areas take no part in the percentiles
        ++populated;
        unc[i] = in.uncoveredPopulation;
        prev[i] = in.stuntingPrevalence;
        cnt[i] = in.stuntingCount;
        ratio[i] = in.posyandu > 0 ? in.balita / in.posyandu : std::numeric_limits<double>::infinity();
    }
    const auto pu = percentiles(unc), pp = percentiles(prev), pc = percentiles(cnt), pr = percentiles(ratio);
    const double wsum = weights.uncovered + weights.prevalence + weights.count + weights.balitaPerPosyandu;
    const double w = wsum > 0 ? 1.0 / wsum : 0.0;
    for (size_t i = 0; i < n; ++i) {
        RankRow& r = rows[i];
        r.partUncovered = pu[i];
        r.partPrevalence = pp[i];
        r.partCount = pc[i];
        r.partBalitaPerPosyandu = pr[i];
        r.score = 100.0 * w *
                  (weights.uncovered * pu[i] + weights.prevalence * pp[i] + weights.count * pc[i] +
                   weights.balitaPerPosyandu * pr[i]);
    }
    std::sort(rows.begin(), rows.end(), [](const RankRow& a, const RankRow& b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.in.uncoveredPopulation != b.in.uncoveredPopulation)
            return a.in.uncoveredPopulation > b.in.uncoveredPopulation;
        return a.in.code < b.in.code;
    });
    const int top = static_cast<int>(std::ceil(topShare * populated));
    for (size_t i = 0; i < n; ++i) {
        RankRow& r = rows[i];
        r.rank = static_cast<int>(i) + 1;
        QStringList why;
        if (r.in.posyandu == 0)
            why << tr("tanpa posyandu");
        if (r.in.population > 0 && r.rank <= top)
            why << tr("skor %1% teratas").arg(std::lround(topShare * 100));
        if (r.in.population > 0 && r.in.uncoveredPopulation >= 0.5 * r.in.population)
            why << tr("separuh penduduk atau lebih di luar jangkauan");
        r.underserved = !why.isEmpty();
        r.reason = why.join(QStringLiteral("; "));
    }
    return rows;
}

} // namespace ps::analysis
