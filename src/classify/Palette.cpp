#include "classify/Palette.h"
#include "core/Error.h"
#include "core/Paths.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>

namespace ps::classify {

int Palette::minClasses() const { return schemes.empty() ? 0 : schemes.begin()->first; }
int Palette::maxClasses() const { return schemes.empty() ? 0 : schemes.rbegin()->first; }

bool Palette::colorBlindSafeFor(int k) const
{
    return std::find(blindSafeCounts.begin(), blindSafeCounts.end(), k) != blindSafeCounts.end();
}

// Linear RGB interpolation along a published ramp; only used past the largest
// published scheme, where ColorBrewer has no answer.
static std::vector<QColor> interpolate(const std::vector<QColor>& ramp, int k)
{
    std::vector<QColor> out;
    const int n = static_cast<int>(ramp.size());
    for (int i = 0; i < k; ++i) {
        const double t = k == 1 ? 0.5 : double(i) * (n - 1) / (k - 1);
        const int a = std::min(static_cast<int>(std::floor(t)), n - 1);
        const int b = std::min(a + 1, n - 1);
        const double f = t - a;
        auto mix = [f](int x, int y) { return static_cast<int>(std::lround(x + (y - x) * f)); };
        out.emplace_back(mix(ramp[a].red(), ramp[b].red()), mix(ramp[a].green(), ramp[b].green()),
                         mix(ramp[a].blue(), ramp[b].blue()));
    }
    return out;
}

std::vector<QColor> Palette::colors(int k) const
{
    if (k <= 0 || schemes.empty())
        return {};
    if (auto it = schemes.find(k); it != schemes.end())
        return it->second;
    if (k < minClasses()) {
        const std::vector<QColor>& s = schemes.begin()->second;
        if (kind == QLatin1String("qualitative"))
            return {s.begin(), s.begin() + k};
        if (k == 1)   // one class: the darkest of a sequential ramp, the neutral middle of a diverging one
            return {kind == QLatin1String("diverging") ? s[s.size() / 2] : s.back()};
        return {s.front(), s.back()};
    }
    const std::vector<QColor>& s = schemes.rbegin()->second;
    if (kind == QLatin1String("qualitative")) {
        std::vector<QColor> out;
        for (int i = 0; i < k; ++i)
            out.push_back(s[i % s.size()]);
        return out;
    }
    return interpolate(s, k);
}

static QString kindOf(const QString& file, const QString& id, const QString& kind)
{
    if (kind == QLatin1String("sequential") || kind == QLatin1String("diverging") || kind == QLatin1String("qualitative"))
        return kind;
    throw ps::Error(file, QStringLiteral("palet %1: jenis '%2' tidak dikenal (sequential, diverging, qualitative)").arg(id, kind),
                    -1, QStringLiteral("kind"));
}

std::vector<Palette> loadPalettes(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw ps::Error(path, QStringLiteral("berkas palet tidak dapat dibaca: %1").arg(f.errorString()));
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &perr);
    if (doc.isNull())
        throw ps::Error(path, QStringLiteral("JSON tidak sah pada posisi %1: %2").arg(perr.offset).arg(perr.errorString()));
    std::vector<Palette> out;
    for (const QJsonValue& v : doc.object().value(QStringLiteral("palettes")).toArray()) {
        const QJsonObject o = v.toObject();
        Palette p;
        p.id = o.value(QStringLiteral("id")).toString();
        p.kind = kindOf(path, p.id, o.value(QStringLiteral("kind")).toString());
        for (const QJsonValue& k : o.value(QStringLiteral("blind_safe_classes")).toArray())
            p.blindSafeCounts.push_back(k.toInt());
        const QJsonObject schemes = o.value(QStringLiteral("schemes")).toObject();
        for (auto it = schemes.begin(); it != schemes.end(); ++it) {
            bool ok = false;
            const int k = it.key().toInt(&ok);
            std::vector<QColor> colors;
            for (const QJsonValue& c : it.value().toArray()) {
                const QColor col = QColor::fromString(c.toString());
                if (!col.isValid())
                    throw ps::Error(path, QStringLiteral("palet %1: warna '%2' tidak sah").arg(p.id, c.toString()), -1,
                                    QStringLiteral("schemes.%1").arg(it.key()));
                colors.push_back(col);
            }
            if (!ok || k < 1 || static_cast<int>(colors.size()) != k)
                throw ps::Error(path, QStringLiteral("palet %1: skema '%2' harus berisi tepat %2 warna").arg(p.id, it.key()), -1,
                                QStringLiteral("schemes.%1").arg(it.key()));
            p.schemes[k] = std::move(colors);
        }
        if (p.id.isEmpty() || p.schemes.empty())
            throw ps::Error(path, QStringLiteral("palet tanpa id atau tanpa skema: '%1'").arg(p.id));
        p.colorBlindSafe = true;
        for (const auto& [k, c] : p.schemes)
            p.colorBlindSafe = p.colorBlindSafe && p.colorBlindSafeFor(k);
        out.push_back(std::move(p));
    }
    return out;
}

const std::vector<Palette>& palettes()
{
    static const std::vector<Palette> all = loadPalettes(ps::dataDir() + QStringLiteral("/palettes.json"));
    return all;
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

bool reversedFor(const ps::IndicatorDef& d, const Palette& p)
{
    if (p.kind == QLatin1String("qualitative"))
        return false;
    if (p.kind == QLatin1String("diverging"))
        return d.higherIsWorse;
    return !d.higherIsWorse;
}

const Palette& defaultPaletteFor(const ps::IndicatorDef& d)
{
    const Palette* p = palette(d.higherIsWorse ? QStringLiteral("YlOrRd") : QStringLiteral("GnBu"));
    if (!p)
        throw ps::Error(ps::dataDir() + QStringLiteral("/palettes.json"),
                        QStringLiteral("palet bawaan YlOrRd/GnBu tidak ada"));
    return *p;
}

std::vector<QColor> classColors(const Palette& p, int k, bool reversed)
{
    std::vector<QColor> c = p.colors(k);
    if (reversed)
        std::reverse(c.begin(), c.end());
    return c;
}

std::vector<QColor> indicatorColors(const ps::IndicatorDef& d, int k, const QString& paletteId)
{
    const Palette* p = paletteId.isEmpty() ? nullptr : palette(paletteId);
    const Palette& chosen = p ? *p : defaultPaletteFor(d);
    return classColors(chosen, k, reversedFor(d, chosen));
}

QColor noDataColor() { return QColor(0xd9, 0xd9, 0xd9); }

} // namespace ps::classify
