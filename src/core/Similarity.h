// Edit distances for names and headers (geocoding, spreadsheet column typos).
#pragma once
#include <QString>

namespace ps {

// Edits (insert, delete, substitute, swap two neighbours) to turn a into b:
// the optimal-string-alignment form of the Damerau-Levenshtein distance.
int editDistance(const QString& a, const QString& b);

// editDistance(a, b) when it is at most cap, else cap + 1 (cheaper: stops early).
int editDistanceAtMost(const QString& a, const QString& b, int cap);

// 1 - editDistance / longer length: 1 for equal strings, 0 for nothing in common.
double editSimilarity(const QString& a, const QString& b);

// Jaro-Winkler similarity (prefix scale 0.1, up to 4 characters), 0..1.
double jaroWinkler(const QString& a, const QString& b);

} // namespace ps
