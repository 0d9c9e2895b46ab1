#pragma once
#include <QPointF>
#include <QString>

typedef struct pj_ctx PJ_CONTEXT;
typedef struct PJconsts PJ;

namespace ps::app {

// lon/lat (EPSG:4326) <-> a map CRS with PROJ, axis order lon/lat. One per thread.
class LonLatTransform {
public:
    explicit LonLatTransform(const QString& crs);
    ~LonLatTransform();
    LonLatTransform(const LonLatTransform&) = delete;
    LonLatTransform& operator=(const LonLatTransform&) = delete;
    QPointF toMap(double lon, double lat) const;
    QPointF toLonLat(const QPointF& map) const;
    bool isValid() const { return m_pj != nullptr; }

private:
    PJ_CONTEXT* m_ctx = nullptr;
    PJ* m_pj = nullptr;
};

} // namespace ps::app
