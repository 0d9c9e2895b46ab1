#include "geocode/ImportSummary.h"
#include <gtest/gtest.h>

using namespace ps;
using namespace ps::geocode;

TEST(ImportSummary, FacilityTypeIsGuessedFromFileNameThenNameColumns)
{
    const struct {
        const char* file;
        QStringList headers;
        std::optional<FacilityType> expected;
    } cases[] = {
        {"/data/posyandu.csv", {"nama", "desa"}, FacilityType::Posyandu},
        {"Data Posyandu Banyuasin 2024.xlsx", {}, FacilityType::Posyandu},
        {"daftar_pustu.csv", {"Puskesmas", "nama"}, FacilityType::Pustu},
        {"puskesmas_pembantu.xlsx", {}, FacilityType::Pustu},
        {"POSKESDES_2023.csv", {}, FacilityType::Poskesdes},
        {"rs_sumsel.csv", {}, FacilityType::RumahSakit},
        {"data_rsud.csv", {}, FacilityType::RumahSakit},
        {"puskesmas.csv", {}, FacilityType::Puskesmas},
        {"pkm_2024.csv", {}, FacilityType::Puskesmas},
        // Names that say nothing: the name/code columns decide, a parent Puskesmas column does not.
        {"daftar.csv", {"kode_posyandu", "nama_posyandu", "desa"}, FacilityType::Posyandu},
        {"daftar.csv", {"Puskesmas", "Nama Posyandu", "Desa"}, FacilityType::Posyandu},
        {"daftar.csv", {"Nama PKM", "Kecamatan"}, FacilityType::Puskesmas},
        {"daftar.csv", {"PUSKESMAS", "Kecamatan"}, FacilityType::Puskesmas},
        {"daftar.csv", {"Nama Pustu", "Puskesmas induk"}, FacilityType::Pustu},
        {"daftar.csv", {"nama", "desa", "latitude"}, std::nullopt},
        {"rspuskesmas.csv", {"nama"}, std::nullopt},   // whole words only
    };
    for (const auto& c : cases) {
        const FacilityTypeGuess g = guessFacilityType(QString::fromUtf8(c.file), c.headers);
        EXPECT_EQ(g.type, c.expected) << c.file << " " << c.headers.join(',').toStdString();
        EXPECT_FALSE(g.reason.isEmpty());
    }
}

TEST(ImportSummary, CountsOutcomesInReportOrderAndListsRowsToCheck)
{
    FacilityImportResult r;
    r.file = QStringLiteral("/x/posyandu.csv");
    const Outcome outcomes[] = {Outcome::Estimated, Outcome::Exact, Outcome::Unmatched, Outcome::Exact, Outcome::Flagged};
    for (size_t i = 0; i < std::size(outcomes); ++i) {
        RowReport row;
        row.row = static_cast<qint64>(i) + 2;
        row.outcome = outcomes[i];
        row.coordinateRejected = i == 0;
        r.rows.push_back(row);
    }
    const ImportSummary s = summarizeImport(r);
    EXPECT_EQ(s.fileName, QStringLiteral("posyandu.csv"));
    EXPECT_EQ(s.rows, 5);
    ASSERT_EQ(s.outcomes.size(), 4u);
    EXPECT_EQ(s.outcomes[0].outcome, Outcome::Exact);
    EXPECT_EQ(s.outcomes[0].count, 2);
    EXPECT_EQ(s.outcomes[1].outcome, Outcome::Flagged);
    EXPECT_EQ(s.outcomes[2].outcome, Outcome::Estimated);
    EXPECT_EQ(s.outcomes[3].outcome, Outcome::Unmatched);
    EXPECT_EQ(s.rejectedCoordinates, 1);
    EXPECT_EQ(s.needingReview, (std::vector<size_t>{0, 2, 4}));
    EXPECT_EQ(defaultReportPath(QStringLiteral("/p/proj.sqlite"), QStringLiteral("/d/posyandu.csv")),
              QStringLiteral("/p/posyandu_laporan_geocoding.csv"));
    const QString text = summaryText(s, r, 1);
    EXPECT_TRUE(text.contains(QStringLiteral("... dan 2 baris lain"))) << text.toStdString();
}
