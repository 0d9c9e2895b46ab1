#pragma once
#include "render/Layout.h"
#include <QWidget>

namespace ps::app {

// The legend dock: the same LegendGroups the layout engine puts on a page.
class LegendWidget : public QWidget {
    Q_OBJECT
public:
    explicit LegendWidget(QWidget* parent = nullptr);
    void setGroups(const std::vector<ps::render::LegendGroup>& groups);
    const std::vector<ps::render::LegendGroup>& groups() const { return m_groups; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent*) override;

private:
    std::vector<ps::render::LegendGroup> m_groups;
};

// A small line chart of an area's values across periods (keys: years, or months, or
// semesters; never mixed), drawn with QPainter.
class TrendChart : public QWidget {
    Q_OBJECT
public:
    explicit TrendChart(QWidget* parent = nullptr);
    void setSeries(const std::vector<std::pair<int, double>>& values, const QString& unit);
    QSize sizeHint() const override { return {260, 130}; }

protected:
    void paintEvent(QPaintEvent*) override;

private:
    std::vector<std::pair<int, double>> m_values;
    QString m_unit;
};

// Round axis ticks from lo to at least hi: a 1, 2 or 5 × 10^n step, two to four intervals.
std::vector<double> niceTicks(double lo, double hi);
// A period key's place on the chart's time axis (in years) and its short label ("2024", "Agu 24").
double trendPosition(int key);
QString trendLabel(int key);

} // namespace ps::app
