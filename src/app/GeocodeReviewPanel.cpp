#include "GeocodeReviewPanel.h"
#include "EditHistory.h"
#include "core/AdminCode.h"
#include "geocode/Gazetteer.h"
#include <QMessageBox>
#include <QUndoStack>
#include "MainWindow.h"
#include "core/Error.h"
#include "core/Locale.h"
#include "core/Project.h"
#include "geocode/FacilityFix.h"
#include <QComboBox>
#include <QLineEdit>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ps::app {


QString GeocodeReviewPanel::statusLabel(const QString& s)
{
    if (s == FacilityStatus::Unmatched) return tr("tidak cocok");
    if (s == FacilityStatus::Ambiguous) return tr("ambigu");
    if (s == FacilityStatus::Estimated) return tr("perkiraan");
    if (s == FacilityStatus::Flagged) return tr("ditandai");
    if (s == FacilityStatus::Manual) return tr("diperbaiki");
    if (s == FacilityStatus::Exact) return tr("tepat (cocok dengan desanya)");
    if (s == FacilityStatus::Repaired) return tr("koordinat diperbaiki");
    if (s == FacilityStatus::Imported) return tr("koordinat dari berkas");
    if (s == FacilityStatus::Rejected) return tr("ditolak");
    return s;
}

QString GeocodeReviewPanel::methodLabel(const QString& m)
{
    if (m == QLatin1String("coordinates")) return tr("koordinat dari berkas");
    if (m == QLatin1String("coordinates_repaired")) return tr("koordinat berkas, diperbaiki");
    if (m.endsWith(QLatin1String("desa_population_peak"))) return tr("sel terpadat penduduk di desanya");
    if (m.endsWith(QLatin1String("desa_interior_point"))) return tr("titik di dalam desanya");
    if (m.startsWith(QLatin1String("manual")) || m == QLatin1String("server")) return tr("ditetapkan manual");
    return m;
}

bool GeocodeReviewPanel::needsReview(const QString& s)
{
    return s == FacilityStatus::Unmatched || s == FacilityStatus::Ambiguous || s == FacilityStatus::Estimated ||
           s == FacilityStatus::Flagged;
}

GeocodeReviewPanel::GeocodeReviewPanel(QWidget* parent) : QWidget(parent), m_undo(new QUndoStack(this))
{
    auto* lay = new QVBoxLayout(this);
    lay->setContentsMargins(4, 4, 4, 4);
    m_table = new QTableWidget(0, 4, this);
    m_table->setHorizontalHeaderLabels({tr("Fasilitas"), tr("Jenis"), tr("Status"), tr("Catatan")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(false);
    lay->addWidget(m_table, 1);
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Desa:"), this));
    m_desa = new QComboBox(this);
    m_desa->setEditable(true);   // type to filter the long list
    m_desa->setInsertPolicy(QComboBox::NoInsert);
    // Its width must not follow the longest desa name (the dock would jump).
    m_desa->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_desa->setMinimumContentsLength(18);
    row->addWidget(m_desa, 1);
    auto* apply = new QPushButton(tr("Simpan perbaikan"), this);
    row->addWidget(apply);
    lay->addLayout(row);
    m_message = new QLabel(tr("Pilih fasilitas, lalu pilih desanya atau geser titiknya di peta (Shift + seret)."), this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #555"));
    lay->addWidget(m_message);
    connect(apply, &QPushButton::clicked, this, [this] { applyDesa(m_desa->currentData().toString()); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int r = m_table->currentRow();
        // The desa box shows the selected facility's own desa, or nothing: a stale
        // choice from another row must never be saved onto this one by accident.
        const bool has = r >= 0 && r < static_cast<int>(m_rows.size()) && !m_table->selectedItems().isEmpty();
        m_desa->setCurrentIndex(has ? m_desa->findData(m_rows[r].desaCode) : -1);
        if (has)
            emit facilitySelected(m_rows[r]);
    });
}

void GeocodeReviewPanel::setProject(ps::Project* project)
{
    m_project = project;
    m_undo->clear();   // the commands hold another project's facilities
    m_desa->clear();
    if (!m_project)
        return;
    std::map<QString, QString> kecNames;
    for (const AdminArea& k : m_project->areas(AdminLevel::Kecamatan, false))
        kecNames[k.code] = k.name;
    // Project::areas(Desa) holds the kelurahan too (one village level).
    for (const AdminArea& d : m_project->areas(AdminLevel::Desa, false))
        m_desa->addItem(QStringLiteral("%1 — %2").arg(d.name, kecNames[d.parentCode]), d.code);
    m_desa->model()->sort(0);
    m_desa->setCurrentIndex(-1);
    m_desa->lineEdit()->setPlaceholderText(tr("pilih desa…"));
    reload();
}

void GeocodeReviewPanel::reload()
{
    m_rows.clear();
    if (m_project)
        for (const Facility& f : m_project->facilities())
            if (needsReview(f.status))
                m_rows.push_back(f);
    QSignalBlocker b(m_table);
    m_table->clearSelection();
    m_table->setCurrentCell(-1, -1);
    m_desa->setCurrentIndex(-1);
    m_table->setRowCount(static_cast<int>(m_rows.size()));
    for (int i = 0; i < static_cast<int>(m_rows.size()); ++i) {
        const Facility& f = m_rows[i];
        m_table->setItem(i, 0, new QTableWidgetItem(f.name));
        m_table->setItem(i, 1, new QTableWidgetItem(facilityTypeLabel(f.type)));
        m_table->setItem(i, 2, new QTableWidgetItem(statusLabel(f.status)));
        m_table->setItem(i, 3, new QTableWidgetItem(f.note));
    }
    m_table->resizeColumnsToContents();
}

std::vector<qint64> GeocodeReviewPanel::facilityIds() const
{
    std::vector<qint64> ids;
    for (const Facility& f : m_rows)
        ids.push_back(f.id);
    return ids;
}

void GeocodeReviewPanel::selectFacility(qint64 id)
{
    for (int i = 0; i < static_cast<int>(m_rows.size()); ++i)
        if (m_rows[i].id == id)
            m_table->selectRow(i);
}

qint64 GeocodeReviewPanel::selectedFacility() const
{
    const int r = m_table->currentRow();
    return r >= 0 && r < static_cast<int>(m_rows.size()) ? m_rows[r].id : 0;
}

static bool runFix(ps::Project* project, qint64 id, const ps::geocode::FacilityFix& fix, QString* error, Facility* after)
{
    try {
        *after = ps::geocode::fixFacility(*project, id, fix);
        return true;
    } catch (const ps::Error& e) {
        *error = e.message();
    } catch (const std::exception& e) {
        *error = QString::fromUtf8(e.what());
    }
    return false;
}

bool GeocodeReviewPanel::runAndPush(qint64 id, const ps::geocode::FacilityFix& fix, const QString& what)
{
    const std::optional<Facility> before = m_project ? m_project->facility(id) : std::nullopt;
    Facility after;
    if (!before || !runFix(m_project, id, fix, &m_error, &after)) {
        m_message->setText(m_error);
        return false;
    }
    m_undo->push(new FacilityFixCommand(*before, after, [this](const Facility& s, const QString& a) { return restore(s, a); },
                                        what));
    return true;
}

bool GeocodeReviewPanel::restore(const Facility& state, const QString& action)
{
    if (!m_project)
        return false;
    try {
        ps::geocode::restoreFacility(*m_project, state, officerName(this), action);
    } catch (const std::exception& e) {
        m_error = QString::fromUtf8(e.what());
        m_message->setText(m_error);
        return false;
    }
    m_message->setText(action == QLatin1String("undo") ? tr("Dibatalkan: %1 kembali ke tempat sebelumnya.").arg(state.name)
                                                       : tr("Diulang: perbaikan %1.").arg(state.name));
    reload();
    emit facilityFixed(state.id);
    return true;
}

bool GeocodeReviewPanel::applyDesa(const QString& desaCode)
{
    const qint64 id = selectedFacility();
    if (!m_project || id == 0 || desaCode.isEmpty()) {
        m_error = tr("Pilih fasilitas dan desa lebih dulu.");
        m_message->setText(m_error);
        return false;
    }
    ps::geocode::FacilityFix fix;
    fix.desaCode = desaCode;
    fix.by = officerName(this);
    const QString name = m_project->facility(id) ? m_project->facility(id)->name : QString::number(id);
    if (!runAndPush(id, fix, tr("desa %1").arg(name)))
        return false;
    m_message->setText(tr("Tersimpan: %1 sekarang di Desa %2.").arg(name, m_desa->itemText(m_desa->findData(desaCode))));
    reload();   // the fixed row leaves the list; nothing stays selected
    emit facilityFixed(id);
    return true;
}

bool GeocodeReviewPanel::applyPoint(qint64 id, double lon, double lat)
{
    ps::geocode::FacilityFix fix;
    fix.lon = lon;
    fix.lat = lat;
    fix.by = officerName(this);
    const QString name = m_project && m_project->facility(id) ? m_project->facility(id)->name : QString::number(id);
    if (!m_project || !runAndPush(id, fix, tr("pindah %1").arg(name)))
        return false;
    m_message->setText(tr("Tersimpan: titik %1 dipindahkan.").arg(name));
    reload();
    emit facilityFixed(id);
    return true;
}

bool GeocodeReviewPanel::moveFacility(qint64 id, double lon, double lat)
{
    const std::optional<Facility> f = m_project ? m_project->facility(id) : std::nullopt;
    if (!f)
        return false;
    std::map<QString, QString> names;
    for (AdminLevel l : {AdminLevel::Kecamatan, AdminLevel::Desa})
        for (const AdminArea& a : m_project->areas(l, false))
            names[a.code] = a.name;
    const geocode::Gazetteer gaz = geocode::Gazetteer::fromProject(*m_project);
    const std::optional<int> to = gaz.desaAt(lon, lat);
    const QString toDesa = to ? gaz.desa()[*to].code : QString(), toKec = to ? gaz.desa()[*to].parentCode : QString();
    QMessageBox box(QMessageBox::Question, tr("Pindahkan fasilitas"),
                    moveQuestion(f->name, placeLabel(f->desaCode, f->kecamatanCode, names), placeLabel(toDesa, toKec, names),
                                 toKec != f->kecamatanCode),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setObjectName(QStringLiteral("moveConfirmation"));
    box.button(QMessageBox::Yes)->setText(tr("Pindahkan"));
    box.button(QMessageBox::No)->setText(tr("Batal"));
    box.setDefaultButton(QMessageBox::No);   // Enter never moves a point by accident
    if (box.exec() != QMessageBox::Yes) {
        m_message->setText(tr("Pemindahan %1 dibatalkan.").arg(f->name));
        return false;
    }
    return applyPoint(id, lon, lat);
}

} // namespace ps::app
