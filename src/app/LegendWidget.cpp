#include "LegendWidget.h"
#include "core/Period.h"
#include "core/Locale.h"
#include "render/Symbols.h"
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace ps::app {

LegendWidget::LegendWidget(QWidget* parent) : QWidget(parent)
{
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, Qt::white);
    setPalette(pal);
}

void LegendWidget::setGroups(const std::vector<ps::render::LegendGroup>& groups)
{
    m_groups = groups;
    updateGeometry();
    update();
}

QSize LegendWidget::sizeHint() const
{
    int rows = 0;
    for (const auto& g : m_groups)
        rows += 2 + static_cast<int>(g.items.size());
    return {240, std::max(80, rows * 22 + 12)};
}

void LegendWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), Qt::white);
    double y = 8;
    QFont bold = font();
    bold.setBold(true);
    for (const auto& g : m_groups) {
        p.setFont(bold);
        p.setPen(QColor(30, 30, 30));
        const QRectF tr(10, y, width() - 20, 200);
        QRectF br = p.boundingRect(tr, Qt::TextWordWrap, g.title);
        p.drawText(tr, Qt::TextWordWrap, g.title);
        y += br.height() + 6;
        p.setFont(font());
        for (const auto& it : g.items) {
            const QRectF sw(12, y, 26, 16);
            if (it.symbol) {
                ps::render::drawSymbol(p, *it.symbol, sw.center(), 1.4);
            } else if (it.hatched) {
                p.setPen(QPen(QColor(150, 150, 150), 0.8));
                p.setBrush(QBrush(QColor(120, 120, 120), Qt::BDiagPattern));
                p.fillRect(sw, QColor(238, 238, 238));
                p.drawRect(sw);
            } else if (it.outline.isValid()) {
                p.setPen(QPen(it.outline, 2.5));
                p.setBrush(it.fill.isValid() ? QBrush(it.fill) : QBrush(Qt::NoBrush));
                p.drawRect(sw.adjusted(1, 1, -1, -1));
            } else {
                p.setPen(QPen(QColor(150, 150, 150), 0.8));
                p.setBrush(it.fill);
                p.drawRect(sw);
            }
            p.setPen(QColor(40, 40, 40));
            QString text = it.label;
            if (it.count >= 0)
                text += QStringLiteral("  (%1)").arg(it.count);
            // Long labels (an analysis run's "posyandu baru, +29.454 jiwa terjangkau") wrap
            // rather than being cut at the dock's edge.
            const QRectF box(46, y - 2, width() - 52, 400);
            const QRectF used = p.boundingRect(box, Qt::TextWordWrap | Qt::AlignLeft, text);
            p.drawText(QRectF(46, y - 2, width() - 52, std::max(20.0, used.height())),
                       Qt::TextWordWrap | Qt::AlignVCenter | Qt::AlignLeft, text);
            y += std::max(22.0, used.height() + 4);
        }
        y += 10;
    }
    // The height the wrapped rows need: the scroll area around the legend follows it.
    if (std::abs(minimumHeight() - static_cast<int>(y)) > 1)
        setMinimumHeight(static_cast<int>(y));
}

TrendChart::TrendChart(QWidget* parent) : QWidget(parent) { setMinimumHeight(110); }

void TrendChart::setSeries(const std::vector<std::pair<int, double>>& values, const QString& unit)
{
    m_values = values;
    m_unit = unit;
    update();
}

std::vector<double> niceTicks(double lo, double hi)
{
    if (!(hi > lo))
        return {lo};
    // The smallest 1, 2 or 5 × 10^n step not below a quarter of the range: two to four intervals.
    const double want = (hi - lo) / 4, e = std::pow(10.0, std::floor(std::log10(want))), m = want / e;
    const double step = (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * e;
    std::vector<double> out;
    for (double v = std::floor(lo / step) * step; v < hi + step * 0.999; v += step)
        out.push_back(std::abs(v) < step * 1e-9 ? 0.0 : v);
    return out;
}

double trendPosition(int key)
{
    const auto p = ps::Period::fromKey(key);
    if (!p)
        return key;
    // The middle of the period, in years: months twelve to a year.
    return p->kind == ps::Period::Kind::Year ? p->year : p->year + (p->firstMonth() + p->lastMonth() - 1) / 24.0;
}

QString trendLabel(int key)
{
    const auto p = ps::Period::fromKey(key);
    if (!p || p->kind == ps::Period::Kind::Year)
        return QString::number(key);
    const QString yy = QString::number(p->year % 100).rightJustified(2, QLatin1Char('0'));
    switch (p->kind) {
    case ps::Period::Kind::Month: return ps::monthName(p->index).left(3) + QLatin1Char(' ') + yy;
    case ps::Period::Kind::Semester: return QStringLiteral("S%1 %2").arg(p->index).arg(yy);
    default: return QStringLiteral("TW%1 %2").arg(p->index).arg(yy);
    }
}

void TrendChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), Qt::white);
    if (m_values.empty())
        return;
    const QRectF plot = QRectF(rect()).adjusted(44, 12, -14, -24);
    double lo = m_values.front().second, hi = lo;
    for (const auto& v : m_values) {
        lo = std::min(lo, v.second);
        hi = std::max(hi, v.second);
    }
    lo = std::min(0.0, lo);
    if (hi <= lo)
        hi = lo + 1;
    {
        // The axis runs between round ticks (0 / 5 / 10, not 0 / 46 / 91).
        const std::vector<double> t = niceTicks(lo, hi * 1.05);
        lo = t.front();
        hi = t.back();
    }
    const int n = static_cast<int>(m_values.size());
    // Periods sit at their own place in time: a year without data is a gap, not skipped; months
    // (weighing months, February and August) sit at their month, joined.
    const double t0 = trendPosition(m_values.front().first), t1 = trendPosition(m_values.back().first);
    auto xAt = [&](double t) { return t1 == t0 ? plot.center().x() : plot.left() + plot.width() * (t - t0) / (t1 - t0); };
    auto px = [&](int i) { return xAt(trendPosition(m_values[i].first)); };
    auto py = [&](double v) { return plot.bottom() - plot.height() * (v - lo) / (hi - lo); };
    auto isYear = [](int key) { return key >= 1000 && key <= 9999; };
    p.setPen(QPen(QColor(220, 220, 220), 1));
    const std::vector<double> ticks = niceTicks(lo, hi);
    for (double v : ticks) {
        p.drawLine(QPointF(plot.left(), py(v)), QPointF(plot.right(), py(v)));
        p.setPen(QColor(110, 110, 110));
        p.drawText(QRectF(0, py(v) - 8, plot.left() - 6, 16), Qt::AlignRight | Qt::AlignVCenter,
                   ps::formatNumber(v, ticks.size() > 1 && ticks[1] - ticks[0] < 1 ? 1 : 0));
        p.setPen(QPen(QColor(220, 220, 220), 1));
    }
    QPainterPath line;
    for (int i = 0; i < n; ++i) {
        const QPointF pt(px(i), py(m_values[i].second));
        const bool gap = i > 0 && isYear(m_values[i].first) && m_values[i].first - m_values[i - 1].first > 1;
        (i == 0 || gap) ? line.moveTo(pt) : line.lineTo(pt);
    }
    // The years without data, named under the axis so the gap reads as missing data.
    p.setPen(QColor(170, 170, 170));
    for (int i = 1; i < n; ++i)
        if (isYear(m_values[i].first))
            for (int y = m_values[i - 1].first + 1; y < m_values[i].first; ++y)
                p.drawText(QRectF(xAt(y) - 30, plot.bottom() + 4, 60, 16), Qt::AlignCenter, QString::number(y) + QStringLiteral(" –"));
    p.setPen(QPen(QColor(178, 24, 43), 2));
    p.setBrush(Qt::NoBrush);
    p.drawPath(line);
    for (int i = 0; i < n; ++i) {
        const QPointF pt(px(i), py(m_values[i].second));
        p.setBrush(Qt::white);
        p.drawEllipse(pt, 3.5, 3.5);
        p.setPen(QColor(90, 90, 90));
        // Kept inside the widget: "Agu 25" at the right end is wider than a year.
        const double left = std::clamp(pt.x() - 30, 0.0, std::max(0.0, width() - 60.0));
        p.drawText(QRectF(left, plot.bottom() + 4, 60, 16), Qt::AlignCenter, trendLabel(m_values[i].first));
        p.setPen(QPen(QColor(178, 24, 43), 2));
    }
    p.setPen(QColor(110, 110, 110));
    p.drawText(QRectF(plot.left(), 0, plot.width(), 12), Qt::AlignRight | Qt::AlignTop, m_unit);
}

} // namespace ps::app
