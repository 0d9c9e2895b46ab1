#include "core/Geodesy.h"
#include <geos_c.h>
#include <gtest/gtest.h>

TEST(Geodesy, AreaOfOneDegreeCellAtEquator)
{
    auto& g = ps::geos();
    GEOSWKTReader* r = GEOSWKTReader_create_r(g.handle());
    ps::GeomPtr cell = g.own(GEOSWKTReader_read_r(g.handle(), r, "POLYGON((0 0, 1 0, 1 1, 0 1, 0 0))"));
    GEOSWKTReader_destroy_r(g.handle(), r);
    // 1°x1° at the equator on WGS 84: 12,308.78 km² (GeographicLib Planimeter).
    EXPECT_NEAR(ps::geodesicAreaKm2(g, cell.get()), 12308.78, 0.5);
}

TEST(Geodesy, AreaSubtractsHoles)
{
    auto& g = ps::geos();
    GEOSWKTReader* r = GEOSWKTReader_create_r(g.handle());
    ps::GeomPtr outer = g.own(GEOSWKTReader_read_r(g.handle(), r, "POLYGON((104 -3, 105 -3, 105 -2, 104 -2, 104 -3))"));
    ps::GeomPtr holed = g.own(GEOSWKTReader_read_r(g.handle(), r,
        "POLYGON((104 -3, 105 -3, 105 -2, 104 -2, 104 -3),(104.25 -2.75, 104.75 -2.75, 104.75 -2.25, 104.25 -2.25, 104.25 -2.75))"));
    GEOSWKTReader_destroy_r(g.handle(), r);
    const double a = ps::geodesicAreaKm2(g, outer.get());
    const double b = ps::geodesicAreaKm2(g, holed.get());
    EXPECT_NEAR(b, a * 0.75, a * 0.002);
}

TEST(Geodesy, DistanceAndUtmZone)
{
    // One degree of longitude at the equator is 111,319.49 m on WGS 84.
    EXPECT_NEAR(ps::geodesicDistanceM(0, 0, 1, 0), 111319.49, 0.01);
    EXPECT_EQ(ps::utmEpsgFor(104.7, -2.9), 32748);  // Banyuasin: UTM 48S
    EXPECT_EQ(ps::utmEpsgFor(110.4, -7.0), 32749);  // Jawa Tengah: UTM 49S
    EXPECT_EQ(ps::utmEpsgFor(117.1, 0.5), 32650);   // Kalimantan Timur north of the equator
}

TEST(Geodesy, TransformerRoundTripsUtm)
{
    ps::Transformer t(QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:32748"));
    double x = 105.0, y = -3.0;   // the zone's central meridian
    ASSERT_TRUE(t.forward(x, y));
    EXPECT_NEAR(x, 500000.0, 0.01);
    ASSERT_TRUE(t.inverse(x, y));
    EXPECT_NEAR(x, 105.0, 1e-9);
    EXPECT_NEAR(y, -3.0, 1e-9);
}

TEST(Geodesy, MakeValidKeepsPolygonalParts)
{
    auto& g = ps::geos();
    GEOSWKTReader* r = GEOSWKTReader_create_r(g.handle());
    // A bow-tie: invalid, becomes two triangles.
    ps::GeomPtr bowtie = g.own(GEOSWKTReader_read_r(g.handle(), r, "POLYGON((0 0, 2 2, 2 0, 0 2, 0 0))"));
    GEOSWKTReader_destroy_r(g.handle(), r);
    ps::PolygonalRepair fixed = ps::makeValidMultiPolygon(g, bowtie.get());
    ASSERT_TRUE(fixed.geom);
    EXPECT_TRUE(fixed.wasInvalid);
    EXPECT_EQ(GEOSGeomTypeId_r(g.handle(), fixed.geom.get()), GEOS_MULTIPOLYGON);
    EXPECT_EQ(GEOSisValid_r(g.handle(), fixed.geom.get()), 1);
    double area = 0;
    GEOSArea_r(g.handle(), fixed.geom.get(), &area);
    EXPECT_NEAR(area, 2.0, 1e-9);
}
