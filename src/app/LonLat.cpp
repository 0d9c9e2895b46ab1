#include "LonLat.h"
#include <proj.h>

namespace ps::app {

LonLatTransform::LonLatTransform(const QString& crs)
{
    m_ctx = proj_context_create();
    PJ* raw = proj_create_crs_to_crs(m_ctx, "EPSG:4326", crs.toUtf8().constData(), nullptr);
    if (raw) {
        m_pj = proj_normalize_for_visualization(m_ctx, raw);
        proj_destroy(raw);
    }
}

LonLatTransform::~LonLatTransform()
{
    if (m_pj)
        proj_destroy(m_pj);
    proj_context_destroy(m_ctx);
}

QPointF LonLatTransform::toMap(double lon, double lat) const
{
    if (!m_pj)
        return {};
    const PJ_COORD c = proj_trans(m_pj, PJ_FWD, proj_coord(lon, lat, 0, 0));
    return {c.xy.x, c.xy.y};
}

QPointF LonLatTransform::toLonLat(const QPointF& map) const
{
    if (!m_pj)
        return {};
    const PJ_COORD c = proj_trans(m_pj, PJ_INV, proj_coord(map.x(), map.y(), 0, 0));
    return {c.lp.lam, c.lp.phi};
}

} // namespace ps::app
