#pragma once
#include "render/MapBuilder.h"
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace ps::app {

// Export: a layout preset (slide 16:9, 4:3, A4), the format, the title, and a
// preview of the page as the render engine lays it out.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(ps::render::MapBuilder& builder, const ps::render::MapSpec& spec, QWidget* parent = nullptr);
    QImage preview() const { return m_preview; }
    // Writes the page; false (and a message box unless quiet) on failure.
    bool exportTo(const QString& path, bool quiet = false);

private:
    void updatePreview();
    ps::render::MapBuilder& m_builder;
    ps::render::MapSpec m_spec;
    ps::render::Page m_page;
    QComboBox* m_preset;
    QLineEdit* m_title;
    QLabel* m_previewLabel;
    QImage m_preview;
};

// Import wizard: file, layer/sheet and column mapping, a preview of the first
// rows, then the importer of src/io or src/geocode on a worker thread with a
// progress dialog (cancel rolls the import back) and the error report.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    enum Kind { Boundaries, Facilities, Indicators };
    ImportDialog(Kind kind, const QString& projectPath, QWidget* parent = nullptr);

private:
    void chooseFile();
    void loadSource();
    void showPreview();
    void runImport();

    Kind m_kind;
    QString m_projectPath;
    QLineEdit* m_file;
    QComboBox* m_layer;
    QComboBox* m_codeField;
    QComboBox* m_nameField;
    QComboBox* m_type;
    QLineEdit* m_prefix;
    QTableWidget* m_preview;
    QPlainTextEdit* m_report;
};

} // namespace ps::app
