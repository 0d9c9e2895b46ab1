// Acceptance of the geocoding issue on sample/banyuasin against truth/facilities_truth.csv.
#include "GeocodeTestSupport.h"
#include "TestSupport.h"
#include "core/Geodesy.h"
#include "geocode/FacilityImport.h"
#include "io/TableReader.h"
#include <QHash>
#include <QSet>
#include <iostream>

using namespace ps;
using namespace ps::geocode;

namespace {

struct Truth {
    QString type, desa, kind;
    double lat = 0, lon = 0;
};

struct Imported {
    QString file;
    RowReport row;
};

class Banyuasin : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        if (ps::sharedDataDir().isEmpty())
            return;
        s_dir = new QTemporaryDir;
        s_project = pstest::banyuasinProject(s_dir->filePath("banyuasin.sqlite")).release();
        s_project->setSetting("population_raster", pstest::shared("sample/banyuasin/population_100m.tif"));
        const std::pair<const char*, FacilityType> files[] = {{"puskesmas.csv", FacilityType::Puskesmas},
                                                              {"pustu.csv", FacilityType::Pustu},
                                                              {"posyandu.csv", FacilityType::Posyandu}};
        for (const auto& [name, type] : files) {
            FacilityImportOptions o;
            o.type = type;
            o.reportPath = s_dir->filePath(QStringLiteral("laporan_%1").arg(QString::fromLatin1(name)));
            const QString path = pstest::shared(QStringLiteral("sample/banyuasin/") + QString::fromLatin1(name));
            const FacilityImportResult r = importFacilities(*s_project, path, o);
            for (const RowReport& row : r.rows)
                s_rows.push_back({QString::fromLatin1(name), row});
        }
        const io::Table t = io::readTable(pstest::shared("sample/banyuasin/truth/facilities_truth.csv"));
        for (const QStringList& row : t.rows) {
            Truth tr{row[t.column("jenis")], row[t.column("desa_kode")], row[t.column("coord_kind")]};
            tr.lat = row[t.column("lat")].toDouble();
            tr.lon = row[t.column("lon")].toDouble();
            s_truth.insert(row[t.column("kode")], tr);
        }
    }
    static void TearDownTestSuite()
    {
        delete s_project;
        delete s_dir;
        s_rows.clear();
    }
    void SetUp() override { PS_REQUIRE_SHARED_DATA(); }

    static double errorM(const RowReport& r, const Truth& t)
    {
        return geodesicDistanceM(*r.facility.lon, *r.facility.lat, t.lon, t.lat);
    }

    static inline QTemporaryDir* s_dir = nullptr;
    static inline Project* s_project = nullptr;
    static inline std::vector<Imported> s_rows;
    static inline QHash<QString, Truth> s_truth;
};

TEST_F(Banyuasin, NoWrongDesaAndAtLeast99PercentAssigned)
{
    int withDesa = 0, assigned = 0, wrong = 0, unplaced = 0;
    for (const Imported& i : s_rows) {
        const RowReport& r = i.row;
        ASSERT_TRUE(s_truth.contains(r.code)) << r.code.toStdString();
        const Truth& t = s_truth[r.code];
        if (r.outcome == Outcome::Duplicate || t.desa.isEmpty())
            continue;
        ++withDesa;
        if (r.outcome == Outcome::Ambiguous || r.outcome == Outcome::Unmatched) {
            ++unplaced;
            std::cout << "  not assigned: " << i.file.toStdString() << " row " << r.row << " " << r.code.toStdString()
                      << " [" << r.desaText.toStdString() << " / " << r.kecamatanText.toStdString()
                      << "]: " << r.reason.toStdString() << "\n";
            continue;
        }
        if (r.facility.desaCode == t.desa) {
            ++assigned;
        } else {
            ++wrong;
            ADD_FAILURE() << "wrong desa for " << r.code.toStdString() << " (" << r.desaText.toStdString() << "): got "
                          << r.facility.desaCode.toStdString() << ", truth " << t.desa.toStdString() << " — "
                          << r.reason.toStdString();
        }
    }
    const double precision = assigned + wrong > 0 ? 100.0 * assigned / (assigned + wrong) : 0;
    const double recall = 100.0 * assigned / withDesa;
    std::cout << "Banyuasin desa matching: " << withDesa << " rows with an existing desa, " << assigned
              << " assigned correctly, " << wrong << " wrong, " << unplaced << " ambiguous/unmatched; precision "
              << precision << "%, assigned " << recall << "%\n";
    EXPECT_EQ(wrong, 0);
    EXPECT_GE(recall, 99.0);
}

TEST_F(Banyuasin, NonExistentDesaUnmatchedAndDuplicatesReported)
{
    int unknown = 0;
    QHash<QString, int> seen;
    int duplicatesExpected = 0, duplicatesReported = 0;
    for (const Imported& i : s_rows) {
        const RowReport& r = i.row;
        if (seen[r.code]++ > 0)
            ++duplicatesExpected;
        if (r.outcome == Outcome::Duplicate)
            ++duplicatesReported;
        if (s_truth[r.code].kind == QLatin1String("unknown_desa")) {
            ++unknown;
            EXPECT_EQ(r.outcome, Outcome::Unmatched) << r.code.toStdString();
            EXPECT_FALSE(r.facility.lon.has_value());
        }
    }
    std::cout << "unknown desa rows: " << unknown << "; duplicate rows: " << duplicatesExpected << " in input, "
              << duplicatesReported << " reported\n";
    EXPECT_EQ(unknown, 3);
    EXPECT_GT(duplicatesExpected, 0);
    EXPECT_EQ(duplicatesReported, duplicatesExpected);
    // Every duplicate's first occurrence is stored once, the repeat is not.
    QHash<QString, int> stored;
    for (const Facility& f : s_project->facilities())
        ++stored[f.code];
    for (auto it = stored.begin(); it != stored.end(); ++it)
        EXPECT_EQ(it.value(), 1) << it.key().toStdString();
}

TEST_F(Banyuasin, GarbledCoordinatesRecoveredAndZeroRejected)
{
    QHash<QString, double> worst;
    QHash<QString, int> counts;
    for (const Imported& i : s_rows) {
        const RowReport& r = i.row;
        if (r.outcome == Outcome::Duplicate)
            continue;
        const Truth& t = s_truth[r.code];
        if (t.kind == QLatin1String("zero")) {
            ++counts[t.kind];
            EXPECT_TRUE(r.coordinateRejected) << r.code.toStdString();
            EXPECT_NE(r.outcome, Outcome::Exact);
            if (r.facility.lon) {
                EXPECT_GT(std::abs(*r.facility.lon), 90.0);
            }
            continue;
        }
        if (t.kind != QLatin1String("swapped") && t.kind != QLatin1String("decimal_comma") &&
            t.kind != QLatin1String("dms") && t.kind != QLatin1String("sign_flipped") && t.kind != QLatin1String("ok"))
            continue;
        ++counts[t.kind];
        ASSERT_TRUE(r.facility.lon.has_value()) << r.code.toStdString() << ": " << r.reason.toStdString();
        const double e = errorM(r, t);
        worst[t.kind] = std::max(worst.value(t.kind), e);
        EXPECT_EQ(r.outcome, t.kind == QLatin1String("ok") ? Outcome::Exact : Outcome::Repaired)
            << r.code.toStdString() << " " << t.kind.toStdString() << ": " << r.reason.toStdString();
        // DMS written to 0.1" is only good to ±0.05" (≈1.5 m per axis): the truth itself cannot be met closer.
        const double limit = t.kind == QLatin1String("dms") ? 0.05 / 3600.0 * 111320.0 * std::sqrt(2.0) : 1.0;
        EXPECT_LE(e, limit) << r.code.toStdString() << " " << t.kind.toStdString();
    }
    for (auto it = counts.begin(); it != counts.end(); ++it)
        std::cout << "coord kind " << it.key().toStdString() << ": " << it.value() << " rows, worst error "
                  << worst.value(it.key()) << " m\n";
    EXPECT_EQ(counts.value("zero"), 11);
}

TEST_F(Banyuasin, NothingFartherThan5kmUnlessEstimatedWithCoveringRadius)
{
    int estimated = 0, covered = 0;
    double worstRatio = 0;
    for (const Imported& i : s_rows) {
        const RowReport& r = i.row;
        const Truth& t = s_truth[r.code];
        if (r.outcome == Outcome::Duplicate || !r.facility.lon || t.desa.isEmpty())
            continue;
        const double e = errorM(r, t);
        if (r.outcome == Outcome::Estimated) {
            ++estimated;
            ASSERT_TRUE(r.facility.uncertaintyM.has_value());
            EXPECT_TRUE(r.facility.method == "desa_population_peak" || r.facility.method == "desa_interior_point");
            if (e <= *r.facility.uncertaintyM)
                ++covered;
            else
                ADD_FAILURE() << r.code.toStdString() << ": error " << e << " m beyond radius " << *r.facility.uncertaintyM;
            worstRatio = std::max(worstRatio, e / *r.facility.uncertaintyM);
        } else {
            EXPECT_LE(e, 5000.0) << r.code.toStdString() << " " << outcomeName(r.outcome).toStdString();
        }
    }
    std::cout << "estimated: " << estimated << ", radius covers the truth for " << covered
              << "; worst error/radius " << worstRatio << "\n";
    EXPECT_GT(estimated, 300);
}

TEST_F(Banyuasin, StoreHoldsUnplacedRowsWithRawFieldsAndReportFiles)
{
    int unplaced = 0;
    for (const Facility& f : s_project->facilities()) {
        if (f.status == FacilityStatus::Unmatched || f.status == FacilityStatus::Ambiguous ||
            f.status == FacilityStatus::Rejected) {
            ++unplaced;
            EXPECT_FALSE(f.lon.has_value());
            EXPECT_TRUE(f.raw.startsWith('{')) << f.raw.toStdString();
            EXPECT_TRUE(f.raw.contains("desa")) << f.raw.toStdString();
        }
        EXPECT_GT(f.importId, 0);
        EXPECT_GT(f.sourceRow, 1);
    }
    EXPECT_GE(unplaced, 3);
    const io::Table report = io::readTable(s_dir->filePath("laporan_posyandu.csv"));
    EXPECT_EQ(report.rows.size(), 689u);
    EXPECT_GE(report.column("hasil"), 0);
    EXPECT_GE(report.column("alasan"), 0);
    EXPECT_EQ(s_project->db().scalarInt("SELECT count(*) FROM import_log WHERE kind = 'facilities'"), 3);
}

} // namespace
