// The real MapCanvas at province scale: the Jawa Tengah desa layer (8,563 desa)
// with 51,880 facility points, full province and 4x zoom (offscreen platform).
// Every pan/zoom step is answered at once by the previous frame moved to the
// new view with a busy sign; superseded renders are cancelled; the finished
// frame is the map of the current view; the legend changes with the map, never
// before it. Frame times are printed by bench_app, not asserted here.
#include "MapCanvas.h"
#include "ProvinceLayers.h"
#include "core/Paths.h"
#include "render/MapRenderer.h"
#include <QApplication>
#include <QtTest>

using namespace ps;
using namespace ps::app;

class TestCanvasProvince : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void stepShowsPreviousFrameMovedAndBusySign_data();
    void stepShowsPreviousFrameMovedAndBusySign();
    void supersededRendersCancelledAndFinalFrameIsTheView();
    void legendChangesOnlyWithTheMap();

private:
    bool waitIdle(int ms = 180000) { return QTest::qWaitFor([&] { return m_canvas->isIdle() && m_canvas->hasImage(); }, ms); }
    void show(double zoom);
    pstest::ProvinceLayers m_data;
    std::unique_ptr<MapCanvas> m_canvas;
};

void TestCanvasProvince::initTestCase()
{
    if (ps::sharedDataDir().isEmpty())
        QSKIP("../shared/data is absent: test needs the shared sample data");
    m_data = pstest::jawaTengahLayers();
    QVERIFY(m_data.layers.areas.front().features->size() > 8000);
    QVERIFY(m_data.facilities > 50000);
    m_canvas = std::make_unique<MapCanvas>();
    m_canvas->resize(1280, 800);
    m_canvas->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_canvas.get()));
    m_canvas->setCrs(m_data.crs);
    m_canvas->setLayers(m_data.layers);
}

void TestCanvasProvince::show(double zoom)
{
    QRectF ext(0, 0, m_data.extent.width() / zoom, m_data.extent.height() / zoom);
    ext.moveCenter(m_data.extent.center());
    m_canvas->setExtent(ext);
    QVERIFY(waitIdle());
}

// Share of sample points where `after` at p + shift equals `before` at p.
static double movedMatch(const QImage& before, const QImage& after, QPoint shift, const QRect& avoid)
{
    int same = 0, n = 0;
    for (int y = 40; y < before.height() - 40; y += 7)
        for (int x = 40; x < before.width() - 40; x += 7) {
            const QPoint q(x + shift.x(), y + shift.y());
            if (!after.rect().contains(q) || avoid.contains(q))
                continue;
            ++n;
            same += before.pixel(x, y) == after.pixel(q);
        }
    return n ? double(same) / n : 0.0;
}

void TestCanvasProvince::stepShowsPreviousFrameMovedAndBusySign_data()
{
    QTest::addColumn<double>("zoom");
    QTest::newRow("whole province") << 1.0;
    QTest::newRow("zoomed 4x") << 4.0;
}

void TestCanvasProvince::stepShowsPreviousFrameMovedAndBusySign()
{
    QFETCH(double, zoom);
    show(zoom);
    const QRect badge(m_canvas->width() - 44, 0, 44, 44);
    for (QPoint d : {QPoint(80, 30), QPoint(-60, 45), QPoint(0, -70)}) {
        const QImage before = m_canvas->grab().toImage();
        const int started = m_canvas->rendersStarted();
        m_canvas->panByPixels(d);
        // No event loop turn yet: the worker's frame cannot be on screen; what
        // the user sees is painted now from the previous frame.
        const QImage after = m_canvas->grab().toImage();
        QVERIFY(m_canvas->isBusy());
        const double match = movedMatch(before, after, d, badge);
        QVERIFY2(match > 0.97, qPrintable(QStringLiteral("moved preview matches %1 of samples").arg(match)));
        int blue = 0;
        for (int y = badge.top(); y < badge.bottom(); ++y)
            for (int x = badge.left(); x < badge.right(); ++x)
                blue += after.pixelColor(x, y) == QColor(0, 120, 215);
        QVERIFY2(blue > 10, "busy sign not drawn");
        qInfo("zoom %.0fx pan (%d,%d): preview painted in %.1f ms on the GUI thread", zoom, d.x(), d.y(),
              m_canvas->lastPaintMs());
        QVERIFY(waitIdle());
        QVERIFY(m_canvas->rendersStarted() > started);
        const QImage done = m_canvas->grab().toImage();
        int busy = 0;
        for (int y = badge.top(); y < badge.bottom(); ++y)
            for (int x = badge.left(); x < badge.right(); ++x)
                busy += done.pixelColor(x, y) == QColor(0, 120, 215);
        QCOMPARE(busy, 0);   // the sign goes with the last render
    }
    // Zoom steps are previews too: the centre stays where it was.
    const QImage before = m_canvas->grab().toImage();
    m_canvas->zoomBy(1.25);
    QVERIFY(m_canvas->isBusy());
    const QImage after = m_canvas->grab().toImage();
    const QPoint c(before.width() / 2, before.height() / 2);
    QCOMPARE(after.pixel(c), before.pixel(c));
    QVERIFY(waitIdle());
}

void TestCanvasProvince::supersededRendersCancelledAndFinalFrameIsTheView()
{
    show(1.0);
    const int cancelledBefore = m_canvas->rendersCancelled();
    for (int i = 0; i < 6; ++i) {
        i % 2 ? m_canvas->zoomBy(1.3) : m_canvas->panByPixels(QPointF(50, -20));
        QTest::qWait(30);   // the render of this step has started
    }
    QVERIFY(waitIdle());
    QVERIFY2(m_canvas->rendersCancelled() > cancelledBefore, "no superseded render was cancelled");
    // What is on screen is the map of the current view, drawn afresh.
    QImage expected(m_canvas->size(), QImage::Format_ARGB32_Premultiplied);
    expected.fill(QColor(250, 250, 247));
    ps::render::MapSettings s = m_canvas->settings();
    s.outputSize = QSizeF(m_canvas->size());
    ps::render::MapRenderer().renderImage(expected, s, m_data.layers);
    const QImage shown = m_canvas->grab().toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
    QCOMPARE(shown.size(), expected.size());
    int same = 0;
    for (int y = 0; y < shown.height(); y += 3)
        for (int x = 0; x < shown.width(); x += 3)
            same += shown.pixel(x, y) == expected.pixel(x, y);
    const double share = same / double(((shown.height() + 2) / 3) * ((shown.width() + 2) / 3));
    QVERIFY2(share > 0.99, qPrintable(QStringLiteral("final frame matches a fresh render at %1 of samples").arg(share)));
}

void TestCanvasProvince::legendChangesOnlyWithTheMap()
{
    show(4.0);
    // Two layer changes in a row: the first is superseded before it is ever shown.
    ps::render::MapLayers green = m_data.layers, blue = m_data.layers;
    green.points.clear();
    blue.points.clear();
    std::fill(green.areas.front().fills.begin(), green.areas.front().fills.end(), QColor(0, 160, 0));
    std::fill(blue.areas.front().fills.begin(), blue.areas.front().fills.end(), QColor(0, 0, 200));
    int greenCalls = 0, blueCalls = 0;
    QColor centreAtLegendChange;
    m_canvas->setLayers(green, [&] { ++greenCalls; });
    m_canvas->setLayers(blue, [&] {
        ++blueCalls;
        centreAtLegendChange = m_canvas->grab().toImage().pixelColor(m_canvas->width() / 2, m_canvas->height() / 2);
    });
    QCOMPARE(blueCalls, 0);   // not before the map is drawn
    QVERIFY(waitIdle());
    QCOMPARE(greenCalls, 0);
    QCOMPARE(blueCalls, 1);
    // When the legend changed, the map on screen already showed the new layers
    // (blue fill, lightened where a white outline passes; the old map is orange-red).
    QVERIFY2(centreAtLegendChange.blue() > centreAtLegendChange.red() + 40 &&
                 centreAtLegendChange.blue() > centreAtLegendChange.green() + 40,
             qPrintable(centreAtLegendChange.name()));
    m_canvas->setLayers(m_data.layers);
    QVERIFY(waitIdle());
}

QTEST_MAIN(TestCanvasProvince)
#include "test_canvas_province.moc"
