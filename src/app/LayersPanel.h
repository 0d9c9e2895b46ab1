#pragma once
#include <QWidget>
#include <vector>

class QListWidget;
class QSlider;

namespace ps::app {

// The map's layers, top of the list drawn last (on top), as in QGIS.
enum class LayerId { Indicator, Desa, Coverage, Underserved, Puskesmas, Pustu, Poskesdes, Posyandu, RumahSakit,
                     UnderservedScore, ProposedSites };

struct LayerState {
    LayerId id;
    bool visible = true;
    double opacity = 1.0;
};

class LayersPanel : public QWidget {
    Q_OBJECT
public:
    explicit LayersPanel(QWidget* parent = nullptr);
    // Bottom-most first: the order the renderer draws.
    std::vector<LayerState> drawOrder() const;
    void setVisible(LayerId id, bool visible);
    // Order, visibility and opacity as saved (bottom-most first); layers the
    // saved list does not name keep their place on top. Emits changed() once.
    void setDrawOrder(const std::vector<LayerState>& order);
    void retranslate();

signals:
    void changed();

private:
    void move(int delta);
    QListWidget* m_list;
    QSlider* m_opacity;
};

QString layerName(LayerId id);

} // namespace ps::app
