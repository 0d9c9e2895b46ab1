#include "AreaLookup.h"

namespace ps::io {

QString AreaLookup::nameKey(const QString& name)
{
    return name.simplified().toCaseFolded();
}

AreaLookup::AreaLookup(std::vector<AdminArea> areas) : m_areas(std::move(areas))
{
    for (int i = 0; i < static_cast<int>(m_areas.size()); ++i) {
        const AdminArea& a = m_areas[i];
        m_byName.insert(nameKey(a.name), i);
        // The code and every ancestor: "16.07.01.2001" also makes 16.07.01, 16.07, 16 known.
        QString code = a.code;
        while (!code.isEmpty() && !m_known.contains(code)) {
            m_known.insert(code);
            const int dot = static_cast<int>(code.lastIndexOf(QLatin1Char('.')));
            code = dot > 0 ? code.left(dot) : QString();
        }
    }
}

std::vector<const AdminArea*> AreaLookup::byName(const QString& name, std::optional<AdminLevel> level) const
{
    std::vector<const AdminArea*> out;
    const auto range = m_byName.equal_range(nameKey(name));
    for (auto it = range.first; it != range.second; ++it) {
        const AdminArea& a = m_areas[*it];
        if (!level || levelRank(a.level) == levelRank(*level))
            out.push_back(&a);
    }
    std::sort(out.begin(), out.end(), [](const AdminArea* a, const AdminArea* b) { return a->code < b->code; });
    return out;
}

} // namespace ps::io
