#pragma once
#include "Dialogs.h"
#include "MapState.h"
#include "SearchIndex.h"
#include "analysis/CoverageAnalysis.h"
#include "render/MapBuilder.h"
#include <QMainWindow>
#include <memory>
#include <optional>

class QComboBox;
class QLineEdit;
class QListWidget;
class QTableView;
class QStandardItemModel;
class QSortFilterProxyModel;
class QTreeWidget;
class QLabel;
class QSpinBox;

namespace ps {
class Project;
}

namespace ps::app {

class MapCanvas;
class LayersPanel;
class LegendWidget;
class IdentifyPanel;
class GeocodeReviewPanel;
class CanvasOverlay;
class StaleAnalysisBanner;
class PeriodSelector;

// The planner's window: map canvas in the centre, docks around it (layers,
// legend, identify, search, attribute table, underserved ranking, geocode review).
// All project reads happen on the GUI thread through one ps::Project
// (SQLite connection); only map rendering and imports/exports run on workers.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a project file; false (with a message box unless quiet) when it cannot be read.
    bool openProject(const QString& path, bool quiet = false);
    ps::Project* project() { return m_project.get(); }
    // Shows an indicator for a period (0 = latest) at a level.
    void setIndicator(const QString& code, int period = 0);
    void setLevel(AdminLevel level);
    QString indicator() const { return m_indicator; }
    int period() const { return m_period; }

    MapCanvas* canvas() const { return m_canvas; }
    IdentifyPanel* identifyPanel() const { return m_identify; }
    LegendWidget* legend() const { return m_legend; }
    GeocodeReviewPanel* geocodeReview() const { return m_review; }
    const ps::render::BuiltMap* currentMap() const { return m_built ? &*m_built : nullptr; }
    // Runs the search box's query and fills its result list.
    std::vector<SearchEntry> search(const QString& text);
    QLineEdit* searchBox() const { return m_searchBox; }

    // Selects an area of the current map (map, table and identify panel follow).
    void selectArea(const QString& code, bool zoom = false);
    void identifyAt(const QPointF& mapPoint, const QPointF& widgetPos);

    static QStringList recentProjects();

    // Runs the coverage analysis (progress dialog, worker thread, own Project)
    // and shows its layers; returns the run id, 0 when cancelled or failed.
    qint64 runCoverage(const ps::analysis::CoverageParams& params);
    StaleAnalysisBanner* staleBanner() const { return m_banner; }
    // The bar over the map saying the chosen level has no data (and which levels have); hidden otherwise.
    QLabel* noDataBanner() const { return m_noData; }
    // The map on screen (indicator, year, level, classification, palette, layers, extent).
    MapState currentMapState() const;
    void applyMapState(const MapState& state);
    // Saved in the project under a name (CLI: render --map NAME); false on failure.
    bool saveMapAs(const QString& name);
    bool openSavedMap(const QString& name);
    // Stores the current view as the project's last view (restored on reopening).
    void saveLastView();
    // The page spec of "export what you see" and its default file name
    // (indicator_year_area.png, kurang_terlayani_area.png).
    ps::render::MapSpec exportSpec() const;
    QString defaultExportName() const;
    // The screen's layers, legend and view for the export dialog.
    ScreenView screenView() const;
    // Exports what the window shows (current view, remembered preset) without dialogs.
    bool exportView(const QString& path);
    // Shows a facility in the identify panel, with its circles; zoom: centred, at reach scale.
    void showFacilityById(qint64 id, bool zoom = false);
    LayersPanel* layersPanel() const { return m_layers; }
    // The legend groups of what the canvas shows (for export).
    const std::vector<ps::render::LegendGroup>& shownLegend() const { return m_shownLegend; }

protected:
    void closeEvent(QCloseEvent*) override;

private:
    void buildUi();
    void buildMenus();
    // The map on screen (indicator, year, level, classification, palette) as a spec.
    ps::render::MapSpec screenSpec() const;
    void rebuildMap();
    void updateNoDataBanner();
    void refreshLayers();
    void fillIndicatorPickers();
    void fillAttributeTable();
    void fillSearchIndex();
    void fillUnderserved();
    void addRecent(const QString& path);
    void updateRecentMenu();
    void zoomToArea(const QString& code);
    void showFacility(const Facility& f);
    void showSummary();
    void fillOverlay();
    void loadAnalysisLayers();
    void updateStaleBanner();
    void coverageDialog();
    void updateSavedMapsMenu();
    void openProjectDialog();
    void exportDialog();
    void importDialog(int kind);
    void setLanguageAndRestart(const QString& lang);
    QRectF mapBoundsOfArea(const QString& code);

    std::unique_ptr<ps::Project> m_project;
    std::unique_ptr<ps::render::MapBuilder> m_builder;
    std::optional<ps::render::BuiltMap> m_built;
    QString m_codePrefix;
    QString m_crs;
    QString m_indicator;
    int m_period = 0;
    AdminLevel m_level = AdminLevel::Kecamatan;
    std::vector<Facility> m_facilities;
    std::shared_ptr<const ps::render::FeatureSet> m_desa, m_coverage, m_underservedGeom;
    SearchIndex m_searchIndex;
    QString m_selected;
    qint64 m_selectedFacility = 0;

    MapCanvas* m_canvas = nullptr;
    std::unique_ptr<CanvasOverlay> m_overlay;
    StaleAnalysisBanner* m_banner = nullptr;
    QLabel* m_noData = nullptr;
    std::optional<ps::render::BuiltMap> m_analysisMap;   // latest run's score classes and proposed sites
    std::optional<ps::analysis::RunInfo> m_analysisRun;
    std::vector<ps::render::LegendGroup> m_shownLegend;
    // The facility layers among the canvas's point layers (index, type and counts).
    std::vector<std::pair<size_t, ps::render::FacilityLegendLayer>> m_facilityLegendLayers;
    LayersPanel* m_layers = nullptr;
    LegendWidget* m_legend = nullptr;
    IdentifyPanel* m_identify = nullptr;
    GeocodeReviewPanel* m_review = nullptr;
    QComboBox* m_indicatorBox = nullptr;
    PeriodSelector* m_periodSelector = nullptr;   // PeriodSelector.cpp: labels, weighing-month note
    QComboBox* m_periodBox = nullptr;             // its combo
    QComboBox* m_levelBox = nullptr;
    QComboBox* m_methodBox = nullptr;    // classification editor: method, classes, palette
    QSpinBox* m_classesBox = nullptr;
    QComboBox* m_paletteBox = nullptr;
    QLineEdit* m_searchBox = nullptr;
    QListWidget* m_searchResults = nullptr;
    QStandardItemModel* m_tableModel = nullptr;
    QSortFilterProxyModel* m_tableProxy = nullptr;
    QTableView* m_table = nullptr;
    QTreeWidget* m_underserved = nullptr;
    QLabel* m_status = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_savedMapsMenu = nullptr;
};

// "desa — Kec. X — Banyuasin": the non-empty parts joined, for lists people read.
QString parentLine(const QStringList& parts);

// The OS user name, for updated_by.
QString osUserName();

} // namespace ps::app
