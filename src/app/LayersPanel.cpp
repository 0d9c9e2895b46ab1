#include "LayersPanel.h"
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

namespace ps::app {

namespace {
constexpr int kIdRole = Qt::UserRole, kOpacityRole = Qt::UserRole + 1;
QString tr(const char* s) { return QCoreApplication::translate("ps::app", s); }
} // namespace

QString layerName(LayerId id)
{
    switch (id) {
    case LayerId::Indicator: return tr("Indikator per wilayah");
    case LayerId::Desa: return tr("Batas desa");
    case LayerId::Coverage: return tr("Wilayah terjangkau");
    case LayerId::Underserved: return tr("Wilayah kurang terlayani");
    case LayerId::Puskesmas: return tr("Puskesmas");
    case LayerId::Pustu: return tr("Pustu");
    case LayerId::Poskesdes: return tr("Poskesdes");
    case LayerId::Posyandu: return tr("Posyandu");
    case LayerId::RumahSakit: return tr("Rumah sakit");
    case LayerId::UnderservedScore: return tr("Skor kurang terlayani (desa)");
    case LayerId::ProposedSites: return tr("Usulan lokasi baru");
    }
    return {};
}

LayersPanel::LayersPanel(QWidget* parent) : QWidget(parent)
{
    auto* lay = new QVBoxLayout(this);
    lay->setContentsMargins(4, 4, 4, 4);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("layerList"));
    // Top of the list = drawn on top.
    const LayerId top[] = {LayerId::ProposedSites, LayerId::RumahSakit, LayerId::Puskesmas, LayerId::Pustu, LayerId::Poskesdes,
                           LayerId::Posyandu, LayerId::Underserved, LayerId::Coverage, LayerId::UnderservedScore,
                           LayerId::Desa, LayerId::Indicator};
    for (LayerId id : top) {
        auto* it = new QListWidgetItem(layerName(id), m_list);
        it->setFlags(it->flags() | Qt::ItemIsUserCheckable);
        const bool on = id != LayerId::Posyandu && id != LayerId::Coverage && id != LayerId::Desa &&
                        id != LayerId::UnderservedScore;
        it->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        it->setData(kIdRole, static_cast<int>(id));
        it->setData(kOpacityRole, id == LayerId::Coverage || id == LayerId::Underserved ? 0.6 : 1.0);
    }
    // Just tall enough for every layer, so the legend below gets the room.
    m_list->setMaximumHeight(m_list->sizeHintForRow(0) * m_list->count() + 2 * m_list->frameWidth() + 6);
    lay->addWidget(m_list);
    auto* row = new QHBoxLayout;
    auto* up = new QToolButton(this);
    up->setArrowType(Qt::UpArrow);
    up->setToolTip(tr("Naikkan"));
    auto* down = new QToolButton(this);
    down->setArrowType(Qt::DownArrow);
    down->setToolTip(tr("Turunkan"));
    row->addWidget(up);
    row->addWidget(down);
    row->addWidget(new QLabel(tr("Opasitas"), this));
    m_opacity = new QSlider(Qt::Horizontal, this);
    m_opacity->setRange(0, 100);
    m_opacity->setValue(100);
    row->addWidget(m_opacity, 1);
    lay->addLayout(row);
    lay->addStretch(1);
    connect(up, &QToolButton::clicked, this, [this] { move(-1); });
    connect(down, &QToolButton::clicked, this, [this] { move(+1); });
    connect(m_list, &QListWidget::itemChanged, this, &LayersPanel::changed);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* it) {
        if (!it)
            return;
        QSignalBlocker b(m_opacity);
        m_opacity->setValue(qRound(it->data(kOpacityRole).toDouble() * 100));
    });
    connect(m_opacity, &QSlider::valueChanged, this, [this](int v) {
        if (auto* it = m_list->currentItem()) {
            QSignalBlocker b(m_list);
            it->setData(kOpacityRole, v / 100.0);
            emit changed();
        }
    });
}

void LayersPanel::move(int delta)
{
    const int row = m_list->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_list->count())
        return;
    QSignalBlocker b(m_list);
    QListWidgetItem* it = m_list->takeItem(row);
    m_list->insertItem(to, it);
    m_list->setCurrentRow(to);
    emit changed();
}

std::vector<LayerState> LayersPanel::drawOrder() const
{
    std::vector<LayerState> out;
    for (int i = m_list->count() - 1; i >= 0; --i) {
        const QListWidgetItem* it = m_list->item(i);
        out.push_back({static_cast<LayerId>(it->data(kIdRole).toInt()), it->checkState() == Qt::Checked,
                       it->data(kOpacityRole).toDouble()});
    }
    return out;
}

void LayersPanel::setVisible(LayerId id, bool visible)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(kIdRole).toInt() == static_cast<int>(id))
            m_list->item(i)->setCheckState(visible ? Qt::Checked : Qt::Unchecked);
}

void LayersPanel::setDrawOrder(const std::vector<LayerState>& order)
{
    {
        QSignalBlocker b(m_list);
        std::vector<QListWidgetItem*> items;   // top of the list first
        while (m_list->count() > 0)
            items.push_back(m_list->takeItem(0));
        auto take = [&](LayerId id) -> QListWidgetItem* {
            for (auto it = items.begin(); it != items.end(); ++it)
                if ((*it)->data(kIdRole).toInt() == static_cast<int>(id)) {
                    QListWidgetItem* found = *it;
                    items.erase(it);
                    return found;
                }
            return nullptr;
        };
        std::vector<QListWidgetItem*> saved;   // top first
        for (auto st = order.rbegin(); st != order.rend(); ++st)
            if (QListWidgetItem* it = take(st->id)) {
                it->setCheckState(st->visible ? Qt::Checked : Qt::Unchecked);
                it->setData(kOpacityRole, st->opacity);
                saved.push_back(it);
            }
        for (QListWidgetItem* it : items)   // layers newer than the saved state stay on top
            m_list->addItem(it);
        for (QListWidgetItem* it : saved)
            m_list->addItem(it);
    }
    emit changed();
}

void LayersPanel::retranslate()
{
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setText(layerName(static_cast<LayerId>(m_list->item(i)->data(kIdRole).toInt())));
}

} // namespace ps::app
