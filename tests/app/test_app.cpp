// Desktop map view acceptance: the Banyuasin project in the real window
// (offscreen platform), clicks through the real canvas, real SpatiaLite.
#include "BanyuasinProject.h"
#include "Dialogs.h"
#include "render/Layout.h"
#include "GeocodeReviewPanel.h"
#include "IdentifyPanel.h"
#include "LegendWidget.h"
#include "MainWindow.h"
#include "MapCanvas.h"
#include "SearchIndex.h"
#include "core/Catalogue.h"
#include "core/Locale.h"
#include "core/Paths.h"
#include "core/Project.h"
#include <QApplication>
#include <QJsonDocument>
#include <QLineEdit>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <set>

using namespace ps;
using namespace ps::app;

class TestApp : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void searchIndexNormalisesLikeGeocoding_data();
    void searchIndexNormalisesLikeGeocoding();
    void clickKecamatanShowsItsValues();
    void searchFindsSungsangIV();
    void reopeningAProjectKeepsItsData();
    void geocodeFixPersistsAfterReopen();
    void screenshotUnderXvfb();
    void exportDialogPreviewAndPng();

private:
    QTemporaryDir m_dir;
    QString m_project;
    bool m_haveData = false;
};

void TestApp::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PetaSehatTest"));
    QStandardPaths::setTestModeEnabled(true);   // QSettings away from the user's
    ps::setLanguage(QStringLiteral("id"));
    m_project = m_dir.filePath(QStringLiteral("banyuasin.petasehat"));
    m_haveData = pstest::buildBanyuasinProject(m_project);
    if (m_haveData && !qEnvironmentVariableIsEmpty("PETASEHAT_KEEP_PROJECT"))
        QFile::copy(m_project, qEnvironmentVariable("PETASEHAT_KEEP_PROJECT"));
}

void TestApp::searchIndexNormalisesLikeGeocoding_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");
    QTest::newRow("roman as digit") << "sungsang 4" << "SUNGSANG IV";
    QTest::newRow("prefix and case") << "Ds. sungsang iv" << "SUNGSANG IV";
    QTest::newRow("kecamatan prefix") << "Kec. Banyuasin 2" << "BANYUASIN II";
    QTest::newRow("abbreviation") << "Tj. Lago" << "TANJUNG LAGO";
    QTest::newRow("partial word") << "talang kela" << "TALANG KELAPA";
}

void TestApp::searchIndexNormalisesLikeGeocoding()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    SearchIndex idx;
    for (const char* n : {"SUNGSANG I", "SUNGSANG II", "SUNGSANG III", "SUNGSANG IV", "TANJUNG LAGO", "TALANG KELAPA"})
        idx.add({SearchEntry::Desa, QString::fromLatin1(n), QString::fromLatin1(n), {}, {}});
    idx.add({SearchEntry::Kecamatan, QStringLiteral("16.07.02"), QStringLiteral("BANYUASIN II"), {}, {}});
    const auto hits = idx.find(query);
    QVERIFY2(!hits.empty(), qPrintable(query));
    QCOMPARE(hits.front().name, expected);
}

static QString titleCase(const QString& upper)
{
    QStringList words = upper.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString& w : words)
        w[0] = w[0].toUpper();
    return words.join(QLatin1Char(' '));
}

void TestApp::clickKecamatanShowsItsValues()
{
    if (!m_haveData)
        QSKIP("../shared/data is absent: test needs the shared sample data");
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openProject(m_project, true));
    w.setIndicator(QStringLiteral("stunting"), 2023);
    QCOMPARE(w.period(), 2023);
    QTRY_VERIFY_WITH_TIMEOUT(w.canvas()->hasImage() && !w.canvas()->isRendering(), 20000);

    // A known kecamatan: Talang Kelapa (16.07.05 in Kepmendagri 2025 codes), found by name.
    auto project = Project::open(m_project, true);
    std::optional<AdminArea> kec;
    for (const AdminArea& a : project->areas(AdminLevel::Kecamatan, false))
        if (a.name.compare(QStringLiteral("Talang Kelapa"), Qt::CaseInsensitive) == 0)
            kec = a;
    QVERIFY(kec);
    const auto* map = w.currentMap();
    QVERIFY(map);
    const int i = map->features->indexOf(kec->code);
    QVERIFY(i >= 0);
    const QPointF pos = w.canvas()->mapToWidget(map->features->features()[i].interiorPoint);
    QVERIFY(w.canvas()->rect().contains(pos.toPoint()));
    QTest::mouseClick(w.canvas(), Qt::LeftButton, {}, pos.toPoint());

    const IdentifyResult& r = w.identifyPanel()->result();
    QCOMPARE(r.title, titleCase(kec->name));
    QVERIFY(r.subtitle.contains(kec->code));
    // The values the store holds for 2023, as the panel must show them.
    const IndicatorDef* def = Catalogue::standard().indicator(QStringLiteral("stunting"));
    const auto vals = project->valuesByLevel(QStringLiteral("stunting"), 2023, AdminLevel::Kecamatan, def->scale, kec->code);
    QCOMPARE(vals.size(), size_t(1));
    QVERIFY(vals[0].value && vals[0].numerator && vals[0].denominator);
    const QString text = w.identifyPanel()->text();
    QVERIFY2(text.contains(ps::formatNumber(*vals[0].value, 2) + QStringLiteral(" %")), qPrintable(text));
    QVERIFY2(text.contains(ps::formatNumber(*vals[0].numerator, 0)), qPrintable(text));
    QVERIFY2(text.contains(ps::formatNumber(*vals[0].denominator, 0)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2023")), qPrintable(text));
    // Values across years: every year (2021–2024 in the sample) whose report is complete.
    size_t years = 0;
    for (int y : project->periods(QStringLiteral("stunting")))
        for (const AreaValue& v : project->valuesByLevel(QStringLiteral("stunting"), y, AdminLevel::Kecamatan, def->scale, kec->code))
            years += v.value.has_value();
    QVERIFY(years >= 3);
    QCOMPARE(r.trend.size(), years);
    QCOMPARE(r.trend.front().first, 2021);
    // Legend shows the classes of the map.
    QVERIFY(!w.legend()->groups().empty());
}

void TestApp::searchFindsSungsangIV()
{
    if (!m_haveData)
        QSKIP("../shared/data is absent: test needs the shared sample data");
    MainWindow w;
    QVERIFY(w.openProject(m_project, true));
    QTest::keyClicks(w.searchBox(), QStringLiteral("sungsang 4"));
    const auto hits = w.search(w.searchBox()->text());
    QVERIFY(!hits.empty());
    QCOMPARE(hits.front().name.toUpper(), QStringLiteral("SUNGSANG IV"));
    QCOMPARE(hits.front().kind, SearchEntry::Desa);
    // Listed once (desa and kelurahan are one village level).
    QCOMPARE(std::count_if(hits.begin(), hits.end(), [&](const SearchEntry& e) { return e.code == hits.front().code; }), 1L);
    // Clicking the result selects the desa and shows it.
    w.selectArea(hits.front().code, true);
    QVERIFY(w.identifyPanel()->result().title.compare(QStringLiteral("Sungsang IV"), Qt::CaseInsensitive) == 0);
}

void TestApp::reopeningAProjectKeepsItsData()
{
    if (!m_haveData)
        QSKIP("../shared/data is absent: test needs the shared sample data");
    MainWindow w;
    QVERIFY(w.openProject(m_project, true));
    w.setIndicator(QStringLiteral("stunting"), 2022);
    // Another indicator keeps the year it has.
    w.setIndicator(QStringLiteral("k6"), w.period());
    QCOMPARE(w.period(), 2022);
    // Opening again (as after an import or from the recent list) shows data, not "no data" everywhere.
    QVERIFY(w.openProject(m_project, true));
    QVERIFY(w.currentMap());
    const auto& cls = w.currentMap()->featureClass;
    QVERIFY(std::count_if(cls.begin(), cls.end(), [](int k) { return k >= 0; }) >= 18);
    QVERIFY(w.period() > 0);
}

void TestApp::geocodeFixPersistsAfterReopen()
{
    if (!m_haveData)
        QSKIP("../shared/data is absent: test needs the shared sample data");
    const QString path = m_dir.filePath(QStringLiteral("fix.petasehat"));
    QVERIFY(QFile::copy(m_project, path));
    QString sungsang;
    qint64 id = 0;
    {
        auto p = Project::open(path);
        for (const AdminArea& a : p->areas(AdminLevel::Desa, false))
            if (a.name.compare(QStringLiteral("Sungsang IV"), Qt::CaseInsensitive) == 0)
                sungsang = a.code;
        Facility f;
        f.type = FacilityType::Posyandu;
        f.name = QStringLiteral("Posyandu Melati");
        f.status = FacilityStatus::Unmatched;
        f.note = QStringLiteral("desa 'Sungsan 4' tidak ditemukan");
        id = p->insertFacility(f);
    }
    QVERIFY(!sungsang.isEmpty());
    {
        MainWindow w;
        QVERIFY(w.openProject(path, true));
        GeocodeReviewPanel* review = w.geocodeReview();
        const auto ids = review->facilityIds();
        QVERIFY(std::find(ids.begin(), ids.end(), id) != ids.end());
        review->selectFacility(id);
        QCOMPARE(review->selectedFacility(), id);
        QVERIFY2(review->applyDesa(sungsang), qPrintable(review->lastError()));
    }
    {
        auto p = Project::open(path, true);
        const auto f = p->facility(id);
        QVERIFY(f);
        QCOMPARE(f->status, FacilityStatus::Manual);
        QCOMPARE(f->desaCode, sungsang);
        QVERIFY(f->lon && f->lat);
        QCOMPARE(f->updatedBy, osUserName());
        QVERIFY(!f->updatedAt.isEmpty());
    }
    MainWindow again;
    QVERIFY(again.openProject(path, true));
    const auto ids = again.geocodeReview()->facilityIds();
    QVERIFY(std::find(ids.begin(), ids.end(), id) == ids.end());
}

void TestApp::screenshotUnderXvfb()
{
    if (!m_haveData)
        QSKIP("../shared/data is absent: test needs the shared sample data");
    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("xvfb-run"));
    if (xvfb.isEmpty())
        QSKIP("xvfb-run is not installed (scripts/setup.sh --with-tests)");
    const QString exe = QStringLiteral(PETASEHAT_DESKTOP_EXE);
    const QString png = m_dir.filePath(QStringLiteral("screen.png"));
    QProcess proc;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));   // a real X server this time
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));   // fresh settings
    proc.setProcessEnvironment(env);
    proc.start(xvfb, {QStringLiteral("-a"), QStringLiteral("-s"), QStringLiteral("-screen 0 1600x1000x24"), exe, m_project,
                      QStringLiteral("--screenshot"), png, QStringLiteral("--indicator"), QStringLiteral("stunting"),
                      QStringLiteral("--period"), QStringLiteral("2023")});
    QVERIFY(proc.waitForFinished(120000));
    QVERIFY2(proc.exitCode() == 0, proc.readAllStandardError().constData());
    QImage img(png);
    QVERIFY(!img.isNull());
    // Where the canvas and the legend are, written by the app beside the PNG.
    QFile f(png + QStringLiteral(".json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    auto rectOf = [&](const char* key) {
        const QJsonObject r = o.value(QLatin1String(key)).toObject();
        return QRect(r[QStringLiteral("x")].toInt(), r[QStringLiteral("y")].toInt(), r[QStringLiteral("w")].toInt(),
                     r[QStringLiteral("h")].toInt());
    };
    const QRect canvas = rectOf("canvas"), legend = rectOf("legend");
    QVERIFY(canvas.width() > 400 && canvas.height() > 300);
    QVERIFY(legend.width() > 50 && legend.height() > 50);
    // Map area not blank: many colours, and a good share of it differs from the background.
    std::set<QRgb> colours;
    int nonBackground = 0, samples = 0;
    for (int y = canvas.top(); y < canvas.bottom(); y += 4)
        for (int x = canvas.left(); x < canvas.right(); x += 4) {
            const QRgb c = img.pixel(x, y);
            colours.insert(c);
            ++samples;
            if (qAbs(qRed(c) - 250) + qAbs(qGreen(c) - 250) + qAbs(qBlue(c) - 247) > 30)
                ++nonBackground;
        }
    QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    QVERIFY2(nonBackground > samples / 5, qPrintable(QStringLiteral("%1 of %2").arg(nonBackground).arg(samples)));
    // Legend visible: saturated swatch pixels (class colours) and dark text inside the legend rectangle.
    int coloured = 0, dark = 0;
    for (int y = legend.top(); y < legend.bottom(); ++y)
        for (int x = legend.left(); x < legend.right(); ++x) {
            const QColor c = QColor::fromRgb(img.pixel(x, y));
            if (c.saturation() > 60 && c.value() > 80)
                ++coloured;
            if (c.value() < 80)
                ++dark;
        }
    QVERIFY2(coloured > 500, qPrintable(QString::number(coloured)));
    QVERIFY2(dark > 200, qPrintable(QString::number(dark)));
    if (!qEnvironmentVariableIsEmpty("PETASEHAT_KEEP_SCREENSHOT"))
        QFile::copy(png, qEnvironmentVariable("PETASEHAT_KEEP_SCREENSHOT"));
}

void TestApp::exportDialogPreviewAndPng()
{
    if (!m_haveData)
        QSKIP("../shared/data is absent: test needs the shared sample data");
    auto project = Project::open(m_project, true);
    ps::render::MapBuilder builder(*project);
    ps::render::MapSpec spec;
    spec.indicator = QStringLiteral("stunting");
    spec.periods = {2023};
    spec.preset = QStringLiteral("slide-1080");
    ExportDialog d(builder, spec);
    QVERIFY(!d.preview().isNull());
    QVERIFY(d.preview().width() > d.preview().height());   // 16:9 slide
    const QString png = m_dir.filePath(QStringLiteral("export.png"));
    QVERIFY(d.exportTo(png, true));
    const QImage img(png);
    QCOMPARE(img.size(), ps::render::pagePreset(QStringLiteral("slide-1080"))->pixels());
}

QTEST_MAIN(TestApp)
#include "test_app.moc"
