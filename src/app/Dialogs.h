#pragma once
#include "render/MapBuilder.h"
#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace ps::app {

// What the map view shows, for "export what you see": its layers (analysis
// layers included), legend and visible extent.
struct ScreenView {
    ps::render::MapLayers layers;
    std::vector<ps::render::LegendGroup> legend;
    QRectF visibleExtent;                 // map units
    QString defaultFileName;              // e.g. stunting_2023_banyuasin.png
};

// Export: a layout preset (slide 16:9, 4:3, A4), the format, the title, and a
// preview of the page as the render engine lays it out. With a ScreenView the
// page shows the screen's layers and legend, over the current view or the
// whole area (a choice). Title (per map) and preset are remembered (QSettings).
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(ps::render::MapBuilder& builder, const ps::render::MapSpec& spec, QWidget* parent = nullptr,
                 std::optional<ScreenView> view = std::nullopt);
    QImage preview() const { return m_preview; }
    const ps::render::Page& page() const { return m_page; }
    void setCurrentViewOnly(bool on);
    void setTitle(const QString& title);
    void setPreset(const QString& id);
    QString defaultFileName() const;
    // Writes the page; false (and a message box unless quiet) on failure.
    // Unless quiet, a confirmation names the file and offers to open its folder.
    bool exportTo(const QString& path, bool quiet = false);

private:
    void updatePreview();
    QString settingsKey() const;
    ps::render::MapBuilder& m_builder;
    ps::render::MapSpec m_spec;
    std::optional<ScreenView> m_view;
    ps::render::Page m_page;
    QComboBox* m_preset;
    QComboBox* m_extent = nullptr;
    QLineEdit* m_title;
    QLabel* m_previewLabel;
    QImage m_preview;
};

} // namespace ps::app
