#include "ImportDialog.h"
#include "WorkerPool.h"
#include "core/Error.h"
#include "core/Gdal.h"
#include "core/Locale.h"
#include "core/Progress.h"
#include "core/Project.h"
#include "geocode/ImportSummary.h"
#include "io/BoundaryImporter.h"
#include "io/IndicatorImporter.h"
#include "io/TableReader.h"
#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScopeGuard>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <ogrsf_frmts.h>

namespace ps::app {

// Filled on the worker, read on the GUI thread after the future has finished.
struct ImportOutcome {
    bool ok = false, cancelled = false;
    QString error;
    QStringList lines;                               // boundaries / indicators: the importer's summary
    std::vector<std::pair<QString, QString>> counts; // boundaries / indicators: label, value
    std::optional<geocode::FacilityImportResult> facilities;
    QString reportPath;                              // written report CSV
    std::atomic<int> permille{-1};                   // last progress posted (fewer events)
};

static const int kShownReviewRows = 2000;

ImportDialog::ImportDialog(Kind kind, const QString& projectPath, QWidget* parent)
    : QDialog(parent), m_kind(kind), m_projectPath(projectPath)
{
    const QString titles[] = {tr("Impor batas wilayah"), tr("Impor fasilitas"), tr("Impor indikator")};
    setWindowTitle(titles[kind]);
    setObjectName(QStringLiteral("importDialog"));
    resize(960, 760);
    auto* lay = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    auto* fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    auto* browse = m_browse = new QPushButton(tr("Pilih…"), this);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("Berkas:"), fileRow);
    m_layer = new QComboBox(this);
    form->addRow(kind == Boundaries ? tr("Lapisan:") : tr("Lembar:"), m_layer);
    m_codeField = new QComboBox(this);
    m_nameField = new QComboBox(this);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("facilityType"));
    m_typeGuess = new QLabel(this);
    m_typeGuess->setObjectName(QStringLiteral("typeGuess"));
    m_typeGuess->setWordWrap(true);
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
        auto* typeRow = new QHBoxLayout;
        typeRow->addWidget(m_type);
        typeRow->addWidget(m_typeGuess, 1);
        form->addRow(tr("Jenis fasilitas:"), typeRow);
        form->addRow(tr("Kolom nama:"), m_nameField);
    }
    if (kind != Indicators)
        form->addRow(tr("Awalan kode wilayah:"), m_prefix);
    // Fields this kind does not use stay out of sight (they would sit over the form at 0,0).
    m_codeField->setVisible(kind != Facilities);
    m_type->setVisible(kind == Facilities);
    m_typeGuess->setVisible(kind == Facilities);
    m_prefix->setVisible(kind != Indicators);
    lay->addLayout(form);
    lay->addWidget(new QLabel(tr("Pratinjau (30 baris pertama):"), this));
    m_preview = new QTableWidget(this);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    lay->addWidget(m_preview, 2);

    lay->addWidget(new QLabel(tr("Ringkasan:"), this));
    m_summary = new QTableWidget(0, 3, this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setHorizontalHeaderLabels({tr("hasil"), tr("jumlah"), tr("keterangan")});
    m_summary->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->verticalHeader()->hide();
    m_summary->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_summary->horizontalHeader()->setStretchLastSection(true);
    lay->addWidget(m_summary);
    m_review = new QTableWidget(0, 5, this);
    m_review->setObjectName(QStringLiteral("importReview"));
    m_review->setHorizontalHeaderLabels({tr("baris"), tr("kode"), tr("nama"), tr("hasil"), tr("alasan")});
    m_review->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_review->verticalHeader()->hide();
    m_review->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_review->horizontalHeader()->setStretchLastSection(true);
    m_review->setWordWrap(true);
    m_review->setVisible(kind == Facilities);
    lay->addWidget(m_review, 3);
    m_report = new QPlainTextEdit(this);
    m_report->setReadOnly(true);
    m_report->setMaximumBlockCount(2000);
    lay->addWidget(m_report, 1);

    auto* buttons = new QDialogButtonBox(this);
    m_run = buttons->addButton(tr("Impor"), QDialogButtonBox::AcceptRole);
    m_openReport = buttons->addButton(tr("Buka laporan CSV"), QDialogButtonBox::ActionRole);
    m_openReport->setObjectName(QStringLiteral("openReport"));
    m_openReport->setEnabled(false);
    auto* close = buttons->addButton(QDialogButtonBox::Close);
    close->setText(tr("Tutup"));
    // Enter in the file field loads the file; it must never start an import (or open the chooser).
    for (QPushButton* b : {m_run, browse, m_openReport, close}) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }
    lay->addWidget(buttons);
    connect(browse, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_file, &QLineEdit::editingFinished, this, &ImportDialog::loadSource);
    connect(&m_readWatcher, &QFutureWatcherBase::finished, this, &ImportDialog::showSource);
    connect(m_layer, &QComboBox::currentIndexChanged, this, &ImportDialog::showPreview);
    connect(m_run, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_openReport, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_reportPath)); });
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &ImportDialog::finishImport);
}

ImportDialog::~ImportDialog()
{
    // The worker owns its own project connection and outcome; wait so nothing outlives the dialog's thread.
    if (m_progress)
        m_progress->cancel();
    m_watcher.waitForFinished();
    if (m_reading) {
        m_readWatcher.waitForFinished();   // a file still being read for the preview
        QApplication::restoreOverrideCursor();
    }
}

void ImportDialog::chooseFile()
{
    const QString filter = m_kind == Boundaries ? tr("Data vektor (*.gpkg *.shp *.geojson *.json *.kml);;Semua berkas (*)")
                                                : tr("Tabel (*.csv *.xlsx *.ods);;Semua berkas (*)");
    const QString path = QFileDialog::getOpenFileName(this, windowTitle(), QString(), filter);
    if (!path.isEmpty())
        chooseAsync(path);   // the preview follows when the file is read
}

void ImportDialog::setFile(const QString& path)
{
    chooseAsync(path);
    waitForPreview();
}

void ImportDialog::chooseAsync(const QString& path)
{
    m_file->setText(path);
    m_loadedFile.clear();   // chosen again: read again
    loadSource();
}

void ImportDialog::waitForPreview()
{
    if (!m_readWatcher.isRunning() && !m_readWatcher.isFinished())
        return;
    m_readWatcher.waitForFinished();
    QCoreApplication::sendPostedEvents(&m_readWatcher);   // delivers finished(): showSource()
}

std::optional<FacilityType> ImportDialog::facilityType() const
{
    return facilityTypeFromName(m_type->currentData().toString());
}

void ImportDialog::setFacilityType(FacilityType t)
{
    m_type->setCurrentIndex(std::max(0, m_type->findData(facilityTypeName(t))));
}

QString ImportDialog::typeGuessText() const { return m_typeGuess->text(); }

QString ImportDialog::reportText() const { return m_report->toPlainText(); }

void ImportDialog::loadSource()
{
    // editingFinished also fires when the field merely loses focus (e.g. to the progress
    // dialog): the same file is not read again.
    if (m_file->text() == m_loadedFile)
        return;
    m_loadedFile = m_file->text();
    if (m_readWatcher.isRunning())
        m_readWatcher.waitForFinished();   // its result is for the previous file; dropped below
    QApplication::setOverrideCursor(Qt::BusyCursor);
    m_reading = true;
    setInputsEnabled(false);
    const QString file = m_file->text();
    const bool vector = m_kind == Boundaries;
    m_readWatcher.setFuture(QtConcurrent::run(&workerPool(), [file, vector] {
        SourceRead r;
        try {
            if (vector) {
                auto ds = ps::openVector(file);
                for (int i = 0; i < ds->GetLayerCount(); ++i)
                    r.names << QString::fromUtf8(ds->GetLayer(i)->GetName());
            } else {
                // Read once; the preview keeps the headers and first rows of each sheet.
                for (const auto& t : ps::io::readTables(file)) {
                    r.names << t.sheet;
                    r.headers.push_back(t.headers);
                    r.rows.emplace_back(t.rows.begin(), t.rows.begin() + std::min<size_t>(t.rows.size(), 30));
                }
            }
        } catch (const std::exception& e) {
            r.error = QString::fromUtf8(e.what());
        }
        return r;
    }));
}

void ImportDialog::showSource()
{
    if (!m_reading)
        return;
    m_reading = false;
    QApplication::restoreOverrideCursor();
    setInputsEnabled(true);
    SourceRead r = m_readWatcher.result();
    QSignalBlocker b(m_layer);
    m_layer->clear();
    m_sheetHeaders = std::move(r.headers);
    m_sheetRows = std::move(r.rows);
    if (!r.error.isEmpty()) {
        m_report->setPlainText(r.error);
        return;
    }
    m_layer->addItems(r.names);
    if (m_kind == Indicators)
        m_layer->insertItem(0, tr("(semua lembar)"), QString());
    m_layer->setCurrentIndex(0);
    showPreview();
}

void ImportDialog::guessType(const QStringList& headers)
{
    const geocode::FacilityTypeGuess g = geocode::guessFacilityType(m_file->text(), headers);
    if (g.type)
        setFacilityType(*g.type);
    m_typeGuess->setText(g.type ? tr("Tebakan: %1 (%2); ubah bila keliru.").arg(facilityTypeLabel(*g.type), g.reason)
                                : tr("Jenis %1; pilih jenisnya.").arg(g.reason));
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
        } else if (!m_sheetHeaders.empty()) {
            // "(semua lembar)" previews the first sheet.
            const int offset = m_kind == Indicators ? 1 : 0;
            const size_t i = static_cast<size_t>(std::clamp(m_layer->currentIndex() - offset, 0, int(m_sheetHeaders.size()) - 1));
            headers = m_sheetHeaders[i];
            rows = m_sheetRows[i];
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
    if (m_kind == Facilities)
        guessType(headers);
}

void ImportDialog::setInputsEnabled(bool on)
{
    for (QWidget* w : std::initializer_list<QWidget*>{m_file, m_browse, m_layer, m_codeField, m_nameField, m_type, m_prefix, m_run})
        w->setEnabled(on);
}

bool ImportDialog::isRunning() const { return m_watcher.isRunning(); }

void ImportDialog::cancelImport()
{
    if (m_progress)
        m_progress->cancel();
}

void ImportDialog::reject()
{
    if (isRunning()) {   // the worker finishes (rolled back) first; finishImport() reports it
        cancelImport();
        return;
    }
    QDialog::reject();
}

void ImportDialog::startImport()
{
    const QString file = m_file->text();
    if (file.isEmpty() || isRunning())
        return;
    m_summary->setRowCount(0);
    m_review->setRowCount(0);
    m_report->clear();
    m_openReport->setEnabled(false);
    setInputsEnabled(false);
    auto outcome = std::make_shared<ImportOutcome>();
    m_outcome = outcome;
    m_progressDialog = new QProgressDialog(tr("Mengimpor %1…").arg(QFileInfo(file).fileName()), tr("Batal"), 0, 1000, this);
    m_progressDialog->setObjectName(QStringLiteral("importProgress"));
    m_progressDialog->setWindowModality(Qt::WindowModal);
    m_progressDialog->setMinimumDuration(0);
    m_progressDialog->setMinimumWidth(460);
    m_progressDialog->setAutoClose(false);
    m_progressDialog->setAutoReset(false);
    m_progressDialog->setValue(0);
    // Progress comes from the worker; the dialog is updated on the GUI thread, once per permille.
    QPointer<QProgressDialog> pd(m_progressDialog);
    m_progress = std::make_shared<ps::Progress>([pd, outcome](double f, const QString& stage) {
        const int v = std::clamp(static_cast<int>(f * 1000), 0, 1000);
        if (outcome->permille.exchange(v) == v && stage.isEmpty())
            return;
        QMetaObject::invokeMethod(qApp, [pd, v, stage] {
            if (pd && !pd->wasCanceled()) {
                pd->setValue(v);
                if (!stage.isEmpty())
                    pd->setLabelText(stage);
            }
        }, Qt::QueuedConnection);
    });
    auto progress = m_progress;
    connect(m_progressDialog, &QProgressDialog::canceled, this, [this, progress] {
        progress->cancel();
        if (m_progressDialog)
            m_progressDialog->setLabelText(tr("Membatalkan…"));
    });
    const Kind kind = m_kind;
    const QString projectPath = m_projectPath, layer = m_layer->currentText(), prefix = m_prefix->text().trimmed();
    const QString codeField = m_codeField->currentData().toString(), nameField = m_nameField->currentData().toString();
    const QString sheet = m_layer->currentData().isValid() && m_layer->currentData().toString().isEmpty() ? QString() : layer;
    const FacilityType type = facilityType().value_or(FacilityType::Puskesmas);
    m_watcher.setFuture(QtConcurrent::run(&workerPool(), [=] {
        ImportOutcome& out = *outcome;
        const QLocale loc = numberLocale();
        try {
            // Its own connection: a ps::Project belongs to one thread.
            auto project = ps::Project::open(projectPath);
            if (kind == Boundaries) {
                ps::io::BoundaryImportOptions o;
                o.layer = layer;
                if (!codeField.isEmpty()) o.codeField = codeField;
                if (!nameField.isEmpty()) o.nameField = nameField;
                o.codePrefix = prefix;
                const auto r = ps::io::importBoundaries(*project, file, o, *progress);
                out.counts = {{tr("fitur dibaca"), loc.toString(r.read)}, {tr("disimpan"), loc.toString(r.stored)},
                              {tr("diperbaiki"), loc.toString(r.repaired)}, {tr("dilewati"), loc.toString(r.skipped)}};
                out.lines = r.warnings;
            } else if (kind == Indicators) {
                ps::io::IndicatorImportOptions o;
                o.sheet = sheet;
                o.codeColumn = codeField;
                o.nameColumn = nameField;
                // Beside the project, as the CLI writes it.
                o.reportPath = QFileInfo(projectPath).absolutePath() + QLatin1Char('/') + QFileInfo(file).completeBaseName() +
                               QStringLiteral("_laporan_indikator.csv");
                const auto r = ps::io::importIndicators(*project, file, o, *progress);
                out.counts = {{tr("baris"), loc.toString(r.rows)}, {tr("nilai disimpan"), loc.toString(r.values)},
                              {tr("sel kosong"), loc.toString(r.missingCells)},
                              {tr("indikator"), r.indicators.join(QStringLiteral(", "))}};
                out.lines = r.warnings;
                if (QFileInfo::exists(o.reportPath))
                    out.reportPath = o.reportPath;
            } else {
                ps::geocode::FacilityImportOptions o;
                o.type = type;
                o.sheet = sheet;
                o.areaPrefix = prefix;
                o.columns.name = nameField;
                o.reportPath = geocode::defaultReportPath(projectPath, file);
                out.facilities = ps::geocode::importFacilities(*project, file, o, *progress);
                out.reportPath = o.reportPath;
            }
            out.ok = true;
        } catch (const ps::Cancelled&) {
            out.cancelled = true;
        } catch (const std::exception& e) {
            out.error = QString::fromUtf8(e.what());
        }
    }));
}

void ImportDialog::finishImport()
{
    if (m_progressDialog) {
        m_progressDialog->deleteLater();
        m_progressDialog = nullptr;
    }
    setInputsEnabled(true);
    const ImportOutcome& r = *m_outcome;
    if (r.cancelled)
        m_report->setPlainText(tr("Dibatalkan; proyek tidak berubah."));
    else if (!r.ok)
        m_report->setPlainText(tr("Gagal; proyek tidak berubah.\n") + r.error);
    else
        showOutcome(r);
    m_imported = m_imported || r.ok;
    m_reportPath = r.ok ? r.reportPath : QString();
    m_openReport->setEnabled(!m_reportPath.isEmpty());
    emit importFinished(r.ok);
}

static QTableWidgetItem* cell(const QString& text, bool number = false)
{
    auto* item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

static void addRow(QTableWidget* t, const QString& a, const QString& b, const QString& c)
{
    const int row = t->rowCount();
    t->insertRow(row);
    t->setItem(row, 0, cell(a));
    t->setItem(row, 1, cell(b, true));
    t->setItem(row, 2, cell(c));
}

void ImportDialog::showOutcome(const ImportOutcome& r)
{
    const QLocale loc = numberLocale();
    QStringList text;
    if (!r.facilities) {
        for (const auto& [label, value] : r.counts)
            addRow(m_summary, label, value, QString());
        text = r.lines;
    } else {
        // The CLI's summary, as a table: one row per outcome, then what needs a look.
        const geocode::FacilityImportResult& f = *r.facilities;
        const geocode::ImportSummary s = geocode::summarizeImport(f);
        addRow(m_summary, tr("semua baris"), loc.toString(s.rows), s.fileName);
        for (const geocode::OutcomeCount& c : s.outcomes)
            addRow(m_summary, geocode::outcomeName(c.outcome), loc.toString(c.count), geocode::outcomeLabel(c.outcome));
        if (s.rejectedCoordinates)
            addRow(m_summary, tr("koordinat ditolak"), loc.toString(s.rejectedCoordinates),
                   tr("0,0, tak terbaca, di luar wilayah atau jauh dari desanya"));
        addRow(m_summary, tr("perlu diperiksa"), loc.toString(qint64(s.needingReview.size())),
               tr("daftar di bawah; semua baris di laporan CSV"));
        const int shown = static_cast<int>(std::min<size_t>(s.needingReview.size(), kShownReviewRows));
        m_review->setRowCount(shown);
        for (int i = 0; i < shown; ++i) {
            const geocode::RowReport& row = f.rows[s.needingReview[i]];
            m_review->setItem(i, 0, cell(loc.toString(row.row), true));
            m_review->setItem(i, 1, cell(row.code));
            m_review->setItem(i, 2, cell(row.name));
            m_review->setItem(i, 3, cell(geocode::outcomeName(row.outcome)));
            m_review->setItem(i, 4, cell(row.reason));
        }
        m_review->resizeColumnsToContents();
        m_review->horizontalHeader()->setStretchLastSection(true);
        for (const QString& w : s.warnings)
            text << tr("Peringatan: %1").arg(w);
        text << tr("Impor tercatat dengan nomor %1.").arg(f.importId);
    }
    m_summary->resizeColumnsToContents();
    m_summary->horizontalHeader()->setStretchLastSection(true);
    // The whole summary in sight, never behind a scroll bar: the table is as tall as its rows.
    int h = m_summary->horizontalHeader()->height() + 2 * m_summary->frameWidth();
    for (int i = 0; i < m_summary->rowCount(); ++i)
        h += m_summary->rowHeight(i);
    m_summary->setFixedHeight(h);
    if (!r.reportPath.isEmpty())
        text << tr("Laporan per baris: %1").arg(QDir::toNativeSeparators(r.reportPath));
    m_report->setPlainText(text.join(QLatin1Char('\n')));
}

} // namespace ps::app
