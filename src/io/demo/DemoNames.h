#pragma once
#include "DemoRandom.h"
#include <QSet>
#include <QString>
#include <QStringList>

namespace ps::demo {

// Plausible Indonesian place names built from common parts ("Suka"+"maju",
// "Karang"+"Anyar"). Names are unique within the district unless a repeat is
// asked for, as real districts repeat a few desa names across kecamatan.
class NameBook {
public:
    explicit NameBook(Rng rng) : m_rng(rng) {}

    QString desaName();                       // a new unique desa name
    QString kelurahanName();                  // a town-quarter name (falls back to desaName)
    void reserve(const QString& name) { m_used.insert(name); }
    bool used(const QString& name) const { return m_used.contains(name); }

    static QString posyanduFlower(int i);     // "Melati", "Mawar", ... by index
    static QString strata(double u);          // Pratama/Madya/Purnama/Mandiri from a uniform draw

private:
    QString candidate();
    Rng m_rng;
    QSet<QString> m_used;
    int m_kelurahanNext = 0;
};

} // namespace ps::demo
