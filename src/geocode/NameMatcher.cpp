#include "NameMatcher.h"
#include "core/Similarity.h"
#include <algorithm>
#include <limits>

namespace ps::geocode {

NameMatch matchName(const QString& text, NameKind kind, const std::vector<Place>& places,
                    const std::vector<int>& pool, const MatchRules& rules,
                    const QHash<QString, std::vector<int>>* byCompact)
{
    NameMatch m;
    const QString key = normalizeName(text, kind);
    if (key.isEmpty())
        return m;
    const QString compact = compactName(key);
    const QStringList numbers = nameNumbers(key);

    // Equal normalised names have equal compact names: comparing those finds both.
    std::vector<int> exact;
    if (byCompact) {
        const auto it = byCompact->constFind(compact);
        if (it != byCompact->constEnd())
            for (int i : *it)
                if (std::find(pool.begin(), pool.end(), i) != pool.end())
                    exact.push_back(i);
    } else {
        for (int i : pool)
            if (places[i].compact == compact)
                exact.push_back(i);
    }
    if (exact.size() == 1) {
        m.kind = NameMatch::Kind::Exact;
        m.index = exact.front();
        m.score = 1.0;
        return m;
    }
    if (exact.size() > 1) {
        m.kind = NameMatch::Kind::Ambiguous;
        m.candidates = exact;
        m.score = 1.0;
        return m;
    }

    m.kind = NameMatch::Kind::Unmatched;
    if (compact.size() < rules.minLengthForFuzzy)
        return m;
    const int allowed = compact.size() >= rules.longNameLength ? 2 : 1;
    // Distances beyond allowed + margin all mean "far": capped, which keeps the comparison cheap.
    int best = std::numeric_limits<int>::max(), second = std::numeric_limits<int>::max();
    std::vector<int> bestPlaces;
    for (int i : pool) {
        // Different numbers are different places ("Sido Mulyo 18" is not "Sido Mulyo 20").
        if (places[i].numbers != numbers)
            continue;
        const int d = editDistanceAtMost(compact, places[i].compact, allowed + rules.minMargin);
        if (d < best) {
            second = best;
            best = d;
            bestPlaces = {i};
        } else if (d == best) {
            bestPlaces.push_back(i);
        } else if (d < second) {
            second = d;
        }
    }
    if (bestPlaces.empty() || best > allowed)
        return m;
    const double score = editSimilarity(compact, places[bestPlaces.front()].compact);
    if (score < rules.minSimilarity)
        return m;
    m.score = score;
    if (bestPlaces.size() > 1) {
        m.kind = NameMatch::Kind::Ambiguous;
        m.candidates = bestPlaces;
        return m;
    }
    if (second != std::numeric_limits<int>::max() && second - best < rules.minMargin)
        return m; // a close runner-up: too unsure to pick either
    m.kind = NameMatch::Kind::Fuzzy;
    m.index = bestPlaces.front();
    return m;
}

std::vector<DesaCandidate> closestDesa(const Gazetteer& gazetteer, const QString& text, const QString& kecamatanCode, int n)
{
    const QString wanted = compactName(normalizeName(text, NameKind::Desa));
    std::vector<std::pair<double, DesaCandidate>> ranked;   // (sort key, candidate)
    if (wanted.isEmpty() || n <= 0)
        return {};
    const auto& desa = gazetteer.desa();
    for (int i = 0; i < static_cast<int>(desa.size()); ++i) {
        const double score = jaroWinkler(wanted, desa[i].compact);
        const double bonus = !kecamatanCode.isEmpty() && desa[i].parentCode == kecamatanCode ? 0.05 : 0.0;
        ranked.push_back({score + bonus, {i, score}});
    }
    const size_t k = std::min<size_t>(static_cast<size_t>(n), ranked.size());
    std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(k), ranked.end(),
                      [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<DesaCandidate> out;
    for (size_t j = 0; j < k; ++j)
        out.push_back(ranked[j].second);
    return out;
}

} // namespace ps::geocode
