#include "TestSupport.h"
#include "ServerFixture.h"
#include "server/Capabilities.h"
#include "server/Wms.h"
#include <cmath>

using namespace ps::server;

TEST(WmsParams, BboxFollowsWms130AxisOrder)
{
    // EPSG:4326 in WMS 1.3.0 is lat,lon; CRS:84 and EPSG:3857 are x,y.
    const QRectF a = parseBbox(QStringLiteral("-3,104,-2.9,104.4"), WmsCrs::Epsg4326);
    EXPECT_DOUBLE_EQ(a.left(), 104);
    EXPECT_DOUBLE_EQ(a.right(), 104.4);
    EXPECT_DOUBLE_EQ(a.top(), -3);
    EXPECT_DOUBLE_EQ(a.bottom(), -2.9);
    const QRectF b = parseBbox(QStringLiteral("104,-3,104.4,-2.9"), WmsCrs::Crs84);
    EXPECT_EQ(a, b);
}

TEST(WmsParams, RejectsBadBboxes)
{
    const char* bad[] = {"", "1,2,3", "1,2,3,4,5", "a,2,3,4", "1,2,nan,4", "1,2,inf,4", "3,2,1,4", "1,4,3,2", "1,1,1,1",
                         "1;2;3;4", "1e999,0,2,1"};
    for (const char* b : bad) {
        try {
            parseBbox(QString::fromLatin1(b), WmsCrs::Epsg3857);
            ADD_FAILURE() << "accepted " << b;
        } catch (const ServiceException& e) {
            EXPECT_EQ(e.code(), QStringLiteral("InvalidParameterValue")) << b;
            EXPECT_FALSE(e.message().isEmpty());
        }
    }
}

TEST(WmsParams, SizesAreCapped)
{
    struct Case {
        const char* text;
        int expected;   // 0 = rejected
    } cases[] = {{"256", 256}, {"1", 1}, {"4096", 4096}, {"4097", 0}, {"0", 0}, {"-5", 0}, {"12.5", 0}, {"abc", 0}, {"", 0},
                 {"99999999999", 0}};
    for (const Case& c : cases) {
        if (c.expected) {
            EXPECT_EQ(parseSize(QString::fromLatin1(c.text), QStringLiteral("WIDTH")), c.expected);
        } else {
            EXPECT_THROW(parseSize(QString::fromLatin1(c.text), QStringLiteral("WIDTH")), ServiceException) << c.text;
        }
    }
}

TEST(WmsParams, CrsNamesAndPoints)
{
    EXPECT_EQ(parseCrs(QStringLiteral("epsg:4326")), WmsCrs::Epsg4326);
    EXPECT_EQ(parseCrs(QStringLiteral("EPSG:3857")), WmsCrs::Epsg3857);
    EXPECT_EQ(parseCrs(QStringLiteral("CRS:84")), WmsCrs::Crs84);
    EXPECT_FALSE(parseCrs(QStringLiteral("EPSG:32748")));
    EXPECT_FALSE(parseCrs(QStringLiteral("")));
    EXPECT_EQ(parsePixel(QStringLiteral("0"), QStringLiteral("I"), 10), 0);
    try {
        parsePixel(QStringLiteral("10"), QStringLiteral("I"), 10);
        ADD_FAILURE();
    } catch (const ServiceException& e) {
        EXPECT_EQ(e.code(), QStringLiteral("InvalidPoint"));
    }
    EXPECT_TRUE(parseBool(QStringLiteral("true"), QStringLiteral("TRANSPARENT"), false));
    EXPECT_FALSE(parseBool(QString(), QStringLiteral("TRANSPARENT"), false));
    EXPECT_THROW(parseBool(QStringLiteral("ya"), QStringLiteral("TRANSPARENT"), false), ServiceException);
}

TEST(WmsParams, UnknownAndRepeatedParametersAreRejected)
{
    const Params p = Params::fromQuery(QUrlQuery(QStringLiteral("request=GetMap&Layers=a&FOO=1")), true);
    EXPECT_EQ(p.value(QStringLiteral("LAYERS")), QStringLiteral("a"));
    try {
        p.rejectUnknown({QStringLiteral("REQUEST"), QStringLiteral("LAYERS")});
        ADD_FAILURE();
    } catch (const ServiceException& e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("FOO")));
    }
    EXPECT_THROW(Params::fromQuery(QUrlQuery(QStringLiteral("BBOX=1&bbox=2")), true), ServiceException);
    try {
        p.required(QStringLiteral("BBOX"));
        ADD_FAILURE();
    } catch (const ServiceException& e) {
        EXPECT_EQ(e.code(), QStringLiteral("MissingParameterValue"));
    }
}

TEST(WmsParams, TilesCoverWebMercator)
{
    const auto t0 = tileExtent3857(0, 0, 0);
    ASSERT_TRUE(t0);
    EXPECT_NEAR(t0->left(), -20037508.342789244, 1e-6);
    EXPECT_NEAR(t0->bottom(), 20037508.342789244, 1e-6);
    const auto t = tileExtent3857(1, 1, 0);   // north-east quarter
    ASSERT_TRUE(t);
    EXPECT_NEAR(t->left(), 0, 1e-6);
    EXPECT_NEAR(t->top(), 0, 1e-6);
    EXPECT_FALSE(tileExtent3857(1, 2, 0));
    EXPECT_FALSE(tileExtent3857(23, 0, 0));
    EXPECT_FALSE(tileExtent3857(3, -1, 0));
}

TEST(WmsParams, ExceptionReportIsValidXmlWithCode)
{
    bool isEx = false;
    const QByteArray xml = serviceExceptionXml(QStringLiteral("LayerNotDefined"), QStringLiteral("lapisan <x> & y"));
    EXPECT_EQ(pstest::exceptionCode(xml, &isEx), QStringLiteral("LayerNotDefined"));
    EXPECT_TRUE(isEx);
    EXPECT_TRUE(xml.contains("&lt;x&gt; &amp; y"));
}

TEST(WmsParams, CapabilitiesBoundingBoxAxisOrder)
{
    const QRectF ll(QPointF(104.0, -3.0), QPointF(104.4, -2.9));
    const auto b4326 = bboxInCrs(ll, WmsCrs::Epsg4326);
    EXPECT_DOUBLE_EQ(b4326[0], -3.0);   // minx = min latitude
    EXPECT_DOUBLE_EQ(b4326[1], 104.0);
    const auto b3857 = bboxInCrs(ll, WmsCrs::Epsg3857);
    EXPECT_NEAR(b3857[0], 104.0 * 20037508.342789244 / 180, 1e-3);
    EXPECT_LT(b3857[1], 0);
    EXPECT_TRUE(sameSecret("abc", "abc"));
    EXPECT_FALSE(sameSecret("abc", "abd"));
    EXPECT_FALSE(sameSecret("abc", "ab"));
}
