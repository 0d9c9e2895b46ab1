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

} // namespace ps::geocode
