#include "Metric.h"
#include "core/Geodesy.h"

namespace ps::analysis {

LocalMetric metricAtLatitude(double lat)
{
    // A symmetric step of 0.01° measured along the parallel and the meridian.
    constexpr double step = 0.01;
    LocalMetric m;
    m.kx = ps::geodesicDistanceM(0.0, lat, step, lat) / step;
    m.ky = ps::geodesicDistanceM(0.0, lat - step / 2, 0.0, lat + step / 2) / step;
    return m;
}

} // namespace ps::analysis
