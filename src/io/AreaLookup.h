#pragma once
#include "core/Types.h"
#include <QHash>
#include <QSet>
#include <QString>
#include <optional>
#include <vector>

namespace ps::io {

// The project's areas as an indicator import needs them: which codes exist
// (stored, or the parent of stored ones: a kecamatan whose desa are stored is
// known) and which areas carry a given name.
class AreaLookup {
public:
    explicit AreaLookup(std::vector<AdminArea> areas);

    bool empty() const { return m_areas.empty(); }
    bool knowsCode(const QString& code) const { return m_known.contains(code); }
    // Areas whose name equals `name` after trimming and case-folding, at
    // `level` when given (desa and kelurahan count as one level).
    std::vector<const AdminArea*> byName(const QString& name, std::optional<AdminLevel> level = {}) const;

    static QString nameKey(const QString& name);   // trimmed, inner spaces collapsed, case-folded

private:
    std::vector<AdminArea> m_areas;
    QSet<QString> m_known;
    QMultiHash<QString, int> m_byName;
};

} // namespace ps::io
