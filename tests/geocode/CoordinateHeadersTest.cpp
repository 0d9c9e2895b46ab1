#include "core/Error.h"
#include "geocode/CoordinateHeaders.h"
#include <gtest/gtest.h>

using namespace ps;
using namespace ps::geocode;

TEST(CoordinateHeaders, MisspeltDuplicatedOrLoneCoordinateHeadersAreErrorsNotSilentEstimates)
{
    const struct {
        QStringList headers;
        const char* expected;   // nullptr = accepted
    } cases[] = {
        {{"nama", "desa", "latitude", "longitude"}, nullptr},
        {{"nama", "desa", "lintang", "bujur"}, nullptr},
        {{"nama", "desa", "koordinat"}, nullptr},
        {{"nama", "desa"}, nullptr},                                     // no coordinates at all: placed by desa, as before
        {{"nama", "desa", "latitude", "longitud"}, "mirip 'longitude'"},
        {{"nama", "desa", "lattitude", "longitude"}, "mirip 'latitude'"},
        {{"nama", "desa", "Lintang ", "bujurr"}, "mirip 'bujur'"},
        {{"nama", "desa", "latitude", "latitude", "longitude"}, "muncul 2 kali"},
        {{"nama", "desa", "latitude", "latitude2", "longitude"}, "muncul 2 kali"},
        {{"nama", "desa", "lat", "lon", "LAT"}, "muncul 2 kali"},
        {{"nama", "desa", "latitude"}, "tidak ada kolom bujur"},
        {{"nama", "desa", "bujur"}, "tidak ada kolom lintang"},
    };
    for (const auto& c : cases) {
        io::Table t;
        t.file = QStringLiteral("f.csv");
        t.headers = c.headers;
        QString error;
        try {
            resolveColumns(t, {});
        } catch (const Error& e) {
            error = e.message();
        }
        const std::string label = c.headers.join(',').toStdString();
        if (!c.expected)
            EXPECT_TRUE(error.isEmpty()) << label << ": " << error.toStdString();
        else
            EXPECT_TRUE(error.contains(QString::fromUtf8(c.expected))) << label << ": " << error.toStdString();
    }
}

TEST(CoordinateHeaders, AllBlankCoordinateColumnsAreACountedWarning)
{
    io::Table t;
    t.file = QStringLiteral("f.xlsx");
    t.headers = {"nama", "desa", "latitude", "longitude"};
    t.rows = {{"A", "Mariana", "", ""}, {"B", "Mariana", "", ""}};
    const FacilityColumns c = resolveColumns(t, {});
    const QStringList w = coordinateColumnWarnings(t, c);
    ASSERT_EQ(w.size(), 2);
    EXPECT_TRUE(w[0].contains("ke-2 selnya kosong")) << w[0].toStdString();
    t.rows[0][2] = QStringLiteral("-2.9");
    t.rows[0][3] = QStringLiteral("104.7");
    EXPECT_TRUE(coordinateColumnWarnings(t, resolveColumns(t, {})).isEmpty());
}
