#include "PeriodSelector.h"
#include "core/Period.h"
#include "core/PeriodChoice.h"
#include "core/Project.h"
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <algorithm>

namespace ps::app {

PeriodSelector::PeriodSelector(QWidget* parent) : QWidget(parent)
{
    auto* l = new QHBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("periodBox"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("periodNote"));
    m_note->setStyleSheet(QStringLiteral("color: #555;"));
    m_note->hide();
    l->addWidget(m_combo);
    l->addWidget(m_note);
    connect(m_combo, &QComboBox::activated, this, [this] {
        updateNote();
        emit periodChosen(m_combo->currentData().toInt());
    });
}

int PeriodSelector::fill(Project& project, const QString& indicator, int wanted)
{
    m_project = &project;
    m_indicator = indicator;
    const std::vector<int> choices = periodChoices(project, indicator);
    const int key = std::find(choices.begin(), choices.end(), wanted) != choices.end() ? wanted : latestPeriod(project, indicator);
    {
        QSignalBlocker b(m_combo);
        m_combo->clear();
        // Latest first: the period a planner usually wants is at the top.
        for (auto it = choices.rbegin(); it != choices.rend(); ++it) {
            const QString label = periodLabel(*it), shown = shownPeriod(project, indicator, *it);
            m_combo->addItem(shown == label ? label : tr("%1 (%2)").arg(label, shown), *it);
        }
        m_combo->setCurrentIndex(m_combo->findData(key));
    }
    updateNote();
    return key;
}

void PeriodSelector::clear()
{
    QSignalBlocker b(m_combo);
    m_combo->clear();
    m_note->hide();
    m_project = nullptr;
}

// A year of a point-in-time count is one weighing month, named beside the picker (as the
// CLI and the map's source line say it), never February + August summed.
void PeriodSelector::updateNote()
{
    m_note->hide();
    if (!m_project || m_combo->currentIndex() < 0)
        return;
    const int key = m_combo->currentData().toInt();
    const QString note = measuredMonthNote(*m_project, m_indicator, key);
    if (note.isEmpty())
        return;
    const PeriodUse use = m_project->resolvePeriod(m_indicator, key);
    m_note->setText(tr("bulan pengukuran: %1").arg(periodLabel(use.used)));
    m_note->setToolTip(note);
    m_note->show();
}

} // namespace ps::app
