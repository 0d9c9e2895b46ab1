#pragma once
#include "analysis/CoverageAnalysis.h"
#include <QDialog>
#include <QFrame>
#include <map>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ps {
class Project;
}

namespace ps::app {

// The parameters of `petasehat analyze coverage`, as a form: facility types
// and their reach (defaults from the project's settings), proposed new sites
// (how many, which type), indicator year, estimated points in or out, area.
class CoverageRunDialog : public QDialog {
    Q_OBJECT
public:
    CoverageRunDialog(ps::Project& project, const QString& codePrefix, QWidget* parent = nullptr);
    ps::analysis::CoverageParams params() const;

private:
    std::map<FacilityType, QCheckBox*> m_types;
    std::map<FacilityType, QDoubleSpinBox*> m_reach;
    QSpinBox* m_propose;
    QComboBox* m_proposeType;
    QComboBox* m_year;
    QCheckBox* m_excludeEstimated;
    QLineEdit* m_area;
};

// Runs the analysis on a worker thread with its own ps::Project (SQLite
// connection) while a progress dialog with Cancel is shown; the run is stored
// in one transaction, so Cancel leaves the project as it was. Returns the run
// id, or 0 (cancelled, or failed with *error set).
qint64 runCoverageWithProgress(QWidget* parent, const QString& projectPath, const ps::analysis::CoverageParams& params,
                               QString* error);

// The parameters a stored run was made with (analysis_run.parameters), to run it again.
ps::analysis::CoverageParams paramsOfRun(const QJsonObject& parameters);

// When the analysis on the map started before the last location fix or
// import (ISO-8601 UTC texts), its layers are out of date.
bool analysisIsStale(const QString& runStartedAt, const QString& lastChangeAt);
// The time of the last facility fix or import in the project (ISO-8601 UTC; empty when none).
QString lastLocationChange(ps::Project& project);

// A yellow bar over the map: "the analysis shown is older than ..." with one
// button to run it again.
class StaleAnalysisBanner : public QFrame {
    Q_OBJECT
public:
    explicit StaleAnalysisBanner(QWidget* parent = nullptr);
    void setMessage(const QString& text);
    QString message() const;

signals:
    void rerunRequested();

private:
    QLabel* m_text;
};

} // namespace ps::app
