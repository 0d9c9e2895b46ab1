#pragma once
#include <QString>
#include <QStringList>

namespace ps::geocode {

// Which administrative word may lead a name ("Desa Mariana", "Kec. Betung").
// Only the prefixes of that kind are dropped: "Kota Baru" stays a desa name.
enum class NameKind { Desa, Kecamatan, Kabupaten };

// A place name reduced to lower-case words: punctuation and spacing removed,
// abbreviations expanded (Tj./Tg. → tanjung, Sei → sungai, P. → pulau, ...),
// the leading administrative prefix dropped and roman numerals written as
// digits, so "Ds. SUNGSANG  IV" and "sungsang 4" both become "sungsang 4".
QString normalizeName(const QString& text, NameKind kind);

// The normalised name without spaces, for comparing names whose spaces were
// typed in the wrong place ("JuruT aro", "MuaraSugih").
QString compactName(const QString& normalized);

// The numbers of a normalised name in order ("sido mulyo 18" → {"18"}): two
// names with different numbers are different places, however close the spelling.
QStringList nameNumbers(const QString& normalized);

// A roman numeral I..XXXIX as its value, or 0 when the token is not one.
int romanValue(const QString& lowerToken);

} // namespace ps::geocode
