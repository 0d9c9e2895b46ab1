#include "EditHistory.h"
#include "MainWindow.h"
#include "core/AdminCode.h"
#include "core/Locale.h"
#include "core/Project.h"
#include "geocode/FacilityFix.h"
#include "GeocodeReviewPanel.h"
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QSettings>
#include <QTableWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace ps::app {

static const char* kOfficerKey = "officer/name";

void setOfficerName(const QString& name) { QSettings().setValue(QLatin1String(kOfficerKey), name.trimmed()); }

QString officerName(QWidget* parent, bool ask)
{
    QString name = QSettings().value(QLatin1String(kOfficerKey)).toString().trimmed();
    if (!name.isEmpty())
        return name;
    if (ask) {
        bool ok = false;
        name = QInputDialog::getText(parent, QObject::tr("Nama petugas"),
                                     QObject::tr("Nama Anda dicatat pada setiap perbaikan lokasi (riwayat). Nama petugas:"),
                                     QLineEdit::Normal, QString(), &ok)
                   .trimmed();
        if (ok && !name.isEmpty()) {
            setOfficerName(name);
            return name;
        }
    }
    return osUserName();
}

QString placeLabel(const QString& desaCode, const QString& kecamatanCode, const std::map<QString, QString>& names)
{
    auto name = [&](const QString& code) {
        auto it = names.find(code);
        return it == names.end() ? code : prettyAreaName(it->second);
    };
    const QString desa = desaCode.isEmpty() ? QObject::tr("tanpa desa") : QObject::tr("Desa %1").arg(name(desaCode));
    const QString kec = kecamatanCode.isEmpty() ? QObject::tr("tanpa kecamatan") : QObject::tr("Kec. %1").arg(name(kecamatanCode));
    return desa + QStringLiteral(", ") + kec;
}

QString moveQuestion(const QString& facilityName, const QString& from, const QString& to, bool otherKecamatan)
{
    QString text = QObject::tr("Pindahkan %1?\n\nDari: %2\nKe: %3").arg(facilityName, from, to);
    if (from != to)
        text += QStringLiteral("\n\n") + (otherKecamatan ? QObject::tr("Titik pindah ke kecamatan lain.")
                                                         : QObject::tr("Titik pindah ke desa lain."));
    return text;
}

FacilityFixCommand::FacilityFixCommand(Facility before, Facility after, Restore restore, const QString& text)
    : m_before(std::move(before)), m_after(std::move(after)), m_restore(std::move(restore))
{
    setText(text);
}

void FacilityFixCommand::undo()
{
    m_restore(m_before, QStringLiteral("undo"));
}

void FacilityFixCommand::redo()
{
    if (m_done) {   // pushed after the fix was saved
        m_done = false;
        return;
    }
    m_restore(m_after, QStringLiteral("redo"));
}

static QString describe(const QJsonObject& o, const std::map<QString, QString>& names)
{
    QString s = placeLabel(o.value(QStringLiteral("desa")).toString(), o.value(QStringLiteral("kecamatan")).toString(), names);
    if (o.contains(QStringLiteral("lat")))
        s += QStringLiteral(" (%1, %2)").arg(ps::formatNumber(o.value(QStringLiteral("lat")).toDouble(), 5),
                                             ps::formatNumber(o.value(QStringLiteral("lon")).toDouble(), 5));
    if (o.contains(QStringLiteral("uncertainty_m")))
        s += QStringLiteral(" ± %1 m").arg(ps::formatNumber(o.value(QStringLiteral("uncertainty_m")).toDouble(), 0));
    s += QStringLiteral(" · ") + GeocodeReviewPanel::statusLabel(o.value(QStringLiteral("status")).toString());
    return s;
}

FacilityHistoryDialog::FacilityHistoryDialog(ps::Project& project, qint64 facilityId, QWidget* parent) : QDialog(parent)
{
    const auto f = project.facility(facilityId);
    setWindowTitle(tr("Riwayat lokasi: %1").arg(f ? f->name : QString::number(facilityId)));
    resize(1150, 380);
    std::map<QString, QString> names;
    for (AdminLevel l : {AdminLevel::Kecamatan, AdminLevel::Desa})
        for (const AdminArea& a : project.areas(l, false))
            names[a.code] = a.name;
    auto* lay = new QVBoxLayout(this);
    const auto edits = geocode::facilityHistory(project, facilityId);
    m_table = new QTableWidget(static_cast<int>(edits.size()), 5, this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setHorizontalHeaderLabels({tr("Waktu"), tr("Petugas"), tr("Tindakan"), tr("Sebelum"), tr("Sesudah")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideNone);   // before and after are read whole
    for (int i = 0; i < static_cast<int>(edits.size()); ++i) {
        const auto& e = edits[i];
        const QString when = QDateTime::fromString(e.at, Qt::ISODate).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        const QString action = e.action == QLatin1String("undo") ? tr("dibatalkan (undo)")
                               : e.action == QLatin1String("redo") ? tr("diulang (redo)")
                                                                   : tr("perbaikan");
        const QStringList cells{when, e.by, action, describe(e.before, names), describe(e.after, names)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* it = new QTableWidgetItem(cells[c]);
            it->setToolTip(cells[c]);
            m_table->setItem(i, c, it);
        }
    }
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
    lay->addWidget(edits.empty() ? static_cast<QWidget*>(new QLabel(tr("Lokasi fasilitas ini belum pernah diperbaiki."), this))
                                 : m_table);
    if (edits.empty())
        m_table->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Tutup"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    QTimer::singleShot(0, m_table, [t = m_table] { t->resizeRowsToContents(); });   // after the columns took their width
    lay->addWidget(buttons);
}

int FacilityHistoryDialog::rowCount() const { return m_table->rowCount(); }

} // namespace ps::app
