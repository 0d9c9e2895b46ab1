#include "Fixtures.h"
#include "TestSupport.h"
#include "core/Error.h"
#include "io/IndicatorImporter.h"

using namespace ps;
using namespace ps::io;

namespace {

const QStringList kHeaders = {"kode_kecamatan", "kecamatan", "jumlah_balita", "balita_diukur", "balita_stunting"};

struct IndicatorImport : ::testing::Test {
    QTemporaryDir dir;
    std::unique_ptr<Project> project;
    void SetUp() override
    {
        project = Project::create(dir.filePath("p.sqlite"));
        Transaction tx(project->db());
        for (int i = 1; i <= 3; ++i)
            project->upsertArea({QStringLiteral("16.07.0%1").arg(i), AdminLevel::Kecamatan,
                                 QStringLiteral("Kecamatan %1").arg(i), "16.07", 10, {}});
        project->upsertArea({"16.07.01.2001", AdminLevel::Desa, "Karang Anyar", "16.07.01", 1, {}});
        project->upsertArea({"16.07.02.2001", AdminLevel::Desa, "Karang Anyar", "16.07.02", 1, {}});
        project->upsertArea({"16.07.02.2002", AdminLevel::Desa, "Sukamaju", "16.07.02", 1, {}});
        tx.commit();
    }
    QString file(const char* name) const { return dir.filePath(QString::fromLatin1(name)); }
    std::optional<AreaValue> value(const QString& code, const char* indicator, int year, AdminLevel level)
    {
        return iotest::areaValue(*project, code, indicator, year, level);
    }
    QString errorOf(const QString& path, const IndicatorImportOptions& o = {}) { return iotest::indicatorImportError(*project, path, o); }
};

} // namespace

TEST_F(IndicatorImport, CsvWithYearColumnStoresCountsAndKeepsBlanksMissing)
{
    const QString path = file("ind.csv");
    iotest::writeCsv(path, {{}, QStringList{"tahun"} + kHeaders,
                            {{"2022", "16.07.01", "Satu", "1000", "800", "80"},
                             {"2022", "16.07.02", "Dua", "1.234.567", "600", ""},
                             {"2023", "16.07.01", "Satu", "1000", "900", "90"},
                             {"2023", "160702", "Dua", "500", "400,0", "40"}}});
    const IndicatorImportReport r = importIndicators(*project, path, {});
    EXPECT_EQ(r.rows, 4);
    EXPECT_EQ(r.years, (std::vector<int>{2022, 2023}));
    // stunting, wasting? no: only the pairs present: stunting and measurement coverage.
    EXPECT_EQ(r.indicators, (QStringList{"cakupan_pengukuran", "stunting"}));
    EXPECT_EQ(r.values, 8);
    EXPECT_EQ(r.missingCells, 1);

    auto st = project->db().prepare(
        "SELECT numerator, denominator, value FROM indicator_value WHERE area_code='16.07.02' AND period=2022 AND indicator='stunting'");
    ASSERT_TRUE(st.step());
    EXPECT_TRUE(st.isNull(0)); // blank stays missing, not zero
    EXPECT_DOUBLE_EQ(st.real(1), 600);
    EXPECT_TRUE(st.isNull(2));
    // Kabupaten 2023: (90 + 40) / (900 + 400), summed counts.
    auto kab = value("16.07", "stunting", 2023, AdminLevel::Kabupaten);
    ASSERT_TRUE(kab && kab->value);
    EXPECT_NEAR(*kab->value, 130.0 / 1300.0 * 100, 1e-9);
    EXPECT_EQ(project->db().scalarInt("SELECT count(*) FROM indicator_def"), 6);
    EXPECT_EQ(project->db().scalarInt("SELECT count(DISTINCT import_id) FROM indicator_value"), 1);
}

TEST_F(IndicatorImport, XlsxSheetPerYearAndOneSheetOnly)
{
    const QString path = file("ind.xlsx");
    iotest::writeXlsx(path, {{"2022", kHeaders, {{"16.07.01", "Satu", "1000", "800", "80"}}},
                             {"Tahun 2023", kHeaders, {{"16.07.01", "Satu", "1000", "900", "99"}}},
                             {"Catatan", {"keterangan"}, {{"data fiktif"}}}});
    const IndicatorImportReport r = importIndicators(*project, path, {});
    EXPECT_EQ(r.years, (std::vector<int>{2022, 2023}));
    EXPECT_EQ(r.sheets, (QStringList{"2022", "Tahun 2023"}));
    ASSERT_EQ(r.warnings.size(), 1);
    EXPECT_TRUE(r.warnings[0].contains("Catatan"));
    EXPECT_NEAR(*value("16.07.01", "stunting", 2023, AdminLevel::Kecamatan)->value, 11.0, 1e-9);

    IndicatorImportOptions one;
    one.sheet = QStringLiteral("2022");
    EXPECT_EQ(importIndicators(*project, path, one).years, std::vector<int>{2022});
}

TEST_F(IndicatorImport, YearOptionWhenSheetHasNoYear)
{
    const QString path = file("ind.csv");
    iotest::writeCsv(path, {{}, kHeaders, {{"16.07.03", "Tiga", "100", "50", "5"}}});
    EXPECT_TRUE(errorOf(path).contains("--year"));
    IndicatorImportOptions o;
    o.year = 2024;
    EXPECT_EQ(importIndicators(*project, path, o).years, std::vector<int>{2024});
}

TEST_F(IndicatorImport, MatchesByNameAndSkipsTotalRows)
{
    const QString path = file("desa.csv");
    iotest::writeCsv(path, {{}, {"tahun", "desa", "diukur", "stunting"},
                            {{"2023", "  SUKAMAJU ", "50", "5"}, {"2023", "Jumlah", "50", "5"}}});
    const IndicatorImportReport r = importIndicators(*project, path, {});
    EXPECT_EQ(r.rows, 1);
    EXPECT_EQ(r.matchedByName, 1);
    EXPECT_EQ(r.skippedRows, 1);
    EXPECT_EQ(project->db().scalarInt("SELECT count(*) FROM indicator_value WHERE area_code='16.07.02.2002'"), 1);
}

TEST_F(IndicatorImport, ColumnOverridesMapToCatalogueVariables)
{
    const QString path = file("ind.csv");
    iotest::writeCsv(path, {{}, {"tahun", "kode", "anak_diukur", "anak_pendek"}, {{"2023", "16.07.01", "200", "30"}}});
    EXPECT_TRUE(errorOf(path).contains("--map"));
    IndicatorImportOptions o;
    o.columnToVariable.insert("anak_diukur", "balita_diukur");
    o.columnToVariable.insert("ANAK_PENDEK", "balita_stunting");
    EXPECT_EQ(importIndicators(*project, path, o).indicators, QStringList{"stunting"});
    o.columnToVariable.insert("anak_pendek", "tidak_ada");
    EXPECT_TRUE(errorOf(path, o).contains("tidak_ada"));
}

// -- errors: file, sheet, row and column named; nothing written.

TEST_F(IndicatorImport, BadCellsAndAreasAreErrorsNamingFileSheetRowAndColumnAndRollBack)
{
    const QString good = file("good.csv");
    iotest::writeCsv(good, {{}, QStringList{"tahun"} + kHeaders, {{"2022", "16.07.01", "Satu", "1000", "800", "80"}}});
    importIndicators(*project, good, {});
    project->setSetting("population_raster", "/tmp/x.tif");
    Facility f;
    f.name = QStringLiteral("Posyandu Mawar");
    f.lon = 104.75;
    f.lat = -2.95;
    project->insertFacility(f);
    const QString before = iotest::dumpUserTables(*project);

    struct Case {
        const char* name;
        std::vector<QStringList> rows;
        QStringList expected;
    } cases[] = {
        {"nonnumeric.xlsx", {{"16.07.02", "Dua", "1000", "800", "80"}, {"16.07.01", "Satu", "1000", "12x", "80"}},
         {"nonnumeric.xlsx", "lembar '2023'", "baris 3", "kolom 'balita_diukur'", "12x", "bukan angka"}},
        {"ambiguous.xlsx", {{"16.07.01", "Satu", "1000", "3.510", "80"}}, {"baris 2", "balita_diukur", "dua cara"}},
        {"unknown_code.xlsx", {{"16.07.09", "Sembilan", "1000", "800", "80"}},
         {"baris 2", "kolom 'kode_kecamatan'", "16.07.09", "tidak ada di proyek"}},
        {"bad_code.xlsx", {{"16-07-01", "Satu", "1000", "800", "80"}}, {"baris 2", "kode_kecamatan", "16-07-01"}},
        {"desa_code.xlsx", {{"16.07.01.2001", "Satu", "1000", "800", "80"}}, {"desa", "bukan kecamatan"}},
        {"duplicate.xlsx", {{"16.07.01", "Satu", "1", "1", "1"}, {"16.07.01", "Satu", "1", "1", "1"}}, {"baris 3", "baris 2"}},
        {"negative.xlsx", {{"16.07.01", "Satu", "1000", "-8", "80"}}, {"negatif"}},
        // More stunted than measured children cannot be a count; the row and column are named.
        {"stunted_over_measured.xlsx", {{"16.07.01", "Satu", "1000", "800", "900"}},
         {"baris 2", "kolom 'balita_stunting'", "lebih besar dari balita_diukur"}},
    };
    for (const Case& c : cases) {
        const QString path = file(c.name);
        iotest::writeXlsx(path, {{"2023", kHeaders, c.rows}});
        IndicatorImportOptions o;
        if (QString::fromLatin1(c.name) == "desa_code.xlsx")
            o.level = QStringLiteral("kecamatan");
        const QString msg = errorOf(path, o);
        for (const QString& e : c.expected)
            EXPECT_TRUE(msg.contains(e)) << c.name << ": " << msg.toStdString() << " | expected: " << e.toStdString();
    }
    EXPECT_EQ(iotest::dumpUserTables(*project), before);
}

TEST_F(IndicatorImport, FileAndColumnErrorsAreClearAndRollBack)
{
    const QString before = iotest::dumpUserTables(*project);
    const QString corrupt = file("rusak.xlsx");
    iotest::writeGarbage(corrupt);
    const QString noArea = file("tanpa_wilayah.csv");
    iotest::writeCsv(noArea, {{}, {"tahun", "x", "balita_diukur", "balita_stunting"}, {{"2023", "a", "1", "1"}}});
    const QString noPair = file("tanpa_pasangan.csv");
    iotest::writeCsv(noPair, {{}, {"tahun", "kode", "balita_stunting"}, {{"2023", "16.07.01", "1"}}});
    const QString ambiguousName = file("nama_ganda.csv");
    iotest::writeCsv(ambiguousName, {{}, {"tahun", "desa", "balita_diukur", "balita_stunting"}, {{"2023", "karang anyar", "10", "1"}}});
    const QString unknownName = file("nama_asing.csv");
    iotest::writeCsv(unknownName, {{}, {"tahun", "kecamatan", "balita_diukur", "balita_stunting"}, {{"2023", "Banyuasin 1", "10", "1"}}});
    const QString good = file("baik.csv");
    iotest::writeCsv(good, {{}, {"tahun", "kode", "balita_diukur", "balita_stunting"}, {{"2023", "16.07.01", "10", "1"}}});
    // A misspelt count column would silently drop its indicator: an error naming the column and the likely one.
    const QString typo = file("salah_ketik.csv");
    iotest::writeCsv(typo, {{}, {"tahun", "kode", "balita_diukur", "balita_stunting", "balita_wastin", "keterangan"},
                            {{"2023", "16.07.01", "10", "1", "1", "catatan"}}});

    IndicatorImportOptions wrongCode, wrongSheet;
    wrongCode.codeColumn = QStringLiteral("kode_wilayah");
    wrongSheet.sheet = QStringLiteral("2099");
    const struct {
        QString path;
        IndicatorImportOptions options;
        QStringList expected;
    } cases[] = {
        {file("tidak_ada.xlsx"), {}, {"tidak_ada.xlsx", "tidak ditemukan"}},
        {corrupt, {}, {"rusak.xlsx", "tidak dapat dibaca"}},
        {file("data.txt.pdf"), {}, {"data.txt.pdf"}},
        {noArea, {}, {"tanpa_wilayah.csv", "kolom kode wilayah", "x, balita_diukur"}},
        {noPair, {}, {"tanpa_pasangan.csv", "pembilang", "--map"}},
        {ambiguousName, {}, {"baris 2", "kolom 'desa'", "16.07.01.2001, 16.07.02.2001"}},
        {unknownName, {}, {"baris 2", "kolom 'kecamatan'", "Banyuasin 1", "tidak ditemukan"}},
        {good, wrongCode, {"baik.csv", "kolom 'kode_wilayah' tidak ada"}},
        {good, wrongSheet, {"baik.csv", "2099"}},
        {typo, {}, {"salah_ketik.csv", "kolom 'balita_wastin'", "maksudnya 'balita_wasting'"}},
    };
    for (const auto& c : cases) {
        const QString msg = errorOf(c.path, c.options);
        for (const QString& e : c.expected)
            EXPECT_TRUE(msg.contains(e)) << msg.toStdString() << " | expected: " << e.toStdString();
    }
    EXPECT_EQ(iotest::dumpUserTables(*project), before);
}

// -- shared data: the Banyuasin sample, CSV and XLSX.

static void expectBanyuasin2023(const QString& file)
{
    QTemporaryDir dir;
    auto project = Project::create(dir.filePath("p.sqlite"));
    const IndicatorImportReport r = importIndicators(*project, file, {});
    EXPECT_EQ(r.years, (std::vector<int>{2021, 2022, 2023, 2024}));
    EXPECT_EQ(r.rows, 84);
    EXPECT_GT(r.missingCells, 0);
    EXPECT_TRUE(r.indicators.contains("stunting"));
    EXPECT_TRUE(r.indicators.contains("k6"));
    EXPECT_TRUE(r.indicators.contains("imunisasi_dasar_lengkap"));
    const auto kab = project->valuesByLevel("stunting", 2023, AdminLevel::Kabupaten, 100);
    ASSERT_EQ(kab.size(), 1u);
    EXPECT_EQ(kab[0].areaCode, "16.07");
    EXPECT_DOUBLE_EQ(kab[0].numerator.value_or(-1), 3510);
    EXPECT_DOUBLE_EQ(kab[0].denominator.value_or(-1), 55626);
    EXPECT_NEAR(kab[0].value.value_or(-1), 6.31, 0.005);
    // Re-importing replaces the values instead of adding to them.
    importIndicators(*project, file, {});
    EXPECT_DOUBLE_EQ(project->valuesByLevel("stunting", 2023, AdminLevel::Kabupaten, 100)[0].numerator.value_or(-1), 3510);
    EXPECT_EQ(project->db().scalarInt("SELECT count(*) FROM indicator_value WHERE indicator='stunting'"), 84);
}

TEST(IndicatorImportShared, BanyuasinXlsx2023Totals) { PS_REQUIRE_SHARED_DATA(); expectBanyuasin2023(pstest::shared("sample/banyuasin/indikator_kecamatan.xlsx")); }
TEST(IndicatorImportShared, BanyuasinCsv2023Totals) { PS_REQUIRE_SHARED_DATA(); expectBanyuasin2023(pstest::shared("sample/banyuasin/indikator_kecamatan.csv")); }
