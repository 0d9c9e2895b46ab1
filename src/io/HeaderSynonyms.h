#pragma once
#include <QHash>
#include <QString>
#include <QStringList>
#include <vector>

namespace ps::io {

// A header as compared: lower case, every run of spaces, underscores and
// punctuation as one space ("Jumlah_Yang  Diukur" -> "jumlah yang diukur").
QString headerKey(const QString& header);
// The same without parenthesised parts ("Unit Kerja (Puskesmas)" -> "unit kerja").
QString headerCore(const QString& header);

// What a column of a user's table is, as recognised from its header.
struct HeaderRole {
    enum class Kind { None, Variable, Part, StatedRate, Column };
    Kind kind = Kind::None;
    QString code;     // variable code, part code, indicator code (stated rate) or column role ("tahun", "puskesmas")
    QString whole;    // for a part: the variable it adds up to
};

// The headers offices write, from data/headers.json (plus the file named by
// $PETASEHAT_HEADERS, appended): synonyms of catalogue variables, parts that
// add up to a variable (Pendek + Sangat pendek = stunting), stated rates,
// period and reporting-unit columns, and facility name columns per type.
class HeaderSynonyms {
public:
    static HeaderSynonyms load(const QStringList& paths);
    static const HeaderSynonyms& standard();

    // The full header is tried first against every list, then its core, so
    // "Stunting (%)" is a stated rate while "Stunting" is the count.
    HeaderRole roleOf(const QString& header) const;
    // The first header (in `headers` order) with the column role, -1 when none.
    int findColumn(const QStringList& headers, const QString& role) const;
    // Facility name column: a header naming the type being imported, then generic
    // name headers ("Nama Faskes", "Nama"). -1 when none.
    int facilityNameColumn(const QStringList& headers, const QString& facilityType) const;
    // The variables that `whole` is the sum of (e.g. balita_pendek, balita_sangat_pendek).
    QStringList partsOf(const QString& whole) const;

private:
    HeaderRole lookup(const QString& key) const;
    QHash<QString, HeaderRole> m_byKey;
    QHash<QString, QStringList> m_facilityNames;   // type -> header keys, in order
    QHash<QString, QStringList> m_parts;           // whole -> parts
};

} // namespace ps::io
