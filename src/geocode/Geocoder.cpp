#include "Geocoder.h"
#include "core/Locale.h"
#include "core/Types.h"
#include <QCoreApplication>
#include <cmath>
#include <limits>

namespace ps::geocode {

static QString tr(const char* s) { return QCoreApplication::translate("ps::geocode", s); }

QString outcomeName(Outcome o)
{
    switch (o) {
    case Outcome::Exact: return QStringLiteral("exact");
    case Outcome::Repaired: return QStringLiteral("repaired");
    case Outcome::Flagged: return QStringLiteral("flagged");
    case Outcome::Estimated: return QStringLiteral("estimated");
    case Outcome::Imported: return QStringLiteral("imported");
    case Outcome::Ambiguous: return QStringLiteral("ambiguous");
    case Outcome::Unmatched: return QStringLiteral("unmatched");
    case Outcome::Duplicate: return QStringLiteral("duplicate");
    case Outcome::Rejected: return QStringLiteral("rejected");
    }
    return {};
}

QString outcomeLabel(Outcome o)
{
    switch (o) {
    case Outcome::Exact: return tr("tepat");
    case Outcome::Repaired: return tr("koordinat diperbaiki");
    case Outcome::Flagged: return tr("ditandai (di luar desa)");
    case Outcome::Estimated: return tr("diperkirakan dari desa");
    case Outcome::Imported: return tr("diimpor (tanpa nama desa)");
    case Outcome::Ambiguous: return tr("ambigu");
    case Outcome::Unmatched: return tr("tidak cocok");
    case Outcome::Duplicate: return tr("duplikat");
    case Outcome::Rejected: return tr("ditolak");
    }
    return {};
}

QString statusFor(Outcome o)
{
    switch (o) {
    case Outcome::Exact: return FacilityStatus::Exact;
    case Outcome::Repaired: return FacilityStatus::Repaired;
    case Outcome::Flagged: return FacilityStatus::Flagged;
    case Outcome::Estimated: return FacilityStatus::Estimated;
    case Outcome::Imported: return FacilityStatus::Imported;
    case Outcome::Ambiguous: return FacilityStatus::Ambiguous;
    case Outcome::Unmatched: return FacilityStatus::Unmatched;
    case Outcome::Duplicate: return FacilityStatus::Rejected;
    case Outcome::Rejected: return FacilityStatus::Rejected;
    }
    return {};
}

bool isPlaced(Outcome o)
{
    return o == Outcome::Exact || o == Outcome::Repaired || o == Outcome::Flagged || o == Outcome::Estimated ||
           o == Outcome::Imported;
}

Geocoder::Geocoder(const Gazetteer& gazetteer, DesaPlacer& placer, GeocodeOptions options)
    : m_gaz(gazetteer), m_placer(placer), m_opt(options)
{
}

const Geocoder::DesaMatch& Geocoder::matchDesa(const QString& kecamatan, const QString& desa)
{
    const QString key = kecamatan + QChar(0x1f) + desa;
    auto it = m_cache.constFind(key);
    if (it == m_cache.constEnd())
        it = m_cache.insert(key, computeMatch(kecamatan, desa));
    return *it;
}

Geocoder::DesaMatch Geocoder::computeMatch(const QString& kecText, const QString& desaText)
{
    DesaMatch out;
    const auto& kec = m_gaz.kecamatan();
    const auto& desa = m_gaz.desa();
    auto cached = m_kecCache.constFind(kecText);
    if (cached == m_kecCache.constEnd())
        cached = m_kecCache.insert(kecText, matchName(kecText, NameKind::Kecamatan, kec, m_gaz.allKecamatan(),
                                                      m_opt.rules, &m_gaz.kecamatanByCompact()));
    const NameMatch km = *cached;
    if (km.found()) {
        out.kecamatan = km.index;
        out.desa = matchName(desaText, NameKind::Desa, desa, m_gaz.desaOf(km.index), m_opt.rules, &m_gaz.desaByCompact());
        if (out.desa.kind == NameMatch::Kind::Unmatched) {
            out.reason = tr("desa \"%1\" tidak ada di Kecamatan %2").arg(desaText.simplified(), kec[km.index].name);
            // Said, never used: the planner decides whether the kecamatan or the desa is wrong.
            const auto elsewhere = m_gaz.desaByCompact().value(compactName(normalizeName(desaText, NameKind::Desa)));
            if (elsewhere.size() == 1) {
                const int k = m_gaz.kecamatanIndex(desa[elsewhere.front()].parentCode);
                if (k >= 0)
                    out.reason += tr(" (nama itu ada di Kecamatan %1)").arg(kec[k].name);
            }
        }
        return out;
    }
    if (km.kind == NameMatch::Kind::Ambiguous) {
        // Kecamatan of the same name in several kabupaten: the desa tells them apart, or nothing does.
        std::vector<int> found, kecOfFound;
        for (int k : km.candidates) {
            const NameMatch dm = matchName(desaText, NameKind::Desa, desa, m_gaz.desaOf(k), m_opt.rules, &m_gaz.desaByCompact());
            if (dm.found()) {
                found.push_back(dm.index);
                kecOfFound.push_back(k);
                out.desa = dm;
            } else if (dm.kind == NameMatch::Kind::Ambiguous) {
                found.insert(found.end(), dm.candidates.begin(), dm.candidates.end());
                kecOfFound.push_back(k);
                kecOfFound.push_back(k);
            }
        }
        if (found.size() == 1) {
            out.kecamatan = kecOfFound.front();
            return out;
        }
        out.desa = NameMatch{};
        out.desa.kind = found.empty() ? NameMatch::Kind::Unmatched : NameMatch::Kind::Ambiguous;
        out.desa.candidates = found;
        out.reason = found.empty() ? tr("kecamatan \"%1\" ada di beberapa kabupaten dan desa \"%2\" tidak ditemukan")
                                         .arg(kecText.simplified(), desaText.simplified())
                                   : tr("kecamatan \"%1\" dan desa \"%2\" cocok di beberapa tempat")
                                         .arg(kecText.simplified(), desaText.simplified());
        return out;
    }
    // No usable kecamatan: the desa is matched over the whole area, and only a unique answer counts.
    out.desa = matchName(desaText, NameKind::Desa, desa, m_gaz.allDesa(), m_opt.rules, &m_gaz.desaByCompact());
    if (out.desa.found())
        out.kecamatan = m_gaz.kecamatanIndex(desa[out.desa.index].parentCode);
    const QString kecNote = km.kind == NameMatch::Kind::Empty
                                ? tr("tanpa kecamatan")
                                : tr("kecamatan \"%1\" tidak dikenal").arg(kecText.simplified());
    if (out.desa.kind == NameMatch::Kind::Unmatched)
        out.reason = tr("%1; desa \"%2\" tidak ditemukan").arg(kecNote, desaText.simplified());
    else if (out.desa.kind == NameMatch::Kind::Ambiguous)
        out.reason = tr("%1; desa \"%2\" ada di beberapa kecamatan").arg(kecNote, desaText.simplified());
    else if (out.desa.found())
        out.reason = tr("%1; desa dicocokkan di seluruh wilayah").arg(kecNote);
    return out;
}

namespace {
struct Variant {
    double lon, lat;
    QStringList repairs;
};
} // namespace

// The readings of a typed coordinate, the plain one first, then single fixes, then double ones.
static std::vector<Variant> variantsOf(const ParsedCoordinate& c)
{
    std::vector<Variant> out;
    for (int fixes = 0; fixes <= 3; ++fixes)
        for (int swap = 0; swap <= 1; ++swap)
            for (int flipLat = 0; flipLat <= 1; ++flipLat)
                for (int flipLon = 0; flipLon <= 1; ++flipLon) {
                    if (swap + flipLat + flipLon != fixes)
                        continue;
                    double lon = swap ? c.lat : c.lon, lat = swap ? c.lon : c.lat;
                    Variant v{flipLon ? -lon : lon, flipLat ? -lat : lat, {}};
                    if (swap)
                        v.repairs << tr("lintang dan bujur tertukar");
                    if (flipLat)
                        v.repairs << tr("tanda lintang terbalik");
                    if (flipLon)
                        v.repairs << tr("tanda bujur terbalik");
                    out.push_back(v);
                }
    return out;
}

static QString metres(double m)
{
    return m >= 1000 ? tr("%1 km").arg(formatNumber(m / 1000.0, 1)) : tr("%1 m").arg(formatNumber(m, 0));
}

void Geocoder::useCoordinates(GeocodeResult& r, const ParsedCoordinate& c, const std::vector<int>& candidates)
{
    QStringList formatRepairs;
    if (c.decimalComma)
        formatRepairs << tr("koma desimal");
    if (c.dms)
        formatRepairs << tr("derajat-menit-detik");
    if (c.swappedByLetters)
        formatRepairs << tr("lintang dan bujur tertukar");
    const auto variants = variantsOf(c);
    const auto& desa = m_gaz.desa();
    auto place = [&](const Variant& v, int desaIndex, Outcome plain) {
        r.desaIndex = desaIndex;
        if (desaIndex >= 0)
            r.kecamatanIndex = m_gaz.kecamatanIndex(desa[desaIndex].parentCode);
        r.lon = v.lon;
        r.lat = v.lat;
        r.repairs = formatRepairs + v.repairs;
        r.outcome = r.repairs.isEmpty() ? plain : Outcome::Repaired;
        r.method = r.repairs.isEmpty() ? QStringLiteral("coordinates") : QStringLiteral("coordinates_repaired");
        if (!r.repairs.isEmpty())
            r.reason = tr("koordinat diperbaiki: %1").arg(r.repairs.join(QStringLiteral(", ")));
        else if (desaIndex >= 0)
            r.reason = tr("koordinat berada di dalam Desa %1").arg(desa[desaIndex].name);
    };

    if (candidates.empty()) {
        // No desa named: the point itself says where it is.
        for (const Variant& v : variants)
            if (auto d = m_gaz.desaAt(v.lon, v.lat)) {
                place(v, *d, Outcome::Imported);
                r.reason += (r.reason.isEmpty() ? QString() : QStringLiteral("; ")) +
                            tr("tanpa nama desa: desa %1 diambil dari koordinat").arg(desa[*d].name);
                return;
            }
        for (const Variant& v : variants)
            if (m_gaz.distanceToCoverageM(v.lon, v.lat, m_opt.coverageToleranceM) <= m_opt.coverageToleranceM) {
                place(v, -1, Outcome::Imported);
                return;
            }
        r.coordinateRejected = true;
        r.reason = tr("koordinat di luar wilayah proyek");
        return;
    }

    for (const Variant& v : variants) {
        int inside = -1, count = 0;
        for (int d : candidates)
            if (m_gaz.desaContains(d, v.lon, v.lat)) {
                inside = d;
                ++count;
            }
        if (count == 1) {
            place(v, inside, Outcome::Exact);
            if (candidates.size() > 1)
                r.reason = tr("nama desa ada di beberapa tempat; dipilih Desa %1 dari koordinat").arg(desa[inside].name) +
                           (r.repairs.isEmpty() ? QString() : QStringLiteral("; ") + r.reason);
            return;
        }
    }
    if (candidates.size() > 1)
        return; // still ambiguous: the caller reports it

    // Outside the named desa: keep a nearby point (flagged), reject a far one.
    const int d = candidates.front();
    const Variant* best = nullptr;
    double bestDistance = std::numeric_limits<double>::infinity();
    for (const Variant& v : variants) {
        if (m_gaz.distanceToCoverageM(v.lon, v.lat, m_opt.coverageToleranceM) > m_opt.coverageToleranceM)
            continue;
        const double dist = m_gaz.distanceToDesaM(d, v.lon, v.lat);
        if (dist < bestDistance) {
            bestDistance = dist;
            best = &v;
        }
    }
    if (!best) {
        r.coordinateRejected = true;
        r.reason = tr("koordinat (%1, %2) di luar wilayah proyek, ditolak")
                       .arg(formatNumber(c.lat, 6), formatNumber(c.lon, 6));
        return;
    }
    if (bestDistance <= m_opt.flagDistanceM) {
        place(*best, d, Outcome::Flagged);
        r.outcome = Outcome::Flagged;
        r.method = r.repairs.isEmpty() ? QStringLiteral("coordinates") : QStringLiteral("coordinates_repaired");
        QString note = tr("titik %1 di luar Desa %2; koordinat dipertahankan, mohon diperiksa")
                           .arg(metres(bestDistance), desa[d].name);
        if (!r.repairs.isEmpty())
            note += QStringLiteral("; ") + tr("koordinat diperbaiki: %1").arg(r.repairs.join(QStringLiteral(", ")));
        r.reason = note;
        return;
    }
    r.coordinateRejected = true;
    r.reason = tr("koordinat %1 dari Desa %2, ditolak").arg(metres(bestDistance), desa[d].name);
}

void Geocoder::estimate(GeocodeResult& r)
{
    const auto& desa = m_gaz.desa();
    const std::optional<Placement> p = m_placer.place(r.desaIndex);
    const QString before = r.reason.isEmpty() ? QString() : r.reason + QStringLiteral("; ");
    if (!p) {
        r.outcome = Outcome::Rejected;
        r.reason = before + tr("Desa %1 tidak punya poligon untuk menempatkan titik").arg(desa[r.desaIndex].name);
        return;
    }
    r.outcome = Outcome::Estimated;
    r.lon = p->lon;
    r.lat = p->lat;
    r.method = p->method;
    r.uncertaintyM = p->radiusM;
    r.reason = before + (p->method == QLatin1String("desa_population_peak")
                             ? tr("ditempatkan di sel penduduk terpadat Desa %1, radius ketidakpastian %2")
                             : tr("ditempatkan di titik dalam Desa %1, radius ketidakpastian %2"))
                            .arg(desa[r.desaIndex].name, metres(p->radiusM));
}

GeocodeResult Geocoder::geocode(const GeocodeInput& in)
{
    GeocodeResult r;
    const DesaMatch& dm = matchDesa(in.kecamatan, in.desa);
    r.kecamatanIndex = dm.kecamatan;
    const ParsedCoordinate& c = in.coord;
    bool usable = c.ok();
    QString coordProblem;
    if (c.state == ParsedCoordinate::State::Invalid) {
        coordProblem = c.problem;
    } else if (c.ok() && std::fabs(c.lat) < 1e-9 && std::fabs(c.lon) < 1e-9) {
        usable = false;
        coordProblem = tr("koordinat 0,0 ditolak");
    }
    if (!coordProblem.isEmpty())
        r.coordinateRejected = true;
    auto withProblem = [&](const QString& text) {
        return coordProblem.isEmpty() ? text : coordProblem + QStringLiteral("; ") + text;
    };

    if (dm.desa.found()) {
        r.desaIndex = dm.desa.index;
        r.score = dm.desa.score;
        const QString nameNote = dm.desa.kind == NameMatch::Kind::Fuzzy
                                     ? tr("nama desa \"%1\" dicocokkan dengan %2 (skor %3)")
                                           .arg(in.desa.simplified(), m_gaz.desa()[dm.desa.index].name,
                                                formatNumber(dm.desa.score, 2))
                                     : QString();
        if (usable)
            useCoordinates(r, c, {dm.desa.index});
        if (!r.lon) {
            if (!coordProblem.isEmpty())
                r.reason = r.reason.isEmpty() ? coordProblem : withProblem(r.reason);
            r.desaIndex = dm.desa.index;
            estimate(r);
        }
        QStringList notes;
        for (const QString& s : {dm.reason, nameNote, r.reason})
            if (!s.isEmpty())
                notes << s;
        r.reason = notes.join(QStringLiteral("; "));
        return r;
    }

    if (dm.desa.kind == NameMatch::Kind::Ambiguous) {
        if (usable)
            useCoordinates(r, c, dm.desa.candidates);
        if (r.lon)
            return r;
        QStringList names;
        for (int d : dm.desa.candidates) {
            const Place& p = m_gaz.desa()[d];
            const int k = m_gaz.kecamatanIndex(p.parentCode);
            names << QStringLiteral("%1 (%2)").arg(p.code, k >= 0 ? m_gaz.kecamatan()[k].name : p.parentCode);
        }
        r.outcome = Outcome::Ambiguous;
        r.desaIndex = -1;
        r.reason = withProblem((dm.reason.isEmpty() ? tr("desa \"%1\" cocok dengan beberapa desa").arg(in.desa.simplified())
                                                    : dm.reason) +
                               QStringLiteral(": ") + names.join(QStringLiteral(", ")));
        return r;
    }

    if (dm.desa.kind == NameMatch::Kind::Empty) {
        if (usable)
            useCoordinates(r, c, {});
        if (r.lon)
            return r;
        r.outcome = usable || !coordProblem.isEmpty() ? Outcome::Rejected : Outcome::Unmatched;
        r.reason = withProblem(r.reason.isEmpty() ? tr("tanpa nama desa dan tanpa koordinat") : r.reason);
        return r;
    }

    const QString unmatched = dm.reason.isEmpty() ? tr("desa \"%1\" tidak ditemukan").arg(in.desa.simplified()) : dm.reason;
    // The written desa is unknown (often the puskesmas' own desa, or an old name) but the
    // point is good: keep it, placed where it lies, flagged so that a person looks.
    if (usable) {
        useCoordinates(r, c, {});
        if (r.lon) {
            r.outcome = Outcome::Flagged;
            QStringList notes{unmatched};
            if (r.desaIndex >= 0)
                notes << tr("titik dipertahankan di Desa %1 (dari koordinat)").arg(m_gaz.desa()[r.desaIndex].name);
            if (!r.repairs.isEmpty())
                notes << tr("koordinat diperbaiki: %1").arg(r.repairs.join(QStringLiteral(", ")));
            r.reason = notes.join(QStringLiteral("; "));
            return r;
        }
    }
    r.outcome = Outcome::Unmatched;
    r.reason = withProblem(unmatched);
    return r;
}

} // namespace ps::geocode
