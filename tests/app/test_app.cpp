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
#include "CanvasOverlay.h"
#include "CoverageRun.h"
#include "EditHistory.h"
#include "LayersPanel.h"
#include "LonLat.h"
#include "MapState.h"
#include "AttributeTableExport.h"
#include "PeriodSelector.h"
#include "io/BoundaryImporter.h"
#include "io/IndicatorImporter.h"
#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include "geocode/FacilityFix.h"
#include "render/MapSpec.h"
#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QTableWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>
#include "SearchIndex.h"
#include "core/Catalogue.h"
#include "core/Error.h"
#include "core/Locale.h"
#include "core/Paths.h"
#include "core/Project.h"
#include <QApplication>
#include <QJsonDocument>
#include <QLineEdit>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QRegularExpression>
#include <QTableView>
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
    void fixUndoRedoAndHistory();
    void moveAsksForConfirmation();
    void mapStateRestoredOnReopen();
    void exportCurrentViewWithAnalysisLayer();
    void staleAnalysisBanner();
    void levelWithoutDataIsSaid();
    void levelAboveDrawnFromStoredBoundaries();
    void reachCirclesOnlyOfShownLayers_data();
    void reachCirclesOnlyOfShownLayers();
    void helpWithoutDisplay();
    void reviewSortsFiltersAndSuggests();
    void niceTrendTicks_data();
    void niceTrendTicks();
    void periodComboShowsLabelsAndTheWeighingMonth();
    void attributeTableExportsTheCliTable();
    void trendPositionsAndLabels_data();
    void trendPositionsAndLabels();

private:
    QString monthlyProject();   // the Banyuasin copy with February and August 2025 weighings (built once)
    QString m_monthlyProject;
    QString coverageProject();   // Banyuasin with population and posyandu (built once)
    QString projectCopy(const QString& name);   // a fresh copy of the Banyuasin project to change
    void shoot(QWidget* w, const QString& name);   // kept in $PETASEHAT_SHOT_DIR when set
    QTemporaryDir m_dir;
    QString m_coverageProject;
    QString m_project;
    bool m_haveData = false;
};

void TestApp::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PetaSehatTest"));
    QStandardPaths::setTestModeEnabled(true);   // QSettings away from the user's
    // The officer's name is asked once in a dialog; tests answer it beforehand.
    setOfficerName(QStringLiteral("Petugas Uji"));
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
        QCOMPARE(f->updatedBy, officerName(nullptr, false));   // the officer, not the OS account
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

QString TestApp::coverageProject()
{
    if (m_coverageProject.isEmpty()) {
        const QString path = m_dir.filePath(QStringLiteral("coverage.petasehat"));
        if (pstest::buildBanyuasinProjectForCoverage(path))
            m_coverageProject = path;
    }
    return m_coverageProject;
}

QString TestApp::projectCopy(const QString& name)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".petasehat"));
    return QFile::copy(m_project, path) ? path : QString();
}

void TestApp::shoot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("PETASEHAT_SHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(QDir(dir).filePath(name));
}

// Answers the next message box with this object name (clicking the button
// with this text), keeping its text; the box is modal, so this runs from a timer.
static QTimer* answerBox(const QString& objectName, const QString& buttonText, QString* text)
{
    auto* t = new QTimer;
    t->setInterval(20);
    QObject::connect(t, &QTimer::timeout, t, [=] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            auto* box = qobject_cast<QMessageBox*>(w);
            if (!box || box->objectName() != objectName || !box->isVisible())
                continue;
            *text = box->text();
            for (QAbstractButton* b : box->buttons())
                if (b->text() == buttonText) {
                    t->stop();
                    b->click();
                    t->deleteLater();
                    return;
                }
        }
    });
    t->start();
    return t;
}

// Two located pustu in different desa of different kecamatan: a move from the first to the second.
static std::pair<Facility, Facility> twoPustu(Project& p)
{
    std::optional<Facility> a;
    for (const Facility& f : p.facilities()) {
        if (f.type != FacilityType::Pustu || f.status != FacilityStatus::Exact || !f.lon)
            continue;
        if (!a)
            a = f;
        else if (f.kecamatanCode != a->kecamatanCode)
            return {*a, f};
    }
    return {};
}

void TestApp::fixUndoRedoAndHistory()
{
    if (!m_haveData)
        QSKIP("../shared/data is absent: test needs the shared sample data");
    const QString path = projectCopy(QStringLiteral("undo"));
    QVERIFY(!path.isEmpty());
    setOfficerName(QStringLiteral("Siti Rahma"));   // asked once, then remembered
    QCOMPARE(officerName(nullptr, false), QStringLiteral("Siti Rahma"));
    MainWindow w;
    QVERIFY(w.openProject(path, true));
    const auto [a, b] = twoPustu(*w.project());
    QVERIFY(a.id > 0 && b.id > 0);
    GeocodeReviewPanel* review = w.geocodeReview();
    QVERIFY2(review->applyPoint(a.id, *b.lon, *b.lat), qPrintable(review->lastError()));
    QCOMPARE(review->undoStack()->count(), 1);
    auto moved = w.project()->facility(a.id);
    QCOMPARE(moved->desaCode, b.desaCode);
    QCOMPARE(moved->updatedBy, QStringLiteral("Siti Rahma"));

    // Ctrl+Z in the window (the Edit menu's action) puts it back; Ctrl+Shift+Z again.
    auto* undo = w.findChild<QAction*>(QStringLiteral("undoAction"));
    auto* redo = w.findChild<QAction*>(QStringLiteral("redoAction"));
    QVERIFY(undo && redo);
    QVERIFY(undo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Z)));
    QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    undo->trigger();
    auto back = w.project()->facility(a.id);
    QCOMPARE(back->desaCode, a.desaCode);
    QCOMPARE(back->status, a.status);
    QVERIFY(qAbs(*back->lon - *a.lon) < 1e-9 && qAbs(*back->lat - *a.lat) < 1e-9);
    redo->trigger();
    QCOMPARE(w.project()->facility(a.id)->desaCode, b.desaCode);
    undo->trigger();

    // The history: who, when, before, after, for each step; viewable per facility.
    const auto history = geocode::facilityHistory(*w.project(), a.id);
    QCOMPARE(history.size(), size_t(4));
    QCOMPARE(history[0].action, QStringLiteral("fix"));
    QCOMPARE(history[1].action, QStringLiteral("undo"));
    QCOMPARE(history[2].action, QStringLiteral("redo"));
    for (const auto& e : history) {
        QCOMPARE(e.by, QStringLiteral("Siti Rahma"));
        QVERIFY(!e.at.isEmpty());
    }
    QCOMPARE(history[0].before.value(QStringLiteral("desa")).toString(), a.desaCode);
    QCOMPARE(history[0].after.value(QStringLiteral("desa")).toString(), b.desaCode);
    FacilityHistoryDialog dlg(*w.project(), a.id);
    QCOMPARE(dlg.rowCount(), 4);
    dlg.show();
    shoot(&dlg, QStringLiteral("history.png"));
    // Another project: the stack does not carry the old project's commands.
    QVERIFY(w.openProject(m_project, true));
    QCOMPARE(review->undoStack()->count(), 0);
}

void TestApp::moveAsksForConfirmation()
{
    if (!m_haveData)
        QSKIP("../shared/data is absent: test needs the shared sample data");
    const QString path = projectCopy(QStringLiteral("move"));
    QVERIFY(!path.isEmpty());
    setOfficerName(QStringLiteral("Siti Rahma"));
    MainWindow w;
    QVERIFY(w.openProject(path, true));
    const auto [a, b] = twoPustu(*w.project());
    QVERIFY(a.id > 0);
    std::map<QString, QString> names;
    for (AdminLevel l : {AdminLevel::Kecamatan, AdminLevel::Desa})
        for (const AdminArea& x : w.project()->areas(l, false))
            names[x.code] = x.name;

    // Cancel: nothing saved, nothing on the undo stack.
    QString text;
    answerBox(QStringLiteral("moveConfirmation"), QStringLiteral("Batal"), &text);
    QVERIFY(!w.geocodeReview()->moveFacility(a.id, *b.lon, *b.lat));
    QVERIFY2(text.contains(a.name), qPrintable(text));
    QVERIFY2(text.contains(placeLabel(a.desaCode, a.kecamatanCode, names)), qPrintable(text));
    QVERIFY2(text.contains(placeLabel(b.desaCode, b.kecamatanCode, names)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("kecamatan lain")), qPrintable(text));
    QCOMPARE(w.project()->facility(a.id)->desaCode, a.desaCode);
    QCOMPARE(w.geocodeReview()->undoStack()->count(), 0);
    QVERIFY(geocode::facilityHistory(*w.project(), a.id).empty());

    // Confirm: saved, undoable.
    answerBox(QStringLiteral("moveConfirmation"), QStringLiteral("Pindahkan"), &text);
    QVERIFY(w.geocodeReview()->moveFacility(a.id, *b.lon, *b.lat));
    QCOMPARE(w.project()->facility(a.id)->desaCode, b.desaCode);
    QCOMPARE(w.geocodeReview()->undoStack()->count(), 1);
}

void TestApp::mapStateRestoredOnReopen()
{
    if (!m_haveData)
        QSKIP("../shared/data is absent: test needs the shared sample data");
    const QString path = projectCopy(QStringLiteral("state"));
    QVERIFY(!path.isEmpty());
    MapState saved;
    {
        MainWindow w;
        w.resize(1400, 900);
        QVERIFY(w.openProject(path, true));
        w.setLevel(AdminLevel::Desa);
        w.setIndicator(QStringLiteral("stunting"), 2022);
        w.layersPanel()->setVisible(LayerId::Posyandu, true);
        w.layersPanel()->setVisible(LayerId::Pustu, false);
        w.selectArea(w.currentMap()->features->features().front().code, true);   // zoomed in
        saved = w.currentMapState();
        QVERIFY(w.saveMapAs(QStringLiteral("rapat stunting")));
        w.close();   // the last view is saved with the project
    }
    MainWindow again;
    again.resize(1400, 900);
    QVERIFY(again.openProject(path, true));
    const MapState restored = again.currentMapState();
    QCOMPARE(restored.indicator, QStringLiteral("stunting"));
    QCOMPARE(restored.period, 2022);
    QCOMPARE(restored.level, AdminLevel::Desa);
    QCOMPARE(restored.layers.size(), saved.layers.size());
    for (size_t i = 0; i < saved.layers.size(); ++i) {
        QCOMPARE(restored.layers[i].id, saved.layers[i].id);
        QCOMPARE(restored.layers[i].visible, saved.layers[i].visible);
    }
    QVERIFY(qAbs(restored.extent.center().x() - saved.extent.center().x()) < 1);
    QVERIFY(qAbs(restored.extent.width() - saved.extent.width()) < 1);
    // The named map renders from the CLI's side too (render --map NAME).
    auto p = Project::open(path, true);
    const ps::render::MapSpec spec = ps::render::savedMapSpec(*p, QStringLiteral("rapat stunting"));
    QCOMPARE(spec.indicator, QStringLiteral("stunting"));
    QCOMPARE(spec.periods, std::vector<int>{2022});
    QCOMPARE(spec.level, AdminLevel::Desa);
    QVERIFY(std::find(spec.facilityTypes.begin(), spec.facilityTypes.end(), FacilityType::Posyandu) != spec.facilityTypes.end());
    QVERIFY(std::find(spec.facilityTypes.begin(), spec.facilityTypes.end(), FacilityType::Pustu) == spec.facilityTypes.end());
    bool threw = false;
    try {
        ps::render::savedMapSpec(*p, QStringLiteral("tidak ada"));
    } catch (const ps::Error& e) {
        threw = e.message().contains(QStringLiteral("rapat stunting"));   // names what is there
    }
    QVERIFY(threw);
}

static int countNear(const QImage& img, const QColor& c, int tolerance)
{
    int n = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x) {
            const QRgb p = img.pixel(x, y);
            n += qAbs(qRed(p) - c.red()) + qAbs(qGreen(p) - c.green()) + qAbs(qBlue(p) - c.blue()) <= tolerance;
        }
    return n;
}

void TestApp::exportCurrentViewWithAnalysisLayer()
{
    if (!m_haveData || coverageProject().isEmpty())
        QSKIP("../shared/data is absent: test needs the shared sample data");
    MainWindow w;
    w.resize(1500, 950);
    w.show();
    QVERIFY(w.openProject(coverageProject(), true));
    ps::analysis::CoverageParams params;
    params.proposeCount = 5;
    const qint64 run = w.runCoverage(params);   // progress dialog, worker thread
    QVERIFY(run > 0);
    QVERIFY(w.staleBanner()->isHidden());
    // The first proposed site, zoomed in: the view is a few km around it.
    auto st = w.project()->db().prepare("SELECT X(geom), Y(geom) FROM proposed_site WHERE run_id = ?1 ORDER BY rank LIMIT 1");
    st.bind(1, static_cast<std::int64_t>(run));
    QVERIFY(st.step());
    ps::render::MapBuilder builder(*w.project());
    const QPointF site = LonLatTransform(builder.crs(QString())).toMap(st.real(0), st.real(1));
    w.canvas()->setExtent(QRectF(site.x() - 6000, site.y() - 4000, 12000, 8000));
    QTRY_VERIFY_WITH_TIMEOUT(w.canvas()->isIdle() && w.canvas()->hasImage(), 60000);
    shoot(&w, QStringLiteral("underserved_window.png"));

    ExportDialog d(builder, w.exportSpec(), &w, w.screenView());
    d.setPreset(QStringLiteral("slide-1080"));
    d.setCurrentViewOnly(true);
    // The page shows the screen's view, not the whole district.
    const QRectF shown = w.canvas()->settings().visibleExtent();
    QVERIFY(qAbs(d.page().panels.at(0).extent.width() - shown.width()) < 1);
    const QString png = m_dir.filePath(QStringLiteral("underserved_view.png"));
    QVERIFY(d.exportTo(png, true));
    const QImage img(png);
    QCOMPARE(img.size(), ps::render::pagePreset(QStringLiteral("slide-1080"))->pixels());
    // Proposed site symbol (purple diamond) and underserved score classes (YlOrRd) on the page.
    QVERIFY2(countNear(img, QColor(118, 42, 131), 30) > 40, "no proposed-site symbol in the exported view");
    const int scoreColours = countNear(img, QColor(255, 255, 178), 20) + countNear(img, QColor(254, 204, 92), 20) +
                             countNear(img, QColor(253, 141, 60), 20) + countNear(img, QColor(240, 59, 32), 20) +
                             countNear(img, QColor(189, 0, 38), 20);
    QVERIFY2(scoreColours > 20000, qPrintable(QString::number(scoreColours)));
    QVERIFY(w.defaultExportName().startsWith(QStringLiteral("kurang_terlayani")));
    if (!qEnvironmentVariableIsEmpty("PETASEHAT_SHOT_DIR"))
        QFile::copy(png, QDir(qEnvironmentVariable("PETASEHAT_SHOT_DIR")).filePath(QStringLiteral("underserved_export.png")));
}

void TestApp::staleAnalysisBanner()
{
    if (!m_haveData || coverageProject().isEmpty())
        QSKIP("../shared/data is absent: test needs the shared sample data");
    QCOMPARE(analysisIsStale(QStringLiteral("2026-11-01T08:00:00Z"), QStringLiteral("2026-11-01T08:00:05Z")), true);
    QCOMPARE(analysisIsStale(QStringLiteral("2026-11-01T08:00:05Z"), QStringLiteral("2026-11-01T08:00:05Z")), false);
    QCOMPARE(analysisIsStale(QString(), QStringLiteral("2026-11-01T08:00:05Z")), false);
    setOfficerName(QStringLiteral("Siti Rahma"));
    MainWindow w;
    w.show();
    QVERIFY(w.openProject(coverageProject(), true));
    if (!ps::analysis::latestRun(*w.project()))
        QVERIFY(w.runCoverage({}) > 0);
    QVERIFY(w.staleBanner()->isHidden());
    QTest::qWait(1100);   // the fix must fall in a later second than the run's start (ISO times to the second)
    const auto [a, b] = twoPustu(*w.project());
    QVERIFY(w.geocodeReview()->applyPoint(a.id, *b.lon, *b.lat));
    QVERIFY(w.staleBanner()->isVisible());
    QVERIFY(w.staleBanner()->message().contains(QStringLiteral("lebih lama")));
    shoot(&w, QStringLiteral("stale_banner.png"));
    const qint64 before = ps::analysis::latestRun(*w.project())->id;
    auto* rerun = w.staleBanner()->findChild<QPushButton*>(QStringLiteral("rerunButton"));
    QVERIFY(rerun);
    rerun->click();   // one click: the same parameters again
    QVERIFY(ps::analysis::latestRun(*w.project())->id > before);
    QVERIFY(w.staleBanner()->isHidden());
}

// Banyuasin's indicators are per kecamatan: the desa level has none, and the window says
// so (naming the levels that have data) instead of showing an all-"no data" map.
void TestApp::levelWithoutDataIsSaid()
{
    if (!m_haveData)
        QSKIP("../shared/data is absent: test needs the shared sample data");
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    QVERIFY(w.openProject(m_project, true));
    w.setIndicator(QStringLiteral("stunting"), 2023);
    w.setLevel(AdminLevel::Kecamatan);
    QVERIFY(w.noDataBanner()->isHidden());
    w.setLevel(AdminLevel::Desa);
    QVERIFY(w.noDataBanner()->isVisible());
    QVERIFY2(w.noDataBanner()->text().contains(QStringLiteral("Kecamatan")), qPrintable(w.noDataBanner()->text()));
    QVERIFY(w.noDataBanner()->text().contains(QStringLiteral("2023")));
    shoot(&w, QStringLiteral("no_data_banner.png"));
    w.setLevel(AdminLevel::Kecamatan);
    QVERIFY(w.noDataBanner()->isHidden());
}

// Share of the outline's vertices (every 20th) with a dark pixel (the heavy
// level-above line, RGB 35) within 2 px in the canvas as shown.
static double darkAlong(MainWindow& w, const ps::render::ProjectedFeature& f)
{
    const QImage img = w.canvas()->grab().toImage();
    int n = 0, dark = 0;
    for (size_t k = 0; k + 1 < f.xy.size(); k += 40) {
        const QPoint c = w.canvas()->mapToWidget(QPointF(f.xy[k], f.xy[k + 1])).toPoint();
        if (!img.rect().adjusted(3, 3, -3, -3).contains(c))
            continue;
        ++n;
        bool found = false;
        for (int dy = -2; dy <= 2 && !found; ++dy)
            for (int dx = -2; dx <= 2 && !found; ++dx)
                found = qMax(qMax(qRed(img.pixel(c.x() + dx, c.y() + dy)), qGreen(img.pixel(c.x() + dx, c.y() + dy))),
                             qBlue(img.pixel(c.x() + dx, c.y() + dy))) < 80;
        dark += found;
    }
    return n ? double(dark) / n : 0.0;
}

// The level above on screen: the kabupaten boundary imported with the
// kecamatan is drawn as the heavy line over the kecamatan choropleth (as on
// exported maps); without it, no kabupaten line is made up from the kecamatan
// on screen (a dissolve's sliver edges read as false boundaries when zoomed in).
void TestApp::levelAboveDrawnFromStoredBoundaries()
{
    if (!m_haveData)
        QSKIP("../shared/data is absent: test needs the shared sample data");
    const QString withKab = projectCopy(QStringLiteral("with_kabupaten"));
    {
        auto project = Project::open(withKab);
        ps::io::BoundaryImportOptions kab;
        kab.layer = QStringLiteral("kabupaten");
        kab.codePrefix = QStringLiteral("16.07");
        ps::io::importBoundaries(*project, ps::sharedDataDir() + QStringLiteral("/boundaries/indonesia_admin.gpkg"), kab);
    }
    auto heavyOutlines = [](MainWindow& w) {
        QStringList codes;
        for (const auto& a : w.canvas()->layers().areas)
            if (a.fills.empty() && a.strokeWidthPt >= 1.5 && a.features)
                for (const auto& f : a.features->features())
                    codes << f.code;
        return codes;
    };
    std::optional<ps::render::ProjectedFeature> kabupaten;
    double darkWith = 0, darkWithout = 1;
    for (const QString& path : {withKab, m_project}) {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(w.openProject(path, true));
        w.setIndicator(QStringLiteral("stunting"), 2023);
        w.setLevel(AdminLevel::Kecamatan);
        w.canvas()->zoomToFull();
        QTRY_VERIFY_WITH_TIMEOUT(w.canvas()->isIdle() && w.canvas()->hasImage(), 60000);
        if (path == withKab) {
            QCOMPARE(heavyOutlines(w), QStringList{QStringLiteral("16.07")});
            for (const auto& a : w.canvas()->layers().areas)
                if (a.fills.empty() && a.strokeWidthPt >= 1.5)
                    kabupaten = a.features->features().front();
            darkWith = darkAlong(w, *kabupaten);
            shoot(&w, QStringLiteral("level_above_stored.png"));
        } else {
            QVERIFY2(heavyOutlines(w).isEmpty(), qPrintable(heavyOutlines(w).join(QLatin1Char(','))));
            darkWithout = darkAlong(w, *kabupaten);
        }
    }
    qInfo("dark along the kabupaten outline: %.2f with, %.2f without stored boundaries", darkWith, darkWithout);
    QVERIFY2(darkWith > 0.8, qPrintable(QString::number(darkWith)));
    QVERIFY2(darkWithout < 0.2, qPrintable(QString::number(darkWithout)));
}

void TestApp::reachCirclesOnlyOfShownLayers_data()
{
    QTest::addColumn<bool>("layerOn");
    QTest::addColumn<bool>("selected");
    QTest::addColumn<bool>("drawn");
    QTest::newRow("layer on") << true << false << true;
    QTest::newRow("layer off") << false << false << false;
    QTest::newRow("layer off, the selected facility") << false << true << true;
}

// Zoomed in, the reach circle of every facility in view, but only of the types
// whose layer is on: hiding puskesmas hides their circles too.
void TestApp::reachCirclesOnlyOfShownLayers()
{
    QFETCH(bool, layerOn);
    QFETCH(bool, selected);
    QFETCH(bool, drawn);
    CanvasOverlay overlay;
    overlay.setPoints({{7, QPointF(500, 500), 300, 0, false, FacilityType::Puskesmas}});
    overlay.setShownTypes(layerOn ? std::set<FacilityType>{FacilityType::Puskesmas} : std::set<FacilityType>{});
    overlay.setSelected(selected ? 7 : 0);
    ps::render::MapSettings view;
    view.crs = QStringLiteral("EPSG:32748");
    view.extent = QRectF(0, 0, 1000, 1000);   // 5 m per pixel: zoomed in
    view.outputSize = QSizeF(200, 200);
    QImage img(200, 200, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::white);
    {
        QPainter p(&img);
        overlay.paint(p, view, 1.0);
    }
    int green = 0;   // the circle's pixels (radius 60 px around the centre)
    for (int a = 0; a < 360; a += 10) {
        const QPoint q(100 + qRound(60 * std::cos(a * M_PI / 180)), 100 + qRound(60 * std::sin(a * M_PI / 180)));
        for (int d = -1; d <= 1; ++d)
            if (qGreen(img.pixel(q.x() + d, q.y())) > qRed(img.pixel(q.x() + d, q.y())) + 30) {
                ++green;
                break;
            }
    }
    QCOMPARE(green > 30, drawn);
}

void TestApp::helpWithoutDisplay()
{
    QProcess proc;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    proc.setProcessEnvironment(env);
    proc.start(QStringLiteral(PETASEHAT_DESKTOP_EXE), {QStringLiteral("--help")});
    QVERIFY(proc.waitForFinished(30000));
    QCOMPARE(proc.exitCode(), 0);
    QVERIFY(proc.readAllStandardOutput().contains("--run-coverage"));
}

void TestApp::reviewSortsFiltersAndSuggests()
{
    if (!m_haveData)
        QSKIP("../shared/data is absent: test needs the shared sample data");
    const QString path = projectCopy(QStringLiteral("review"));
    QVERIFY(!path.isEmpty());
    qint64 unmatched = 0, estimated = 0;
    {
        auto p = Project::open(path);
        Facility f;
        f.type = FacilityType::Posyandu;
        f.name = QStringLiteral("Posyandu Melati");
        f.status = FacilityStatus::Unmatched;
        f.raw = QStringLiteral(R"({"nama":"Posyandu Melati","desa":"Sungsan 4","kecamatan":"Banyuasin II"})");
        unmatched = p->insertFacility(f);
        for (const Facility& e : p->facilities())
            if (e.status == FacilityStatus::Estimated && e.lon)
                estimated = e.id;
    }
    QVERIFY(estimated > 0);
    MainWindow w;
    w.resize(1400, 900);
    QVERIFY(w.openProject(path, true));
    GeocodeReviewPanel* review = w.geocodeReview();
    // An unmatched row offers the desa it probably means, with scores.
    review->selectFacility(unmatched);
    QCOMPARE(review->selectedFacility(), unmatched);
    QCOMPARE(GeocodeReviewPanel::typedDesaName(*w.project()->facility(unmatched)), QStringLiteral("Sungsan 4"));
    QVERIFY(review->candidateCount() > 0);
    auto* candidates = review->findChild<QListWidget*>(QStringLiteral("candidates"));
    QVERIFY(candidates->item(0)->text().contains(QStringLiteral("Sungsang IV"), Qt::CaseInsensitive));
    // Filter by status: only unmatched rows stay visible.
    auto* table = review->findChild<QTableWidget*>(QStringLiteral("reviewTable"));
    auto* status = review->findChild<QComboBox*>(QStringLiteral("statusFilter"));
    status->setCurrentIndex(status->findData(QString(FacilityStatus::Unmatched)));
    int visible = 0;
    for (int r = 0; r < table->rowCount(); ++r)
        if (!table->isRowHidden(r)) {
            ++visible;
            QCOMPARE(table->item(r, 2)->text(), GeocodeReviewPanel::statusLabel(FacilityStatus::Unmatched));
        }
    QVERIFY(visible >= 1);
    status->setCurrentIndex(0);
    // Sorting by name keeps each row's facility (selection follows the id, not the row number).
    table->sortByColumn(0, Qt::DescendingOrder);
    review->selectFacility(estimated);
    QCOMPARE(review->selectedFacility(), estimated);
    // Selecting a row centres the map on that facility.
    const auto f = w.project()->facility(estimated);
    const QPointF m = LonLatTransform(ps::render::MapBuilder(*w.project()).crs(QString())).toMap(*f->lon, *f->lat);
    const QPointF c = w.canvas()->settings().visibleExtent().center();
    QVERIFY2(std::hypot(c.x() - m.x(), c.y() - m.y()) < 50, qPrintable(QStringLiteral("%1 m off").arg(std::hypot(c.x() - m.x(), c.y() - m.y()))));
    shoot(&w, QStringLiteral("review.png"));
}

void TestApp::niceTrendTicks_data()
{
    QTest::addColumn<double>("lo");
    QTest::addColumn<double>("hi");
    QTest::addColumn<QList<double>>("ticks");
    QTest::newRow("percent up to 91") << 0.0 << 91.0 << QList<double>{0, 50, 100};
    QTest::newRow("prevalence 0-11") << 0.0 << 11.0 << QList<double>{0, 5, 10, 15};
    QTest::newRow("small rates") << 0.0 << 0.9 << QList<double>{0, 0.5, 1.0};
    QTest::newRow("exact") << 0.0 << 20.0 << QList<double>{0, 5, 10, 15, 20};
}

void TestApp::niceTrendTicks()
{
    QFETCH(double, lo);
    QFETCH(double, hi);
    QFETCH(QList<double>, ticks);
    const std::vector<double> got = niceTicks(lo, hi);
    QCOMPARE(static_cast<qsizetype>(got.size()), ticks.size());
    for (qsizetype i = 0; i < ticks.size(); ++i)
        QVERIFY2(qAbs(got[i] - ticks[i]) < 1e-9, qPrintable(QString::number(got[i])));
}

// Kecamatan 16.07.01 and 16.07.02 weighed in February and August 2025 (stunted of measured).
QString TestApp::monthlyProject()
{
    if (!m_monthlyProject.isEmpty())
        return m_monthlyProject;
    const QString path = projectCopy(QStringLiteral("bulanan"));
    const QString csv = m_dir.filePath(QStringLiteral("stunting_bulanan.csv"));
    QFile f(csv);
    f.open(QIODevice::WriteOnly);
    f.write("Kode Kecamatan,Kecamatan,Tahun,Bulan,Balita Diukur,Balita Stunting\n"
            "16.07.01,Banyuasin I,2025,Februari,1000,100\n"
            "16.07.01,Banyuasin I,2025,Agustus,1000,80\n"
            "16.07.02,Banyuasin II,2025,Feb,500,50\n"
            "16.07.02,Banyuasin II,2025,Agt,400,60\n");
    f.close();
    auto p = Project::open(path);
    ps::io::importIndicators(*p, csv, {});
    m_monthlyProject = path;
    return path;
}

// The period combo: human labels, never a stored key such as 202508; a year of the
// point-in-time stunting count names the weighing month it shows, as the CLI does.
void TestApp::periodComboShowsLabelsAndTheWeighingMonth()
{
    if (!m_haveData)
        QSKIP("../shared/data is absent: test needs the shared sample data");
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    QVERIFY(w.openProject(monthlyProject(), true));
    w.setIndicator(QStringLiteral("stunting"));
    QCOMPARE(w.period(), 202508);   // the latest by time (not the largest key of 2024's year)
    auto* box = w.findChild<QComboBox*>(QStringLiteral("periodBox"));
    QVERIFY(box);
    QCOMPARE(box->currentText(), QStringLiteral("Agustus 2025"));
    QStringList items;
    for (int i = 0; i < box->count(); ++i)
        items << box->itemText(i);
    for (const QString& t : items)
        QVERIFY2(!QRegularExpression(QStringLiteral("\\d{5,}")).match(t).hasMatch(), qPrintable(items.join(QStringLiteral(" | "))));
    QVERIFY2(items.contains(QStringLiteral("Februari 2025")), qPrintable(items.join(QStringLiteral(" | "))));
    QVERIFY(items.contains(QStringLiteral("Semester 1 2025 (Februari 2025)")));
    QVERIFY(items.contains(QStringLiteral("2025 (Agustus 2025)")));
    QVERIFY(items.contains(QStringLiteral("2023")));
    auto* note = w.findChild<QLabel*>(QStringLiteral("periodNote"));
    QVERIFY(note);
    QVERIFY(note->isHidden());   // a month is itself
    // The year: August, named beside the combo; the table holds August's numbers (80 of 1000).
    w.setIndicator(QStringLiteral("stunting"), 2025);
    QCOMPARE(box->currentText(), QStringLiteral("2025 (Agustus 2025)"));
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("Agustus 2025")), qPrintable(note->text()));
    QVERIFY(note->toolTip().contains(QStringLiteral("bukan jumlah")));
    auto* table = w.findChild<QTableView*>(QStringLiteral("attributeTable"));
    QVERIFY(table);
    bool found = false;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        if (table->model()->index(r, 0).data().toString() == QLatin1String("16.07.01")) {
            QCOMPARE(table->model()->index(r, 2).data().toString(), ps::formatNumber(8.0, 2));
            found = true;
        }
    QVERIFY(found);
    QTest::qWait(1500);   // the canvas draws off the GUI thread
    shoot(&w, QStringLiteral("period_combo_year.png"));
    // Choosing in the combo as a user does: February.
    const int feb = box->findData(202502);
    QVERIFY(feb >= 0);
    box->setCurrentIndex(feb);
    emit box->activated(feb);
    QCOMPARE(w.period(), 202502);
    QVERIFY(note->isHidden());
    box->showPopup();
    QTest::qWait(1500);
    shoot(&w, QStringLiteral("period_combo_open.png"));
    if (QWidget* popup = box->view()->window())
        shoot(popup, QStringLiteral("period_combo_popup.png"));
    box->hidePopup();
    // Another indicator keeps the period when it has it, else shows its latest.
    w.setIndicator(QStringLiteral("k6"), w.period());
    QCOMPARE(w.period(), 2024);
}

// The attribute table's export is `petasehat table`: the same function, the same file.
void TestApp::attributeTableExportsTheCliTable()
{
    if (!m_haveData)
        QSKIP("../shared/data is absent: test needs the shared sample data");
    MainWindow w;
    w.show();
    QVERIFY(w.openProject(monthlyProject(), true));
    w.setIndicator(QStringLiteral("stunting"), 2025);
    QVERIFY(w.findChild<QPushButton*>(QStringLiteral("exportTableButton")));
    const QString xlsx = m_dir.filePath(QStringLiteral("tabel_desktop.xlsx"));
    const QString csv = m_dir.filePath(QStringLiteral("tabel_desktop.csv"));
    QCOMPARE(exportIndicatorTable(*w.project(), w.indicator(), w.period(), AdminLevel::Kecamatan, {}, xlsx), 21);
    QCOMPARE(exportIndicatorTable(*w.project(), w.indicator(), w.period(), AdminLevel::Kecamatan, {}, csv), 21);
    // The XLSX read back through GDAL: numbers are numbers, the period used is named.
    GDALDatasetUniquePtr ds(GDALDataset::Open(xlsx.toUtf8().constData(), GDAL_OF_VECTOR));
    QVERIFY(ds);
    OGRLayer* l = ds->GetLayer(0);
    bool found = false;
    for (auto& f : *l)
        if (QString::fromUtf8(f->GetFieldAsString("kode")) == QLatin1String("16.07.01")) {
            found = true;
            QCOMPARE(f->GetFieldAsDouble("pembilang"), 80.0);
            QCOMPARE(f->GetFieldAsDouble("penyebut"), 1000.0);
            QCOMPARE(f->GetFieldAsDouble("nilai"), 8.0);
            QCOMPARE(QString::fromUtf8(f->GetFieldAsString("periode")), QStringLiteral("Agustus 2025"));
            QVERIFY(f->GetFieldIndex("induk") >= 0);   // empty here: the test project has no kabupaten boundary
            QVERIFY(!QString::fromUtf8(f->GetFieldAsString("kelas")).isEmpty());
        }
    QVERIFY(found);
    // The CLI's table of the same map: byte for byte the same CSV.
    const QString cliCsv = m_dir.filePath(QStringLiteral("tabel_cli.csv"));
    QProcess cli;
    cli.start(QStringLiteral(PETASEHAT_CLI), {QStringLiteral("table"), monthlyProject(), QStringLiteral("--indicator"), QStringLiteral("stunting"),
                                              QStringLiteral("--period"), QStringLiteral("2025"), QStringLiteral("--out"), cliCsv});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    QFile a(csv), b(cliCsv);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(a.readAll(), b.readAll());
    // A level without data: an error naming the levels that have it, no file.
    const QString desa = m_dir.filePath(QStringLiteral("tabel_desa.csv"));
    try {
        exportIndicatorTable(*w.project(), w.indicator(), w.period(), AdminLevel::Desa, {}, desa);
        QFAIL("a desa table of kecamatan data must be refused");
    } catch (const ps::Error& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("kecamatan")), e.what());
    }
    QVERIFY(!QFile::exists(desa));
}

void TestApp::trendPositionsAndLabels_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<double>("position");
    QTest::addColumn<QString>("label");
    QTest::newRow("year") << 2024 << 2024.0 << QStringLiteral("2024");
    QTest::newRow("february") << 202402 << 2024 + 3 / 24.0 << QStringLiteral("Feb 24");
    QTest::newRow("august") << 202408 << 2024 + 15 / 24.0 << QStringLiteral("Agu 24");
    QTest::newRow("semester 2") << 202432 << 2024 + 18 / 24.0 << QStringLiteral("S2 24");
}

void TestApp::trendPositionsAndLabels()
{
    QFETCH(int, key);
    QFETCH(double, position);
    QFETCH(QString, label);
    QCOMPARE(trendPosition(key), position);
    QCOMPARE(trendLabel(key), label);
}

QTEST_MAIN(TestApp)
#include "test_app.moc"
