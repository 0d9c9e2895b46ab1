#include "analysis/AreaCoverage.h"
#include "analysis/FacilityIndex.h"
#include "core/Geodesy.h"
#include <gtest/gtest.h>
#include <cmath>
#include <random>

using namespace ps::analysis;

TEST(Metric, LocalDistanceAgreesWithGeodesic)
{
    struct Case { double lon, lat, dLon, dLat; };
    const Case cases[] = {{104.5, -2.5, 0.009, 0.0}, {104.5, -2.5, 0.0, 0.009}, {110.0, -7.3, 0.03, -0.03},
                          {110.0, -7.3, -0.045, 0.01}, {0.0, 60.0, 0.05, 0.02}};
    for (const Case& c : cases) {
        const double exact = ps::geodesicDistanceM(c.lon, c.lat, c.lon + c.dLon, c.lat + c.dLat);
        const double local = groundDistanceM(metricAtLatitude(c.lat), c.lon, c.lat, c.lon + c.dLon, c.lat + c.dLat);
        EXPECT_NEAR(local, exact, 1.0) << c.lon << " " << c.lat; // under a metre at up to ~5 km
    }
}

TEST(FacilityIndex, NearestMatchesBruteForce)
{
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> lon(104.0, 105.0), lat(-3.0, -2.0);
    for (int n : {1, 5, 200, 3000}) {
        std::vector<SitePoint> pts(n);
        for (auto& p : pts)
            p = {lon(rng), lat(rng)};
        FacilityIndex index(pts);
        for (int q = 0; q < 300; ++q) {
            // Queries inside and well outside the points' extent.
            const double x = lon(rng) * 1.002 - 0.2, y = lat(rng);
            const LocalMetric m = metricAtLatitude(y);
            double best = 1e300;
            int bestI = -1;
            for (int i = 0; i < n; ++i) {
                const double d = groundDistanceM(m, x, y, pts[i].lon, pts[i].lat);
                if (d < best) {
                    best = d;
                    bestI = i;
                }
            }
            const auto hit = index.nearest(m, x, y);
            EXPECT_EQ(hit.index, bestI) << "n=" << n;
            EXPECT_DOUBLE_EQ(hit.distanceM, best);
        }
    }
    FacilityIndex empty({});
    EXPECT_EQ(empty.nearest(metricAtLatitude(0), 0, 0).index, -1);
    EXPECT_TRUE(std::isinf(empty.nearest(metricAtLatitude(0), 0, 0).distanceM));
}

TEST(AreaCoverage, ReachDiscHasTheAreaOfTheGroundDisc)
{
    ps::GeosContext& g = ps::geos();
    for (double r : {1000.0, 2000.0, 5000.0})
        for (double lat : {-2.5, -7.0, 45.0}) {
            auto disc = reachDisc(g, 110.0, lat, r);
            ASSERT_TRUE(disc);
            EXPECT_EQ(GEOSisValid_r(g.handle(), disc.get()), 1);
            const double km2 = ps::geodesicAreaKm2(g, disc.get());
            EXPECT_NEAR(km2, M_PI * r * r / 1e6, M_PI * r * r / 1e6 * 1e-3) << r << " at " << lat;
        }
}
