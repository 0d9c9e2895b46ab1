// Classification of the real sample indicator tables (../shared/data), read through OGR.
#include "TestSupport.h"
#include "classify/Classifier.h"
#include "classify/Legend.h"
#include "classify/Palette.h"
#include "core/Catalogue.h"
#include "core/Gdal.h"
#include <cmath>
#include <limits>

using namespace ps::classify;

namespace {

// Stunting prevalence (%) per kecamatan for one year; NaN where a count is blank.
std::vector<double> stuntingRates(const QString& csv, int year, double* numSum = nullptr, double* denSum = nullptr)
{
    GDALDatasetUniquePtr ds = ps::openVector(csv, {QStringLiteral("CSV")});
    OGRLayer* layer = ds->GetLayer(0);
    std::vector<double> out;
    for (const auto& f : *layer) {
        if (QString::fromUtf8(f->GetFieldAsString("tahun")).toInt() != year)
            continue;
        bool okN = false, okD = false;
        const double n = QString::fromUtf8(f->GetFieldAsString("balita_stunting")).trimmed().toDouble(&okN);
        const double d = QString::fromUtf8(f->GetFieldAsString("balita_diukur")).trimmed().toDouble(&okD);
        if (okN && okD && d > 0) {
            out.push_back(n / d * 100.0);
            if (numSum)
                *numSum += n;
            if (denSum)
                *denSum += d;
        } else {
            out.push_back(std::numeric_limits<double>::quiet_NaN());
        }
    }
    return out;
}

} // namespace

TEST(SharedData, BanyuasinStunting2023OfficialClasses)
{
    PS_REQUIRE_SHARED_DATA();
    double num = 0, den = 0;
    const std::vector<double> rates = stuntingRates(pstest::shared(QStringLiteral("sample/banyuasin/indikator_kecamatan.csv")), 2023, &num, &den);
    ASSERT_EQ(rates.size(), 21u);
    const ps::IndicatorDef& stunting = *ps::Catalogue::standard().indicator(QStringLiteral("stunting"));
    const Classification c = classify(Method::Official, rates, 5, {}, &stunting);
    // The district figure (sum of numerators over sum of denominators) is "Rendah".
    EXPECT_EQ(num, 3510);
    EXPECT_EQ(den, 55626);
    EXPECT_EQ(c.classOf(num / den * 100.0), 1);
    EXPECT_EQ(c.classes[1].labelEn, QStringLiteral("Low"));
    const auto legend = legendEntries(c, indicatorColors(stunting, c.size()), rates, 1, stunting.unitSymbol());
    int total = 0;
    for (const auto& e : legend)
        total += e.count;
    EXPECT_EQ(total, 21);
    EXPECT_EQ(legend.back().count, noDataCount(rates));
}

TEST(SharedData, JawaTengahKecamatanDataDrivenClasses)
{
    PS_REQUIRE_SHARED_DATA();
    const std::vector<double> rates = stuntingRates(pstest::shared(QStringLiteral("sample/jawa_tengah/indikator_kecamatan.csv")), 2023);
    ASSERT_GT(rates.size(), 500u);
    const int withData = static_cast<int>(rates.size()) - noDataCount(rates);
    for (Method m : {Method::EqualInterval, Method::Quantile, Method::NaturalBreaks, Method::StdDev}) {
        SCOPED_TRACE(methodId(m).toStdString());
        const Classification c = classify(m, rates, 5, {});
        ASSERT_EQ(c.size(), 5);
        int total = 0;
        for (int n : c.counts(rates))
            total += n;
        EXPECT_EQ(total, withData);
    }
    // Quantile classes hold equal counts up to ties (rates are nearly all distinct).
    const auto q = quantile(rates, 5).counts(rates);
    for (int n : q)
        EXPECT_NEAR(n, withData / 5.0, 2.0);
    // Natural breaks beat the other data-driven methods on SDCM, as they must.
    const double jenks = sdcm(naturalBreaks(rates, 5), rates);
    EXPECT_LE(jenks, sdcm(quantile(rates, 5), rates));
    EXPECT_LE(jenks, sdcm(equalInterval(rates, 5), rates));
}
