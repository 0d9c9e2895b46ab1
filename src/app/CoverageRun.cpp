#include "CoverageRun.h"
#include "WorkerPool.h"
#include "core/Error.h"
#include "core/Project.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEventLoop>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QJsonArray>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ps::app {

namespace {
const FacilityType kRunTypes[] = {FacilityType::Posyandu, FacilityType::Pustu, FacilityType::Poskesdes, FacilityType::Puskesmas,
                                  FacilityType::RumahSakit};
}

CoverageRunDialog::CoverageRunDialog(ps::Project& project, const QString& codePrefix, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Analisis jangkauan"));
    auto* lay = new QVBoxLayout(this);
    auto* grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Jenis fasilitas"), this), 0, 0);
    grid->addWidget(new QLabel(tr("Jangkauan (m, garis lurus)"), this), 0, 1);
    int row = 1;
    for (FacilityType t : kRunTypes) {
        auto* box = new QCheckBox(facilityTypeLabel(t), this);
        box->setChecked(t != FacilityType::RumahSakit);   // the CLI's default types
        auto* reach = new QDoubleSpinBox(this);
        reach->setRange(100, 50000);
        reach->setDecimals(0);
        reach->setSingleStep(100);
        reach->setValue(project.setting(QStringLiteral("reach_%1_m").arg(facilityTypeName(t)), QStringLiteral("1000")).toDouble());
        m_types[t] = box;
        m_reach[t] = reach;
        grid->addWidget(box, row, 0);
        grid->addWidget(reach, row, 1);
        ++row;
    }
    lay->addLayout(grid);
    auto* form = new QFormLayout;
    m_propose = new QSpinBox(this);
    m_propose->setRange(0, 200);
    m_propose->setValue(10);
    m_proposeType = new QComboBox(this);
    for (FacilityType t : {FacilityType::Posyandu, FacilityType::Pustu, FacilityType::Poskesdes})
        m_proposeType->addItem(facilityTypeLabel(t), static_cast<int>(t));
    auto* proposeRow = new QHBoxLayout;
    proposeRow->addWidget(m_propose);
    proposeRow->addWidget(m_proposeType, 1);
    form->addRow(tr("Usulan lokasi baru:"), proposeRow);
    m_year = new QComboBox(this);
    m_year->addItem(tr("terakhir yang ada datanya"), 0);
    for (int y : project.periods(QStringLiteral("stunting")))
        m_year->addItem(QString::number(y), y);
    form->addRow(tr("Tahun stunting:"), m_year);
    m_excludeEstimated = new QCheckBox(tr("Abaikan titik perkiraan (tanpa koordinat)"), this);
    form->addRow(QString(), m_excludeEstimated);
    m_area = new QLineEdit(codePrefix, this);
    m_area->setPlaceholderText(tr("semua desa di proyek"));
    form->addRow(tr("Kode wilayah:"), m_area);
    lay->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Jalankan"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Batal"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    lay->addWidget(buttons);
}

ps::analysis::CoverageParams CoverageRunDialog::params() const
{
    ps::analysis::CoverageParams p;
    p.codePrefix = m_area->text().trimmed();
    for (FacilityType t : kRunTypes)
        if (m_types.at(t)->isChecked()) {
            p.types.push_back(t);
            p.reachM[t] = m_reach.at(t)->value();
        }
    p.proposeCount = m_propose->value();
    p.proposeType = static_cast<FacilityType>(m_proposeType->currentData().toInt());
    p.period = m_year->currentData().toInt();
    p.includeEstimated = !m_excludeEstimated->isChecked();
    return p;
}

qint64 runCoverageWithProgress(QWidget* parent, const QString& projectPath, const ps::analysis::CoverageParams& params,
                               QString* error)
{
    ps::Progress progress;
    QProgressDialog dlg(QObject::tr("Analisis jangkauan…"), QObject::tr("Batal"), 0, 1000, parent);
    dlg.setObjectName(QStringLiteral("coverageProgress"));
    dlg.setWindowModality(Qt::WindowModal);
    dlg.setMinimumDuration(0);
    dlg.setAutoClose(false);
    dlg.setAutoReset(false);
    QObject::connect(&dlg, &QProgressDialog::canceled, &dlg, [&progress] { progress.cancel(); });
    ps::Progress reporting([&dlg](double fraction, const QString& stage) {
        // From the worker: the dialog is updated on the GUI thread.
        QMetaObject::invokeMethod(&dlg, [&dlg, fraction, stage] {
            dlg.setValue(qBound(0, qRound(fraction * 1000), 999));
            if (!stage.isEmpty())
                dlg.setLabelText(QObject::tr("Analisis jangkauan: %1").arg(stage));
        }, Qt::QueuedConnection);
    });
    qint64 runId = 0;
    QString failure;
    QFutureWatcher<void> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<void>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run(&workerPool(), [&] {
        try {
            // One ps::Project (SQLite connection) per thread.
            auto project = ps::Project::open(projectPath);
            // Cancel reaches the analysis at its next stage: nothing is stored
            // before the last stage, and the store is one transaction.
            ps::Progress bridged([&](double f, const QString& s) {
                if (progress.cancelled() && f < 1.0)
                    throw ps::Cancelled();
                reporting.report(f, s);
            });
            runId = ps::analysis::runCoverage(*project, params, bridged).runId;
        } catch (const ps::Cancelled&) {
            runId = 0;
        } catch (const ps::Error& e) {
            failure = e.message();
        } catch (const std::exception& e) {
            failure = QString::fromUtf8(e.what());
        }
    }));
    dlg.show();
    loop.exec();
    if (error)
        *error = failure;
    return progress.cancelled() ? 0 : runId;
}

bool analysisIsStale(const QString& runStartedAt, const QString& lastChangeAt)
{
    return !runStartedAt.isEmpty() && !lastChangeAt.isEmpty() && lastChangeAt > runStartedAt;
}

QString lastLocationChange(ps::Project& project)
{
    auto st = project.db().prepare("SELECT max(t) FROM (SELECT max(updated_at) AS t FROM facility "
                                   "UNION ALL SELECT max(imported_at) FROM import_log)");
    return st.step() && !st.isNull(0) ? st.text(0) : QString();
}

StaleAnalysisBanner::StaleAnalysisBanner(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("staleAnalysisBanner"));
    setStyleSheet(QStringLiteral("#staleAnalysisBanner { background: #fff3b0; border-bottom: 1px solid #d9b300; }"));
    auto* lay = new QHBoxLayout(this);
    lay->setContentsMargins(8, 4, 8, 4);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    lay->addWidget(m_text, 1);
    auto* rerun = new QPushButton(tr("Jalankan ulang analisis"), this);
    rerun->setObjectName(QStringLiteral("rerunButton"));
    lay->addWidget(rerun);
    connect(rerun, &QPushButton::clicked, this, &StaleAnalysisBanner::rerunRequested);
    hide();
}

void StaleAnalysisBanner::setMessage(const QString& text)
{
    m_text->setText(text);
    setVisible(!text.isEmpty());
}

QString StaleAnalysisBanner::message() const { return isVisible() || !m_text->text().isEmpty() ? m_text->text() : QString(); }

} // namespace ps::app

namespace ps::app {

ps::analysis::CoverageParams paramsOfRun(const QJsonObject& p)
{
    ps::analysis::CoverageParams out;
    out.codePrefix = p.value(QStringLiteral("code_prefix")).toString();
    const QJsonObject reach = p.value(QStringLiteral("reach_m")).toObject();
    for (const QJsonValue v : p.value(QStringLiteral("types")).toArray())
        if (const auto t = facilityTypeFromName(v.toString())) {
            out.types.push_back(*t);
            out.reachM[*t] = reach.value(v.toString()).toDouble();
        }
    out.includeEstimated = p.value(QStringLiteral("include_estimated")).toBool(true);
    out.period = p.value(QStringLiteral("period")).toInt();
    out.proposeCount = p.value(QStringLiteral("propose_count")).toInt();
    out.proposeType = facilityTypeFromName(p.value(QStringLiteral("propose_type")).toString()).value_or(FacilityType::Posyandu);
    out.underservedTopShare = p.value(QStringLiteral("underserved_top_share")).toDouble(0.2);
    out.areaCoverage = p.value(QStringLiteral("area_coverage")).toBool(true);
    out.storeGeometry = out.areaCoverage;
    return out;
}

} // namespace ps::app
