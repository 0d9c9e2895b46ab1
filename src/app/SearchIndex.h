#pragma once
#include <QString>
#include <vector>

namespace ps::app {

// What the search box can find: desa, kecamatan and facilities by name,
// compared with the geocoder's name normalisation ("Ds. SUNGSANG IV" and
// "sungsang 4" are the same name).
struct SearchEntry {
    enum Kind { Kecamatan, Desa, Facility } kind = Desa;
    QString code;          // area code, or the facility id as text
    QString name;          // as stored
    QString context;       // e.g. the kecamatan of a desa, for people
    QString normalized;    // filled by SearchIndex
};

class SearchIndex {
public:
    void add(SearchEntry e);
    void clear() { m_entries.clear(); }
    int size() const { return static_cast<int>(m_entries.size()); }
    // Entries whose normalised name equals, starts with or contains the
    // normalised query (in that order), at most `limit`.
    std::vector<SearchEntry> find(const QString& query, int limit = 50) const;

private:
    std::vector<SearchEntry> m_entries;
};

} // namespace ps::app
