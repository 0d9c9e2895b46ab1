#include "geocode/CoordinateParser.h"
#include <gtest/gtest.h>

using namespace ps::geocode;

TEST(CoordinateParser, AnglesAsTyped)
{
    struct Case {
        const char* in;
        bool ok;
        double deg;
        Axis axis;
        bool dms, comma;
    };
    const Case cases[] = {
        {"-2.984323", true, -2.984323, Axis::Unknown, false, false},
        {"104.863936", true, 104.863936, Axis::Unknown, false, false},
        {"-2,984323", true, -2.984323, Axis::Unknown, false, true},
        {" 104,86 ", true, 104.86, Axis::Unknown, false, true},
        {"+3.5", true, 3.5, Axis::Unknown, false, false},
        {"2°56'45.2\"S", true, -(2 + 56 / 60.0 + 45.2 / 3600.0), Axis::Latitude, true, false},
        {"104°20'16.9\"E", true, 104 + 20 / 60.0 + 16.9 / 3600.0, Axis::Longitude, true, false},
        {"2° 56' 45,2\" LS", true, -(2 + 56 / 60.0 + 45.2 / 3600.0), Axis::Latitude, true, true},
        {"104 20 16.9 BT", true, 104 + 20 / 60.0 + 16.9 / 3600.0, Axis::Longitude, true, false},
        {"S 2°56.5'", true, -(2 + 56.5 / 60.0), Axis::Latitude, true, false},
        {"7°30′N", true, 7.5, Axis::Latitude, true, false},
        {"-2°56'45\"", true, -(2 + 56 / 60.0 + 45 / 3600.0), Axis::Unknown, true, false},
        {"-2.5 S", true, -2.5, Axis::Latitude, false, false},   // minus and south agree: south
        {"110.5 W", true, -110.5, Axis::Longitude, false, false},
        {"2°61'00\"S", false, 0, Axis::Unknown, false, false},  // minutes must be < 60
        {"1.234,5", false, 0, Axis::Unknown, false, false},
        {"abc", false, 0, Axis::Unknown, false, false},
        {"", false, 0, Axis::Unknown, false, false},
        {"2.9.1", false, 0, Axis::Unknown, false, false},
    };
    for (const Case& c : cases) {
        const ParsedAngle a = parseAngle(QString::fromUtf8(c.in));
        EXPECT_EQ(a.ok, c.ok) << c.in;
        if (!c.ok || !a.ok)
            continue;
        EXPECT_NEAR(a.degrees, c.deg, 1e-9) << c.in;
        EXPECT_EQ(a.axis, c.axis) << c.in;
        EXPECT_EQ(a.dms, c.dms) << c.in;
        EXPECT_EQ(a.decimalComma, c.comma) << c.in;
    }
}

TEST(CoordinateParser, TwoColumns)
{
    using S = ParsedCoordinate::State;
    struct Case {
        const char* lat;
        const char* lon;
        S state;
        double la, lo;
        bool swappedByLetters;
    };
    const Case cases[] = {
        {"-2.937324", "104.321302", S::Ok, -2.937324, 104.321302, false},
        {"-2,98", "104,86", S::Ok, -2.98, 104.86, false},
        {"104.532872", "-2.234793", S::Ok, 104.532872, -2.234793, false},   // swapped: repaired later, with the map
        {"104°20'16.9\"E", "2°56'45.2\"S", S::Ok, -(2 + 56 / 60.0 + 45.2 / 3600.0), 104 + 20 / 60.0 + 16.9 / 3600.0, true},
        {"0", "0", S::Ok, 0, 0, false},                                     // read; rejected by the geocoder
        {"", "", S::Empty, 0, 0, false},
        {"  ", "", S::Empty, 0, 0, false},
        {"-2.9", "", S::Invalid, 0, 0, false},
        {"x", "104", S::Invalid, 0, 0, false},
        {"-2.9", "204.1", S::Invalid, 0, 0, false},
    };
    for (const Case& c : cases) {
        const ParsedCoordinate p = parseCoordinates(QString::fromUtf8(c.lat), QString::fromUtf8(c.lon));
        EXPECT_EQ(p.state, c.state) << c.lat << " " << c.lon;
        if (p.state != S::Ok)
            continue;
        EXPECT_NEAR(p.lat, c.la, 1e-9) << c.lat;
        EXPECT_NEAR(p.lon, c.lo, 1e-9) << c.lon;
        EXPECT_EQ(p.swappedByLetters, c.swappedByLetters) << c.lat;
    }
    EXPECT_FALSE(parseCoordinates("x", "1").problem.isEmpty());
}

TEST(CoordinateParser, OneColumn)
{
    struct Case {
        const char* in;
        bool ok;
        double la, lo;
    };
    const double dmsLat = -(2 + 56 / 60.0 + 45.2 / 3600.0), dmsLon = 104 + 20 / 60.0 + 16.9 / 3600.0;
    const Case cases[] = {
        {"-2.937324, 104.321302", true, -2.937324, 104.321302},
        {"-2.937324,104.321302", true, -2.937324, 104.321302},
        {"-2.937324; 104.321302", true, -2.937324, 104.321302},
        {"-2,937324; 104,321302", true, -2.937324, 104.321302},
        {"-2,937324, 104,321302", true, -2.937324, 104.321302},
        {"-2,937324,104,321302", true, -2.937324, 104.321302},
        {"-2.937324 104.321302", true, -2.937324, 104.321302},
        {"2°56'45.2\"S 104°20'16.9\"E", true, dmsLat, dmsLon},
        {"2°56'45.2\"S, 104°20'16.9\"E", true, dmsLat, dmsLon},
        {"-2.937324 / 104.321302", true, -2.937324, 104.321302},
        {"", false, 0, 0},
        {"-2.937324", false, 0, 0},
        {"dekat masjid", false, 0, 0},
    };
    for (const Case& c : cases) {
        const ParsedCoordinate p = parseCoordinatePair(QString::fromUtf8(c.in));
        EXPECT_EQ(p.ok(), c.ok) << c.in;
        if (!p.ok())
            continue;
        EXPECT_NEAR(p.lat, c.la, 1e-9) << c.in;
        EXPECT_NEAR(p.lon, c.lo, 1e-9) << c.in;
    }
    EXPECT_EQ(parseCoordinatePair("").state, ParsedCoordinate::State::Empty);
    EXPECT_EQ(parseCoordinatePair("abc").state, ParsedCoordinate::State::Invalid);
}
