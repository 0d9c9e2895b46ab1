#include "IdentifyPanel.h"
#include "LegendWidget.h"
#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ps::app {

IdentifyPanel::IdentifyPanel(QWidget* parent) : QWidget(parent)
{
    auto* lay = new QVBoxLayout(this);
    lay->setContentsMargins(6, 6, 6, 6);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("identifyTitle"));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_title->setFont(f);
    m_title->setWordWrap(true);
    m_subtitle = new QLabel(this);
    m_subtitle->setStyleSheet(QStringLiteral("color: #666"));
    m_table = new QTableWidget(0, 2, this);
    m_table->horizontalHeader()->setVisible(false);
    m_table->verticalHeader()->setVisible(false);
    // Labels whole; values (a long note, coordinates) wrap in the rest of the
    // width rather than being cut: the row grows instead.
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideNone);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table, [this] { m_table->resizeRowsToContents(); });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setAlternatingRowColors(true);
    m_chart = new TrendChart(this);
    lay->addWidget(m_title);
    lay->addWidget(m_subtitle);
    lay->addWidget(m_table, 1);
    lay->addWidget(m_chart);
    clear();
}

void IdentifyPanel::clear()
{
    IdentifyResult r;
    r.title = QCoreApplication::translate("IdentifyPanel", "Klik wilayah atau fasilitas di peta");
    show(r);
}

void IdentifyPanel::show(const IdentifyResult& r)
{
    m_result = r;
    m_title->setText(r.title);
    m_subtitle->setText(r.subtitle);
    m_subtitle->setVisible(!r.subtitle.isEmpty());
    m_table->setRowCount(static_cast<int>(r.rows.size()));
    for (int i = 0; i < static_cast<int>(r.rows.size()); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(r.rows[i].first));
        auto* v = new QTableWidgetItem(r.rows[i].second);
        v->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        v->setToolTip(r.rows[i].second);
        m_table->setItem(i, 1, v);
    }
    m_table->resizeRowsToContents();
    QTimer::singleShot(0, m_table, [t = m_table] { t->resizeRowsToContents(); });
    m_chart->setSeries(r.trend, r.trendUnit);
    m_chart->setVisible(r.trend.size() > 1);
}

void IdentifyPanel::resizeEvent(QResizeEvent* e)
{
    QWidget::resizeEvent(e);
    QTimer::singleShot(0, m_table, [t = m_table] { t->resizeRowsToContents(); });   // after the columns took the new width
}

QString IdentifyPanel::text() const
{
    QStringList lines{m_title->text(), m_subtitle->text()};
    for (int i = 0; i < m_table->rowCount(); ++i)
        lines << m_table->item(i, 0)->text() + QStringLiteral(": ") + m_table->item(i, 1)->text();
    return lines.join(QLatin1Char('\n'));
}

} // namespace ps::app
