#pragma once
#include "NameNormalizer.h"
#include "core/Geos.h"
#include "core/Types.h"
#include <QHash>
#include <QRectF>
#include <optional>
#include <vector>

namespace ps {
class Project;
}

namespace ps::geocode {

// A kecamatan or desa/kelurahan of the gazetteer, with its names ready for matching.
struct Place {
    QString code, name, parentCode;
    AdminLevel level = AdminLevel::Desa;
    QString key;          // normalizeName(name)
    QString compact;      // key without spaces
    QStringList numbers;  // the numbers in the key, which must agree
    GeomPtr geom;         // lon/lat MultiPolygon; null when the area has no geometry
};

// The names, codes, parents and polygons of a project's kecamatan and
// desa/kelurahan, with a spatial index. GEOS objects belong to the thread that
// built the gazetteer (ps::geos() is per thread): use it from that thread only;
// prepared geometries are made lazily on first use.
class Gazetteer {
public:
    // Reads the areas under codePrefix ("16.07"; all areas when empty).
    static Gazetteer fromProject(Project& project, const QString& codePrefix = {});
    Gazetteer(const std::vector<AdminArea>& kecamatan, const std::vector<AdminArea>& desa);
    ~Gazetteer();
    Gazetteer(Gazetteer&&) noexcept;
    Gazetteer& operator=(Gazetteer&&) = delete;
    Gazetteer(const Gazetteer&) = delete;

    const std::vector<Place>& kecamatan() const { return m_kecamatan; }
    const std::vector<Place>& desa() const { return m_desa; }
    const std::vector<int>& allKecamatan() const { return m_allKecamatan; }
    const std::vector<int>& allDesa() const { return m_allDesa; }
    const std::vector<int>& desaOf(int kecamatanIndex) const;   // desa whose parent is that kecamatan
    int kecamatanIndex(const QString& code) const { return m_kecByCode.value(code, -1); }
    int desaIndex(const QString& code) const { return m_desaByCode.value(code, -1); }
    // Compact name → place indices, for exact lookups without scanning.
    const QHash<QString, std::vector<int>>& kecamatanByCompact() const { return m_kecByCompact; }
    const QHash<QString, std::vector<int>>& desaByCompact() const { return m_desaByCompact; }
    bool isEmpty() const { return m_kecamatan.empty() && m_desa.empty(); }
    QRectF extent() const { return m_extent; }

    // Point (lon/lat) inside the desa's polygon (prepared geometry).
    bool desaContains(int desaIndex, double lon, double lat) const;
    // The desa containing the point (STRtree), if any.
    std::optional<int> desaAt(double lon, double lat) const;
    // Geodesic metres from the point to the desa's polygon (0 inside; infinity without geometry).
    double distanceToDesaM(int desaIndex, double lon, double lat) const;
    // Geodesic metres from the point to the kecamatan's polygon (0 inside; infinity without geometry).
    double distanceToKecamatanM(int kecamatanIndex, double lon, double lat) const;
    // Geodesic metres to the nearest kecamatan or desa polygon (0 inside any),
    // infinity when none lies within searchM: "is this point in our area?"
    double distanceToCoverageM(double lon, double lat, double searchM = 2000.0) const;

private:
    struct Index;
    const GEOSPreparedGeometry* prepared(int desaIndex) const;
    std::vector<Place> m_kecamatan, m_desa;
    std::vector<int> m_allKecamatan, m_allDesa;
    std::vector<std::vector<int>> m_desaOfKec;
    QHash<QString, int> m_kecByCode, m_desaByCode;
    QHash<QString, std::vector<int>> m_kecByCompact, m_desaByCompact;
    QRectF m_extent;
    std::unique_ptr<Index> m_index;
};

} // namespace ps::geocode
