// petasehat-desktop: the planner's map window.
//   petasehat-desktop [PROJECT] [--lang id|en] [--screenshot OUT.png] [--indicator CODE] [--period YEAR]
//                     [--level LEVEL] [--run-coverage K] [--zoom CODE] [--select-facility ID] [--export OUT.png] [--open-map NAME]
// --screenshot grabs the main window once the first map is painted and exits
// (for tests and documentation); it prints the time from launch to first map.
// The other options do what the menus do, for scripted screenshots: run the
// coverage analysis (K proposed posyandu), zoom to an area, select a
// facility, open a saved map, export what the window shows.
#include "MainWindow.h"
#include "LegendWidget.h"
#include "MapCanvas.h"
#include "LayersPanel.h"
#include "core/AdminCode.h"
#include "core/Locale.h"
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTimer>
#include <QTranslator>
#include <cstdio>
#include <memory>

// Where the map and the legend are in the screenshot, for pixel checks.
static bool writeLayout(ps::app::MainWindow& w, const QString& path)
{
    auto rectOf = [&](QWidget* child) {
        const QPoint tl = child->mapTo(&w, QPoint(0, 0));
        const double s = w.devicePixelRatioF();
        return QJsonObject{{QStringLiteral("x"), qRound(tl.x() * s)}, {QStringLiteral("y"), qRound(tl.y() * s)},
                           {QStringLiteral("w"), qRound(child->width() * s)}, {QStringLiteral("h"), qRound(child->height() * s)}};
    };
    QJsonObject o{{QStringLiteral("canvas"), rectOf(w.canvas())}};
    if (w.legend()->isVisible())
        o.insert(QStringLiteral("legend"), rectOf(w.legend()));
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(o).toJson()) > 0;
}

int main(int argc, char** argv)
{
    QElapsedTimer launch;
    launch.start();
    // --help and --version need no display: answered before QApplication connects to one.
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--help" || a == "-h" || a == "--help-all" || a == "-?") {
            QCoreApplication core(argc, argv);
            QCommandLineParser parser;
            parser.setApplicationDescription(QStringLiteral("PetaSehat — peta kesehatan"));
            parser.addHelpOption();
            parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("Berkas proyek PetaSehat"));
            std::printf("%s", qPrintable(parser.helpText()));
            std::printf("  --lang <id|en>            Bahasa / language\n"
                        "  --indicator <kode>        Indikator yang ditampilkan\n"
                        "  --period <tahun>          Tahun\n"
                        "  --select <kode>           Wilayah yang dipilih\n"
                        "  --zoom <kode>             Perbesar ke wilayah\n"
                        "  --select-facility <id>    Pilih fasilitas (lingkaran ketidakpastian)\n"
                        "  --run-coverage <K>        Jalankan analisis jangkauan dengan K usulan posyandu\n"
                        "  --level <tingkat>         Tingkat peta: provinsi, kabupaten, kecamatan atau desa\n"
                        "  --layers <daftar>         Lapisan yang tampil, mis. indicator,posyandu,pustu,score,proposed\n"
                        "  --open-map <nama>         Buka peta yang disimpan di proyek\n"
                        "  --export <png>            Ekspor tampilan peta saat ini\n"
                        "  --screenshot <png>        Simpan tangkapan layar lalu keluar\n");
            return 0;
        }
    }
    // Qt's own file dialog (not the desktop's native one) so that it speaks the UI's language:
    // its Indonesian comes with ps::setLanguage (ui/translations/qt_id.ts).
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PetaSehat"));
    QCoreApplication::setApplicationName(QStringLiteral("petasehat-desktop"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("PetaSehat — peta kesehatan"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("Berkas proyek PetaSehat"));
    QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Bahasa: id atau en"), QStringLiteral("lang"));
    QCommandLineOption shot(QStringLiteral("screenshot"), QStringLiteral("Simpan tangkapan layar lalu keluar"), QStringLiteral("png"));
    QCommandLineOption indicator(QStringLiteral("indicator"), QStringLiteral("Kode indikator"), QStringLiteral("code"));
    QCommandLineOption period(QStringLiteral("period"), QStringLiteral("Tahun"), QStringLiteral("year"));
    QCommandLineOption select(QStringLiteral("select"), QStringLiteral("Kode wilayah yang dipilih (panel info)"), QStringLiteral("code"));
    QCommandLineOption zoom(QStringLiteral("zoom"), QStringLiteral("Perbesar ke wilayah"), QStringLiteral("code"));
    QCommandLineOption selectFacility(QStringLiteral("select-facility"), QStringLiteral("Pilih fasilitas"), QStringLiteral("id"));
    QCommandLineOption runCoverage(QStringLiteral("run-coverage"), QStringLiteral("Jalankan analisis jangkauan"), QStringLiteral("k"));
    QCommandLineOption openMap(QStringLiteral("open-map"), QStringLiteral("Buka peta tersimpan"), QStringLiteral("name"));
    QCommandLineOption exportPng(QStringLiteral("export"), QStringLiteral("Ekspor tampilan saat ini"), QStringLiteral("png"));
    QCommandLineOption layers(QStringLiteral("layers"), QStringLiteral("Lapisan yang tampil"), QStringLiteral("list"));
    QCommandLineOption level(QStringLiteral("level"), QStringLiteral("Tingkat peta"), QStringLiteral("level"));
    parser.addOptions({lang, shot, indicator, period, select, zoom, selectFacility, runCoverage, openMap, exportPng, layers, level});
    parser.process(app);

    QString language = parser.value(lang);
    if (language.isEmpty())
        language = qEnvironmentVariable("PETASEHAT_LANG");
    if (language.isEmpty())
        language = QSettings().value(QStringLiteral("language"), QStringLiteral("id")).toString();
    ps::setLanguage(language);
    // The window's own strings (the engine's come with ps::setLanguage).
    QTranslator appTranslator;
    if (ps::isEnglish() && appTranslator.load(QStringLiteral(":/i18n-app/petasehat_app_en.qm")))
        QCoreApplication::installTranslator(&appTranslator);

    ps::app::MainWindow w;
    const QString screenshot = parser.value(shot);
    // The scripted steps below run nested event loops (the analysis' progress
    // dialog): the screenshot waits for them, then for the frame after them.
    bool scriptDone = false;
    if (!screenshot.isEmpty()) {
        auto firstPaint = std::make_shared<qint64>(-1);
        QObject::connect(w.canvas(), &ps::app::MapCanvas::mapPainted, &w, [&, firstPaint] {
            if (*firstPaint < 0)
                *firstPaint = launch.elapsed();
            if (!w.canvas()->isIdle() || !scriptDone)
                return;   // a newer frame (final size) is on its way: shoot that one
            const qint64 settled = launch.elapsed();
            // Let the docks finish their layout, then export (when asked) and grab.
            QTimer::singleShot(0, &w, [&, firstPaint, settled] {
                if (parser.isSet(exportPng))
                    std::printf("export %s: %s\n", qPrintable(parser.value(exportPng)),
                                w.exportView(parser.value(exportPng)) ? "saved" : "FAILED");
                const bool ok = w.grab().save(screenshot) && writeLayout(w, screenshot + QStringLiteral(".json"));
                std::printf("first map painted %lld ms after launch (final frame %lld ms); screenshot %s %s\n",
                            static_cast<long long>(*firstPaint), static_cast<long long>(settled), qPrintable(screenshot),
                            ok ? "saved" : "NOT saved");
                std::fflush(stdout);
                QCoreApplication::exit(ok ? 0 : 1);
            });
        });
        QTimer::singleShot(parser.isSet(runCoverage) ? 600000 : 60000, &app, [] {
            std::fprintf(stderr, "no map painted within 60 s\n");
            QCoreApplication::exit(2);
        });
    }
    w.show();
    const QStringList args = parser.positionalArguments();
    QString project = args.value(0);
    if (project.isEmpty() && screenshot.isEmpty())
        project = ps::app::MainWindow::recentProjects().value(0);
    if (!project.isEmpty()) {
        if (!w.openProject(project, !screenshot.isEmpty()) && !screenshot.isEmpty()) {
            std::fprintf(stderr, "cannot open %s\n", qPrintable(project));
            return 1;
        }
        if (parser.isSet(indicator) || parser.isSet(period))
            w.setIndicator(parser.isSet(indicator) ? parser.value(indicator) : w.indicator(), parser.value(period).toInt());
        if (parser.isSet(level)) {
            if (auto l = ps::levelFromName(parser.value(level)))
                w.setLevel(*l);
            else
                std::fprintf(stderr, "unknown level %s\n", qPrintable(parser.value(level)));
        }
        if (parser.isSet(openMap) && !w.openSavedMap(parser.value(openMap)))
            std::fprintf(stderr, "no saved map %s\n", qPrintable(parser.value(openMap)));
        if (parser.isSet(runCoverage)) {
            ps::analysis::CoverageParams params;   // the CLI's defaults
            params.proposeCount = parser.value(runCoverage).toInt();
            std::printf("coverage run %lld\n", static_cast<long long>(w.runCoverage(params)));
        }
        if (parser.isSet(layers)) {
            const QStringList on = parser.value(layers).split(QLatin1Char(','));
            using ps::app::LayerId;
            const std::pair<const char*, LayerId> ids[] = {
                {"indicator", LayerId::Indicator}, {"desa", LayerId::Desa}, {"coverage", LayerId::Coverage},
                {"underserved", LayerId::Underserved}, {"score", LayerId::UnderservedScore}, {"proposed", LayerId::ProposedSites},
                {"puskesmas", LayerId::Puskesmas}, {"pustu", LayerId::Pustu}, {"poskesdes", LayerId::Poskesdes},
                {"posyandu", LayerId::Posyandu}, {"rumah_sakit", LayerId::RumahSakit}};
            for (const auto& [name, id] : ids)
                w.layersPanel()->setVisible(id, on.contains(QLatin1String(name)));
        }
        if (parser.isSet(select))
            w.selectArea(parser.value(select));
        if (parser.isSet(zoom))
            w.selectArea(parser.value(zoom), true);
        if (parser.isSet(selectFacility))
            w.showFacilityById(parser.value(selectFacility).toLongLong(), true);
    }
    scriptDone = true;
    w.canvas()->setLayers(w.canvas()->layers());   // one more frame, for the screenshot
    const int rc = app.exec();
    w.saveLastView();   // also when a scripted run ends without closing the window
    return rc;
}
