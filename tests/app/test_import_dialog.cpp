// The desktop import dialog on the real Banyuasin project and the real
// posyandu.csv: the type guessed from the file, the CLI's summary as a table,
// the report CSV, and Cancel leaving the project as it was.
#include "BanyuasinProject.h"
#include "ImportDialog.h"
#include "core/Locale.h"
#include "core/Paths.h"
#include "core/Project.h"
#include "io/TableReader.h"
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QScreen>
#include <QtTest>

using namespace ps;
using namespace ps::app;

class TestImportDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void guessesPosyanduFromFileName();
    void guessesFromColumnsAndCanBeChanged();
    void cancelLeavesProjectUnchanged();
    void summaryTableAndReportCsv();
    void indicatorImportCancelsAndRuns();
    void qtDialogsSpeakIndonesian();
    void chosenFileIsReadOffTheGuiThread();

private:
    int facilityCount();
    int importLogCount();
    void shoot(QWidget* w, const QString& name);
    QTemporaryDir m_dir;
    QString m_project, m_posyandu;
    bool m_haveData = false;
};

void TestImportDialog::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PetaSehatTest"));
    QStandardPaths::setTestModeEnabled(true);
    ps::setLanguage(QStringLiteral("id"));
    m_project = m_dir.filePath(QStringLiteral("banyuasin.petasehat"));
    m_haveData = pstest::buildBanyuasinProject(m_project, false);
    if (!m_haveData)
        QSKIP("shared data is absent (../shared/data)");
    m_posyandu = ps::sharedDataDir() + QStringLiteral("/sample/banyuasin/posyandu.csv");
}

void TestImportDialog::shoot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("PETASEHAT_SHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(300);   // let the windows repaint first
    // Under Xvfb the whole screen (the progress dialog is a window of its own); offscreen the dialog.
    QPixmap shot = QGuiApplication::platformName() == QLatin1String("xcb") ? w->screen()->grabWindow(0) : w->grab();
    shot.save(QDir(dir).filePath(name));
}

int TestImportDialog::facilityCount()
{
    return static_cast<int>(Project::open(m_project, true)->facilities().size());
}

int TestImportDialog::importLogCount()
{
    auto p = Project::open(m_project, true);
    auto st = p->db().prepare("SELECT count(*) FROM import_log");
    return st.step() ? static_cast<int>(st.int64(0)) : -1;
}

void TestImportDialog::guessesPosyanduFromFileName()
{
    ImportDialog d(ImportDialog::Facilities, m_project);
    d.setFile(m_posyandu);
    QCOMPARE(d.facilityType(), std::optional(FacilityType::Posyandu));   // not the Puskesmas default
    QVERIFY2(d.typeGuessText().contains(QStringLiteral("posyandu.csv")), qPrintable(d.typeGuessText()));
    QVERIFY(d.findChild<QLabel*>(QStringLiteral("typeGuess"))->isVisibleTo(&d));
}

// A chosen file is read on the worker pool: the dialog answers meanwhile (inputs off),
// then the preview and the type guess arrive through the event loop.
void TestImportDialog::chosenFileIsReadOffTheGuiThread()
{
    ImportDialog d(ImportDialog::Facilities, m_project);
    auto* type = d.findChild<QComboBox*>(QStringLiteral("facilityType"));
    QVERIFY(type);
    d.chooseAsync(m_posyandu);
    QVERIFY(!type->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(d.facilityType(), std::optional(FacilityType::Posyandu), 30000);
    bool previewed = false;
    for (auto* t : d.findChildren<QTableWidget*>())
        previewed = previewed || t->rowCount() == 30;   // the first 30 rows
    QVERIFY(previewed);
    QVERIFY(type->isEnabled());
}

void TestImportDialog::guessesFromColumnsAndCanBeChanged()
{
    // The same rows under a name that says nothing: the columns (kode_posyandu, nama_posyandu) decide.
    const QString plain = m_dir.filePath(QStringLiteral("daftar_2024.csv"));
    QVERIFY(QFile::copy(m_posyandu, plain));
    ImportDialog d(ImportDialog::Facilities, m_project);
    d.setFile(plain);
    QCOMPARE(d.facilityType(), std::optional(FacilityType::Posyandu));
    QVERIFY2(d.typeGuessText().contains(QStringLiteral("nama_posyandu")) || d.typeGuessText().contains(QStringLiteral("kode_posyandu")),
             qPrintable(d.typeGuessText()));
    auto* box = d.findChild<QComboBox*>(QStringLiteral("facilityType"));
    box->setCurrentIndex(box->findData(QStringLiteral("pustu")));
    QCOMPARE(d.facilityType(), std::optional(FacilityType::Pustu));   // the user's choice wins
}

void TestImportDialog::cancelLeavesProjectUnchanged()
{
    const int before = facilityCount(), logs = importLogCount();
    QCOMPARE(before, 0);
    ImportDialog d(ImportDialog::Facilities, m_project);
    d.show();
    d.setFile(m_posyandu);
    QSignalSpy done(&d, &ImportDialog::importFinished);
    d.startImport();
    QVERIFY(d.isRunning());
    // The user presses Cancel in the progress dialog (one transaction: nothing may stay).
    auto* progress = d.findChild<QProgressDialog*>(QStringLiteral("importProgress"));
    QVERIFY(progress);
    auto* cancel = progress->findChild<QPushButton*>();
    QVERIFY(cancel);
    cancel->click();
    QVERIFY(done.wait(300000));
    QCOMPARE(done.at(0).at(0).toBool(), false);
    QVERIFY2(d.reportText().contains(QStringLiteral("Dibatalkan")), qPrintable(d.reportText()));
    QVERIFY(!d.imported());
    QCOMPARE(facilityCount(), before);
    QCOMPARE(importLogCount(), logs);
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("posyandu_laporan_geocoding.csv"))));
    QVERIFY(!d.findChild<QPushButton*>(QStringLiteral("openReport"))->isEnabled());
}

void TestImportDialog::summaryTableAndReportCsv()
{
    ImportDialog d(ImportDialog::Facilities, m_project);
    d.resize(1100, 900);
    d.show();
    d.setFile(m_posyandu);
    QSignalSpy done(&d, &ImportDialog::importFinished);
    d.startImport();
    if (!qEnvironmentVariableIsEmpty("PETASEHAT_SHOT_DIR")) {   // the progress dialog, for people to look at
        QTest::qWait(150);
        shoot(&d, QStringLiteral("import_dialog_running.png"));
    }
    QVERIFY(done.size() == 1 || done.wait(600000));
    QVERIFY2(done.at(0).at(0).toBool(), qPrintable(d.reportText()));
    QVERIFY(d.imported());

    // The summary table: rows "semua baris", one per outcome, then the rows to check.
    const ps::io::Table csv = ps::io::readTable(m_posyandu);
    const QTableWidget* t = d.summaryTable();
    std::map<QString, qint64> counts;
    const QLocale loc = ps::numberLocale();
    for (int r = 0; r < t->rowCount(); ++r)
        counts[t->item(r, 0)->text()] = loc.toLongLong(t->item(r, 1)->text());
    QCOMPARE(counts[QStringLiteral("semua baris")], static_cast<qint64>(csv.rows.size()));
    qint64 sum = 0;
    for (const char* o : {"exact", "repaired", "flagged", "estimated", "imported", "ambiguous", "unmatched", "duplicate", "rejected"})
        sum += counts.count(QLatin1String(o)) ? counts[QLatin1String(o)] : 0;
    QCOMPARE(sum, static_cast<qint64>(csv.rows.size()));
    QVERIFY(counts[QStringLiteral("estimated")] > 0);   // Banyuasin's posyandu: many without coordinates
    QVERIFY(counts.count(QStringLiteral("perlu diperiksa")));
    QCOMPARE(static_cast<qint64>(d.reviewTable()->rowCount()), std::min<qint64>(counts[QStringLiteral("perlu diperiksa")], 2000));
    // What was stored agrees with the table.
    auto p = Project::open(m_project, true);
    qint64 estimated = 0;
    for (const Facility& f : p->facilities(FacilityType::Posyandu))
        estimated += f.status == QLatin1String("estimated") ? 1 : 0;
    QCOMPARE(estimated, counts[QStringLiteral("estimated")]);

    // The report CSV beside the project, as the CLI writes it, one line per input row.
    const QString report = m_dir.filePath(QStringLiteral("posyandu_laporan_geocoding.csv"));
    QCOMPARE(QFileInfo(d.reportPath()).absoluteFilePath(), QFileInfo(report).absoluteFilePath());
    QVERIFY(QFileInfo::exists(report));
    QCOMPARE(static_cast<qint64>(ps::io::readTable(report).rows.size()), static_cast<qint64>(csv.rows.size()));
    QVERIFY(d.findChild<QPushButton*>(QStringLiteral("openReport"))->isEnabled());
    QVERIFY(d.reportText().contains(QStringLiteral("posyandu_laporan_geocoding.csv")));
    shoot(&d, QStringLiteral("import_dialog_summary.png"));
}

// The other kinds run the same way: the indicator workbook, cancelled then imported.
void TestImportDialog::indicatorImportCancelsAndRuns()
{
    const QString xlsx = ps::sharedDataDir() + QStringLiteral("/sample/banyuasin/indikator_kecamatan.xlsx");
    const int logs = importLogCount();
    ImportDialog d(ImportDialog::Indicators, m_project);
    d.show();
    d.setFile(xlsx);
    QSignalSpy done(&d, &ImportDialog::importFinished);
    d.startImport();
    d.findChild<QProgressDialog*>(QStringLiteral("importProgress"))->findChild<QPushButton*>()->click();
    QVERIFY(done.wait(300000));
    QCOMPARE(done.at(0).at(0).toBool(), false);
    QCOMPARE(importLogCount(), logs);
    d.startImport();
    QVERIFY(done.wait(300000));
    QVERIFY2(done.at(1).at(0).toBool(), qPrintable(d.reportText()));
    QCOMPARE(importLogCount(), logs + 1);
    QStringList labels;
    for (int r = 0; r < d.summaryTable()->rowCount(); ++r)
        labels << d.summaryTable()->item(r, 0)->text();
    QVERIFY2(labels.contains(QStringLiteral("nilai disimpan")), qPrintable(labels.join('|')));
}

// Qt's own dialogs inside the Indonesian UI (Debian has no qtbase_id.qm: ui/translations/qt_id.ts).
void TestImportDialog::qtDialogsSpeakIndonesian()
{
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);   // as petasehat-desktop does
    QFileDialog files(nullptr, QStringLiteral("Impor fasilitas"), m_dir.path(), QStringLiteral("Tabel (*.csv *.xlsx *.ods)"));
    files.setAcceptMode(QFileDialog::AcceptOpen);
    files.resize(800, 500);
    files.show();
    QVERIFY(QTest::qWaitForWindowExposed(&files));
    QStringList buttons, labels;
    for (const QPushButton* b : files.findChildren<QPushButton*>())
        buttons << b->text();
    for (const QLabel* l : files.findChildren<QLabel*>())
        labels << l->text();
    QVERIFY2(buttons.contains(QStringLiteral("&Buka")) && buttons.contains(QStringLiteral("Batal")), qPrintable(buttons.join('|')));
    QVERIFY2(labels.contains(QStringLiteral("&Nama berkas:")) && labels.contains(QStringLiteral("Jenis berkas:")) &&
                 labels.contains(QStringLiteral("Lihat di:")),
             qPrintable(labels.join('|')));
    shoot(&files, QStringLiteral("file_dialog_id.png"));
    files.close();

    QMessageBox box(QMessageBox::Question, QStringLiteral("PetaSehat"), QStringLiteral("Ganti?"), QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
    QCOMPARE(box.button(QMessageBox::Yes)->text(), QStringLiteral("&Ya"));
    QCOMPARE(box.button(QMessageBox::No)->text(), QStringLiteral("&Tidak"));
    QCOMPARE(box.button(QMessageBox::Cancel)->text(), QStringLiteral("Batal"));

    // In English, Qt's own English.
    ps::setLanguage(QStringLiteral("en"));
    QMessageBox en(QMessageBox::Question, QStringLiteral("PetaSehat"), QStringLiteral("Replace?"), QMessageBox::Yes | QMessageBox::Cancel);
    QCOMPARE(en.button(QMessageBox::Yes)->text(), QStringLiteral("&Yes"));
    QCOMPARE(en.button(QMessageBox::Cancel)->text(), QStringLiteral("Cancel"));
    ps::setLanguage(QStringLiteral("id"));
}

QTEST_MAIN(TestImportDialog)
#include "test_import_dialog.moc"
