#pragma once
#include <QWidget>
#include <utility>
#include <vector>

class QLabel;
class QTableWidget;

namespace ps::app {

class TrendChart;

// What was clicked: a title, attribute rows, and for an area its values across years.
struct IdentifyResult {
    QString title;                                    // the area's or facility's name
    QString subtitle;                                 // kind and code
    std::vector<std::pair<QString, QString>> rows;    // attribute, value (formatted)
    std::vector<std::pair<int, double>> trend;        // period key (years, or months), value
    QString trendUnit;
};

class IdentifyPanel : public QWidget {
    Q_OBJECT
public:
    explicit IdentifyPanel(QWidget* parent = nullptr);
    void show(const IdentifyResult& r);
    void clear();
    const IdentifyResult& result() const { return m_result; }
    // Every visible text of the panel, one line each (for tests and copying).
    QString text() const;

protected:
    void resizeEvent(QResizeEvent* e) override;   // wrapped values: row heights follow the width

private:
    IdentifyResult m_result;
    QLabel* m_title;
    QLabel* m_subtitle;
    QTableWidget* m_table;
    TrendChart* m_chart;
};

} // namespace ps::app
