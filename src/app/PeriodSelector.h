#pragma once
#include <QWidget>

class QComboBox;
class QLabel;

namespace ps {
class Project;
}

namespace ps::app {

// The period picker beside the indicator: every period one can ask of the indicator
// (stored, and the years and semesters of stored months), labelled for people
// ("Agustus 2024", "Semester 1 2024", "2024 (Agustus 2024)"), never a raw key such
// as 202408. A year of a point-in-time count says which weighing month it shows.
class PeriodSelector : public QWidget {
    Q_OBJECT
public:
    explicit PeriodSelector(QWidget* parent = nullptr);
    QComboBox* combo() const { return m_combo; }
    QLabel* note() const { return m_note; }

    // Fills the choices of `indicator` and selects `wanted` when it is one of them, else the
    // latest stored period. Returns the selected key (0 when the indicator has no data).
    int fill(Project& project, const QString& indicator, int wanted);
    void clear();

signals:
    void periodChosen(int key);

private:
    void updateNote();
    QComboBox* m_combo = nullptr;
    QLabel* m_note = nullptr;
    Project* m_project = nullptr;
    QString m_indicator;
};

} // namespace ps::app
