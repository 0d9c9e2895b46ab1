#include "SearchIndex.h"
#include "geocode/NameNormalizer.h"
#include <algorithm>

namespace ps::app {

using ps::geocode::NameKind;

static NameKind kindFor(SearchEntry::Kind k) { return k == SearchEntry::Kecamatan ? NameKind::Kecamatan : NameKind::Desa; }

void SearchIndex::add(SearchEntry e)
{
    e.normalized = ps::geocode::normalizeName(e.name, kindFor(e.kind));
    m_entries.push_back(std::move(e));
}

std::vector<SearchEntry> SearchIndex::find(const QString& query, int limit) const
{
    // The query may name either level: try both normalisations.
    const QString qd = ps::geocode::normalizeName(query, NameKind::Desa);
    const QString qk = ps::geocode::normalizeName(query, NameKind::Kecamatan);
    if (qd.isEmpty() && qk.isEmpty())
        return {};
    const QString qc = ps::geocode::compactName(qd);
    std::vector<std::pair<int, const SearchEntry*>> hits;
    for (const SearchEntry& e : m_entries) {
        int score = -1;
        if (e.normalized == qd || e.normalized == qk)
            score = 0;
        else if (e.normalized.startsWith(qd + QLatin1Char(' ')) || e.normalized.startsWith(qk + QLatin1Char(' ')))
            score = 1;
        else if (ps::geocode::compactName(e.normalized) == qc)
            score = 2;
        else if (e.normalized.contains(qd) || (!qk.isEmpty() && e.normalized.contains(qk)))
            score = 3;
        if (score >= 0)
            hits.push_back({score * 3 + int(e.kind), &e});
    }
    std::stable_sort(hits.begin(), hits.end(), [](auto& a, auto& b) { return a.first < b.first; });
    std::vector<SearchEntry> out;
    for (const auto& h : hits) {
        if (static_cast<int>(out.size()) >= limit)
            break;
        out.push_back(*h.second);
    }
    return out;
}

} // namespace ps::app
