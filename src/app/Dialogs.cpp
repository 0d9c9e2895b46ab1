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

} // namespace ps::app
