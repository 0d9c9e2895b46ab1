// Indicator tables in the shapes Dinas Kesehatan offices publish: per puskesmas and
// weighing month, Indonesian dates and month names, Pendek + Sangat pendek, stated
// rates that disagree with the counts. Each is checked against its source rows.
#include "Fixtures.h"
#include "TestSupport.h"
#include "core/Error.h"
#include "core/Period.h"
#include "io/HeaderSynonyms.h"
#include "io/IndicatorImporter.h"
#include "io/IndicatorTable.h"
#include "io/TableReader.h"
#include "io/WorkingAreaImporter.h"

using namespace ps;
using namespace ps::io;

namespace {

struct Shapes : ::testing::Test {
    QTemporaryDir dir;
    std::unique_ptr<Project> project;
    void SetUp() override
    {
        project = Project::create(dir.filePath("p.sqlite"));
        Transaction tx(project->db());
        project->upsertArea({"16.07", AdminLevel::Kabupaten, "Banyuasin", "16", 100, {}});
        project->upsertArea({"16.07.01", AdminLevel::Kecamatan, "Banyuasin I", "16.07", 10, {}});
        project->upsertArea({"16.07.02", AdminLevel::Kecamatan, "Betung", "16.07", 10, {}});
        project->upsertArea({"16.07.03", AdminLevel::Kecamatan, "Talang Kelapa", "16.07", 10, {}});
        project->upsertArea({"16.07.01.2001", AdminLevel::Desa, "Mariana", "16.07.01", 1, {}});
        tx.commit();
    }
    QString file(const char* name) const { return dir.filePath(QString::fromLatin1(name)); }
    std::optional<AreaValue> value(const QString& code, const char* indicator, int period, AdminLevel level = AdminLevel::Kecamatan)
    {
        return iotest::areaValue(*project, code, indicator, period, level);
    }
    QString errorOf(const QString& path, const IndicatorImportOptions& o = {}) { return iotest::indicatorImportError(*project, path, o); }
    int countFindings(const IndicatorImportReport& r, const char* kind)
    {
        int n = 0;
        for (const Finding& f : r.findings)
            n += f.kind == QLatin1String(kind) ? 1 : 0;
        return n;
    }
};

// The kabupaten table of the issue: one row per puskesmas and weighing month.
const QStringList kPuskesmasHeaders = {"Kecamatan", "Unit Kerja (Puskesmas)", "Tanggal (dd/mm/yyyy)", "Tahun",
                                       "Bulan (Februari/Agustus)", "Pendek", "Sangat Pendek", "Stunting",
                                       "Jumlah Yang Diukur", "Prevalensi Stunting", "Jumlah RS", "Jumlah Klinik"};
const std::vector<QStringList> kPuskesmasRows = {
    {"BANYUASIN I", "Puskesmas Mariana", "28/02/2024", "2024", "Februari", "30", "10", "40", "500", "8 %", "1", "2"},
    {"BANYUASIN I", "UPTD Puskesmas Sungsang", "27/02/2024", "2024", "Februari", "5", "5", "10", "200", "5.0 %", "0", "1"},
    {"BETUNG", "Puskesmas Betung", "26/02/2024", "2024", "Februari", "20", "6", "26", "300", "8.67 %", "1", "3"},
    {"BANYUASIN I", "Puskesmas Mariana", "30/08/2024", "2024", "Agustus", "25", "10", "35", "500", "9.35% %", "1", "2"},
    {"BANYUASIN I", "UPTD Puskesmas Sungsang", "29/08/2024", "2024", "Agustus", "4", "3", "8", "200", "4 %", "0", "1"},
    {"BETUNG", "Puskesmas Betung", "28/08/2024", "2024", "Agustus", "18", "6", "24", "300", "8 %", "1", "3"},
};

} // namespace

TEST_F(Shapes, PerPuskesmasWeighingMonthsImportWithoutOptions)
{
    const QString path = file("stunting_puskesmas.csv");
    iotest::writeCsv(path, {{}, kPuskesmasHeaders, kPuskesmasRows});
    IndicatorImportOptions o;
    o.reportPath = file("laporan.csv");
    const IndicatorImportReport r = importIndicators(*project, path, o);
    EXPECT_EQ(r.rows, 6);
    EXPECT_EQ(r.unitRows, 6);
    EXPECT_EQ(r.periods, (std::vector<int>{202402, 202408}));
    EXPECT_EQ(r.years, (std::vector<int>{2024}));
    // Two puskesmas of Banyuasin I add up; Betung has one.
    auto aug1 = value("16.07.01", "stunting", 202408);
    ASSERT_TRUE(aug1 && aug1->numerator && aug1->denominator);
    EXPECT_DOUBLE_EQ(*aug1->numerator, 35 + 8);
    EXPECT_DOUBLE_EQ(*aug1->denominator, 500 + 200);
    auto feb2 = value("16.07.02", "stunting", 202402);
    ASSERT_TRUE(feb2 && feb2->value);
    EXPECT_NEAR(*feb2->value, 26.0 / 300 * 100, 1e-9);
    // The year of a point-in-time count is its latest weighing month, never February + August.
    const PeriodUse use = project->resolvePeriod("stunting", 2024);
    EXPECT_EQ(use.used, 202408);
    auto year1 = value("16.07.01", "stunting", 2024);
    ASSERT_TRUE(year1 && year1->numerator);
    EXPECT_DOUBLE_EQ(*year1->numerator, 43);
    EXPECT_DOUBLE_EQ(*year1->denominator, 700);
    // Stored per puskesmas too, and the placement is a stated assumption.
    EXPECT_EQ(project->db().scalarInt("SELECT count(*) FROM unit_value WHERE indicator='stunting'"), 6);
    EXPECT_EQ(project->unitMappings("stunting", 202408), QStringList{"written_kecamatan"});
    ASSERT_FALSE(r.assumptions.isEmpty());
    EXPECT_TRUE(r.assumptions.join(" ").contains("asumsi"));
    // Every column not used is listed.
    ASSERT_EQ(r.unusedColumns.size(), 1);
    EXPECT_EQ(r.unusedColumns[0], QStringLiteral("Jumlah RS, Jumlah Klinik"));

    // Self-consistency: stated 9.35 % vs 35/500 = 7 %; 5.0 % vs 10/200 = 5 % (fine); 8 % vs 24/300 = 8 % (fine);
    // 8.67 % vs 26/300 = 8.667 (fine); 8 % vs 40/500 = 8 (fine); 4 % vs 8/200 = 4 (fine). Parts: 4 + 3 = 7 ≠ 8.
    EXPECT_EQ(countFindings(r, "rate"), 1);
    EXPECT_EQ(countFindings(r, "parts"), 1);
    for (const Finding& f : r.findings) {
        if (f.kind == QLatin1String("rate"))
            EXPECT_EQ(f.row, 5);
        if (f.kind == QLatin1String("parts"))
            EXPECT_EQ(f.row, 6);
    }
    // Values stay as counted: the row whose parts disagree keeps Stunting = 8.
    EXPECT_EQ(project->db().scalarInt("SELECT numerator FROM unit_value WHERE unit='sungsang' AND period=202408"), 8);
    const Table report = readTable(o.reportPath);
    EXPECT_EQ(report.rows.size(), r.findings.size());
    EXPECT_EQ(report.headers, (QStringList{"jenis", "lembar", "baris", "kolom", "keterangan"}));

    // The table beside the map: the period actually used is named.
    const auto rows = indicatorTable(*project, "stunting", 2024, AdminLevel::Kecamatan);
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].code, QStringLiteral("16.07.01"));
    EXPECT_EQ(rows[0].parentName, QStringLiteral("Banyuasin"));
    EXPECT_NEAR(*rows[0].rate, 43.0 / 700 * 100, 1e-9);
    EXPECT_EQ(rows[0].className, QStringLiteral("Rendah"));
    EXPECT_EQ(rows[0].period, QStringLiteral("Agustus 2024"));
    EXPECT_FALSE(rows[2].rate);   // Talang Kelapa: no data, not zero
    // Desa level has no data: the levels that do are known.
    const auto levels = project->levelsWithData("stunting", 202408);
    EXPECT_EQ(levels, (std::vector<AdminLevel>{AdminLevel::Kabupaten, AdminLevel::Kecamatan}));
}

TEST_F(Shapes, PuskesmasPlacedByItsStoredPointBeforeTheWrittenKecamatan)
{
    Facility f;
    f.type = FacilityType::Puskesmas;
    f.name = "PKM Mariana";
    f.kecamatanCode = "16.07.03";   // the point lies in Talang Kelapa
    f.desaCode = "";
    f.lon = 104.7;
    f.lat = -2.9;
    f.status = FacilityStatus::Exact;
    project->insertFacility(f);
    const QString path = file("p.csv");
    iotest::writeCsv(path, {{}, kPuskesmasHeaders, {kPuskesmasRows[0], kPuskesmasRows[1]}});
    const IndicatorImportReport r = importIndicators(*project, path, {});
    auto talang = value("16.07.03", "stunting", 202402);
    ASSERT_TRUE(talang && talang->numerator);
    EXPECT_DOUBLE_EQ(*talang->numerator, 40);
    auto b1 = value("16.07.01", "stunting", 202402);
    ASSERT_TRUE(b1 && b1->numerator);
    EXPECT_DOUBLE_EQ(*b1->numerator, 10);
    EXPECT_EQ(r.assumptions.size(), 2);
}

TEST_F(Shapes, PendekPlusSangatPendekIsStuntingWhenNoTotalColumn)
{
    const QString path = file("parts.csv");
    iotest::writeCsv(path, {{}, {"KECAMATAN", "TAHUN", "BULAN", "PENDEK", "SANGAT PENDEK", "BALITA DIUKUR"},
                            {{"Banyuasin I", "2024", "Agt", "12", "3", "300"},
                             {"Betung", "2024", "Agu", "7", "", "100"},
                             {"Banyuasin I", "2024", "Feb", "10", "2", "290"}}});
    const IndicatorImportReport r = importIndicators(*project, path, {});
    EXPECT_EQ(r.periods, (std::vector<int>{202402, 202408}));
    auto b1 = value("16.07.01", "stunting", 202408);
    ASSERT_TRUE(b1 && b1->numerator);
    EXPECT_DOUBLE_EQ(*b1->numerator, 15);
    // A blank part leaves the total missing, never a partial sum.
    auto betung = value("16.07.02", "stunting", 202408);
    ASSERT_TRUE(betung);
    EXPECT_FALSE(betung->numerator);
    EXPECT_TRUE(r.assumptions.join(" ").contains("balita_pendek + balita_sangat_pendek"));
}

TEST_F(Shapes, DatesExcelSerialsAndSheetNamesGiveMonths)
{
    const QString path = file("bulan.xlsx");
    iotest::writeXlsx(path, {{"Agustus 2024", {"Kode Kecamatan", "Jml Stunting", "Jumlah yang diukur"}, {{"16.07.01", "5", "100"}}},
                             {"data", {"kecamatan", "tanggal", "stunting", "diukur"},
                              {{"Betung", "45338", "6", "120"}, {"Banyuasin I", "2024-05-15", "4", "90"}}}});
    const IndicatorImportReport r = importIndicators(*project, path, {});
    EXPECT_EQ(r.periods, (std::vector<int>{202402, 202405, 202408}));
    EXPECT_TRUE(value("16.07.01", "stunting", 202408)->numerator);
    EXPECT_DOUBLE_EQ(*value("16.07.02", "stunting", 202402)->numerator, 6);   // serial 45338 = 17 Feb 2024
    EXPECT_DOUBLE_EQ(*value("16.07.01", "stunting", 202405)->numerator, 4);
}

TEST_F(Shapes, FlowIndicatorsSumMonthsForTheYear)
{
    const QString path = file("k6.csv");
    iotest::writeCsv(path, {{}, {"Kecamatan", "Tahun", "Bulan", "Bumil K6", "Sasaran Bumil"},
                            {{"Betung", "2024", "Januari", "10", "240"},
                             {"Betung", "2024", "Februari", "12", "240"},
                             {"Betung", "2024", "Maret", "9", "240"}}});
    importIndicators(*project, path, {});
    auto year = value("16.07.02", "k6", 2024);
    ASSERT_TRUE(year && year->numerator);
    EXPECT_DOUBLE_EQ(*year->numerator, 31);
    EXPECT_DOUBLE_EQ(*year->denominator, 240);   // the year's target, not 3 × 240
    auto q1 = value("16.07.02", "k6", 202421);
    ASSERT_TRUE(q1 && q1->numerator);
    EXPECT_DOUBLE_EQ(*q1->numerator, 31);
    EXPECT_EQ(project->resolvePeriod("k6", 2024).summed.size(), 3u);
}

TEST_F(Shapes, ConstantColumnInAMonthIsReported)
{
    const QString path = file("const.csv");
    iotest::writeCsv(path, {{}, {"Kecamatan", "Tahun", "Bulan", "Stunting", "Jumlah yang diukur"},
                            {{"Banyuasin I", "2024", "Agustus", "10", "250"},
                             {"Betung", "2024", "Agustus", "12", "250"},
                             {"Talang Kelapa", "2024", "Agustus", "9", "250"}}});
    const IndicatorImportReport r = importIndicators(*project, path, {});
    ASSERT_EQ(countFindings(r, "constant"), 1);
    EXPECT_EQ(r.findings[0].column, QStringLiteral("Jumlah yang diukur"));
    EXPECT_EQ(r.findings[0].row, 2);
}

TEST_F(Shapes, UnknownPuskesmasAndBadMonthAreErrorsNamingRowAndColumn)
{
    const QString path = file("bad.csv");
    iotest::writeCsv(path, {{}, {"Kecamatan", "PKM", "Tahun", "Bulan", "Stunting", "Diukur"},
                            {{"Betung", "Betung", "2024", "Agustus", "1", "10"},
                             {"Kec. Simboro dan Kepulauan", "Simboro", "2024", "Agustus", "1", "10"}}});
    const QString e = errorOf(path);
    EXPECT_TRUE(e.contains("Simboro") && e.contains("alias")) << e.toStdString();
    iotest::writeCsv(path, {{}, {"Kecamatan", "PKM", "Tahun", "Bulan", "Stunting", "Diukur"},
                            {{"Betung", "Betung", "2024", "Agustusan", "1", "10"}}});
    EXPECT_TRUE(errorOf(path).contains("Agustusan"));
    EXPECT_EQ(project->db().scalarInt("SELECT count(*) FROM indicator_value"), 0);
}

TEST_F(Shapes, AliasesResolveOldNames)
{
    {
        Transaction tx(project->db());
        project->addAlias("BANYUASIN SATU", "16.07.01");
        tx.commit();
    }
    const QString path = file("alias.csv");
    iotest::writeCsv(path, {{}, {"kecamatan", "tahun", "stunting", "diukur"}, {{"Banyuasin Satu", "2023", "3", "100"}}});
    importIndicators(*project, path, {});
    EXPECT_DOUBLE_EQ(*value("16.07.01", "stunting", 2023)->numerator, 3);
}

TEST(HeaderSynonyms, OfficeHeadersAreRecognised)
{
    const HeaderSynonyms& s = HeaderSynonyms::standard();
    struct Case {
        const char* header;
        HeaderRole::Kind kind;
        const char* code;
    };
    const Case cases[] = {
        {"Jumlah Yang Diukur", HeaderRole::Kind::Variable, "balita_diukur"},
        {"  JUMLAH_YANG  diukur ", HeaderRole::Kind::Variable, "balita_diukur"},
        {"Ditimbang", HeaderRole::Kind::Variable, "balita_diukur"},
        {"Stunting", HeaderRole::Kind::Variable, "balita_stunting"},
        {"Stunting (%)", HeaderRole::Kind::StatedRate, "stunting"},
        {"Prevalensi Stunting", HeaderRole::Kind::StatedRate, "stunting"},
        {"Sangat Pendek", HeaderRole::Kind::Part, "balita_sangat_pendek"},
        {"Pendek", HeaderRole::Kind::Part, "balita_pendek"},
        {"Sasaran", HeaderRole::Kind::Variable, "jumlah_balita"},
        {"Unit Kerja (Puskesmas)", HeaderRole::Kind::Column, "puskesmas"},
        {"Tanggal (dd/mm/yyyy)", HeaderRole::Kind::Column, "tanggal"},
        {"Bulan (Februari/Agustus)", HeaderRole::Kind::Column, "bulan"},
        {"Jumlah RS", HeaderRole::Kind::None, ""},
    };
    for (const Case& c : cases) {
        const HeaderRole r = s.roleOf(QString::fromUtf8(c.header));
        EXPECT_EQ(r.kind, c.kind) << c.header;
        EXPECT_EQ(r.code, QString::fromUtf8(c.code)) << c.header;
    }
    EXPECT_EQ(s.facilityNameColumn({"PROVINSI", "KABUPATEN", "KECAMATAN", "DESA_KELURAHAN", "PUSKESMAS"}, "puskesmas"), 4);
    EXPECT_EQ(s.facilityNameColumn({"Puskesmas", "Nama Posyandu", "Desa"}, "posyandu"), 1);
    EXPECT_EQ(s.facilityNameColumn({"Nama Faskes", "Kecamatan"}, "pustu"), 0);
    EXPECT_EQ(s.facilityNameColumn({"Kecamatan", "Desa"}, "posyandu"), -1);
}

TEST_F(Shapes, WorkingAreaTablePlacesPuskesmasBeforeAnythingElse)
{
    const QString wa = file("wilayah_kerja.csv");
    iotest::writeCsv(wa, {{}, {"Puskesmas", "Kode Desa"}, {{"PKM Mariana", "16.07.01.2001"}}});
    const WorkingAreaReport w = importWorkingAreas(*project, wa);
    EXPECT_EQ(w.puskesmas, 1);
    EXPECT_EQ(w.desa, 1);
    const QString path = file("p.csv");
    // Written under Betung, but its working area (Mariana) lies in Banyuasin I.
    iotest::writeCsv(path, {{}, {"Kecamatan", "Unit Kerja", "Tahun", "Bulan", "Stunting", "Jumlah yang diukur"},
                            {{"BETUNG", "Puskesmas Mariana", "2024", "Agustus", "7", "70"}}});
    importIndicators(*project, path, {});
    EXPECT_DOUBLE_EQ(*value("16.07.01", "stunting", 202408)->numerator, 7);
    EXPECT_FALSE(value("16.07.02", "stunting", 202408)->numerator);
    EXPECT_EQ(project->unitMappings("stunting", 2024), QStringList{"wilayah_kerja"});
    iotest::writeCsv(wa, {{}, {"Puskesmas", "Desa"}, {{"PKM X", "Tidak Ada"}}});
    EXPECT_THROW(importWorkingAreas(*project, wa), Error);
}
