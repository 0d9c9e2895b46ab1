#include "Dialogs.h"
#include "WorkerPool.h"
#include "core/Error.h"
#include "core/Gdal.h"
#include "core/Locale.h"
#include "core/Progress.h"
#include "core/Project.h"
#include "geocode/FacilityImport.h"
#include "io/BoundaryImporter.h"
#include "io/IndicatorImporter.h"
#include "io/TableReader.h"
#include "render/Export.h"
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QUrl>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ps::app {



// ---------------------------------------------------------------- export

ExportDialog::ExportDialog(ps::render::MapBuilder& builder, const ps::render::MapSpec& spec, QWidget* parent,
                           std::optional<ScreenView> view)
    : QDialog(parent), m_builder(builder), m_spec(spec), m_view(std::move(view))
{
    setWindowTitle(tr("Ekspor peta"));
    auto* lay = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("presetBox"));
    for (const auto& p : ps::render::pagePresets())
        m_preset->addItem(QStringLiteral("%1 (%2 × %3 px)").arg(p.id).arg(p.pixels().width()).arg(p.pixels().height()), p.id);
    const QSettings settings;
    const int remembered = m_preset->findData(settings.value(QStringLiteral("export/preset"), spec.preset).toString());
    m_preset->setCurrentIndex(std::max(0, remembered));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setPlaceholderText(tr("(judul otomatis)"));
    m_title->setText(settings.value(settingsKey()).toString());
    form->addRow(tr("Tata letak:"), m_preset);
    if (m_view) {
        m_extent = new QComboBox(this);
        m_extent->setObjectName(QStringLiteral("extentBox"));
        m_extent->addItem(tr("Tampilan peta saat ini"), true);
        m_extent->addItem(tr("Seluruh wilayah"), false);
        m_extent->setCurrentIndex(settings.value(QStringLiteral("export/currentView"), true).toBool() ? 0 : 1);
        form->addRow(tr("Cakupan:"), m_extent);
        connect(m_extent, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePreview);
    }
    form->addRow(tr("Judul:"), m_title);
    lay->addLayout(form);
    m_previewLabel = new QLabel(this);
    m_previewLabel->setMinimumSize(640, 380);
    m_previewLabel->setAlignment(Qt::AlignCenter);
    m_previewLabel->setStyleSheet(QStringLiteral("background: #888"));
    lay->addWidget(m_previewLabel, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Simpan…"));
    buttons->button(QDialogButtonBox::Close)->setText(tr("Tutup"));
    lay->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        const QString dir = QSettings().value(QStringLiteral("export/folder"), QDir::homePath()).toString();
        // Qt's own dialog: it follows the application's language (the native one does not).
        const QString path = QFileDialog::getSaveFileName(this, tr("Simpan peta"), QDir(dir).filePath(defaultFileName()),
                                                          tr("Gambar PNG (*.png);;SVG (*.svg);;PDF (*.pdf)"), nullptr,
                                                          QFileDialog::DontUseNativeDialog);
        if (!path.isEmpty() && exportTo(path))
            accept();
    });
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePreview);
    connect(m_title, &QLineEdit::editingFinished, this, &ExportDialog::updatePreview);
    updatePreview();
}

QString ExportDialog::settingsKey() const
{
    // The title belongs to the map it was written for: indicator, year, kind.
    return QStringLiteral("export/title/%1_%2_%3")
        .arg(static_cast<int>(m_spec.kind))
        .arg(m_spec.indicator)
        .arg(m_spec.periods.empty() ? 0 : m_spec.periods.front());
}

void ExportDialog::setCurrentViewOnly(bool on)
{
    if (m_extent)
        m_extent->setCurrentIndex(on ? 0 : 1);
}

void ExportDialog::setTitle(const QString& title)
{
    m_title->setText(title);
    updatePreview();
}

void ExportDialog::setPreset(const QString& id)
{
    m_preset->setCurrentIndex(std::max(0, m_preset->findData(id)));
}

QString ExportDialog::defaultFileName() const
{
    return m_view && !m_view->defaultFileName.isEmpty() ? m_view->defaultFileName : QStringLiteral("peta.png");
}

void ExportDialog::updatePreview()
{
    m_spec.title = m_title->text();
    m_spec.preset = m_preset->currentData().toString();
    try {
        m_page = m_builder.build(m_spec).page;
        if (m_view && !m_page.panels.empty()) {
            // What the screen shows: its layers and legend, over its view or the whole area.
            m_page.panels[0].layers = m_view->layers;
            m_page.legend = m_view->legend;
            if (m_extent && m_extent->currentData().toBool() && !m_view->visibleExtent.isEmpty())
                m_page.panels[0].extent = m_view->visibleExtent;
        }
        const auto preset = ps::render::pagePreset(m_spec.preset);
        if (!preset)
            return;
        // A low-DPI rendering of the same page: what the file will look like.
        m_preview = ps::render::renderPageImage(m_page, *preset, 48.0);
        m_previewLabel->setPixmap(QPixmap::fromImage(m_preview).scaled(m_previewLabel->size(), Qt::KeepAspectRatio,
                                                                       Qt::SmoothTransformation));
    } catch (const std::exception& e) {
        m_previewLabel->setText(QString::fromUtf8(e.what()));
    }
}

bool ExportDialog::exportTo(const QString& path, bool quiet)
{
    const auto preset = ps::render::pagePreset(m_spec.preset);
    const auto format = ps::render::formatFromPath(path);
    if (!preset || !format)
        return false;
    ps::Progress progress;
    QProgressDialog dlg(tr("Mengekspor peta…"), tr("Batal"), 0, 0, this);
    dlg.setWindowModality(Qt::WindowModal);
    dlg.setMinimumDuration(300);
    connect(&dlg, &QProgressDialog::canceled, this, [&progress] { progress.cancel(); });
    QString error;
    const ps::render::Page page = m_page;
    QFutureWatcher<void> w;
    QEventLoop loop;
    connect(&w, &QFutureWatcher<void>::finished, &loop, &QEventLoop::quit);
    w.setFuture(QtConcurrent::run(&workerPool(), [&] {
        try {
            ps::render::exportPage(page, *preset, path, *format, {}, &progress);
        } catch (const std::exception& e) {
            error = QString::fromUtf8(e.what());
        }
    }));
    loop.exec();
    if (!error.isEmpty() && !quiet)
        QMessageBox::warning(this, tr("Ekspor gagal"), error);
    const bool ok = error.isEmpty() && !progress.cancelled();
    if (ok) {
        QSettings settings;
        settings.setValue(QStringLiteral("export/preset"), m_spec.preset);
        settings.setValue(settingsKey(), m_title->text());
        settings.setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
        if (m_extent)
            settings.setValue(QStringLiteral("export/currentView"), m_extent->currentData().toBool());
    }
    if (ok && !quiet) {
        QMessageBox box(QMessageBox::Information, tr("Peta tersimpan"),
                        tr("Peta tersimpan:\n%1").arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())),
                        QMessageBox::Ok, this);
        QPushButton* open = box.addButton(tr("Buka folder"), QMessageBox::ActionRole);
        box.exec();
        if (box.clickedButton() == open)
            QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
    }
    return ok;
}

// ---------------------------------------------------------------- import

ImportDialog::ImportDialog(Kind kind, const QString& projectPath, QWidget* parent)
    : QDialog(parent), m_kind(kind), m_projectPath(projectPath)
{
    const QString titles[] = {tr("Impor batas wilayah"), tr("Impor fasilitas"), tr("Impor indikator")};
    setWindowTitle(titles[kind]);
    resize(900, 640);
    auto* lay = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    auto* fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    auto* browse = new QPushButton(tr("Pilih…"), this);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("Berkas:"), fileRow);
    m_layer = new QComboBox(this);
    form->addRow(kind == Boundaries ? tr("Lapisan:") : tr("Lembar:"), m_layer);
    m_codeField = new QComboBox(this);
    m_nameField = new QComboBox(this);
    m_type = new QComboBox(this);
    m_prefix = new QLineEdit(this);
    m_prefix->setPlaceholderText(tr("mis. 16.07 (kosong = semua)"));
    if (kind == Boundaries) {
        form->addRow(tr("Kolom kode:"), m_codeField);
        form->addRow(tr("Kolom nama:"), m_nameField);
    } else if (kind == Indicators) {
        form->addRow(tr("Kolom kode:"), m_codeField);
        form->addRow(tr("Kolom nama wilayah:"), m_nameField);
    } else {
        int n = 0;
        const FacilityType* types = allFacilityTypes(&n);
        for (int i = 0; i < n; ++i)
            m_type->addItem(facilityTypeLabel(types[i]), facilityTypeName(types[i]));
        form->addRow(tr("Jenis fasilitas:"), m_type);
        form->addRow(tr("Kolom nama:"), m_nameField);
    }
    if (kind != Indicators)
        form->addRow(tr("Awalan kode wilayah:"), m_prefix);
    // Fields this kind does not use stay out of sight (they would sit over the form at 0,0).
    m_codeField->setVisible(kind != Facilities);
    m_type->setVisible(kind == Facilities);
    m_prefix->setVisible(kind != Indicators);
    lay->addLayout(form);
    lay->addWidget(new QLabel(tr("Pratinjau (30 baris pertama):"), this));
    m_preview = new QTableWidget(this);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    lay->addWidget(m_preview, 2);
    lay->addWidget(new QLabel(tr("Laporan:"), this));
    m_report = new QPlainTextEdit(this);
    m_report->setReadOnly(true);
    lay->addWidget(m_report, 1);
    auto* buttons = new QDialogButtonBox(this);
    auto* run = buttons->addButton(tr("Impor"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close)->setText(tr("Tutup"));
    // Enter in the file field loads the file; it must never start an import (or open the chooser).
    for (QPushButton* b : {run, browse, buttons->button(QDialogButtonBox::Close)}) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }
    lay->addWidget(buttons);
    connect(browse, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_file, &QLineEdit::editingFinished, this, &ImportDialog::loadSource);
    connect(m_layer, &QComboBox::currentIndexChanged, this, &ImportDialog::showPreview);
    connect(run, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ImportDialog::chooseFile()
{
    const QString filter = m_kind == Boundaries ? tr("Data vektor (*.gpkg *.shp *.geojson *.json *.kml);;Semua berkas (*)")
                                                : tr("Tabel (*.csv *.xlsx *.ods);;Semua berkas (*)");
    const QString path = QFileDialog::getOpenFileName(this, windowTitle(), QString(), filter);
    if (path.isEmpty())
        return;
    m_file->setText(path);
    loadSource();
}

void ImportDialog::loadSource()
{
    QSignalBlocker b(m_layer);
    m_layer->clear();
    try {
        if (m_kind == Boundaries) {
            auto ds = ps::openVector(m_file->text());
            for (int i = 0; i < ds->GetLayerCount(); ++i)
                m_layer->addItem(QString::fromUtf8(ds->GetLayer(i)->GetName()));
        } else {
            for (const auto& t : ps::io::readTables(m_file->text()))
                m_layer->addItem(t.sheet);
            if (m_kind == Indicators)
                m_layer->insertItem(0, tr("(semua lembar)"), QString());
        }
        m_layer->setCurrentIndex(0);
    } catch (const std::exception& e) {
        m_report->setPlainText(QString::fromUtf8(e.what()));
        return;
    }
    showPreview();
}

void ImportDialog::showPreview()
{
    QStringList headers;
    std::vector<QStringList> rows;
    try {
        if (m_kind == Boundaries) {
            auto ds = ps::openVector(m_file->text());
            OGRLayer* layer = ds->GetLayerByName(m_layer->currentText().toUtf8().constData());
            if (!layer)
                return;
            OGRFeatureDefn* defn = layer->GetLayerDefn();
            for (int i = 0; i < defn->GetFieldCount(); ++i)
                headers << QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef());
            layer->ResetReading();
            for (OGRFeatureUniquePtr f(layer->GetNextFeature()); f && rows.size() < 30; f.reset(layer->GetNextFeature())) {
                QStringList r;
                for (int i = 0; i < defn->GetFieldCount(); ++i)
                    r << QString::fromUtf8(f->GetFieldAsString(i));
                rows.push_back(r);
            }
        } else {
            const QString sheet = m_layer->currentData().isValid() && m_layer->currentData().toString().isEmpty()
                                      ? QString()
                                      : m_layer->currentText();
            const ps::io::Table t = ps::io::readTable(m_file->text(), sheet);
            headers = t.headers;
            for (size_t i = 0; i < t.rows.size() && i < 30; ++i)
                rows.push_back(t.rows[i]);
        }
    } catch (const std::exception& e) {
        m_report->setPlainText(QString::fromUtf8(e.what()));
        return;
    }
    m_preview->clear();
    m_preview->setColumnCount(headers.size());
    m_preview->setHorizontalHeaderLabels(headers);
    m_preview->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < static_cast<int>(rows.size()); ++r)
        for (int c = 0; c < rows[r].size() && c < headers.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(rows[r][c]));
    m_preview->resizeColumnsToContents();
    // Column mapping: the importer's default when the file has it, else "detect".
    for (QComboBox* box : {m_codeField, m_nameField}) {
        box->clear();
        box->addItem(tr("(otomatis)"), QString());
        for (const QString& h : headers)
            box->addItem(h, h);
    }
    if (m_kind == Boundaries) {
        m_codeField->setCurrentIndex(std::max(0, m_codeField->findData(QStringLiteral("kode"))));
        m_nameField->setCurrentIndex(std::max(0, m_nameField->findData(QStringLiteral("nama"))));
    }
}

void ImportDialog::runImport()
{
    const QString file = m_file->text();
    if (file.isEmpty())
        return;
    QProgressDialog dlg(tr("Mengimpor…"), tr("Batal"), 0, 1000, this);
    dlg.setWindowModality(Qt::WindowModal);
    dlg.setMinimumDuration(0);
    // Progress is reported from the worker; the dialog is updated on the GUI thread.
    QPointer<QProgressDialog> pd(&dlg);
    auto worker = std::make_shared<ps::Progress>([pd](double f, const QString& stage) {
        QMetaObject::invokeMethod(qApp, [pd, f, stage] {
            if (pd) {
                pd->setValue(static_cast<int>(f * 1000));
                if (!stage.isEmpty())
                    pd->setLabelText(stage);
            }
        }, Qt::QueuedConnection);
    });
    connect(&dlg, &QProgressDialog::canceled, this, [worker] { worker->cancel(); });
    const Kind kind = m_kind;
    const QString projectPath = m_projectPath, layer = m_layer->currentText(), prefix = m_prefix->text().trimmed();
    const QString codeField = m_codeField->currentData().toString(), nameField = m_nameField->currentData().toString();
    const QString sheet = m_layer->currentData().isValid() && m_layer->currentData().toString().isEmpty() ? QString() : layer;
    const QString type = m_type->currentData().toString();
    QString report;
    bool ok = false;
    QFutureWatcher<void> w;
    QEventLoop loop;
    connect(&w, &QFutureWatcher<void>::finished, &loop, &QEventLoop::quit);
    w.setFuture(QtConcurrent::run(&workerPool(), [&, worker] {
        try {
            // Its own connection: a ps::Project belongs to one thread.
            auto project = ps::Project::open(projectPath);
            QStringList lines;
            if (kind == Boundaries) {
                ps::io::BoundaryImportOptions o;
                o.layer = layer;
                if (!codeField.isEmpty()) o.codeField = codeField;
                if (!nameField.isEmpty()) o.nameField = nameField;
                o.codePrefix = prefix;
                const auto r = ps::io::importBoundaries(*project, file, o, *worker);
                lines << tr("Dibaca %1, disimpan %2, diperbaiki %3, dilewati %4.").arg(r.read).arg(r.stored).arg(r.repaired).arg(r.skipped);
                lines << r.warnings;
            } else if (kind == Indicators) {
                ps::io::IndicatorImportOptions o;
                o.sheet = sheet;
                o.codeColumn = codeField;
                o.nameColumn = nameField;
                const auto r = ps::io::importIndicators(*project, file, o, *worker);
                lines << tr("Baris %1, nilai %2, sel kosong %3; indikator: %4.").arg(r.rows).arg(r.values).arg(r.missingCells).arg(r.indicators.join(QStringLiteral(", ")));
                lines << r.warnings;
            } else {
                ps::geocode::FacilityImportOptions o;
                o.type = facilityTypeFromName(type).value_or(FacilityType::Posyandu);
                o.sheet = sheet;
                o.areaPrefix = prefix;
                o.columns.name = nameField;
                const auto r = ps::geocode::importFacilities(*project, file, o, *worker);
                lines << tr("%1 baris diproses.").arg(r.rows.size());
                for (const auto& row : r.rows)
                    if (!row.reason.isEmpty())
                        lines << tr("Baris %1 (%2): %3").arg(row.row).arg(row.name, row.reason);
                lines << r.warnings;
            }
            report = lines.join(QLatin1Char('\n'));
            ok = true;
        } catch (const ps::Cancelled&) {
            report = tr("Dibatalkan; proyek tidak berubah.");
        } catch (const std::exception& e) {
            report = tr("Gagal; proyek tidak berubah.\n") + QString::fromUtf8(e.what());
        }
    }));
    loop.exec();
    dlg.close();
    m_report->setPlainText(report);
    if (ok)
        QMessageBox::information(this, windowTitle(), tr("Impor selesai. Laporan ada di bawah."));
}

} // namespace ps::app
