// The demo as the README runs it, past the import: `petasehat analyze coverage`
// on the demo project, then the coverage and underserved templates drawn
// through the cartography engine, checked pixel by pixel against an
// independent computation (geodesic distance to the nearest posyandu).
#include "CliRun.h"
#include "core/Gdal.h"
#include "core/Geodesy.h"
#include "core/Paths.h"
#include "core/Project.h"
#include "io/demo/DemoProject.h"
#include "render/Export.h"
#include "render/MapBuilder.h"
#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <cmath>

using namespace ps;
using namespace ps::render;

namespace {

using pstest::CliRun;

CliRun petasehat(const QStringList& args) { return pstest::runProgram(QStringLiteral(PETASEHAT_CLI), args); }

QPoint pagePixel(const Page& page, const QSize& px, double dpi, const QPointF& map)
{
    const PageGeometry g = layoutPage(QSizeF(px), dpi, page);
    const MapSettings s = panelSettings(g, page, 0, dpi);
    const QPointF p = s.toPixel(map) + g.mapFrames.at(0).topLeft();
    return QPoint(static_cast<int>(std::floor(p.x())), static_cast<int>(std::floor(p.y())));
}

bool near(QRgb a, const QColor& b, int tol = 3)
{
    return std::abs(qRed(a) - b.red()) <= tol && std::abs(qGreen(a) - b.green()) <= tol && std::abs(qBlue(a) - b.blue()) <= tol;
}

class DemoAnalysis : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_dir = std::make_unique<QTemporaryDir>();
        s_demo = petasehat({QStringLiteral("demo"), s_dir->path()});
        s_project = s_dir->filePath(QStringLiteral("demo.sqlite"));
        s_csv = s_dir->filePath(QStringLiteral("peringkat.csv"));
        s_analyze = petasehat({QStringLiteral("analyze"), QStringLiteral("coverage"), s_project, QStringLiteral("--propose"),
                               QStringLiteral("5"), QStringLiteral("--csv"), s_csv});
    }
    static void TearDownTestSuite() { s_dir.reset(); }
    static MapSpec shipped(const char* name) { return loadMapSpec(QDir(ps::mapsDir()).filePath(QString::fromLatin1(name))); }

    static inline std::unique_ptr<QTemporaryDir> s_dir;
    static inline CliRun s_demo, s_analyze;
    static inline QString s_project, s_csv;
};

} // namespace

TEST_F(DemoAnalysis, AnalyzeCoveragePrintsTheRunAndWritesTheRankingCsv)
{
    ASSERT_EQ(s_demo.code, 0) << s_demo.err.toStdString();
    ASSERT_EQ(s_analyze.code, 0) << s_analyze.err.toStdString();
    EXPECT_TRUE(s_analyze.out.contains(QStringLiteral("Analisis tersimpan: run 1"))) << s_analyze.out.toStdString();
    EXPECT_TRUE(s_analyze.out.contains(QStringLiteral("posyandu       1.000 m"))) << s_analyze.out.toStdString();
    // The demo has no poskesdes: said so, not shown as 0% coverage.
    EXPECT_TRUE(s_analyze.out.contains(QStringLiteral("poskesdes    (tidak ada fasilitas"))) << s_analyze.out.toStdString();
    EXPECT_TRUE(s_analyze.out.contains(QStringLiteral("Usulan lokasi posyandu baru"))) << s_analyze.out.toStdString();

    // The CSV, read back through GDAL: one row per desa/kelurahan, ranks 1..n, numbers unquoted.
    ps::initGdal();
    GDALDatasetUniquePtr ds(GDALDataset::Open(s_csv.toUtf8().constData(), GDAL_OF_VECTOR));
    ASSERT_TRUE(ds);
    OGRLayer* l = ds->GetLayer(0);
    auto p = Project::open(s_project, true);
    const auto counts = p->areaCountsByLevel();
    EXPECT_EQ(l->GetFeatureCount(), counts.at("desa") + counts.at("kelurahan"));
    int expected = 1;
    for (auto& f : *l) {
        EXPECT_EQ(f->GetFieldAsInteger("peringkat"), expected++);
        EXPECT_GE(f->GetFieldAsDouble("skor"), 0.0);
        EXPECT_LE(f->GetFieldAsDouble("skor"), 100.0);
    }
    QFile raw(s_csv);
    ASSERT_TRUE(raw.open(QIODevice::ReadOnly));
    raw.readLine();
    EXPECT_TRUE(raw.readLine().startsWith("1,")) << "numbers are not quoted";

    // The reach is a project setting; a second run uses it and is stored beside the first, not over it.
    EXPECT_NE(petasehat({QStringLiteral("settings"), s_project, QStringLiteral("reach_posyandu_m"), QStringLiteral("-5")}).code, 0);
    const CliRun set = petasehat({QStringLiteral("settings"), s_project, QStringLiteral("reach_posyandu_m"), QStringLiteral("500")});
    ASSERT_EQ(set.code, 0) << set.err.toStdString();
    const CliRun again = petasehat({QStringLiteral("analyze"), QStringLiteral("coverage"), s_project, QStringLiteral("--types"),
                                    QStringLiteral("posyandu")});
    ASSERT_EQ(again.code, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("run 2")));
    EXPECT_TRUE(again.out.contains(QStringLiteral("posyandu         500 m"))) << again.out.toStdString();
    EXPECT_TRUE(petasehat({QStringLiteral("info"), s_project}).out.contains(QStringLiteral("no. 2")));
    auto reread = Project::open(s_project, true);
    EXPECT_EQ(reread->db().scalarInt("SELECT count(*) FROM analysis_run"), 2);
    // Bad options: a clear message, non-zero exit, nothing stored.
    const CliRun bad = petasehat({QStringLiteral("analyze"), QStringLiteral("coverage"), s_project, QStringLiteral("--reach"),
                                  QStringLiteral("posyandu=satu")});
    EXPECT_NE(bad.code, 0);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("--reach"))) << bad.err.toStdString();
    EXPECT_EQ(Project::open(s_project, true)->db().scalarInt("SELECT count(*) FROM analysis_run"), 2);
}

TEST_F(DemoAnalysis, CoverageMapIsGreenWithinOneKilometreOfAPosyanduAndSandBeyond)
{
    ASSERT_EQ(s_analyze.code, 0) << s_analyze.err.toStdString();
    auto p = Project::open(s_project, true);
    MapSpec spec = shipped("jangkauan_posyandu.json");
    spec.runId = 1;            // the run with the 1 km default (a later test run may add others)
    spec.labels = false;       // labels and symbols would hide the land under them
    spec.facilities = false;
    MapBuilder b(*p);
    const BuiltMap m = b.build(spec);
    EXPECT_TRUE(m.page.title.contains(QStringLiteral("Jangkauan posyandu")));
    EXPECT_TRUE(m.page.sourceLine.contains(QStringLiteral("no. 1"))) << m.page.sourceLine.toStdString();
    const PagePreset preset = *pagePreset(QStringLiteral("slide-1080"));
    const QImage img = renderPageImage(m.page, preset);

    std::vector<std::pair<double, double>> posyandu;
    for (const Facility& f : p->facilities(FacilityType::Posyandu))
        if (f.lon && f.lat)
            posyandu.push_back({*f.lon, *f.lat});
    ASSERT_GT(posyandu.size(), 400u);
    const QColor green(65, 171, 93), sand(247, 236, 205);
    // Sample a lon/lat grid over the kabupaten; keep points inside a desa, away from the 1 km edge.
    const QRectF ext = p->extent(QStringLiteral("99.01"));
    const auto desa = b.areas(AdminLevel::Desa, QString());
    Transformer toMap(QStringLiteral("EPSG:4326"), m.page.panels[0].crs);
    int inside = 0, outside = 0, wrong = 0;
    for (double lat = ext.top() + 0.004; lat < ext.bottom(); lat += 0.011)
        for (double lon = ext.left() + 0.004; lon < ext.right(); lon += 0.011) {
            double nearest = 1e18;
            for (const auto& [x, y] : posyandu)
                nearest = std::min(nearest, geodesicDistanceM(lon, lat, x, y));
            if (nearest > 880 && nearest < 1120)
                continue;
            double x = lon, y = lat;
            ASSERT_TRUE(toMap.forward(x, y));
            const QPoint px = pagePixel(m.page, img.size(), preset.dpi, QPointF(x, y));
            const QRgb c = img.pixel(px);
            if (!near(c, green, 8) && !near(c, sand, 8))
                continue;   // outside the kabupaten, or on a boundary line
            const bool expectGreen = nearest <= 880;
            (expectGreen ? inside : outside)++;
            if (near(c, green, 8) != expectGreen)
                ++wrong;
        }
    EXPECT_GT(inside, 100);
    EXPECT_GT(outside, 100);
    EXPECT_EQ(wrong, 0) << inside << " inside, " << outside << " outside";
}

TEST_F(DemoAnalysis, UnderservedMapColoursEachDesaByItsScoreClassAndNumbersTheSites)
{
    ASSERT_EQ(s_analyze.code, 0) << s_analyze.err.toStdString();
    auto p = Project::open(s_project, true);
    MapSpec spec = shipped("kurang_terlayani.json");
    spec.runId = 1;
    spec.labels = false;
    spec.facilities = false;
    MapBuilder b(*p);
    const BuiltMap m = b.build(spec);
    const PagePreset preset = *pagePreset(QStringLiteral("slide-1080"));
    const QImage img = renderPageImage(m.page, preset);
    ASSERT_EQ(m.classColors.size(), 5u);
    // Each desa's interior point has its score class colour, except where a
    // proposed site's symbol or the heavy underserved outline sits.
    int checked = 0, matched = 0;
    for (int i = 0; i < m.features->size(); ++i) {
        const int k = m.featureClass[i];
        ASSERT_GE(k, 0) << m.features->features()[i].code.toStdString();
        const QPoint px = pagePixel(m.page, img.size(), preset.dpi, m.features->features()[i].interiorPoint);
        ++checked;
        matched += near(img.pixel(px), m.classColors[k]);
    }
    EXPECT_EQ(checked, m.features->size());
    EXPECT_GE(matched, checked - 5);
    // Legend: five score classes with counts adding up to every desa, the underserved set, the 5 sites.
    int total = 0;
    for (const LegendItem& it : m.page.legend[0].items)
        if (!it.outline.isValid() && !it.hatched)
            total += it.count;
    EXPECT_EQ(total, m.features->size());
    ASSERT_GE(m.page.legend.size(), 2u);
    EXPECT_EQ(m.page.legend[1].items.at(0).count, 5);
    const auto& points = m.page.panels[0].layers.points;
    ASSERT_FALSE(points.empty());
    EXPECT_EQ(points.back().labels, (std::vector<QString>{"1", "2", "3", "4", "5"}));
}

TEST_F(DemoAnalysis, EveryShippedTemplateRendersThroughTheCli)
{
    ASSERT_EQ(s_analyze.code, 0) << s_analyze.err.toStdString();
    const QDir maps(ps::mapsDir());
    const QStringList files = maps.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    ASSERT_GE(files.size(), 8);
    for (const QString& name : files) {
        const bool atlas = loadMapSpec(maps.filePath(name)).atlas.size() > 0;
        const QString out = s_dir->filePath(QFileInfo(name).baseName() + (atlas ? QStringLiteral(".pdf") : QStringLiteral(".png")));
        const CliRun r = petasehat({QStringLiteral("render"), s_project, QStringLiteral("--template"), maps.filePath(name),
                                    QStringLiteral("--out"), out});
        EXPECT_EQ(r.code, 0) << name.toStdString() << ": " << r.err.toStdString();
        if (!atlas) {
            const QImage img(out);
            EXPECT_EQ(img.size(), QSize(1920, 1080)) << name.toStdString();
        }
    }
}

// `analyze coverage --period`: the burden (stunting) of the ranking comes from the period asked,
// named in the output; a year of monthly weighings uses its latest month; an unknown period stops.
TEST_F(DemoAnalysis, AnalyzePeriodPicksTheStuntingMonthAndNamesIt)
{
    ASSERT_EQ(s_demo.code, 0) << s_demo.err.toStdString();
    const QString copy = s_dir->filePath(QStringLiteral("bulanan.sqlite"));
    ASSERT_TRUE(QFile::copy(s_project, copy));
    QString kec;
    {
        auto p = Project::open(copy, true);
        kec = p->areas(AdminLevel::Kecamatan, false).front().code;
    }
    // One kecamatan weighed in February and August 2030 (later than the demo's years):
    // 40 of 200 (20 %) and 10 of 200 (5 %).
    const QString csv = s_dir->filePath(QStringLiteral("stunting_bulanan.csv"));
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("Kode Kecamatan,Tahun,Bulan,Balita Diukur,Balita Stunting\n%1,2030,Februari,200,40\n%1,2030,Agustus,200,10\n")
                .arg(kec).toUtf8());
    f.close();
    const CliRun imp = petasehat({QStringLiteral("import"), QStringLiteral("indicators"), copy, csv});
    ASSERT_EQ(imp.code, 0) << imp.err.toStdString() << imp.out.toStdString();

    const int before = static_cast<int>(Project::open(copy, true)->db().scalarInt("SELECT count(*) FROM analysis_run"));
    auto analyze = [&](const QString& period) {
        return petasehat({QStringLiteral("analyze"), QStringLiteral("coverage"), copy, QStringLiteral("--types"), QStringLiteral("posyandu"),
                          QStringLiteral("--no-area"), QStringLiteral("--level"), QStringLiteral("kecamatan"), QStringLiteral("--top"),
                          QStringLiteral("100"), QStringLiteral("--period"), period});
    };
    const CliRun feb = analyze(QStringLiteral("2030-02"));
    ASSERT_EQ(feb.code, 0) << feb.err.toStdString();
    EXPECT_TRUE(feb.out.contains(QStringLiteral("Beban stunting dari periode Februari 2030"))) << feb.out.toStdString();
    auto rowOf = [&](const QString& out) {
        for (const QString& line : out.split(QLatin1Char('\n')))
            if (line.mid(4).startsWith(kec + QLatin1Char(' ')))
                return line;
        return QString();
    };
    EXPECT_TRUE(rowOf(feb.out).contains(QStringLiteral(" 20,0"))) << rowOf(feb.out).toStdString();
    // The year: August (5 %), never February + August (12.5 %); the month is named.
    const CliRun year = analyze(QStringLiteral("2030"));
    ASSERT_EQ(year.code, 0) << year.err.toStdString();
    EXPECT_TRUE(year.out.contains(QStringLiteral("Beban stunting dari periode Agustus 2030"))) << year.out.toStdString();
    EXPECT_TRUE(year.out.contains(QStringLiteral("bulan pengukuran terakhir"))) << year.out.toStdString();
    EXPECT_TRUE(rowOf(year.out).contains(QStringLiteral("  5,0"))) << rowOf(year.out).toStdString();
    auto p = Project::open(copy, true);
    EXPECT_EQ(p->db().scalarInt("SELECT count(*) FROM analysis_run"), before + 2);

    const CliRun none = analyze(QStringLiteral("2019-08"));
    EXPECT_NE(none.code, 0);
    EXPECT_TRUE(none.err.contains(QStringLiteral("2030-08"))) << none.err.toStdString();
    const CliRun bad = analyze(QStringLiteral("Agustus"));
    EXPECT_NE(bad.code, 0);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("--period"))) << bad.err.toStdString();
    EXPECT_EQ(Project::open(copy, true)->db().scalarInt("SELECT count(*) FROM analysis_run"), before + 2) << "nothing stored";
}
