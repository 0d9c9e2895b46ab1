// Imports never lose stored data quietly: blank cells, a second writer, absurd numbers.
#include "Fixtures.h"
#include "TestSupport.h"
#include "core/Error.h"
#include "core/Locale.h"
#include "io/IndicatorImporter.h"
#include "io/NumberText.h"

using namespace ps;
using namespace ps::io;

namespace {
struct ImportSafety : ::testing::Test {
    QTemporaryDir dir;
    std::unique_ptr<Project> project;
    const QStringList headers{"tahun", "kode_kecamatan", "balita_diukur", "balita_stunting"};
    void SetUp() override
    {
        project = Project::create(dir.filePath("p.sqlite"));
        iotest::writeCsv(dir.filePath("a.csv"), {{}, headers, {{"2022", "16.07.01", "2000", "150"}, {"2022", "16.07.02", "1500", "90"}}});
        importIndicators(*project, dir.filePath("a.csv"), {});
    }
    std::optional<double> stored(const char* code, const char* column)
    {
        auto st = project->db().prepare(QStringLiteral("SELECT %1 FROM indicator_value WHERE area_code='%2' AND indicator='stunting'")
                                            .arg(QLatin1String(column), QLatin1String(code)));
        return st.step() ? st.optReal(0) : std::nullopt;
    }
};
} // namespace

TEST_F(ImportSafety, BlankCellsKeepStoredValuesUnlessReplaceIsAsked)
{
    iotest::writeCsv(dir.filePath("b.csv"), {{}, headers, {{"2022", "16.07.01", "2100", ""}, {"2022", "16.07.02", "", ""}}});
    IndicatorImportReport r = importIndicators(*project, dir.filePath("b.csv"), {});
    EXPECT_EQ(r.keptStored, 3);
    EXPECT_EQ(r.erasedStored, 0);
    EXPECT_EQ(stored("16.07.01", "numerator"), 150.0);
    EXPECT_EQ(stored("16.07.01", "denominator"), 2100.0);   // a given value still replaces
    EXPECT_EQ(stored("16.07.02", "numerator"), 90.0);
    EXPECT_NEAR(*stored("16.07.01", "value"), 150.0 / 2100 * 100, 1e-9);

    IndicatorImportOptions replace;
    replace.replace = true;
    r = importIndicators(*project, dir.filePath("b.csv"), replace);
    EXPECT_EQ(r.erasedStored, 3);
    EXPECT_EQ(r.erasedExamples.size(), 2);
    EXPECT_FALSE(stored("16.07.01", "numerator"));
    EXPECT_FALSE(stored("16.07.02", "denominator"));
}

TEST_F(ImportSafety, ASecondWriterIsToldAnotherImportIsRunning)
{
    auto other = Project::open(project->path());
    Transaction holding(other->db());
    iotest::writeCsv(dir.filePath("c.csv"), {{}, headers, {{"2023", "16.07.01", "2000", "10"}}});
    QString message;
    try {
        importIndicators(*project, dir.filePath("c.csv"), {});
    } catch (const Error& e) {
        message = e.message();
    }
    EXPECT_TRUE(message.contains("impor lain sedang berjalan")) << message.toStdString();
    EXPECT_FALSE(message.contains("SQL")) << message.toStdString();
}

TEST(NumberSafety, AbsurdAndNonFiniteCountsAreRejectedAndHugeNumbersPrintShort)
{
    for (const char* text : {"1e400", "1e308", "2e9", "1.5E+10"}) {
        const ParsedNumber n = parseCount(QString::fromLatin1(text));
        EXPECT_FALSE(n.value) << text;
        EXPECT_TRUE(n.error.contains("terlalu besar")) << text << " " << n.error.toStdString();
    }
    EXPECT_EQ(parseCount("1.2E+05").value, 120000.0);
    EXPECT_LE(formatNumber(1e308, 0).size(), 12) << formatNumber(1e308, 0).toStdString();
    EXPECT_FALSE(formatNumber(std::numeric_limits<double>::infinity(), 0).isEmpty());
}
