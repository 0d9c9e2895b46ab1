#include "MapCanvas.h"
#include "render/Symbols.h"
#include "WorkerPool.h"
#include "CanvasOverlay.h"
#include "core/Progress.h"
#include "render/MapRenderer.h"
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QTimer>
#include <QWheelEvent>
#include <cstdio>
#include <QtConcurrent/QtConcurrentRun>

namespace ps::app {

using ps::render::MapSettings;

struct MapCanvas::Job {
    ps::Progress progress;
    MapSettings settings;
    ps::render::MapLayers layers;
    int layersVersion = 0;
    QImage image;
    bool ok = false;
    qint64 ms = 0;
    std::vector<int> pointModes;   // render::PointMode per point layer, as drawn
    std::vector<int> countLevels;  // code length of the areas counted in (Counts), else 0
};

MapCanvas::MapCanvas(QWidget* parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setMinimumSize(200, 150);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_settings.dpi = 96.0;
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &MapCanvas::renderFinished);
    m_busyTimer = new QTimer(this);
    m_busyTimer->setInterval(80);
    connect(m_busyTimer, &QTimer::timeout, this, [this] {
        if (isIdle()) {
            m_busyTimer->stop();
        } else {
            ++m_busyPhase;
            update(rect().right() - 40, 4, 36, 36);
        }
    });
}

MapCanvas::~MapCanvas()
{
    if (m_job)
        m_job->progress.cancel();
    m_watcher.waitForFinished();
}

double MapCanvas::dpr() const { return devicePixelRatioF(); }

void MapCanvas::setCrs(const QString& crs)
{
    if (crs != m_settings.crs) {
        m_settings.crs = crs;
        m_image = QImage();   // the old image is in another CRS
    }
}

void MapCanvas::setLayers(const ps::render::MapLayers& layers)
{
    m_layers = layers;
    ++m_layersVersion;
    scheduleRender();
}

void MapCanvas::setLayers(const ps::render::MapLayers& layers, std::function<void()> onShown)
{
    setLayers(layers);
    m_onLayersShown = std::move(onShown);   // an older, never-shown one is dropped
    m_onLayersShownVersion = m_layersVersion;
}

void MapCanvas::setExtent(const QRectF& mapExtent)
{
    if (mapExtent.isEmpty())
        return;
    m_settings.extent = mapExtent;
    emit extentChanged(mapExtent);
    scheduleRender();
}

QPointF MapCanvas::widgetToMap(const QPointF& p) const { return m_settings.toMap(p * dpr()); }
QPointF MapCanvas::mapToWidget(const QPointF& m) const { return m_settings.toPixel(m) / dpr(); }

void MapCanvas::zoomBy(double factor, const QPointF& about)
{
    const QRectF v = m_settings.visibleExtent();
    const QPointF c = about.x() < 0 ? v.center() : widgetToMap(about);
    // Keep the point under the cursor fixed.
    QRectF r(c.x() - (c.x() - v.left()) / factor, 0, v.width() / factor, v.height() / factor);
    r.moveTop(c.y() - (c.y() - v.top()) / factor);
    setExtent(r);
}

void MapCanvas::panByPixels(const QPointF& d)
{
    const double mupp = m_settings.mapUnitsPerPixel() * dpr();
    setExtent(m_settings.visibleExtent().translated(-d.x() * mupp, d.y() * mupp));
}

void MapCanvas::setHighlight(const std::vector<QPainterPath>& mapPaths)
{
    m_highlight = mapPaths;
    update();
}

void MapCanvas::scheduleRender()
{
    // Coalesce the changes of one event-loop turn into one render.
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        startRender();
    });
    if (!m_busyTimer->isActive())
        m_busyTimer->start();
    update();
}

void MapCanvas::startRender()
{
    m_settings.outputSize = QSizeF(size()) * dpr();
    m_settings.dpi = 96.0 * dpr();
    if (m_settings.extent.isEmpty() || m_settings.outputSize.isEmpty() || m_settings.crs.isEmpty())
        return;
    if (m_watcher.isRunning()) {
        // Stale: cancel it and start again once it has stopped. A render that
        // differs only in frame size is let finish: it is still the right map,
        // shown scaled until the new one is ready (e.g. while docks settle at start-up).
        const bool sizeOnly = m_job && m_job->settings.extent == m_settings.extent && m_job->layersVersion == m_layersVersion &&
                              m_job->settings.crs == m_settings.crs;
        if (m_job && !sizeOnly && !m_job->progress.cancelled()) {
            m_job->progress.cancel();
            ++m_rendersCancelled;
        }
        m_pending = true;
        return;
    }
    m_pending = false;
    if (qEnvironmentVariableIsSet("PETASEHAT_TRACE"))
        std::fprintf(stderr, "canvas: render %dx%d\n", int(m_settings.outputSize.width()), int(m_settings.outputSize.height()));
    auto job = std::make_shared<Job>();
    job->settings = m_settings;
    job->layers = m_layers;
    job->layersVersion = m_layersVersion;
    m_job = job;
    ++m_rendersStarted;
    m_watcher.setFuture(QtConcurrent::run(&workerPool(), [job] {
        QElapsedTimer t;
        t.start();
        QImage img(job->settings.outputSize.toSize(), QImage::Format_ARGB32_Premultiplied);
        img.fill(QColor(250, 250, 247));
        // Facility layers follow the density rule at this frame's scale, as exported
        // maps and server tiles do (symbols, small dots, or a count per area).
        const QSizeF px = job->settings.outputSize;
        for (ps::render::PointLayer& pl : job->layers.points) {
            int codeLength = 0;
            job->pointModes.push_back(static_cast<int>(ps::render::applyPointDensity(
                pl, job->settings.visibleExtent(), px.width() * px.height(), job->settings.pxPerPt(),
                ps::render::CountScope::InView, &codeLength)));
            job->countLevels.push_back(codeLength);
        }
        // Bands on every core (labels placed once over the frame afterwards);
        // the GUI thread only shows the previous frame meanwhile.
        ps::render::MapRenderer renderer;
        job->ok = renderer.renderImage(img, job->settings, job->layers, &job->progress);
        job->image = std::move(img);
        job->ms = t.elapsed();
    }));
}

void MapCanvas::renderFinished()
{
    auto job = m_job;
    if (qEnvironmentVariableIsSet("PETASEHAT_TRACE") && job)
        std::fprintf(stderr, "canvas: render done in %lld ms%s\n", static_cast<long long>(job->ms), job->ok ? "" : " (cancelled)");
    if (job && job->ok && !job->progress.cancelled()) {
        m_image = job->image;
        m_image.setDevicePixelRatio(dpr());
        m_imageSettings = job->settings;
        m_lastRenderMs = job->ms;
        const bool layersShown = m_onLayersShown && job->layersVersion >= m_onLayersShownVersion;
        repaint();
        if (layersShown) {
            // The map with these layers is on screen now: the legend may follow.
            auto onShown = std::move(m_onLayersShown);
            m_onLayersShown = nullptr;
            onShown();
        }
        if (job->pointModes != m_shownPointModes || job->countLevels != m_shownCountLevels || layersShown) {
            m_shownPointModes = job->pointModes;
            m_shownCountLevels = job->countLevels;
            emit pointModesShown(m_shownPointModes, m_shownCountLevels);
        }
        emit mapPainted();
    }
    const bool stale = job && (job->settings.extent != m_settings.extent ||
                               job->settings.outputSize != QSizeF(size()) * dpr() || job->progress.cancelled());
    if (m_pending || stale)
        startRender();
}

void MapCanvas::paintEvent(QPaintEvent*)
{
    QElapsedTimer clock;
    clock.start();
    QPainter p(this);
    p.fillRect(rect(), QColor(250, 250, 247));
    MapSettings cur = m_settings;
    cur.outputSize = QSizeF(size()) * dpr();
    if (!m_image.isNull() && !cur.extent.isEmpty()) {
        // The last image placed where its extent falls in the current view.
        const QRectF ext = m_imageSettings.visibleExtent();
        const QPointF tl = cur.toPixel(QPointF(ext.left(), ext.bottom())) / dpr();
        const QPointF br = cur.toPixel(QPointF(ext.right(), ext.top())) / dpr();
        p.setRenderHint(QPainter::SmoothPixmapTransform, m_dragging);
        p.drawImage(QRectF(tl, br).translated(m_dragOffset), m_image);
    }
    if (!m_highlight.empty()) {
        p.setRenderHint(QPainter::Antialiasing);
        QTransform t = cur.mapToPixel();
        t *= QTransform::fromScale(1.0 / dpr(), 1.0 / dpr());
        t *= QTransform::fromTranslate(m_dragOffset.x(), m_dragOffset.y());
        p.setBrush(QColor(0, 200, 255, 40));
        for (const QPainterPath& path : m_highlight) {
            const QPainterPath px = t.map(path);
            p.setPen(QPen(QColor(255, 255, 255, 220), 5));
            p.drawPath(px);
            p.setPen(QPen(QColor(0, 150, 220), 2.5));
            p.drawPath(px);
        }
    }
    if (m_overlay && !m_dragging) {
        MapSettings view = cur;
        view.outputSize = QSizeF(size());   // the overlay paints in widget pixels
        m_overlay->paint(p, view, logicalDpiX() / 72.0);
    }
    if (m_boxing) {
        p.setPen(QPen(QColor(0, 120, 215), 1, Qt::DashLine));
        p.setBrush(QColor(0, 120, 215, 40));
        p.drawRect(m_box);
    }
    if (isBusy())
        paintBusySign(p);
    m_lastPaintMs = clock.nsecsElapsed() / 1e6;
}

void MapCanvas::paintBusySign(QPainter& p)
{
    // A turning arc in the top-right corner while the map is being redrawn
    // (the picture underneath is the previous frame, moved to the new view).
    const QRectF r(width() - 34, 8, 24, 24);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 210));
    p.drawEllipse(r.adjusted(-4, -4, 4, 4));
    p.setPen(QPen(QColor(0, 120, 215), 3, Qt::SolidLine, Qt::RoundCap));
    p.setBrush(Qt::NoBrush);
    p.drawArc(r, -m_busyPhase * 45 * 16, 270 * 16);
}

void MapCanvas::resizeEvent(QResizeEvent*)
{
    if (qEnvironmentVariableIsSet("PETASEHAT_TRACE"))
        std::fprintf(stderr, "canvas: resized to %dx%d\n", width(), height());
    scheduleRender();
}

void MapCanvas::mousePressEvent(QMouseEvent* e)
{
    m_pressPos = e->position();
    if (e->button() != Qt::LeftButton)
        return;
    m_boxing = m_boxZoomMode || e->modifiers().testFlag(Qt::ControlModifier);
    m_pointDrag = e->modifiers().testFlag(Qt::ShiftModifier);
    m_box = QRect(m_pressPos.toPoint(), QSize());
}

void MapCanvas::mouseMoveEvent(QMouseEvent* e)
{
    if (!(e->buttons() & Qt::LeftButton) || m_pointDrag)
        return;
    const QPointF d = e->position() - m_pressPos;
    if (m_boxing) {
        m_box = QRect(m_pressPos.toPoint(), e->position().toPoint()).normalized();
    } else if (m_dragging || d.manhattanLength() > 4) {
        m_dragging = true;
        m_dragOffset = d;
        setCursor(Qt::ClosedHandCursor);
    }
    update();
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* e)
{
    if (e->button() != Qt::LeftButton)
        return;
    const QPointF d = e->position() - m_pressPos;
    if (m_boxing) {
        m_boxing = false;
        m_boxZoomMode = false;
        if (m_box.width() > 4 && m_box.height() > 4) {
            const QPointF a = widgetToMap(m_box.topLeft()), b = widgetToMap(m_box.bottomRight());
            setExtent(QRectF(a, b).normalized());
        }
        update();
    } else if (m_pointDrag) {
        m_pointDrag = false;
        if (d.manhattanLength() > 2)
            emit pointDragged(widgetToMap(m_pressPos), widgetToMap(e->position()));
        else
            emit clicked(widgetToMap(e->position()), e->position());
    } else if (m_dragging) {
        m_dragging = false;
        m_dragOffset = {};
        unsetCursor();
        panByPixels(d);
    } else {
        emit clicked(widgetToMap(e->position()), e->position());
    }
}

void MapCanvas::wheelEvent(QWheelEvent* e)
{
    const double steps = e->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(std::pow(1.25, steps), e->position());
}

void MapCanvas::keyPressEvent(QKeyEvent* e)
{
    const double step = std::min(width(), height()) * 0.25;
    switch (e->key()) {
    case Qt::Key_Left: panByPixels({step, 0}); break;
    case Qt::Key_Right: panByPixels({-step, 0}); break;
    case Qt::Key_Up: panByPixels({0, step}); break;
    case Qt::Key_Down: panByPixels({0, -step}); break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomBy(1.5); break;
    case Qt::Key_Minus: zoomBy(1 / 1.5); break;
    default: QWidget::keyPressEvent(e);
    }
}

} // namespace ps::app
