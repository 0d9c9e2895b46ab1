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
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include "geocode/NameMatcher.h"
#include <QLineEdit>
#include <QCoreApplication>
#include <QHBoxLayout>
#include "geocode/NoteText.h"
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
    // Filters: status, type, kecamatan (the lists are long: 376 rows in Banyuasin).
    auto* filters = new QHBoxLayout;
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("Semua status"), QString());
    for (const QString& st : {QString(FacilityStatus::Unmatched), QString(FacilityStatus::Ambiguous),
                              QString(FacilityStatus::Estimated), QString(FacilityStatus::Flagged)})
        m_statusFilter->addItem(statusLabel(st), st);
    m_typeFilter = new QComboBox(this);
    m_typeFilter->setObjectName(QStringLiteral("typeFilter"));
    m_typeFilter->addItem(tr("Semua jenis"), -1);
    for (FacilityType t : {FacilityType::Puskesmas, FacilityType::Pustu, FacilityType::Poskesdes, FacilityType::Posyandu,
                           FacilityType::RumahSakit})
        m_typeFilter->addItem(facilityTypeLabel(t), static_cast<int>(t));
    m_kecFilter = new QComboBox(this);
    m_kecFilter->setObjectName(QStringLiteral("kecamatanFilter"));
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_typeFilter);
    filters->addWidget(m_kecFilter, 1);
    lay->addLayout(filters);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("reviewTable"));
    m_table->setHorizontalHeaderLabels({tr("Fasilitas"), tr("Jenis"), tr("Status"), tr("Desa — kecamatan"), tr("Catatan")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);   // whole notes: rows grow instead of cutting them
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->setSortingEnabled(true);
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
    m_candidateLabel = new QLabel(tr("Desa yang mungkin dimaksud (skor kemiripan nama):"), this);
    m_candidates = new QListWidget(this);
    m_candidates->setObjectName(QStringLiteral("candidates"));
    m_candidates->setMaximumHeight(4 * m_candidates->fontMetrics().height() + 12);
    lay->addWidget(m_candidateLabel);
    lay->addWidget(m_candidates);
    m_candidateLabel->hide();
    m_candidates->hide();
    connect(m_candidates, &QListWidget::itemClicked, this, [this](QListWidgetItem* it) {
        m_desa->setCurrentIndex(m_desa->findData(it->data(Qt::UserRole).toString()));   // chosen, saved with the button
    });
    m_message = new QLabel(tr("Pilih fasilitas, lalu pilih desanya atau geser titiknya di peta (Shift + seret)."), this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #555"));
    lay->addWidget(m_message);
    connect(apply, &QPushButton::clicked, this, [this] { applyDesa(m_desa->currentData().toString()); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        // The desa box shows the selected facility's own desa, or nothing: a stale
        // choice from another row must never be saved onto this one by accident.
        const Facility* f = m_table->selectedItems().isEmpty() ? nullptr : rowFacility(m_table->currentRow());
        m_desa->setCurrentIndex(f ? m_desa->findData(f->desaCode) : -1);
        showCandidates(f);
        if (f)
            emit facilitySelected(*f);
    });
    for (QComboBox* box : {m_statusFilter, m_typeFilter, m_kecFilter})
        connect(box, &QComboBox::currentIndexChanged, this, &GeocodeReviewPanel::applyFilters);
}

GeocodeReviewPanel::~GeocodeReviewPanel() = default;

void GeocodeReviewPanel::setProject(ps::Project* project)
{
    m_project = project;
    m_undo->clear();   // the commands hold another project's facilities
    m_desa->clear();
    if (!m_project)
        return;
    std::map<QString, QString>& kecNames = m_names;
    m_names.clear();
    {
        QSignalBlocker b(m_kecFilter);
        m_kecFilter->clear();
        m_kecFilter->addItem(tr("Semua kecamatan"), QString());
        for (const AdminArea& k : m_project->areas(AdminLevel::Kecamatan, false)) {
            kecNames[k.code] = k.name;
            m_kecFilter->addItem(prettyAreaName(k.name), k.code);
        }
    }
    m_gazetteer = std::make_unique<geocode::Gazetteer>(geocode::Gazetteer::fromProject(*m_project));
    // Project::areas(Desa) holds the kelurahan too (one village level).
    for (const AdminArea& d : m_project->areas(AdminLevel::Desa, false)) {
        m_desa->addItem(QStringLiteral("%1 — %2").arg(d.name, kecNames[d.parentCode]), d.code);
        m_names[d.code] = d.name;
    }
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
    m_table->setSortingEnabled(false);   // rows are filled in place, then sorted
    m_table->clearSelection();
    m_table->setCurrentCell(-1, -1);
    m_desa->setCurrentIndex(-1);
    showCandidates(nullptr);
    m_table->setRowCount(static_cast<int>(m_rows.size()));
    for (int i = 0; i < static_cast<int>(m_rows.size()); ++i) {
        const Facility& f = m_rows[i];
        auto* name = new QTableWidgetItem(f.name);
        name->setData(Qt::UserRole, f.id);
        m_table->setItem(i, 0, name);
        m_table->setItem(i, 1, new QTableWidgetItem(facilityTypeLabel(f.type)));
        m_table->setItem(i, 2, new QTableWidgetItem(statusLabel(f.status)));
        auto name_of = [&](const QString& code) {
            auto it = m_names.find(code);
            return it == m_names.end() ? code : prettyAreaName(it->second);
        };
        m_table->setItem(i, 3, new QTableWidgetItem(f.desaCode.isEmpty() ? QStringLiteral("— ") + name_of(f.kecamatanCode)
                                                                         : name_of(f.desaCode) + QStringLiteral(" — ") + name_of(f.kecamatanCode)));
        const QString shown = ps::geocode::noteForDisplay(f.note);   // stored in the import's language
        auto* note = new QTableWidgetItem(shown);
        note->setToolTip(shown);
        m_table->setItem(i, 4, note);
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(4, std::max(m_table->columnWidth(4), 300));
    applyFilters();
}

const Facility* GeocodeReviewPanel::rowFacility(int row) const
{
    const QTableWidgetItem* it = row >= 0 ? m_table->item(row, 0) : nullptr;
    if (!it)
        return nullptr;
    const qint64 id = it->data(Qt::UserRole).toLongLong();
    for (const Facility& f : m_rows)
        if (f.id == id)
            return &f;
    return nullptr;
}

void GeocodeReviewPanel::applyFilters()
{
    const QString status = m_statusFilter->currentData().toString(), kec = m_kecFilter->currentData().toString();
    const int type = m_typeFilter->currentData().toInt();
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const Facility* f = rowFacility(r);
        const bool show = f && (status.isEmpty() || f->status == status) && (type < 0 || static_cast<int>(f->type) == type) &&
                          (kec.isEmpty() || f->kecamatanCode == kec);
        m_table->setRowHidden(r, !show);
    }
    m_table->resizeRowsToContents();
}

void GeocodeReviewPanel::showCandidates(const Facility* f)
{
    m_candidates->clear();
    const bool wanted = f && m_gazetteer && (f->status == FacilityStatus::Unmatched || f->status == FacilityStatus::Ambiguous);
    if (wanted) {
        const QString typed = typedDesaName(*f);
        for (const auto& c : geocode::closestDesa(*m_gazetteer, typed, f->kecamatanCode, 5)) {
            const auto& d = m_gazetteer->desa()[c.index];
            auto* it = new QListWidgetItem(QStringLiteral("%1 — %2  (%3)").arg(prettyAreaName(d.name),
                                                                              prettyAreaName(m_names[d.parentCode]),
                                                                              ps::formatNumber(c.score, 2)),
                                           m_candidates);
            it->setData(Qt::UserRole, d.code);
        }
        m_candidateLabel->setText(tr("Desa yang mungkin dimaksud dengan \"%1\" (skor kemiripan nama, 1 = sama):").arg(typed));
    }
    m_candidateLabel->setVisible(m_candidates->count() > 0);
    m_candidates->setVisible(m_candidates->count() > 0);
}

QString GeocodeReviewPanel::typedDesaName(const Facility& f)
{
    // The desa as typed in the spreadsheet: the raw row's desa/kelurahan column.
    const QJsonObject raw = QJsonDocument::fromJson(f.raw.toUtf8()).object();
    for (auto it = raw.begin(); it != raw.end(); ++it) {
        const QString key = it.key().toLower();
        if ((key.contains(QLatin1String("desa")) || key.contains(QLatin1String("kelurahan"))) && !key.contains(QLatin1String("kode")))
            return it.value().toString();
    }
    return {};
}

int GeocodeReviewPanel::candidateCount() const { return m_candidates->count(); }
std::vector<qint64> GeocodeReviewPanel::facilityIds() const
{
    std::vector<qint64> ids;
    for (const Facility& f : m_rows)
        ids.push_back(f.id);
    return ids;
}

void GeocodeReviewPanel::selectFacility(qint64 id)
{
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (const Facility* f = rowFacility(r); f && f->id == id)
            m_table->selectRow(r);
}

qint64 GeocodeReviewPanel::selectedFacility() const
{
    const Facility* f = rowFacility(m_table->currentRow());
    return f ? f->id : 0;
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
    if (!m_gazetteer)
        m_gazetteer = std::make_unique<geocode::Gazetteer>(geocode::Gazetteer::fromProject(*m_project));
    const geocode::Gazetteer& gaz = *m_gazetteer;
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
