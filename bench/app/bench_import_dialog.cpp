// The desktop import dialog on a large facility list (e.g. Jawa Tengah's 48,000
// posyandu): how long the import takes, how quickly Cancel takes effect, that
// the project is unchanged after it, and how responsive the GUI thread stays
// meanwhile (the longest gap between 10 ms timer ticks). Prints figures.
//   bench_import_dialog PROJECT FILE [CANCEL_AFTER_MS]
// PROJECT is copied first; the original is never changed.
#include "ImportDialog.h"
#include "core/Locale.h"
#include "core/Project.h"
#include "core/Sqlite.h"
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <sys/resource.h>

static double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

static qint64 count(const QString& project, const char* sql)
{
    auto p = ps::Project::open(project, true);
    auto st = p->db().prepare(sql);
    return st.step() ? st.int64(0) : -1;
}

// Runs one import; cancelAfterMs < 0 lets it finish. Returns wall ms; prints the GUI's longest gap.
static qint64 run(ps::app::ImportDialog& d, int cancelAfterMs, bool* ok)
{
    QElapsedTimer wall, tick;
    qint64 maxGap = 0, cancelAt = -1;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        maxGap = std::max(maxGap, tick.restart());
        if (cancelAfterMs >= 0 && cancelAt < 0 && wall.elapsed() >= cancelAfterMs) {
            cancelAt = wall.elapsed();
            d.findChild<QProgressDialog*>(QStringLiteral("importProgress"))->findChild<QPushButton*>()->click();
        }
    });
    QEventLoop loop;
    QObject::connect(&d, &ps::app::ImportDialog::importFinished, &loop, [&](bool r) { *ok = r; loop.quit(); });
    wall.start();
    tick.start();
    ticker.start(10);
    d.startImport();
    const qint64 startMs = wall.elapsed();
    loop.exec();
    const qint64 ms = wall.elapsed();
    std::printf("  startImport() returned after %lld ms\n", static_cast<long long>(startMs));
    std::printf("  wall %lld ms%s; longest GUI-thread gap %lld ms\n", static_cast<long long>(ms),
                cancelAt >= 0 ? qPrintable(QStringLiteral(" (Cancel at %1 ms, rolled back %2 ms later)").arg(cancelAt).arg(ms - cancelAt))
                              : "",
                static_cast<long long>(maxGap));
    return ms;
}

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_import_dialog PROJECT FILE [CANCEL_AFTER_MS]\n");
        return 2;
    }
    ps::setLanguage(QStringLiteral("id"));
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("bench.sqlite"));
    if (!QFile::copy(QString::fromLocal8Bit(argv[1]), project))
        return 1;
    const QString file = QString::fromLocal8Bit(argv[2]);
    const int cancelAfter = argc > 3 ? std::atoi(argv[3]) : 3000;
    ps::app::ImportDialog d(ps::app::ImportDialog::Facilities, project);
    d.show();
    QElapsedTimer preview;
    preview.start();
    d.setFile(file);   // reads the file for the preview and the type guess, on the GUI thread
    std::printf("file chosen: preview and guess in %lld ms; %s\n", static_cast<long long>(preview.elapsed()),
                qPrintable(d.typeGuessText()));
    const qint64 before = count(project, "SELECT count(*) FROM facility"), logs = count(project, "SELECT count(*) FROM import_log");
    bool ok = false;
    std::printf("import, Cancel after %d ms:\n", cancelAfter);
    run(d, cancelAfter, &ok);
    std::printf("  finished ok=%d; facilities %lld -> %lld, import log %lld -> %lld\n", ok, static_cast<long long>(before),
                static_cast<long long>(count(project, "SELECT count(*) FROM facility")), static_cast<long long>(logs),
                static_cast<long long>(count(project, "SELECT count(*) FROM import_log")));
    std::printf("import to the end:\n");
    const double cpu0 = cpuSeconds();
    run(d, -1, &ok);
    std::printf("  finished ok=%d, CPU %.1f s (all threads); facilities now %lld\n", ok, cpuSeconds() - cpu0,
                static_cast<long long>(count(project, "SELECT count(*) FROM facility")));
    for (int r = 0; r < d.summaryTable()->rowCount(); ++r)
        std::printf("  %-16s %10s  %s\n", qPrintable(d.summaryTable()->item(r, 0)->text()),
                    qPrintable(d.summaryTable()->item(r, 1)->text()), qPrintable(d.summaryTable()->item(r, 2)->text()));
    std::printf("report: %s\n", qPrintable(d.reportPath()));
    return ok ? 0 : 1;
}
