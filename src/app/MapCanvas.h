#pragma once
#include "render/Layers.h"
#include "render/MapSettings.h"
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QImage>
#include <QPointer>
#include <QWidget>
#include <functional>
#include <memory>

class QTimer;

namespace ps {
class Progress;
}

namespace ps::app {

class CanvasOverlay;

// The map view (like QgsMapCanvas): it owns no map drawing code. Every change
// of extent, size or layers asks ps::render::MapRenderer for a QImage of the
// current MapSettings on a worker thread; meanwhile the last finished image
// is shown scaled/translated to the new extent, and a render that is no
// longer wanted is cancelled through its ps::Progress. Only the selection
// highlight and the zoom box are painted here, as overlays.
class MapCanvas : public QWidget {
    Q_OBJECT
public:
    explicit MapCanvas(QWidget* parent = nullptr);
    ~MapCanvas() override;

    void setCrs(const QString& crs);
    void setLayers(const ps::render::MapLayers& layers);
    // The same, and `onShown` runs when a frame drawn with these layers is first
    // on screen (not called when newer layers replace them first): what goes with
    // the map (the legend) changes together with the map, never before it.
    void setLayers(const ps::render::MapLayers& layers, std::function<void()> onShown);
    const ps::render::MapLayers& layers() const { return m_layers; }
    // Zooms to an extent in map units (grown to the widget's aspect ratio).
    void setExtent(const QRectF& mapExtent);
    QRectF extent() const { return m_settings.extent; }
    void setFullExtent(const QRectF& mapExtent) { m_fullExtent = mapExtent; }
    void zoomToFull() { setExtent(m_fullExtent); }
    void zoomBy(double factor, const QPointF& aboutWidgetPos = {-1, -1});
    void panByPixels(const QPointF& deltaWidget);

    // The settings of the frame being shown/rendered (device pixels).
    const ps::render::MapSettings& settings() const { return m_settings; }
    QPointF widgetToMap(const QPointF& widgetPos) const;
    QPointF mapToWidget(const QPointF& map) const;

    // Outlines (map units) drawn over the map for the selection.
    void setHighlight(const std::vector<QPainterPath>& mapPaths);
    void setBoxZoomMode(bool on) { m_boxZoomMode = on; }
    // Painted over the map (uncertainty/reach circles, scale bar, north arrow); not owned.
    void setOverlay(const CanvasOverlay* overlay) { m_overlay = overlay; update(); }

    bool isRendering() const { return m_watcher.isRunning(); }
    // A render is running or about to start: the busy sign is on screen.
    bool isBusy() const { return !isIdle(); }
    // Renders started and renders cancelled (superseded) since construction.
    int rendersStarted() const { return m_rendersStarted; }
    int rendersCancelled() const { return m_rendersCancelled; }
    // How long the last paintEvent took on the GUI thread (ms): the frame time a
    // user sees while panning/zooming, since the map itself is drawn on workers.
    double lastPaintMs() const { return m_lastPaintMs; }
    // No render running or waiting: what is on screen is the current map.
    bool isIdle() const { return !m_watcher.isRunning() && !m_pending && !m_scheduled; }
    bool hasImage() const { return !m_image.isNull(); }
    qint64 lastRenderMs() const { return m_lastRenderMs; }

signals:
    void clicked(const QPointF& mapPoint, const QPointF& widgetPos);
    void mapPainted();            // a finished render has been put on screen
    // How each point layer was drawn in the frame now on screen (render::PointMode
    // per layer of layers().points, and for counts the code length of the areas
    // counted in): the legend says dots or counts, and per what, when it changes.
    void pointModesShown(const std::vector<int>& modes, const std::vector<int>& countCodeLengths);
    void extentChanged(const QRectF& extent);
    void pointDragged(const QPointF& fromMap, const QPointF& toMap);   // drag with Shift: move a facility

protected:
    void paintEvent(QPaintEvent*) override;
    void resizeEvent(QResizeEvent*) override;
    void mousePressEvent(QMouseEvent*) override;
    void mouseMoveEvent(QMouseEvent*) override;
    void mouseReleaseEvent(QMouseEvent*) override;
    void wheelEvent(QWheelEvent*) override;
    void keyPressEvent(QKeyEvent*) override;

private:
    void scheduleRender();
    void startRender();
    void renderFinished();
    void paintBusySign(QPainter& p);
    double dpr() const;

    ps::render::MapSettings m_settings;
    ps::render::MapLayers m_layers;
    int m_layersVersion = 0;
    QRectF m_fullExtent;

    QImage m_image;                        // last finished render
    ps::render::MapSettings m_imageSettings;   // what m_image shows
    struct Job;
    std::shared_ptr<Job> m_job;            // the render in flight
    QFutureWatcher<void> m_watcher;
    bool m_pending = false;                // settings changed while a render runs
    bool m_scheduled = false;
    qint64 m_lastRenderMs = 0;
    int m_rendersStarted = 0, m_rendersCancelled = 0;
    std::vector<int> m_shownPointModes;
    std::vector<int> m_shownCountLevels;
    double m_lastPaintMs = 0;
    std::function<void()> m_onLayersShown;   // for layers version m_onLayersShownVersion
    int m_onLayersShownVersion = 0;
    QTimer* m_busyTimer = nullptr;           // animates the busy sign
    int m_busyPhase = 0;

    std::vector<QPainterPath> m_highlight;
    const CanvasOverlay* m_overlay = nullptr;
    QPointF m_pressPos, m_dragOffset;
    bool m_dragging = false, m_boxing = false, m_pointDrag = false, m_boxZoomMode = false;
    QRect m_box;
};

} // namespace ps::app
