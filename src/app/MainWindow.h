#pragma once
#include "SearchIndex.h"
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

protected:
    void closeEvent(QCloseEvent*) override;

private:
    void buildUi();
    void buildMenus();
    // The map on screen (indicator, year, level, classification, palette) as a spec.
    ps::render::MapSpec screenSpec() const;
    void rebuildMap();
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

    MapCanvas* m_canvas = nullptr;
    LayersPanel* m_layers = nullptr;
    LegendWidget* m_legend = nullptr;
    IdentifyPanel* m_identify = nullptr;
    GeocodeReviewPanel* m_review = nullptr;
    QComboBox* m_indicatorBox = nullptr;
    QComboBox* m_periodBox = nullptr;
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
};

// The OS user name, for updated_by.
QString osUserName();

} // namespace ps::app
