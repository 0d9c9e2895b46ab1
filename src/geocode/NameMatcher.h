#pragma once
#include "Gazetteer.h"
#include <QHash>
#include <vector>

namespace ps::geocode {

// How sure a fuzzy match must be. The defaults are conservative on purpose:
// a wrong desa is worse than an unmatched row a person fixes.
struct MatchRules {
    int minLengthForFuzzy = 5;      // shorter names must match exactly
    int longNameLength = 12;        // from this length two edits are allowed, else one
    int minMargin = 2;              // the runner-up must need this many more edits
    double minSimilarity = 0.8;     // 1 - edits / length
};

struct NameMatch {
    enum class Kind { Empty, Exact, Fuzzy, Ambiguous, Unmatched };
    Kind kind = Kind::Empty;
    int index = -1;                 // into the places, when Exact or Fuzzy
    std::vector<int> candidates;    // when Ambiguous: every equally good place
    double score = 0.0;             // 1 exact, else edit similarity of the compact names
    bool found() const { return kind == Kind::Exact || kind == Kind::Fuzzy; }
};

// Finds `text` among places[pool]: exact on the normalised (or space-free)
// name first; else the single closest spelling within the rules' edits, with
// the same numbers, and a clear margin over the runner-up. Several equal
// names = Ambiguous, never a pick.
// byCompact, when given, maps compact names to place indices for a fast exact lookup.
NameMatch matchName(const QString& text, NameKind kind, const std::vector<Place>& places,
                    const std::vector<int>& pool, const MatchRules& rules = {},
                    const QHash<QString, std::vector<int>>* byCompact = nullptr);

// A desa a person might mean, with how close its name is (0..1).
struct DesaCandidate {
    int index = -1;       // into Gazetteer::desa()
    double score = 0.0;   // Jaro-Winkler similarity of the compact names
};

// The n desa whose names are closest to `text`, best first; desa of
// `kecamatanCode` (when given) win ties and near-ties (+0.05). Suggestions
// for the geocode review, never applied without a person's choice.
std::vector<DesaCandidate> closestDesa(const Gazetteer& gazetteer, const QString& text, const QString& kecamatanCode,
                                       int n = 3);

} // namespace ps::geocode
