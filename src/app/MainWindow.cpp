#include "MainWindow.h"
#include "Dialogs.h"
#include "ImportDialog.h"
#include "geocode/NoteText.h"
#include "CanvasOverlay.h"
#include "CoverageRun.h"
#include "EditHistory.h"
#include "GeocodeReviewPanel.h"
#include "IdentifyPanel.h"
#include "LayersPanel.h"
#include "LegendWidget.h"
#include "LonLat.h"
#include "MapCanvas.h"
#include "AttributeTableExport.h"
#include "PeriodSelector.h"
#include "core/PeriodChoice.h"
#include "core/AdminCode.h"
#include "core/Catalogue.h"
#include "core/Period.h"
#include "core/Error.h"
#include "core/Locale.h"
#include "core/Project.h"
#include "render/MapRenderer.h"
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QRegularExpression>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include "classify/Palette.h"
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QElapsedTimer>
#include <cmath>
#include <cstdio>

namespace ps::app {

namespace {
constexpr int kValueRole = Qt::UserRole + 1;


// A feature's outline in map units, for the selection highlight.
QPainterPath mapPath(const ps::render::ProjectedFeature& f)
{
    QPainterPath path;
    for (int r = 0; r < f.rings(); ++r) {
        const int a = f.ringStarts[r], b = f.ringStarts[r + 1];
        for (int i = a; i < b; ++i) {
            const QPointF p(f.xy[2 * i], f.xy[2 * i + 1]);
            i == a ? path.moveTo(p) : path.lineTo(p);
        }
        path.closeSubpath();
    }
    return path;
}

std::shared_ptr<const ps::render::FeatureSet> readGeoms(ps::Project& p, const char* sql, const QString& crs)
{
    std::vector<ps::render::LonLatPolygon> in;
    auto st = p.db().prepare(sql);
    while (st.step())
        in.push_back({st.text(0), st.text(1), st.blob(2)});
    return in.empty() ? nullptr : ps::render::FeatureSet::project(in, crs);
}

QColor withOpacity(QColor c, double opacity)
{
    if (c.isValid())
        c.setAlphaF(c.alphaF() * opacity);
    return c;
}

const std::pair<LayerId, FacilityType> kFacilityLayers[] = {
    {LayerId::Puskesmas, FacilityType::Puskesmas}, {LayerId::Pustu, FacilityType::Pustu},
    {LayerId::Poskesdes, FacilityType::Poskesdes}, {LayerId::Posyandu, FacilityType::Posyandu},
    {LayerId::RumahSakit, FacilityType::RumahSakit}};
} // namespace

// PETASEHAT_TRACE=1 prints where start-up time goes.
static void trace(const char* what)
{
    static const bool on = qEnvironmentVariableIsSet("PETASEHAT_TRACE");
    static QElapsedTimer t;
    if (!on)
        return;
    if (!t.isValid())
        t.start();
    std::fprintf(stderr, "[%6lld ms] %s\n", static_cast<long long>(t.elapsed()), what);
}

QString osUserName()
{
    QString u = qEnvironmentVariable("USER");
    if (u.isEmpty())
        u = qEnvironmentVariable("USERNAME");
    return u.isEmpty() ? QStringLiteral("pengguna") : u;
}

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(QStringLiteral("PetaSehat"));
    buildUi();
    buildMenus();
    QSettings s;
    if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1500, 920);
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow()
{
    m_canvas->setOverlay(nullptr);
}

void MainWindow::closeEvent(QCloseEvent* e)
{
    saveLastView();
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    e->accept();
}

static QDockWidget* dock(QMainWindow* w, const QString& objectName, const QString& title, QWidget* content,
                         Qt::DockWidgetArea area)
{
    auto* d = new QDockWidget(title, w);
    d->setObjectName(objectName);
    d->setWidget(content);
    w->addDockWidget(area, d);
    return d;
}

void MainWindow::buildUi()
{
    m_canvas = new MapCanvas(this);
    m_canvas->setObjectName(QStringLiteral("mapCanvas"));
    m_overlay = std::make_unique<CanvasOverlay>();
    m_overlay->setNorthLabel(ps::isEnglish() ? QStringLiteral("N") : QStringLiteral("U"));
    m_canvas->setOverlay(m_overlay.get());
    auto* centre = new QWidget(this);
    auto* cl = new QVBoxLayout(centre);
    cl->setContentsMargins(0, 0, 0, 0);
    cl->setSpacing(0);
    m_banner = new StaleAnalysisBanner(centre);
    cl->addWidget(m_banner);
    m_noData = new QLabel(centre);
    m_noData->setObjectName(QStringLiteral("noDataBanner"));
    m_noData->setWordWrap(true);
    m_noData->setStyleSheet(QStringLiteral("QLabel { background: #fff3c4; border-bottom: 1px solid #d9b84a; padding: 6px 10px; }"));
    m_noData->hide();
    cl->addWidget(m_noData);
    cl->addWidget(m_canvas, 1);
    setCentralWidget(centre);
    connect(m_banner, &StaleAnalysisBanner::rerunRequested, this, [this] {
        if (m_analysisRun)
            runCoverage(paramsOfRun(m_analysisRun->parameters));
    });

    auto* bar = addToolBar(tr("Peta"));
    bar->setObjectName(QStringLiteral("mapToolbar"));
    bar->addWidget(new QLabel(QStringLiteral(" ") + tr("Indikator:") + QStringLiteral(" "), this));
    m_indicatorBox = new QComboBox(this);
    m_indicatorBox->setObjectName(QStringLiteral("indicatorBox"));
    m_indicatorBox->setMinimumContentsLength(28);
    m_indicatorBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    bar->addWidget(m_indicatorBox);
    bar->addWidget(new QLabel(QStringLiteral("  ") + tr("Periode:") + QStringLiteral(" "), this));
    m_periodSelector = new PeriodSelector(this);
    m_periodBox = m_periodSelector->combo();
    bar->addWidget(m_periodSelector);
    bar->addWidget(new QLabel(QStringLiteral("  ") + tr("Tingkat:") + QStringLiteral(" "), this));
    m_levelBox = new QComboBox(this);
    m_levelBox->addItem(tr("Provinsi"), static_cast<int>(AdminLevel::Provinsi));
    m_levelBox->addItem(tr("Kabupaten/kota"), static_cast<int>(AdminLevel::Kabupaten));
    m_levelBox->addItem(tr("Kecamatan"), static_cast<int>(AdminLevel::Kecamatan));
    m_levelBox->addItem(tr("Desa"), static_cast<int>(AdminLevel::Desa));
    m_levelBox->setCurrentIndex(m_levelBox->findData(static_cast<int>(AdminLevel::Kecamatan)));
    bar->addWidget(m_levelBox);
    // Classification editor: every change re-renders the map at once (live preview).
    addToolBarBreak();
    auto* cbar = addToolBar(tr("Klasifikasi"));
    cbar->setObjectName(QStringLiteral("classToolbar"));
    cbar->addWidget(new QLabel(QStringLiteral(" ") + tr("Metode:") + QStringLiteral(" "), this));
    m_methodBox = new QComboBox(this);
    m_methodBox->addItem(tr("Otomatis (ambang resmi/Jenks)"), QString());
    for (auto m : {classify::Method::Official, classify::Method::NaturalBreaks, classify::Method::Quantile,
                   classify::Method::EqualInterval, classify::Method::StdDev})
        m_methodBox->addItem(classify::methodName(m), classify::methodId(m));
    cbar->addWidget(m_methodBox);
    cbar->addWidget(new QLabel(QStringLiteral("  ") + tr("Kelas:") + QStringLiteral(" "), this));
    m_classesBox = new QSpinBox(this);
    m_classesBox->setRange(3, 7);
    m_classesBox->setValue(5);
    cbar->addWidget(m_classesBox);
    cbar->addWidget(new QLabel(QStringLiteral("  ") + tr("Palet:") + QStringLiteral(" "), this));
    m_paletteBox = new QComboBox(this);
    m_paletteBox->addItem(tr("Otomatis"), QString());
    for (const QString& id : classify::paletteIds(QStringLiteral("sequential")))
        m_paletteBox->addItem(id, id);
    cbar->addWidget(m_paletteBox);
    connect(m_methodBox, &QComboBox::activated, this, &MainWindow::rebuildMap);
    connect(m_classesBox, &QSpinBox::valueChanged, this, &MainWindow::rebuildMap);
    connect(m_paletteBox, &QComboBox::activated, this, &MainWindow::rebuildMap);
    bar->addSeparator();
    bar->addAction(tr("Seluruh wilayah"), m_canvas, &MapCanvas::zoomToFull);
    bar->addAction(tr("Perbesar"), this, [this] { m_canvas->zoomBy(1.5); });
    bar->addAction(tr("Perkecil"), this, [this] { m_canvas->zoomBy(1 / 1.5); });
    bar->addAction(tr("Zoom kotak"), this, [this] { m_canvas->setBoxZoomMode(true); });
    bar->addAction(tr("Zoom ke pilihan"), this, [this] {
        if (!m_selected.isEmpty())
            zoomToArea(m_selected);
    });

    m_layers = new LayersPanel(this);
    auto* dl = dock(this, QStringLiteral("layersDock"), tr("Lapisan"), m_layers, Qt::LeftDockWidgetArea);
    m_legend = new LegendWidget(this);
    m_legend->setObjectName(QStringLiteral("legend"));
    auto* legendScroll = new QScrollArea(this);
    legendScroll->setWidget(m_legend);
    legendScroll->setWidgetResizable(true);
    legendScroll->setFrameShape(QFrame::NoFrame);
    legendScroll->setMinimumWidth(260);
    m_layers->setMinimumWidth(260);
    auto* dg = dock(this, QStringLiteral("legendDock"), tr("Legenda"), legendScroll, Qt::LeftDockWidgetArea);

    auto* searchBoxW = new QWidget(this);
    auto* sl = new QVBoxLayout(searchBoxW);
    sl->setContentsMargins(4, 4, 4, 4);
    m_searchBox = new QLineEdit(searchBoxW);
    m_searchBox->setObjectName(QStringLiteral("searchBox"));
    m_searchBox->setPlaceholderText(tr("Cari desa, kecamatan, fasilitas…"));
    m_searchBox->setClearButtonEnabled(true);
    m_searchResults = new QListWidget(searchBoxW);
    m_searchResults->setObjectName(QStringLiteral("searchResults"));
    sl->addWidget(m_searchBox);
    sl->addWidget(m_searchResults, 1);
    auto* ds = dock(this, QStringLiteral("searchDock"), tr("Cari"), searchBoxW, Qt::LeftDockWidgetArea);
    tabifyDockWidget(dl, ds);
    dl->raise();
    resizeDocks({dl, dg}, {250, 560}, Qt::Vertical);
    Q_UNUSED(dg);

    m_identify = new IdentifyPanel(this);
    m_identify->setObjectName(QStringLiteral("identify"));
    auto* di = dock(this, QStringLiteral("identifyDock"), tr("Info wilayah"), m_identify, Qt::RightDockWidgetArea);
    m_underserved = new QTreeWidget(this);
    m_underserved->setObjectName(QStringLiteral("underserved"));
    m_underserved->setHeaderLabels({tr("Peringkat"), tr("Wilayah"), tr("Kecamatan"), tr("Skor"), tr("Alasan")});
    m_underserved->setRootIsDecorated(false);
    auto* du = dock(this, QStringLiteral("underservedDock"), tr("Kurang terlayani"), m_underserved, Qt::RightDockWidgetArea);
    m_review = new GeocodeReviewPanel(this);
    auto* dr = dock(this, QStringLiteral("reviewDock"), tr("Tinjau geokode"), m_review, Qt::RightDockWidgetArea);
    tabifyDockWidget(di, du);
    tabifyDockWidget(du, dr);
    di->raise();

    auto* tableW = new QWidget(this);
    auto* tl = new QVBoxLayout(tableW);
    tl->setContentsMargins(4, 4, 4, 4);
    auto* filter = new QLineEdit(tableW);
    filter->setPlaceholderText(tr("Saring tabel…"));
    filter->setClearButtonEnabled(true);
    m_tableModel = new QStandardItemModel(this);
    m_tableProxy = new QSortFilterProxyModel(this);
    m_tableProxy->setSourceModel(m_tableModel);
    m_tableProxy->setSortRole(kValueRole);
    m_tableProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_tableProxy->setFilterKeyColumn(-1);
    m_table = new QTableView(tableW);
    m_table->setObjectName(QStringLiteral("attributeTable"));
    m_table->setModel(m_tableProxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    auto* exportTable = new QPushButton(tr("Ekspor tabel (CSV/XLSX)…"), tableW);
    exportTable->setObjectName(QStringLiteral("exportTableButton"));
    connect(exportTable, &QPushButton::clicked, this, [this] {
        if (m_project && !m_indicator.isEmpty())
            exportIndicatorTableDialog(this, *m_project, m_indicator, m_period, m_level, m_codePrefix, QFileInfo(defaultExportName()).completeBaseName() + QStringLiteral("_tabel.xlsx"));
    });
    auto* tableBar = new QHBoxLayout;
    tableBar->addWidget(filter, 1);
    tableBar->addWidget(exportTable);
    tl->addLayout(tableBar);
    tl->addWidget(m_table, 1);
    auto* dt = dock(this, QStringLiteral("tableDock"), tr("Tabel atribut"), tableW, Qt::BottomDockWidgetArea);
    dt->hide();   // on demand (View menu); the map gets the room

    m_status = new QLabel(this);
    statusBar()->addPermanentWidget(m_status);

    connect(filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        // Filtering moves the current row when the selected one is hidden: that must not
        // select another area on the map. The table's selection follows the map's after it.
        {
            QSignalBlocker b(m_table->selectionModel());
            m_tableProxy->setFilterFixedString(text);
            m_table->selectionModel()->clear();
        }
        if (!m_selected.isEmpty())
            selectArea(m_selected);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& idx) {
        if (idx.isValid())
            selectArea(m_tableProxy->index(idx.row(), 0).data().toString());
    });
    connect(m_canvas, &MapCanvas::clicked, this, &MainWindow::identifyAt);
    // The facility legend says how the frame on screen draws them (dots, counts).
    connect(m_canvas, &MapCanvas::pointModesShown, this, [this](const std::vector<int>& modes, const std::vector<int>& levels) {
        std::vector<ps::render::FacilityLegendLayer> layers;
        std::vector<int> drawn;
        for (const auto& [index, layer] : m_facilityLegendLayers)
            if (index < modes.size()) {
                layers.push_back(layer);
                if (index < levels.size() && levels[index] > 0)
                    layers.back().areaCodeLength = levels[index];   // counted per kabupaten or provinsi when crowded
                drawn.push_back(modes[index]);
            }
        if (layers.empty())
            return;
        std::vector<ps::render::LegendGroup> legend = m_shownLegend;
        for (ps::render::LegendGroup& g : legend)
            if (g.title == tr("Fasilitas kesehatan"))
                g.items = ps::render::facilityLegendItems(layers, drawn);
        m_legend->setGroups(legend);
    });
    connect(m_canvas, &MapCanvas::mapPainted, this, [this] {
        trace("map painted");
        m_status->setText(tr("Digambar dalam %1 ms").arg(m_canvas->lastRenderMs()));
    });
    connect(m_canvas, &MapCanvas::pointDragged, this, [this](const QPointF& from, const QPointF& to) {
        // Shift + drag moves the nearest facility under review (within 10 px).
        if (!m_project)
            return;
        LonLatTransform t(m_crs);
        const double maxD = 10 * m_canvas->settings().mapUnitsPerPixel() * m_canvas->devicePixelRatioF();
        qint64 best = 0;
        double bestD = maxD;
        for (const Facility& f : m_facilities) {
            if (!f.lon || !f.lat)
                continue;
            const QPointF m = t.toMap(*f.lon, *f.lat);
            const double d = std::hypot(m.x() - from.x(), m.y() - from.y());
            if (d < bestD) {
                bestD = d;
                best = f.id;
            }
        }
        if (best == 0)
            return;
        const QPointF ll = t.toLonLat(to);
        m_review->moveFacility(best, ll.x(), ll.y());   // asks first: from/to desa and kecamatan
    });
    connect(m_layers, &LayersPanel::changed, this, &MainWindow::refreshLayers);
    connect(m_indicatorBox, &QComboBox::activated, this, [this] {
        // The same year for the new indicator when it has one (comparing indicators for 2023), else its latest.
        setIndicator(m_indicatorBox->currentData().toString(), m_period);
    });
    connect(m_periodBox, &QComboBox::activated, this, [this] {
        setIndicator(m_indicator, m_periodBox->currentData().toInt());
    });
    connect(m_levelBox, &QComboBox::activated, this, [this] {
        setLevel(static_cast<AdminLevel>(m_levelBox->currentData().toInt()));
    });
    connect(m_searchBox, &QLineEdit::textChanged, this, [this](const QString& t) { search(t); });
    connect(m_searchResults, &QListWidget::itemClicked, this, [this](QListWidgetItem* it) {
        const auto kind = static_cast<SearchEntry::Kind>(it->data(Qt::UserRole + 1).toInt());
        const QString code = it->data(Qt::UserRole).toString();
        if (kind == SearchEntry::Facility) {
            for (const Facility& f : m_facilities)
                if (f.id == code.toLongLong())
                    showFacility(f);
        } else {
            selectArea(code, true);
        }
    });
    connect(m_underserved, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* it) {
        selectArea(it->data(0, Qt::UserRole).toString(), true);
    });
    connect(m_review, &GeocodeReviewPanel::facilitySelected, this, [this](const Facility& f) {
        showFacility(f);   // the highlight is this facility's only
        if (f.lon && f.lat && !m_crs.isEmpty()) {   // and the map centres on it
            const QPointF m = LonLatTransform(m_crs).toMap(*f.lon, *f.lat);
            const QRectF v = m_canvas->settings().visibleExtent();
            m_canvas->setExtent(v.translated(m - v.center()));
        } else {
            m_canvas->setHighlight({});   // nothing to show: no stale ring of the previous row
        }
    });
    connect(m_review, &GeocodeReviewPanel::facilityFixed, this, [this](qint64 id) {
        m_facilities = m_project->facilities();
        fillSearchIndex();
        fillOverlay();
        updateStaleBanner();
        refreshLayers();
        if (auto f = m_project->facility(id))
            showFacility(*f);
    });
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&Berkas"));
    file->addAction(tr("&Buka proyek…"), QKeySequence::Open, this, &MainWindow::openProjectDialog);
    m_recentMenu = file->addMenu(tr("Proyek &terakhir"));
    updateRecentMenu();
    file->addSeparator();
    file->addAction(tr("Impor batas wilayah…"), this, [this] { importDialog(0); });
    file->addAction(tr("Impor fasilitas…"), this, [this] { importDialog(1); });
    file->addAction(tr("Impor indikator…"), this, [this] { importDialog(2); });
    file->addSeparator();
    file->addAction(tr("&Ekspor peta…"), QKeySequence(Qt::CTRL | Qt::Key_E), this, &MainWindow::exportDialog);
    file->addSeparator();
    file->addAction(tr("&Keluar"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(tr("&Sunting"));
    QAction* undo = m_review->undoStack()->createUndoAction(this, tr("Batalkan"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    undo->setObjectName(QStringLiteral("undoAction"));
    QAction* redo = m_review->undoStack()->createRedoAction(this, tr("Ulangi"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setObjectName(QStringLiteral("redoAction"));
    edit->addAction(undo);
    edit->addAction(redo);
    addAction(undo);   // the shortcuts work wherever the focus is
    addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("Riwayat lokasi fasilitas terpilih…"), this, [this] {
        if (m_project && m_selectedFacility > 0)
            FacilityHistoryDialog(*m_project, m_selectedFacility, this).exec();
        else
            QMessageBox::information(this, QStringLiteral("PetaSehat"), tr("Pilih fasilitas di peta atau di daftar tinjauan lebih dulu."));
    });
    edit->addAction(tr("Nama petugas…"), this, [this] {
        setOfficerName(QString());
        officerName(this);
    });

    QMenu* maps = menuBar()->addMenu(tr("&Peta"));
    maps->addAction(tr("Simpan peta sebagai…"), this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Simpan peta"),
                                                   tr("Nama peta (juga untuk petasehat render --map NAMA):"),
                                                   QLineEdit::Normal, m_indicator, &ok);
        if (ok)
            saveMapAs(name);
    });
    m_savedMapsMenu = maps->addMenu(tr("Peta tersimpan"));
    m_savedMapsMenu->setEnabled(false);

    QMenu* analysis = menuBar()->addMenu(tr("&Analisis"));
    analysis->addAction(tr("Jalankan analisis jangkauan…"), this, &MainWindow::coverageDialog);

    QMenu* view = menuBar()->addMenu(tr("&Tampilan"));
    view->addAction(tr("Seluruh wilayah"), QKeySequence(Qt::CTRL | Qt::Key_0), m_canvas, &MapCanvas::zoomToFull);
    view->addSeparator();
    for (QDockWidget* d : findChildren<QDockWidget*>())
        view->addAction(d->toggleViewAction());

    QMenu* lang = menuBar()->addMenu(tr("&Bahasa"));
    auto* group = new QActionGroup(this);
    for (const auto& [code, label] : {std::pair{QStringLiteral("id"), QStringLiteral("Bahasa Indonesia")},
                                      std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction* a = lang->addAction(label);
        a->setCheckable(true);
        a->setChecked(ps::language() == code);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, c = code] { setLanguageAndRestart(c); });
    }
    QMenu* help = menuBar()->addMenu(tr("Ba&ntuan"));
    help->addAction(tr("Tentang PetaSehat"), this, [this] {
        QMessageBox::about(this, QStringLiteral("PetaSehat"),
                           tr("PetaSehat — peta kesehatan untuk Dinas Kesehatan.\n"
                              "Geser peta: seret atau tombol panah. Zoom: roda tetikus, +/-, Ctrl + seret (kotak).\n"
                              "Pindahkan titik fasilitas: Shift + seret."));
    });
}

void MainWindow::setLanguageAndRestart(const QString& lang)
{
    QSettings().setValue(QStringLiteral("language"), lang);
    if (lang == ps::language())
        return;
    const auto answer = QMessageBox::question(this, QStringLiteral("PetaSehat"),
                                              tr("Bahasa akan berganti setelah aplikasi dibuka ulang. Buka ulang sekarang?"));
    if (answer != QMessageBox::Yes)
        return;
    QStringList args;
    if (m_project)
        args << m_project->path();
    close();
    QProcess::startDetached(QCoreApplication::applicationFilePath(), args);
    qApp->quit();
}

QStringList MainWindow::recentProjects() { return QSettings().value(QStringLiteral("recentProjects")).toStringList(); }

void MainWindow::addRecent(const QString& path)
{
    QStringList r = recentProjects();
    const QString abs = QFileInfo(path).absoluteFilePath();
    r.removeAll(abs);
    r.prepend(abs);
    while (r.size() > 8)
        r.removeLast();
    QSettings().setValue(QStringLiteral("recentProjects"), r);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    for (const QString& p : recentProjects())
        m_recentMenu->addAction(p, this, [this, p] { openProject(p); });
    m_recentMenu->setEnabled(!m_recentMenu->isEmpty());
}

void MainWindow::openProjectDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Buka proyek"), QString(),
                                                      tr("Proyek PetaSehat (*.petasehat *.sqlite *.db);;Semua berkas (*)"));
    if (!path.isEmpty())
        openProject(path);
}

bool MainWindow::openProject(const QString& path, bool quiet)
{
    trace("open project");
    std::unique_ptr<ps::Project> p;
    try {
        p = ps::Project::open(path);
    } catch (const std::exception& e) {
        if (!quiet)
            QMessageBox::warning(this, tr("Proyek tidak dapat dibuka"), QString::fromUtf8(e.what()));
        return false;
    }
    saveLastView();   // the project being left
    m_built.reset();
    m_builder.reset();
    m_project = std::move(p);
    m_builder = std::make_unique<ps::render::MapBuilder>(*m_project);
    m_codePrefix.clear();
    m_selected.clear();
    try {
        m_crs = m_builder->crs(m_codePrefix);
    } catch (const std::exception& e) {
        if (!quiet)
            QMessageBox::warning(this, tr("Proyek kosong"), QString::fromUtf8(e.what()));
        m_crs.clear();
    }
    trace("crs");
    m_facilities = m_project->facilities();
    m_selectedFacility = 0;
    m_overlay->setSelected(0);
    trace("facilities");
    m_desa.reset();
    if (!m_crs.isEmpty())
        m_canvas->setCrs(m_crs);
    loadAnalysisLayers();
    setWindowTitle(QStringLiteral("%1 — PetaSehat").arg(QFileInfo(path).fileName()));
    fillOverlay();
    trace("analysis layers");
    m_review->setProject(m_project.get());
    trace("review");
    fillSearchIndex();
    trace("search");
    fillUnderserved();
    m_selected.clear();   // a code of the previous project means nothing here
    fillIndicatorPickers();
    trace("pickers");
    rebuildMap();
    trace("map built");
    // Settle the docks' layout (their contents just changed) before the first
    // render starts, so it is made at the canvas's final size.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    if (m_built) {
        const QRectF e = m_built->features->extent();
        const double pad = std::max(e.width(), e.height()) * 0.03;   // symbols on the edge stay whole
        m_canvas->setFullExtent(e.adjusted(-pad, -pad, pad, pad));
        m_canvas->zoomToFull();
    }
    // The map as it was when the project was last closed.
    if (const auto st = loadMapState(*m_project, lastViewName()))
        applyMapState(*st);
    updateSavedMapsMenu();
    addRecent(path);
    return true;
}

void MainWindow::loadAnalysisLayers()
{
    m_coverage.reset();
    m_underservedGeom.reset();
    m_analysisMap.reset();
    m_analysisRun.reset();
    if (m_project && !m_crs.isEmpty()) {
        if (m_project->db().hasTable("coverage_geom"))
            m_coverage = readGeoms(*m_project,
                                   "SELECT area_code, facility_type, AsBinary(geom) FROM coverage_geom WHERE covered = 1 AND "
                                   "run_id = (SELECT max(run_id) FROM coverage_geom) AND facility_type = "
                                   // posyandu (the service the ranking is about) when the run has it, else any primary care
                                   "(SELECT facility_type FROM coverage_geom WHERE run_id = (SELECT max(run_id) FROM coverage_geom) "
                                   "ORDER BY facility_type = 'posyandu' DESC, facility_type = 'any' DESC LIMIT 1)",
                                   m_crs);
        if (m_project->db().hasTable("underserved_rank"))
            m_underservedGeom = readGeoms(*m_project,
                                          "SELECT area_code, name, AsBinary(geom) FROM underserved_rank WHERE underserved = 1 "
                                          "AND level = 'desa' AND run_id = (SELECT max(run_id) FROM underserved_rank)",
                                          m_crs);
        m_analysisRun = ps::analysis::latestRun(*m_project);
        if (m_analysisRun) {
            // The score fills and the proposed sites as the CLI's underserved map draws them (render/AnalysisMaps).
            ps::render::MapSpec spec;
            spec.kind = ps::render::MapKind::Underserved;
            spec.level = AdminLevel::Desa;
            spec.codePrefix = m_codePrefix;
            spec.facilities = false;
            spec.inset = false;
            spec.labels = false;
            try {
                m_analysisMap = m_builder->build(spec);
            } catch (const std::exception& e) {
                statusBar()->showMessage(QString::fromUtf8(e.what()), 10000);
            }
        }
    }
    updateStaleBanner();
}

void MainWindow::updateStaleBanner()
{
    QString text;
    if (m_project && m_analysisRun) {
        const QString changed = lastLocationChange(*m_project);
        if (analysisIsStale(m_analysisRun->startedAt, changed))
            text = tr("Analisis jangkauan di peta (no. %1, %2) lebih lama dari perbaikan lokasi atau impor terakhir (%3): "
                      "lapisan jangkauan, skor dan usulan lokasi belum memperhitungkannya.")
                       .arg(m_analysisRun->id)
                       .arg(m_analysisRun->startedAt.left(16).replace(QLatin1Char('T'), QLatin1Char(' ')),
                            changed.left(16).replace(QLatin1Char('T'), QLatin1Char(' ')));
    }
    m_banner->setMessage(text);
}

qint64 MainWindow::runCoverage(const ps::analysis::CoverageParams& params)
{
    if (!m_project)
        return 0;
    QString error;
    const qint64 run = runCoverageWithProgress(this, m_project->path(), params, &error);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Analisis jangkauan gagal"), error);
        return 0;
    }
    if (run == 0) {
        statusBar()->showMessage(tr("Analisis dibatalkan; proyek tidak berubah."), 10000);
        return 0;
    }
    loadAnalysisLayers();
    fillUnderserved();
    {
        QSignalBlocker b(m_layers);
        for (LayerId id : {LayerId::UnderservedScore, LayerId::Underserved, LayerId::ProposedSites})
            m_layers->setVisible(id, true);
        m_layers->setVisible(LayerId::Indicator, false);   // the score is the choropleth now
    }
    refreshLayers();
    statusBar()->showMessage(tr("Analisis jangkauan no. %1 tersimpan di proyek.").arg(run), 10000);
    return run;
}

void MainWindow::coverageDialog()
{
    if (!m_project)
        return;
    CoverageRunDialog d(*m_project, m_codePrefix, this);
    if (d.exec() == QDialog::Accepted)
        runCoverage(d.params());
}

MapState MainWindow::currentMapState() const
{
    MapState st;
    st.indicator = m_indicator;
    st.period = m_period;
    st.level = m_level;
    st.method = m_methodBox->currentData().toString();
    st.classes = m_classesBox->value();
    st.palette = m_paletteBox->currentData().toString();
    st.layers = m_layers->drawOrder();
    st.crs = m_crs;
    st.extent = m_canvas->extent();
    return st;
}

void MainWindow::applyMapState(const MapState& st)
{
    if (!m_project)
        return;
    {
        QSignalBlocker b1(m_methodBox), b2(m_classesBox), b3(m_paletteBox), b4(m_layers);
        m_methodBox->setCurrentIndex(std::max(0, m_methodBox->findData(st.method)));
        m_classesBox->setValue(st.classes);
        m_paletteBox->setCurrentIndex(std::max(0, m_paletteBox->findData(st.palette)));
        if (!st.layers.empty())
            m_layers->setDrawOrder(st.layers);
        m_level = st.level;
        m_levelBox->setCurrentIndex(std::max(0, m_levelBox->findData(static_cast<int>(st.level))));
    }
    if (!st.indicator.isEmpty() && m_indicatorBox->findData(st.indicator) >= 0)
        setIndicator(st.indicator, st.period);   // rebuilds the map
    else
        rebuildMap();
    fillUnderserved();
    if (st.crs == m_crs && !st.extent.isEmpty())
        m_canvas->setExtent(st.extent);
}

void MainWindow::saveLastView()
{
    if (!m_project || !m_built)
        return;
    try {
        storeMapState(*m_project, lastViewName(), currentMapState());
    } catch (const std::exception&) {
        // A read-only project file keeps no view; nothing is lost but the view.
    }
}

bool MainWindow::saveMapAs(const QString& name)
{
    if (!m_project || name.trimmed().isEmpty())
        return false;
    try {
        storeMapState(*m_project, name.trimmed(), currentMapState());
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Peta tidak tersimpan"), QString::fromUtf8(e.what()));
        return false;
    }
    updateSavedMapsMenu();
    statusBar()->showMessage(tr("Peta \"%1\" tersimpan di proyek (petasehat render PROYEK --map \"%1\" --out peta.png).").arg(name.trimmed()), 10000);
    return true;
}

bool MainWindow::openSavedMap(const QString& name)
{
    if (!m_project)
        return false;
    const auto st = loadMapState(*m_project, name);
    if (!st)
        return false;
    applyMapState(*st);
    return true;
}

void MainWindow::updateSavedMapsMenu()
{
    m_savedMapsMenu->clear();
    if (m_project)
        for (const QString& name : ps::render::savedMapNames(*m_project))
            m_savedMapsMenu->addAction(name, this, [this, name] { openSavedMap(name); });
    m_savedMapsMenu->setEnabled(!m_savedMapsMenu->isEmpty());
}

void MainWindow::fillIndicatorPickers()
{
    QSignalBlocker b(m_indicatorBox);
    m_indicatorBox->clear();
    const auto& cat = ps::Catalogue::standard();
    for (const QString& code : m_project->indicatorsWithData()) {
        const IndicatorDef* def = cat.indicator(code);
        m_indicatorBox->addItem(def ? def->name() : code, code);
    }
    int i = m_indicatorBox->findData(QStringLiteral("stunting"));
    if (i < 0 && m_indicatorBox->count() > 0)
        i = 0;
    m_indicatorBox->setCurrentIndex(i);
    m_indicator = i >= 0 ? m_indicatorBox->itemData(i).toString() : QString();
    m_period = 0;
    // The years are this project's: rebuildMap() refills them (a previous
    // project's list would leave year 0 asked for, and every area "no data").
    m_periodSelector->clear();
}

void MainWindow::setIndicator(const QString& code, int period)
{
    if (!m_project)
        return;
    m_indicator = code;
    m_period = m_periodSelector->fill(*m_project, code, period);   // the same period when the indicator has it
    {
        QSignalBlocker b1(m_indicatorBox);
        m_indicatorBox->setCurrentIndex(m_indicatorBox->findData(code));
    }
    rebuildMap();
}

void MainWindow::setLevel(AdminLevel level)
{
    m_level = level;
    {
        QSignalBlocker b(m_levelBox);
        m_levelBox->setCurrentIndex(m_levelBox->findData(static_cast<int>(level)));
    }
    m_selected.clear();
    rebuildMap();
    fillUnderserved();
}

void MainWindow::rebuildMap()
{
    if (!m_builder || m_crs.isEmpty())
        return;
    if (m_periodBox->count() == 0 && !m_indicator.isEmpty()) {
        setIndicator(m_indicator, m_period);   // fills the period picker, then comes back here
        return;
    }
    ps::render::MapSpec spec = screenSpec();
    spec.facilities = false;   // facility layers are the layer panel's
    spec.inset = false;
    try {
        m_built = m_builder->build(spec);
        trace("builder.build");
    } catch (const std::exception& e) {
        statusBar()->showMessage(QString::fromUtf8(e.what()), 10000);
        spec.kind = ps::render::MapKind::Facilities;
        try {
            m_built = m_builder->build(spec);
        } catch (const std::exception&) {
            m_built.reset();
            return;
        }
    }
    // Official and manual classes are fixed by their thresholds: the class count does not apply.
    const bool fixedClasses = m_built->classification.method == classify::Method::Official ||
                              m_built->classification.method == classify::Method::Manual;
    m_classesBox->setEnabled(!fixedClasses);
    m_classesBox->setToolTip(fixedClasses ? tr("Kelas resmi indikator ini tetap; jumlah kelas berlaku untuk metode lain") : QString());
    fillAttributeTable();
    updateNoDataBanner();
    if (m_selected.isEmpty())
        showSummary();
    trace("table");
    refreshLayers();
    trace("layers");
    if (!m_selected.isEmpty())
        selectArea(m_selected);
}

// A level without data would show every area as "Tidak ada data": say so, and name the
// levels that have data, instead of leaving an all-hatched map to be misread.
void MainWindow::updateNoDataBanner()
{
    m_noData->hide();
    if (!m_project || m_indicator.isEmpty() || m_period == 0)
        return;
    const std::vector<AdminLevel> have = m_project->levelsWithData(m_indicator, m_period, m_codePrefix);
    // The words of the Tingkat box, so the message names what the user can pick.
    auto levelLabel = [this](AdminLevel l) {
        const int i = m_levelBox->findData(static_cast<int>(l));
        return i >= 0 ? m_levelBox->itemText(i) : levelName(l);
    };
    QStringList names;
    for (AdminLevel l : have) {
        if (levelRank(l) == levelRank(m_level))
            return;
        names << levelLabel(l);
    }
    const IndicatorDef* def = ps::Catalogue::standard().indicator(m_indicator);
    const QString what = (def ? def->name() : m_indicator) + QLatin1Char(' ') + ps::periodLabel(m_period);
    m_noData->setText(names.isEmpty() ? tr("%1: tidak ada data untuk periode ini.").arg(what)
                                      : tr("%1: tidak ada data di tingkat %2. Data ada di tingkat: %3 (pilih di kotak Tingkat).")
                                            .arg(what, levelLabel(m_level), names.join(QStringLiteral(", "))));
    m_noData->show();
}

void MainWindow::refreshLayers()
{
    if (!m_built || m_built->page.panels.empty())
        return;
    using namespace ps::render;
    const MapLayers& base = m_built->page.panels[0].layers;
    MapLayers out;
    std::vector<LegendGroup> legend;
    // The indicator's classes only while its layer is shown (the score may replace it).
    const auto order = m_layers->drawOrder();
    const bool indicatorShown = std::any_of(order.begin(), order.end(), [](const LayerState& l) {
        return l.id == LayerId::Indicator && l.visible;
    });
    for (const LegendGroup& g : m_built->page.legend)
        if (indicatorShown && !g.items.empty() && !g.items.front().symbol)
            legend.push_back(g);
    LegendGroup facilityLegend, analysisLegend, scoreLegend;
    facilityLegend.title = tr("Fasilitas kesehatan");
    analysisLegend.title = tr("Analisis jangkauan terakhir");
    LonLatTransform lonLat(m_crs);
    m_facilityLegendLayers.clear();
    // The classified areas by code, for counts per area.
    const AreaIndex areaIndex(m_built->features ? *m_built->features : FeatureSet());
    std::set<FacilityType> shownTypes;   // their reach circles when zoomed in (overlay)
    for (const LayerState& st : m_layers->drawOrder())
        for (const auto& [layer, type] : kFacilityLayers)
            if (st.visible && st.id == layer)
                shownTypes.insert(type);
    m_overlay->setShownTypes(std::move(shownTypes));
    for (const LayerState& st : m_layers->drawOrder()) {
        if (!st.visible)
            continue;
        switch (st.id) {
        case LayerId::Indicator:
            for (AreaLayer a : base.areas) {
                // The levels above are drawn from their stored boundaries; one
                // dissolved from the mapped areas is left out (see AreaLayer::dissolved).
                if (a.dissolved)
                    continue;
                for (QColor& c : a.fills)
                    c = withOpacity(c, st.opacity);
                a.hatchBackground = withOpacity(a.hatchBackground, st.opacity);
                out.areas.push_back(std::move(a));
            }
            for (const PointLayer& pl : base.points)
                if (pl.onlyWithLabel)   // the names of kota too small for them, beside a dot
                    out.points.push_back(pl);
            break;
        case LayerId::Desa:
            if (m_level == AdminLevel::Kecamatan) {
                if (!m_desa)
                    m_desa = m_builder->areas(AdminLevel::Desa, m_codePrefix);
                AreaLayer d;
                d.features = m_desa;
                d.stroke = withOpacity(QColor(90, 90, 90, 160), st.opacity);
                d.strokeWidthPt = 0.3;
                out.areas.push_back(d);
            }
            break;
        case LayerId::Coverage:
            if (m_coverage) {
                AreaLayer c;
                c.features = m_coverage;
                c.fills.assign(m_coverage->size(), withOpacity(QColor(26, 152, 80, 110), st.opacity));
                c.stroke = withOpacity(QColor(26, 120, 60), st.opacity);
                c.strokeWidthPt = 0.4;
                out.areas.push_back(c);
                analysisLegend.items.push_back({m_coverage->size() > 0 && m_coverage->features()[0].name == QLatin1String("posyandu")
                                                    ? tr("Dalam jangkauan posyandu")
                                                    : tr("Dalam jangkauan layanan primer"),
                                                c.fills.empty() ? QColor() : c.fills.front(), false, -1,
                                                std::nullopt, QColor()});
            }
            break;
        case LayerId::Underserved:
            if (m_underservedGeom) {
                // An outline only: a fill would change the indicator's class colours underneath.
                AreaLayer u;
                u.features = m_underservedGeom;
                u.stroke = withOpacity(QColor(60, 20, 90), st.opacity);
                u.strokeWidthPt = 1.8;
                u.strokeBySize = false;   // a flag: seen on small desa too (see AnalysisMaps)
                out.areas.push_back(u);
                analysisLegend.items.push_back({tr("Desa kurang terlayani"), QColor(), false, m_underservedGeom->size(), std::nullopt,
                                                u.stroke});
            }
            break;
        case LayerId::UnderservedScore:
            if (m_analysisMap && !m_analysisMap->page.panels.empty()) {
                for (AreaLayer a : m_analysisMap->page.panels[0].layers.areas)
                    if (a.features == m_analysisMap->features) {   // the score classes, not the district outline
                        for (QColor& c : a.fills)
                            c = withOpacity(c, st.opacity);
                        a.hatchBackground = withOpacity(a.hatchBackground, st.opacity);
                        out.areas.push_back(std::move(a));
                    }
                if (!m_analysisMap->page.legend.empty()) {
                    LegendGroup g = m_analysisMap->page.legend.front();
                    // The heavy outline line belongs to the outline layer, listed with the other analysis layers.
                    g.items.erase(std::remove_if(g.items.begin(), g.items.end(), [](const LegendItem& i) { return i.outline.isValid(); }),
                                  g.items.end());
                    scoreLegend = g;
                }
            }
            break;
        case LayerId::ProposedSites:
            if (m_analysisMap && !m_analysisMap->page.panels.empty())
                for (const PointLayer& pl : m_analysisMap->page.panels[0].layers.points)
                    if (!pl.labels.empty()) {   // the numbered proposals (facilities are off in this map)
                        out.points.push_back(pl);
                        for (const LegendGroup& g : m_analysisMap->page.legend)
                            for (const LegendItem& i : g.items)
                                if (i.symbol && i.symbol->shape == pl.symbols.front().shape && i.symbol->fill == pl.symbols.front().fill)
                                    analysisLegend.items.push_back(i);
                    }
            break;
        default:
            for (const auto& [layer, type] : kFacilityLayers) {
                if (layer != st.id)
                    continue;
                PointLayer pl;
                // Symbol 0: located points; 1: estimated inside their desa (hollow).
                for (SymbolStyle sym : {facilitySymbol(type), estimatedSymbol(type)}) {
                    sym.fill = withOpacity(sym.fill, st.opacity);
                    sym.stroke = withOpacity(sym.stroke, st.opacity);
                    pl.symbols.push_back(sym);
                }
                int estimated = 0;
                // Counts per area of the map's level when a frame is too crowded (density rule).
                pl.countIn = m_built->features;
                for (const AreaLayer& a : base.areas)   // the levels above, finest first, for crowded frames
                    if (a.fills.empty() && a.features && a.features != m_built->features && a.features->size() > 0)
                        pl.coarserCountIn.push_back(a.features);
                for (const Facility& f : m_facilities)
                    if (f.type == type && f.lon && f.lat) {
                        const bool est = isEstimatedPlacement(f);
                        pl.points.push_back({lonLat.toMap(*f.lon, *f.lat), est ? 1 : 0});
                        pl.areaOf.push_back(areaIndex.of(f));
                        estimated += est;
                    }
                if (!pl.points.empty()) {
                    m_facilityLegendLayers.push_back(
                        {out.points.size(), {type, static_cast<int>(pl.points.size()), estimated, areaIndex.codeLength()}});
                    facilityLegend.items.push_back({facilityTypeLabel(type), QColor(), false,
                                                    static_cast<int>(pl.points.size()), facilitySymbol(type), QColor()});
                    appendEstimatedLegend(facilityLegend, {type}, {estimated});
                    out.points.push_back(std::move(pl));
                }
            }
        }
    }
    if (!scoreLegend.items.empty())
        legend.insert(legend.begin(), scoreLegend);
    if (!facilityLegend.items.empty())
        legend.push_back(facilityLegend);
    if (!analysisLegend.items.empty()) {
        if (m_analysisRun)
            analysisLegend.title = tr("Analisis jangkauan no. %1 (%2)").arg(m_analysisRun->id).arg(m_analysisRun->startedAt.left(10));
        legend.push_back(analysisLegend);
    }
    m_shownLegend = legend;
    // The legend changes when the map drawn with these layers is on screen.
    m_canvas->setLayers(out, [this, legend] { m_legend->setGroups(legend); });
}

void MainWindow::fillAttributeTable()
{
    m_tableModel->clear();
    if (!m_built)
        return;
    const IndicatorDef* def = ps::Catalogue::standard().indicator(m_indicator);
    m_tableModel->setHorizontalHeaderLabels({tr("Kode"), tr("Nama"), def ? def->name() + QStringLiteral(" (") + def->unitSymbol() + QStringLiteral(")") : tr("Nilai"),
                                             tr("Pembilang"), tr("Penyebut"), tr("Kelas")});
    std::map<QString, AreaValue> values;
    if (def)
        for (const AreaValue& v : m_project->valuesByLevel(def->code, m_period, m_level, def->scale, m_codePrefix))
            values[v.areaCode] = v;
    const auto& features = m_built->features->features();
    const QLocale loc = ps::numberLocale();
    auto cell = [&](const QString& text, const QVariant& sortKey, bool right = false) {
        auto* it = new QStandardItem(text);
        it->setData(sortKey, kValueRole);
        if (right)
            it->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return it;
    };
    for (int i = 0; i < static_cast<int>(features.size()); ++i) {
        const auto& f = features[i];
        QList<QStandardItem*> row{cell(f.code, f.code), cell(prettyAreaName(f.name), f.name)};
        auto it = values.find(f.code);
        const AreaValue* v = it == values.end() ? nullptr : &it->second;
        auto num = [&](std::optional<double> x, int dec) {
            return x ? cell(ps::formatNumber(*x, dec), *x, true) : cell(QStringLiteral("–"), -1e300, true);
        };
        row << num(v ? v->value : std::nullopt, 2) << num(v ? v->numerator : std::nullopt, 0)
            << num(v ? v->denominator : std::nullopt, 0);
        const int k = i < static_cast<int>(m_built->featureClass.size()) ? m_built->featureClass[i] : -1;
        QString klass = tr("tidak ada data");
        if (k >= 0 && k < m_built->classification.size()) {
            const auto& c = m_built->classification.classes[k];
            klass = c.displayLabel().isEmpty() ? QString::number(k + 1) : c.displayLabel();
        }
        row << cell(klass, k);
        m_tableModel->appendRow(row);
    }
    m_table->resizeColumnsToContents();
}

void MainWindow::fillSearchIndex()
{
    m_searchIndex.clear();
    if (!m_project)
        return;
    // Every entry names its parents (desa — kecamatan — kabupaten): the same
    // name in several places, or several posyandu of one name, stay apart.
    std::map<QString, AdminArea> parents;
    for (AdminLevel l : {AdminLevel::Kabupaten, AdminLevel::Kecamatan})
        for (const AdminArea& a : m_project->areas(l, false))
            parents[a.code] = a;
    auto nameOf = [&](const QString& code) {
        auto it = parents.find(code);
        return it == parents.end() ? QString() : prettyAreaName(it->second.name);
    };
    auto kabOf = [&](const QString& kecCode) {
        auto it = parents.find(kecCode);
        return it == parents.end() ? QString() : nameOf(it->second.parentCode);
    };
    for (const AdminArea& a : m_project->areas(AdminLevel::Kecamatan, false))
        m_searchIndex.add({SearchEntry::Kecamatan, a.code, a.name, parentLine({tr("kecamatan"), nameOf(a.parentCode)}), {}});
    std::map<QString, QString> desaNames;
    // Project::areas(Desa) holds the kelurahan too (one village level).
    for (const AdminArea& a : m_project->areas(AdminLevel::Desa, false)) {
        desaNames[a.code] = a.name;
        m_searchIndex.add({SearchEntry::Desa, a.code, a.name,
                           parentLine({tr("desa"), tr("Kec. %1").arg(nameOf(a.parentCode)), kabOf(a.parentCode)}), {}});
    }
    for (const Facility& f : m_facilities) {
        auto d = desaNames.find(f.desaCode);
        m_searchIndex.add({SearchEntry::Facility, QString::number(f.id), f.name,
                           parentLine({facilityTypeLabel(f.type), d == desaNames.end() ? QString() : prettyAreaName(d->second),
                                       f.kecamatanCode.isEmpty() ? QString() : tr("Kec. %1").arg(nameOf(f.kecamatanCode)),
                                       kabOf(f.kecamatanCode)}),
                           {}});
    }
}

std::vector<SearchEntry> MainWindow::search(const QString& text)
{
    if (m_searchBox->text() != text) {
        QSignalBlocker b(m_searchBox);
        m_searchBox->setText(text);
    }
    const std::vector<SearchEntry> hits = m_searchIndex.find(text);
    m_searchResults->clear();
    for (const SearchEntry& e : hits) {
        auto* it = new QListWidgetItem(QStringLiteral("%1 — %2").arg(prettyAreaName(e.name), e.context), m_searchResults);
        it->setData(Qt::UserRole, e.code);
        it->setData(Qt::UserRole + 1, static_cast<int>(e.kind));
    }
    return hits;
}

void MainWindow::fillUnderserved()
{
    m_underserved->clear();
    if (!m_project || !m_project->db().hasTable("underserved_rank"))
        return;
    // The ranking of the level on the map (desa and kecamatan are ranked separately).
    // The parent kecamatan beside each desa: desa names repeat across kecamatan.
    auto st = m_project->db().prepare(
        "SELECT u.rank, u.name, u.area_code, u.score, u.reason, u.underserved, k.name FROM underserved_rank u "
        "LEFT JOIN admin_area d ON d.code = u.area_code LEFT JOIN admin_area k ON k.code = d.parent_code "
        "WHERE u.run_id = (SELECT max(run_id) FROM underserved_rank) AND u.level = ?1 ORDER BY u.rank LIMIT 500");
    st.bind(1, levelRank(m_level) <= levelRank(AdminLevel::Kecamatan) ? levelName(m_level) : QStringLiteral("desa"));
    while (st.step()) {
        auto* it = new QTreeWidgetItem(m_underserved, {QString::number(st.int64(0)), prettyAreaName(st.text(1)),
                                                       prettyAreaName(st.text(6)), ps::formatNumber(st.real(3), 1), st.text(4)});
        it->setData(0, Qt::UserRole, st.text(2));
        if (st.int64(5))
            for (int c = 0; c < 5; ++c)
                it->setForeground(c, QColor(170, 20, 20));
    }
    for (int c = 0; c < 4; ++c)
        m_underserved->resizeColumnToContents(c);
}

QString parentLine(const QStringList& parts)
{
    QStringList kept;
    for (const QString& p : parts)
        if (!p.trimmed().isEmpty() && !p.endsWith(QLatin1String(". ")))
            kept << p;
    return kept.join(QStringLiteral(" — "));
}

QRectF MainWindow::mapBoundsOfArea(const QString& code)
{
    for (const auto& fs : {m_built ? m_built->features : nullptr, m_builder ? m_builder->areas(AdminLevel::Kecamatan, m_codePrefix) : nullptr}) {
        if (fs && fs->indexOf(code) >= 0)
            return fs->features()[fs->indexOf(code)].bbox;
    }
    if (!m_desa && m_builder)
        m_desa = m_builder->areas(AdminLevel::Desa, m_codePrefix);
    if (m_desa && m_desa->indexOf(code) >= 0)
        return m_desa->features()[m_desa->indexOf(code)].bbox;
    return {};
}

void MainWindow::zoomToArea(const QString& code)
{
    QRectF b = mapBoundsOfArea(code);
    if (b.isEmpty())
        return;
    const double pad = std::max(b.width(), b.height()) * 0.15;
    m_canvas->setExtent(b.adjusted(-pad, -pad, pad, pad));
}

void MainWindow::selectArea(const QString& code, bool zoom)
{
    if (!m_built || !m_project)
        return;
    m_selected = code;
    m_selectedFacility = 0;   // an area is selected now, not a facility
    m_overlay->setSelected(0);
    std::shared_ptr<const ps::render::FeatureSet> fs = m_built->features;
    int i = fs->indexOf(code);
    if (i < 0) {
        if (!m_desa)
            m_desa = m_builder->areas(AdminLevel::Desa, m_codePrefix);
        fs = m_desa;
        i = fs ? fs->indexOf(code) : -1;
        if (i < 0) {
            fs = m_builder->areas(AdminLevel::Kecamatan, m_codePrefix);
            i = fs->indexOf(code);
        }
    }
    if (i < 0)
        return;
    const auto& f = fs->features()[i];
    m_canvas->setHighlight({mapPath(f)});
    if (zoom)
        zoomToArea(code);

    // The table follows the map.
    for (int r = 0; r < m_tableProxy->rowCount(); ++r)
        if (m_tableProxy->index(r, 0).data().toString() == code) {
            QSignalBlocker b(m_table->selectionModel());
            m_table->selectRow(r);
            m_table->scrollTo(m_tableProxy->index(r, 0));
        }

    const std::optional<AdminArea> area = m_project->area(code, false);
    const AdminLevel level = area ? area->level : m_level;
    IdentifyResult res;
    res.title = prettyAreaName(f.name);
    res.subtitle = QStringLiteral("%1 · %2").arg(level == AdminLevel::Provinsi    ? tr("Provinsi")
                                                 : level == AdminLevel::Kabupaten ? tr("Kabupaten/kota")
                                                 : level == AdminLevel::Kecamatan ? tr("Kecamatan")
                                                                                  : tr("Desa/kelurahan"),
                                                 code);
    const IndicatorDef* def = ps::Catalogue::standard().indicator(m_indicator);
    if (def) {
        const auto& cat = ps::Catalogue::standard();
        for (int y : ps::trendPeriods(*m_project, def->code, m_period)) {
            for (const AreaValue& v : m_project->valuesByLevel(def->code, y, level, def->scale, code)) {
                if (v.areaCode != code)
                    continue;
                if (v.value)
                    res.trend.push_back({y, *v.value});
                if (y != m_period)
                    continue;
                res.rows.push_back({QStringLiteral("%1 %2").arg(def->name(), ps::shownPeriod(*m_project, def->code, y)),
                                    v.value ? ps::formatNumber(*v.value, 2) + QStringLiteral(" ") + def->unitSymbol()
                                            : tr("tidak ada data")});
                const VariableDef* nv = cat.variable(def->numerator);
                const VariableDef* dv = cat.variable(def->denominator);
                res.rows.push_back({nv ? ps::pick(nv->labelId, nv->labelEn) : def->numerator,
                                    v.numerator ? ps::formatNumber(*v.numerator, 0) : QStringLiteral("–")});
                res.rows.push_back({dv ? ps::pick(dv->labelId, dv->labelEn) : def->denominator,
                                    v.denominator ? ps::formatNumber(*v.denominator, 0) : QStringLiteral("–")});
                if (v.units > 1)
                    res.rows.push_back({tr("Unit melapor"), QStringLiteral("%1 / %2").arg(v.reporting).arg(v.units)});
            }
        }
        res.trendUnit = def->unitSymbol();
    }
    if (area)
        res.rows.push_back({tr("Luas"), ps::formatNumber(area->areaKm2, 1) + QStringLiteral(" km²")});
    int nFac = 0;
    for (const Facility& fac : m_facilities)
        if (fac.desaCode == code || fac.kecamatanCode == code)
            ++nFac;
    res.rows.push_back({tr("Fasilitas"), QString::number(nFac)});
    if (m_project->db().hasTable("coverage_result")) {
        auto st = m_project->db().prepare(
            "SELECT facility_type, covered_population, population, covered_km2, area_km2 FROM coverage_result "
            "WHERE area_code = ?1 AND run_id = (SELECT max(run_id) FROM coverage_result WHERE area_code = ?1)");
        st.bind(1, code);
        while (st.step()) {
            const auto type = facilityTypeFromName(st.text(0));
            // A type the project has no facility of (0% everywhere) says nothing about this area.
            if (type && std::none_of(m_facilities.begin(), m_facilities.end(), [&](const Facility& f) { return f.type == *type; }))
                continue;
            const QString label = type ? facilityTypeLabel(*type) : tr("layanan primer");   // "any" type
            const double pop = st.real(2), cov = st.real(1);
            res.rows.push_back({tr("Penduduk terjangkau %1").arg(label),
                                pop > 0 ? QStringLiteral("%1 (%2 %)").arg(ps::formatNumber(cov, 0), ps::formatNumber(100 * cov / pop, 1))
                                        : QStringLiteral("–")});
        }
    }
    m_identify->show(res);
}

void MainWindow::showFacility(const Facility& f)
{
    m_selectedFacility = f.id;
    m_overlay->setSelected(f.id);
    IdentifyResult res;
    res.title = f.name;
    res.subtitle = facilityTypeLabel(f.type) + (f.code.isEmpty() ? QString() : QStringLiteral(" · ") + f.code);
    auto add = [&](const QString& k, const QString& v) {
        if (!v.isEmpty())
            res.rows.push_back({k, v});
    };
    add(tr("Status lokasi"), GeocodeReviewPanel::statusLabel(f.status));
    add(tr("Metode"), GeocodeReviewPanel::methodLabel(f.method));
    if (auto d = m_project->area(f.desaCode, false))
        add(tr("Desa"), prettyAreaName(d->name));
    if (auto k = m_project->area(f.kecamatanCode, false))
        add(tr("Kecamatan"), prettyAreaName(k->name));
    if (f.lat && f.lon)
        add(tr("Koordinat"), QStringLiteral("%1, %2").arg(ps::formatNumber(*f.lat, 5), ps::formatNumber(*f.lon, 5)));
    if (f.uncertaintyM)
        add(tr("Ketidakpastian"), QStringLiteral("± %1 m").arg(ps::formatNumber(*f.uncertaintyM, 0)));
    add(tr("Catatan"), ps::geocode::noteForDisplay(f.note));
    add(tr("Diubah oleh"), f.updatedBy);
    add(tr("Diubah pada"), f.updatedAt);
    m_identify->show(res);
    if (f.lon && f.lat && !m_crs.isEmpty()) {
        LonLatTransform t(m_crs);
        const QPointF m = t.toMap(*f.lon, *f.lat);
        const double r = 12 * m_canvas->settings().mapUnitsPerPixel() * m_canvas->devicePixelRatioF();
        QPainterPath ring;
        ring.addEllipse(m, r, r);
        m_canvas->setHighlight({ring});
        if (!m_canvas->settings().visibleExtent().contains(m))
            m_canvas->setExtent(m_canvas->settings().visibleExtent().translated(m - m_canvas->settings().visibleExtent().center()));
    }
}

void MainWindow::identifyAt(const QPointF& mapPoint, const QPointF& widgetPos)
{
    if (!m_built)
        return;
    // Facilities first (they lie on top), within 8 px of the click.
    LonLatTransform t(m_crs);
    const auto visible = m_layers->drawOrder();
    const Facility* best = nullptr;
    double bestD = 8;
    for (const Facility& f : m_facilities) {
        if (!f.lon || !f.lat)
            continue;
        bool shown = false;
        for (const auto& [layer, type] : kFacilityLayers)
            for (const LayerState& s : visible)
                shown |= s.id == layer && type == f.type && s.visible;
        if (!shown)
            continue;
        const QPointF w = m_canvas->mapToWidget(t.toMap(*f.lon, *f.lat));
        const double d = std::hypot(w.x() - widgetPos.x(), w.y() - widgetPos.y());
        if (d < bestD) {
            bestD = d;
            best = &f;
        }
    }
    if (best) {
        m_review->selectFacility(best->id);
        showFacility(*best);
        return;
    }
    const auto& s = m_canvas->settings();
    const QPointF px = s.toPixel(mapPoint);
    for (const auto& f : m_built->features->features()) {
        if (!f.bbox.contains(mapPoint))
            continue;
        if (ps::render::featurePath(f, s).contains(px)) {
            selectArea(f.code);
            return;
        }
    }
    m_selected.clear();
    m_selectedFacility = 0;
    m_overlay->setSelected(0);
    m_canvas->setHighlight({});
    showSummary();
}

void MainWindow::fillOverlay()
{
    std::vector<CanvasOverlay::Point> pts;
    if (m_project && !m_crs.isEmpty()) {
        LonLatTransform t(m_crs);
        std::map<FacilityType, double> reach;
        for (const auto& [layer, type] : kFacilityLayers)
            reach[type] = m_project->setting(QStringLiteral("reach_%1_m").arg(facilityTypeName(type))).toDouble();
        for (const Facility& f : m_facilities) {
            if (!f.lon || !f.lat || f.status == FacilityStatus::Rejected || f.status == FacilityStatus::Unmatched)
                continue;
            const bool est = ps::render::isEstimatedPlacement(f);
            pts.push_back({f.id, t.toMap(*f.lon, *f.lat), reach[f.type], est ? f.uncertaintyM.value_or(0) : 0, est, f.type});
        }
    }
    m_overlay->setPoints(std::move(pts));
    m_canvas->update();
}

void MainWindow::showSummary()
{
    // Nothing selected: the figures of the whole mapped area, from the same
    // numerators and denominators (never an average of rates).
    IdentifyResult res;
    const std::vector<AdminArea> kab = m_project->areas(AdminLevel::Kabupaten, false, m_codePrefix);
    res.title = kab.size() == 1 ? prettyAreaName(kab.front().name) : tr("Seluruh wilayah proyek");
    res.subtitle = tr("Klik wilayah atau fasilitas di peta untuk rinciannya");
    const IndicatorDef* def = ps::Catalogue::standard().indicator(m_indicator);
    if (def) {
        for (int y : ps::trendPeriods(*m_project, def->code, m_period)) {
            double num = 0, den = 0;
            int n = 0, reporting = 0;
            for (const AreaValue& v : m_project->valuesByLevel(def->code, y, AdminLevel::Kecamatan, def->scale, m_codePrefix)) {
                ++n;
                if (v.numerator && v.denominator && *v.denominator > 0) {
                    num += *v.numerator;
                    den += *v.denominator;
                    ++reporting;
                }
            }
            if (den <= 0)
                continue;
            res.trend.push_back({y, num / den * def->scale});
            if (y == m_period) {
                res.rows.push_back({QStringLiteral("%1 %2").arg(def->name(), ps::shownPeriod(*m_project, def->code, y)),
                                    ps::formatNumber(num / den * def->scale, 2) + QStringLiteral(" ") + def->unitSymbol()});
                const auto& cat = ps::Catalogue::standard();
                const VariableDef* nv = cat.variable(def->numerator);
                const VariableDef* dv = cat.variable(def->denominator);
                res.rows.push_back({nv ? ps::pick(nv->labelId, nv->labelEn) : def->numerator, ps::formatNumber(num, 0)});
                res.rows.push_back({dv ? ps::pick(dv->labelId, dv->labelEn) : def->denominator, ps::formatNumber(den, 0)});
                res.rows.push_back({tr("Kecamatan melapor"), QStringLiteral("%1 / %2").arg(reporting).arg(n)});
            }
        }
        res.trendUnit = def->unitSymbol();
    }
    // Every facility of the project; the legend counts those with a point on
    // the map, so the difference (no point yet: unmatched, rejected) is said here.
    std::map<FacilityType, std::pair<int, int>> counts;   // all, with a point
    for (const Facility& f : m_facilities) {
        ++counts[f.type].first;
        counts[f.type].second += f.lon && f.lat ? 1 : 0;
    }
    for (const auto& [type, n] : counts)
        res.rows.push_back({facilityTypeLabel(type), n.first == n.second ? QString::number(n.first)
                                                                         : tr("%1 (%2 di peta, %3 tanpa titik)")
                                                                               .arg(n.first)
                                                                               .arg(n.second)
                                                                               .arg(n.first - n.second)});
    m_identify->show(res);
}

ps::render::MapSpec MainWindow::screenSpec() const
{
    ps::render::MapSpec spec;
    spec.level = m_level;
    spec.codePrefix = m_codePrefix;
    if (m_indicator.isEmpty()) {
        spec.kind = ps::render::MapKind::Facilities;
    } else {
        spec.indicator = m_indicator;
        spec.periods = {m_period};
        spec.method = classify::methodFromId(m_methodBox->currentData().toString());
        spec.classes = m_classesBox->value();
        spec.palette = m_paletteBox->currentData().toString();
    }
    return spec;
}

ps::render::MapSpec MainWindow::exportSpec() const
{
    // What is on screen, with the facility types shown as the page's facility layer.
    ps::render::MapSpec spec = screenSpec();
    bool score = false;
    for (const LayerState& st : m_layers->drawOrder()) {
        for (const auto& [layer, type] : kFacilityLayers)
            if (layer == st.id && st.visible)
                spec.facilityTypes.push_back(type);
        score |= st.id == LayerId::UnderservedScore && st.visible;
    }
    spec.facilities = !spec.facilityTypes.empty();
    if (score && m_analysisMap) {
        // The underserved slide: its title, subtitle and source line name the run.
        spec.kind = ps::render::MapKind::Underserved;
        spec.level = AdminLevel::Desa;
    }
    return spec;
}

QString MainWindow::defaultExportName() const
{
    const ps::render::MapSpec spec = exportSpec();
    QStringList parts;
    if (spec.kind == ps::render::MapKind::Underserved)
        parts << QStringLiteral("kurang_terlayani");
    else if (!m_indicator.isEmpty())
        parts << m_indicator << ps::Period::fromKey(m_period).value_or(ps::Period{m_period}).text();
    else
        parts << QStringLiteral("fasilitas");
    if (m_project) {
        const std::vector<AdminArea> kab = m_project->areas(AdminLevel::Kabupaten, false, m_codePrefix);
        if (kab.size() == 1)
            parts << prettyAreaName(kab.front().name);
    }
    QString name = parts.join(QLatin1Char('_')).toLower();
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9_]+")), QStringLiteral("_"));
    return name + QStringLiteral(".png");
}

ScreenView MainWindow::screenView() const
{
    return {m_canvas->layers(), m_shownLegend, m_canvas->settings().visibleExtent(), defaultExportName()};
}

void MainWindow::exportDialog()
{
    if (!m_builder)
        return;
    ExportDialog d(*m_builder, exportSpec(), this, screenView());
    d.exec();
}

bool MainWindow::exportView(const QString& path)
{
    if (!m_builder)
        return false;
    ExportDialog d(*m_builder, exportSpec(), this, screenView());
    d.setCurrentViewOnly(true);
    return d.exportTo(path, true);
}

void MainWindow::showFacilityById(qint64 id, bool zoom)
{
    if (!m_project)
        return;
    const auto f = m_project->facility(id);
    if (!f)
        return;
    if (zoom && f->lon && f->lat && !m_crs.isEmpty()) {
        // Wide enough for its reach and (for an estimate) its uncertainty circle.
        const QPointF m = LonLatTransform(m_crs).toMap(*f->lon, *f->lat);
        const double r = 1.3 * std::max({f->uncertaintyM.value_or(0), 2000.0});
        m_canvas->setExtent(QRectF(m.x() - r, m.y() - r, 2 * r, 2 * r));
    }
    m_review->selectFacility(id);
    showFacility(*f);
}

void MainWindow::importDialog(int kind)
{
    if (!m_project) {
        QMessageBox::information(this, QStringLiteral("PetaSehat"), tr("Buka proyek lebih dulu."));
        return;
    }
    ImportDialog d(static_cast<ImportDialog::Kind>(kind), m_project->path(), this);
    d.exec();
    if (d.imported())
        openProject(m_project->path(), true);   // show what was imported
}

} // namespace ps::app
