// `petasehat demo` end to end: the generated files go through the real
// importers into a SpatiaLite project that answers like a user's would.
#include "core/Catalogue.h"
#include "core/Project.h"
#include "io/demo/DemoIndicators.h"
#include "io/demo/DemoProject.h"
#include <QFileInfo>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace ps;
using namespace ps::demo;

namespace {
class DemoProject : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_dir = std::make_unique<QTemporaryDir>();
        s_summary = std::make_unique<DemoProjectSummary>(buildDemoProject(s_dir->path()));
        s_district = std::make_unique<DemoDistrict>(generateDistrict());
    }
    static void TearDownTestSuite()
    {
        s_summary.reset();
        s_district.reset();
        s_dir.reset();
    }
    static std::unique_ptr<QTemporaryDir> s_dir;
    static std::unique_ptr<DemoProjectSummary> s_summary;
    static std::unique_ptr<DemoDistrict> s_district;
};
std::unique_ptr<QTemporaryDir> DemoProject::s_dir;
std::unique_ptr<DemoProjectSummary> DemoProject::s_summary;
std::unique_ptr<DemoDistrict> DemoProject::s_district;
} // namespace

TEST_F(DemoProject, StoresEveryAreaAndFacility)
{
    auto p = Project::open(s_summary->projectPath, true);
    const auto counts = p->areaCountsByLevel();
    EXPECT_EQ(counts.at("provinsi"), 1);
    EXPECT_EQ(counts.at("kabupaten"), 1 + static_cast<int>(s_district->neighbours.size()));
    EXPECT_EQ(counts.at("kecamatan"), static_cast<int>(s_district->kecamatan.size()));
    int desa = 0, kel = 0;
    for (const DemoArea& a : s_district->desa)
        (a.level == AdminLevel::Kelurahan ? kel : desa)++;
    EXPECT_EQ(counts.at("desa"), desa);
    EXPECT_EQ(counts.at("kelurahan"), kel);
    EXPECT_NEAR(s_summary->areaKm2, s_district->kabupaten.areaKm2, s_district->kabupaten.areaKm2 * 1e-3);

    EXPECT_EQ(p->facilities(FacilityType::Puskesmas).size(), s_district->puskesmas.rows.size());
    EXPECT_EQ(p->facilities(FacilityType::Pustu).size(), s_district->pustu.rows.size());
    const auto posyandu = p->facilities(FacilityType::Posyandu);
    EXPECT_EQ(posyandu.size(), s_district->posyandu.rows.size());
    // Every facility is placed (the blank posyandu by geocoding) and inside the kabupaten.
    for (const Facility& f : posyandu) {
        EXPECT_TRUE(f.lon && f.lat) << f.code.toStdString() << " " << f.status.toStdString();
        EXPECT_TRUE(f.desaCode.startsWith(kKabupatenCode + QLatin1Char('.'))) << f.code.toStdString();
    }
    EXPECT_FALSE(p->setting(QStringLiteral("population_raster")).isEmpty());
    // The demo's own import notes: nothing a user should worry about.
    for (const QString& w : s_summary->warnings)
        ADD_FAILURE() << "import warning: " << w.toStdString();
    EXPECT_TRUE(QFileInfo::exists(p->setting(QStringLiteral("population_raster"))));
}

TEST_F(DemoProject, EveryKecamatanHasAValueExceptTheBlankCells)
{
    auto p = Project::open(s_summary->projectPath, true);
    const std::vector<int> years{2021, 2022, 2023, 2024};
    EXPECT_EQ(s_summary->years, years);
    // Every catalogue indicator the sheets have both counts for.
    const QStringList columns = indicatorColumns();
    int checked = 0;
    for (const IndicatorDef& def : Catalogue::standard().indicators()) {
        if (!columns.contains(def.numerator) || !columns.contains(def.denominator))
            continue;
        ++checked;
        for (int year : years) {
            const auto values = p->valuesByLevel(def.code, year, AdminLevel::Kecamatan, def.scale, kKabupatenCode);
            ASSERT_EQ(values.size(), s_district->kecamatan.size()) << def.code.toStdString() << " " << year;
            for (const AreaValue& v : values) {
                bool blank = false;
                for (const DemoBlank& b : s_district->blanks)
                    blank |= b.year == year && b.kecamatanCode == v.areaCode
                        && (b.variable == def.numerator || b.variable == def.denominator);
                EXPECT_EQ(v.value.has_value(), !blank) << def.code.toStdString() << " " << year << " " << v.areaCode.toStdString();
            }
        }
    }
    EXPECT_GE(checked, 5);
    // The kabupaten's 2024 stunting rate, from summed counts.
    const auto kab = p->valuesByLevel(QStringLiteral("stunting"), 2024, AdminLevel::Kabupaten, 100.0, kKabupatenCode);
    ASSERT_EQ(kab.size(), 1u);
    ASSERT_TRUE(kab.front().value);
    EXPECT_GT(*kab.front().value, 5.0);
    EXPECT_LT(*kab.front().value, 30.0);
}

TEST_F(DemoProject, RunningAgainReplacesTheProject)
{
    const qint64 before = QFileInfo(s_summary->projectPath).size();
    const DemoProjectSummary again = buildDemoProject(s_dir->path());
    EXPECT_EQ(again.projectPath, s_summary->projectPath);
    EXPECT_FALSE(QFileInfo::exists(s_summary->projectPath + ".part"));
    auto p = Project::open(again.projectPath, true);
    EXPECT_EQ(p->facilities(FacilityType::Puskesmas).size(), s_district->puskesmas.rows.size());
    EXPECT_EQ(p->areaCountsByLevel().at("kecamatan"), static_cast<int>(s_district->kecamatan.size()));
    EXPECT_GT(before, 0);
}
