#include "DemoNames.h"
#include <array>

namespace ps::demo {

namespace {
const std::array kJoinedFirst = {"Suka", "Sido", "Sumber", "Mekar", "Purwo", "Wono", "Banyu", "Tirta",
                                 "Karya", "Mulya", "Harja", "Jati", "Tegal", "Marga", "Sri"};
const std::array kJoinedSecond = {"maju", "mulyo", "rejo", "makmur", "jaya", "asri", "harjo", "sari",
                                  "agung", "mukti", "luhur", "waras", "tani", "arum", "mekar"};
const std::array kPairFirst = {"Karang", "Tanjung", "Sungai", "Pasir", "Teluk", "Bukit", "Air", "Muara",
                               "Pagar", "Kebon", "Lubuk", "Talang", "Padang", "Rawa", "Pulau"};
const std::array kPairSecond = {"Anyar", "Harapan", "Rebo", "Baru", "Indah", "Sari", "Jaya", "Raya",
                                "Mas", "Putih", "Tinggi", "Lama", "Panjang", "Kemuning", "Manis", "Kembang"};
const std::array kKelurahan = {"Kauman", "Pasar Lama", "Kotabaru", "Gedong", "Kranggan", "Tamansari",
                               "Pejagan", "Sidoarum", "Kebondalem", "Kepatihan"};
const std::array kFlowers = {"Melati", "Mawar", "Anggrek", "Dahlia", "Kenanga", "Cempaka",
                             "Delima", "Flamboyan", "Teratai", "Kemuning", "Seruni", "Bougenville"};

template <typename A>
const char* pickFrom(Rng& rng, const A& list)
{
    return list[static_cast<size_t>(rng.range(0, static_cast<int>(list.size()) - 1))];
}
} // namespace

QString NameBook::candidate()
{
    if (m_rng.chance(0.5)) {
        const QString first = QString::fromLatin1(pickFrom(m_rng, kJoinedFirst));
        return first + QString::fromLatin1(pickFrom(m_rng, kJoinedSecond));
    }
    return QString::fromLatin1(pickFrom(m_rng, kPairFirst)) + QLatin1Char(' ')
        + QString::fromLatin1(pickFrom(m_rng, kPairSecond));
}

QString NameBook::desaName()
{
    for (int attempt = 0; attempt < 1000; ++attempt) {
        const QString name = candidate();
        if (!m_used.contains(name)) {
            m_used.insert(name);
            return name;
        }
    }
    // The lists give ~465 names; a district this size never exhausts them.
    QString name = candidate() + QStringLiteral(" Baru");
    m_used.insert(name);
    return name;
}

QString NameBook::kelurahanName()
{
    while (m_kelurahanNext < static_cast<int>(kKelurahan.size())) {
        const QString name = QString::fromLatin1(kKelurahan[static_cast<size_t>(m_kelurahanNext++)]);
        if (!m_used.contains(name)) {
            m_used.insert(name);
            return name;
        }
    }
    return desaName();
}

QString NameBook::posyanduFlower(int i)
{
    return QString::fromLatin1(kFlowers[static_cast<size_t>(i) % kFlowers.size()]);
}

QString NameBook::strata(double u)
{
    if (u < 0.15)
        return QStringLiteral("Pratama");
    if (u < 0.60)
        return QStringLiteral("Madya");
    if (u < 0.90)
        return QStringLiteral("Purnama");
    return QStringLiteral("Mandiri");
}

} // namespace ps::demo
