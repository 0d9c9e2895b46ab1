#include "classify/Palette.h"

namespace ps::classify {

// STUB
int Palette::minClasses() const { return schemes.empty() ? 0 : schemes.begin()->first; }
int Palette::maxClasses() const { return schemes.empty() ? 0 : schemes.rbegin()->first; }
bool Palette::colorBlindSafeFor(int) const { return colorBlindSafe; }
std::vector<QColor> Palette::colors(int k) const { return std::vector<QColor>(std::max(k, 0), QColor(Qt::gray)); }
const std::vector<Palette>& palettes()
{
    static const std::vector<Palette> p = [] {
        std::vector<Palette> v(2);
        v[0].id = QStringLiteral("YlOrRd"); v[0].kind = QStringLiteral("sequential"); v[0].colorBlindSafe = true;
        v[1].id = QStringLiteral("YlGnBu"); v[1].kind = QStringLiteral("sequential"); v[1].colorBlindSafe = true;
        return v;
    }();
    return p;
}
const Palette* palette(const QString& id)
{
    for (const auto& p : palettes())
        if (p.id.compare(id, Qt::CaseInsensitive) == 0)
            return &p;
    return nullptr;
}
QStringList paletteIds(const QString& kind)
{
    QStringList out;
    for (const auto& p : palettes())
        if (kind.isEmpty() || p.kind == kind)
            out << p.id;
    return out;
}
bool reversedFor(const ps::IndicatorDef& d) { return !d.higherIsWorse; }
const Palette& defaultPaletteFor(const ps::IndicatorDef& d) { return palettes()[d.higherIsWorse ? 0 : 1]; }
std::vector<QColor> classColors(const Palette& p, int k, bool reversed)
{
    auto c = p.colors(k);
    if (reversed)
        std::reverse(c.begin(), c.end());
    return c;
}
std::vector<QColor> indicatorColors(const ps::IndicatorDef& d, int k, const QString& id)
{
    const Palette* p = palette(id);
    return classColors(p ? *p : defaultPaletteFor(d), k, reversedFor(d));
}
QColor noDataColor() { return QColor(0xd9, 0xd9, 0xd9); }
std::vector<Palette> loadPalettes(const QString&) { return palettes(); }

} // namespace ps::classify
