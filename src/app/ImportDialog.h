#pragma once
#include "core/Types.h"
#include <QDialog>
#include <QFutureWatcher>
#include <memory>
#include <vector>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressDialog;
class QPushButton;
class QTableWidget;

namespace ps {
class Progress;
}

namespace ps::app {

struct ImportOutcome;   // what the worker hands back (ImportDialog.cpp)

// Import: file, layer/sheet and column mapping, a preview of the first rows,
// then the importer of src/io or src/geocode on workerPool() with a progress
// dialog whose Cancel rolls the one import transaction back. For facilities
// the type is guessed from the file name and columns (shown, changeable), and
// the end shows the CLI's geocoding summary as a table, the rows to check,
// and the report CSV (written beside the project, as the CLI does) with a
// button to open it.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    enum Kind { Boundaries, Facilities, Indicators };
    ImportDialog(Kind kind, const QString& projectPath, QWidget* parent = nullptr);
    ~ImportDialog() override;

    void setFile(const QString& path);            // as if chosen: loads it, guesses the type (waits for the read)
    void chooseAsync(const QString& path);        // as chooseFile(): the read runs on the worker pool
    void waitForPreview();                        // until the chosen file is read and previewed
    std::optional<FacilityType> facilityType() const;
    void setFacilityType(FacilityType t);
    QString typeGuessText() const;
    void startImport();                           // returns at once; importFinished() follows
    void cancelImport();
    bool isRunning() const;
    bool imported() const { return m_imported; }  // an import committed in this dialog
    QString reportPath() const { return m_reportPath; }   // written report CSV, empty when none
    QTableWidget* summaryTable() const { return m_summary; }
    QTableWidget* reviewTable() const { return m_review; }
    QString reportText() const;

signals:
    void importFinished(bool ok);

protected:
    void reject() override;   // while importing: cancels first

private:
    void chooseFile();
    void loadSource();                            // starts the read on the worker pool
    void showSource();                            // the read is done: sheets/layers, preview
    void showPreview();
    void guessType(const QStringList& headers);
    void finishImport();
    void setInputsEnabled(bool on);
    void showOutcome(const ImportOutcome& r);

    Kind m_kind;
    QString m_projectPath;
    QLineEdit* m_file;
    QComboBox* m_layer;
    QComboBox* m_codeField;
    QComboBox* m_nameField;
    QComboBox* m_type;
    QLabel* m_typeGuess;
    QLineEdit* m_prefix;
    QTableWidget* m_preview;
    QTableWidget* m_summary;
    QTableWidget* m_review;
    QPlainTextEdit* m_report;
    QPushButton* m_run;
    QPushButton* m_browse;
    QPushButton* m_openReport;
    QProgressDialog* m_progressDialog = nullptr;
    std::shared_ptr<ps::Progress> m_progress;
    std::shared_ptr<ImportOutcome> m_outcome;
    QFutureWatcher<void> m_watcher;
    QString m_reportPath;
    QString m_loadedFile;                        // what the preview shows (read once per file)
    // A chosen file's sheets (or vector layers) and first rows, read off the GUI thread
    // (48,000 rows: over a second).
    struct SourceRead {
        QStringList names;
        std::vector<QStringList> headers;
        std::vector<std::vector<QStringList>> rows;
        QString error;
    };
    QFutureWatcher<SourceRead> m_readWatcher;
    bool m_reading = false;                      // a read is under way (busy cursor, inputs off)
    std::vector<QStringList> m_sheetHeaders;     // per sheet (tables), for the preview
    std::vector<std::vector<QStringList>> m_sheetRows;   // first 30 rows per sheet
    bool m_imported = false;
};

} // namespace ps::app
