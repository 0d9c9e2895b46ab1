// Acceptance walkthrough of issue 14 (not a ctest test): drives the real
// window as a planner would on a project built with the CLI, and saves
// screenshots to look at. Run under Xvfb (real xcb platform):
//   xvfb-run -s "-screen 0 1600x1000x24" build/tests/app/walkthrough_issue14 PROJECT SHOTDIR
// Steps: (a) coverage from the Analisis menu, analysis layers on, export of
// the current view with a title; (b) Shift+drag a pustu with confirmation,
// its history, Ctrl+Z, the stale banner and its re-run; (c) close, reopen,
// the same map.
#include "CoverageRun.h"
#include "Dialogs.h"
#include "EditHistory.h"
#include "GeocodeReviewPanel.h"
#include "LayersPanel.h"
#include "LonLat.h"
#include "MainWindow.h"
#include "MapCanvas.h"
#include "MapState.h"
#include "analysis/CoverageAnalysis.h"
#include "core/Project.h"
#include "geocode/FacilityFix.h"
#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMouseEvent>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QtTest>
#include <cstdio>

using namespace ps;
using namespace ps::app;

static QString g_shots;

static void say(const QString& s) { std::printf("%s\n", qPrintable(s)); std::fflush(stdout); }

// The whole X screen (what a user sees, menus and modal boxes included) and the widget itself.
static void shoot(QWidget* w, const QString& name)
{
    QApplication::processEvents();
    if (w)
        w->grab().save(QDir(g_shots).filePath(name + QStringLiteral("_grab.png")));
    QProcess::execute(QStringLiteral("import"), {QStringLiteral("-window"), QStringLiteral("root"),
                                                 QDir(g_shots).filePath(name + QStringLiteral("_screen.png"))});
}

static QAction* menuAction(QMainWindow& w, const QString& text)
{
    for (QAction* a : w.findChildren<QAction*>())
        if (a->text() == text)
            return a;
    return nullptr;
}

// Runs fn on the first visible top-level widget of type T (from a timer: modal dialogs block).
template <class T>
static void whenShown(std::function<void(T*)> fn)
{
    auto* t = new QTimer;
    t->setInterval(100);
    QObject::connect(t, &QTimer::timeout, t, [=] {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* d = qobject_cast<T*>(w); d && d->isVisible() &&
                                               (std::is_same_v<T, QMessageBox> || !qobject_cast<QMessageBox*>(w))) {
                t->stop();
                t->deleteLater();
                fn(d);
                return;
            }
    });
    t->start();
}

static void clickButton(QWidget* box, const QString& text)
{
    for (QAbstractButton* b : box->findChildren<QAbstractButton*>())
        if (b->text().remove(QLatin1Char('&')) == text) {
            b->click();
            return;
        }
    say(QStringLiteral("  !! no button '%1'").arg(text));
}

static void waitCanvas(MainWindow& w)
{
    QTRY_VERIFY_WITH_TIMEOUT(w.canvas()->isIdle() && w.canvas()->hasImage(), 60000);
    QTest::qWait(300);
}

static void sendMouse(QWidget* c, QEvent::Type type, QPointF pos, Qt::MouseButtons buttons)
{
    QMouseEvent e(type, pos, c->mapToGlobal(pos), Qt::LeftButton, buttons, Qt::ShiftModifier);
    QApplication::sendEvent(c, &e);
}

static QString stateLine(const MapState& s)
{
    QStringList layers;
    for (const auto& l : s.layers)
        layers << QStringLiteral("%1:%2").arg(int(l.id)).arg(l.visible ? 1 : 0);
    return QStringLiteral("indicator=%1 period=%2 level=%3 method=%4 classes=%5 palette=%6 extent=(%7,%8 %9x%10) layers=%11")
        .arg(s.indicator).arg(s.period).arg(int(s.level)).arg(s.method).arg(s.classes).arg(s.palette)
        .arg(s.extent.x(), 0, 'f', 0).arg(s.extent.y(), 0, 'f', 0).arg(s.extent.width(), 0, 'f', 0)
        .arg(s.extent.height(), 0, 'f', 0).arg(layers.join(QLatin1Char(' ')));
}

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PetaSehatWalk"));
    if (argc < 3) {
        say(QStringLiteral("usage: walkthrough_issue14 PROJECT SHOTDIR"));
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    g_shots = QString::fromLocal8Bit(argv[2]);
    QDir().mkpath(g_shots);
    MapState before;
    {
        MainWindow w;
        w.resize(1560, 960);
        w.move(0, 0);
        w.show();
        if (!w.openProject(path)) {
            say(QStringLiteral("cannot open project"));
            return 1;
        }
        waitCanvas(w);
        shoot(&w, QStringLiteral("a0_opened"));

        // (a) Analisis > Jalankan analisis jangkauan…: the form, OK, progress, layers.
        QAction* cov = menuAction(w, QStringLiteral("Jalankan analisis jangkauan…"));
        say(QStringLiteral("(a) coverage action: %1").arg(cov ? "found" : "MISSING"));
        whenShown<CoverageRunDialog>([](CoverageRunDialog* d) {
            if (auto* s = d->findChild<QSpinBox*>())
                say(QStringLiteral("  form: first spin box %1").arg(s->value()));
            shoot(d, QStringLiteral("a1_coverage_form"));
            d->accept();
        });
        QElapsedTimer clock;
        clock.start();
        cov->trigger();
        say(QStringLiteral("  coverage finished after %1 s").arg(clock.elapsed() / 1000.0));
        const auto run = ps::analysis::latestRun(*w.project());
        say(QStringLiteral("  latest run: %1").arg(run ? run->id : 0));
        for (LayerId id : {LayerId::Coverage, LayerId::UnderservedScore, LayerId::ProposedSites})
            w.layersPanel()->setVisible(id, true);
        waitCanvas(w);
        shoot(&w, QStringLiteral("a2_analysis_layers"));
        w.canvas()->zoomBy(1.6);
        waitCanvas(w);
        shoot(&w, QStringLiteral("a3_zoomed"));
        say(QStringLiteral("  default export name: %1").arg(w.defaultExportName()));

        // File > Ekspor peta…: current view, title, slide preset, then the confirmation.
        const QString png = QDir(g_shots).filePath(QStringLiteral("a5_export.png"));
        QFile::remove(png);
        whenShown<ExportDialog>([png](ExportDialog* d) {
            d->setTitle(QStringLiteral("Desa kurang terlayani posyandu, Kabupaten Banyuasin"));
            d->setPreset(QStringLiteral("slide-1080"));
            d->setCurrentViewOnly(true);
            QTest::qWait(500);
            shoot(d, QStringLiteral("a4_export_dialog"));
            whenShown<QMessageBox>([](QMessageBox* box) {
                say(QStringLiteral("  confirmation: %1").arg(box->text()));
                shoot(box, QStringLiteral("a6_export_confirmation"));
                QStringList names;
                for (auto* b : box->buttons())
                    names << b->text();
                say(QStringLiteral("  buttons: %1").arg(names.join(QStringLiteral(" | "))));
                for (auto* b : box->buttons())
                    if (box->buttonRole(b) == QMessageBox::AcceptRole || box->buttonRole(b) == QMessageBox::RejectRole) {
                        b->click();
                        break;
                    }
            });
            say(QStringLiteral("  exportTo: %1").arg(d->exportTo(png) ? "ok" : "FAILED"));
            d->accept();
        });
        menuAction(w, QStringLiteral("&Ekspor peta…"))->trigger();
        say(QStringLiteral("  exported %1 (%2 bytes)").arg(png).arg(QFileInfo(png).size()));

        // (b) Shift+drag a located pustu into the next kecamatan's pustu position.
        std::optional<Facility> a, b;
        for (const Facility& f : w.project()->facilities()) {
            if (f.type != FacilityType::Pustu || f.status != FacilityStatus::Exact || !f.lon)
                continue;
            if (!a)
                a = f;
            else if (f.kecamatanCode != a->kecamatanCode) {
                b = f;
                break;
            }
        }
        say(QStringLiteral("(b) moving pustu %1 '%2' desa %3 -> near '%4' desa %5").arg(a->id).arg(a->name, a->desaCode, b->name, b->desaCode));
        LonLatTransform t(w.project() ? ps::render::MapBuilder(*w.project()).crs(QString()) : QString());
        const QPointF ma = t.toMap(*a->lon, *a->lat), mb = t.toMap(*b->lon, *b->lat);
        // A view holding both points.
        const QRectF box = QRectF(ma, mb).normalized();
        const double pad = std::max(box.width(), box.height()) * 0.3 + 3000;
        w.canvas()->setExtent(box.adjusted(-pad, -pad, pad, pad));
        w.layersPanel()->setVisible(LayerId::Pustu, true);
        waitCanvas(w);
        const QPointF pa = w.canvas()->mapToWidget(ma), pb = w.canvas()->mapToWidget(mb) + QPointF(4, 4);
        whenShown<QMessageBox>([](QMessageBox* box) {
            say(QStringLiteral("  move confirmation [%1]: %2").arg(box->objectName(), box->text()));
            shoot(box, QStringLiteral("b1_move_confirmation"));
            clickButton(box, QStringLiteral("Pindahkan"));
        });
        whenShown<QDialog>([](QDialog* d) {   // the officer's name, asked once
            if (qobject_cast<QMessageBox*>(d))
                return;
            say(QStringLiteral("  dialog shown: %1 '%2'").arg(QString::fromLatin1(d->metaObject()->className()), d->windowTitle()));
            if (auto* e = d->findChild<QLineEdit*>())
                e->setText(QStringLiteral("Siti Rahma"));
            shoot(d, QStringLiteral("b0_officer"));
            d->accept();
        });
        sendMouse(w.canvas(), QEvent::MouseButtonPress, pa, Qt::LeftButton);
        for (int i = 1; i <= 10; ++i)
            sendMouse(w.canvas(), QEvent::MouseMove, pa + (pb - pa) * (i / 10.0), Qt::LeftButton);
        sendMouse(w.canvas(), QEvent::MouseButtonRelease, pb, Qt::NoButton);
        QTest::qWait(500);
        auto moved = w.project()->facility(a->id);
        say(QStringLiteral("  after drag: desa %1 by '%2', undo stack %3").arg(moved->desaCode, moved->updatedBy)
                .arg(w.geocodeReview()->undoStack()->count()));
        waitCanvas(w);
        shoot(&w, QStringLiteral("b2_moved_stale_banner"));
        say(QStringLiteral("  stale banner visible: %1 '%2'").arg(w.staleBanner()->isVisible()).arg(w.staleBanner()->message()));
        w.showFacilityById(a->id);
        whenShown<FacilityHistoryDialog>([](FacilityHistoryDialog* d) {
            say(QStringLiteral("  history rows: %1").arg(d->rowCount()));
            QTest::qWait(200);
            shoot(d, QStringLiteral("b3_history"));
            d->accept();
        });
        menuAction(w, QStringLiteral("Riwayat lokasi fasilitas terpilih…"))->trigger();
        // Ctrl+Z as a key press in the window.
        w.activateWindow();
        const bool active = QTest::qWaitForWindowActive(&w, 3000);
        w.canvas()->setFocus();
        auto* undo = w.findChild<QAction*>(QStringLiteral("undoAction"));
        say(QStringLiteral("  window active: %1, undo enabled: %2 '%3'").arg(active).arg(undo->isEnabled()).arg(undo->text()));
        QTest::keyClick(w.canvas(), Qt::Key_Z, Qt::ControlModifier);
        QTest::qWait(300);
        auto back = w.project()->facility(a->id);
        say(QStringLiteral("  after Ctrl+Z: desa %1 (was %2), lon %3 (was %4)").arg(back->desaCode, a->desaCode)
                .arg(*back->lon, 0, 'f', 6).arg(*a->lon, 0, 'f', 6));
        for (const auto& e : geocode::facilityHistory(*w.project(), a->id))
            say(QStringLiteral("  history: %1 %2 by %3").arg(e.at, e.action, e.by));
        waitCanvas(w);
        shoot(&w, QStringLiteral("b4_undone"));
        say(QStringLiteral("  stale banner visible: %1").arg(w.staleBanner()->isVisible()));
        if (auto* rerun = w.staleBanner()->findChild<QPushButton*>(QStringLiteral("rerunButton"))) {
            rerun->click();
            say(QStringLiteral("  re-run: latest run %1, banner visible %2").arg(ps::analysis::latestRun(*w.project())->id)
                    .arg(w.staleBanner()->isVisible()));
        }
        waitCanvas(w);
        shoot(&w, QStringLiteral("b5_rerun"));

        // (c) A map to come back to: indicator, period, level, classification, palette, layers, extent.
        w.setIndicator(QStringLiteral("stunting"), 2022);
        {   // the classification toolbar: method, classes, palette (as a user picks them)
            auto* bar = w.findChild<QToolBar*>(QStringLiteral("classToolbar"));
            const auto boxes = bar->findChildren<QComboBox*>();
            boxes.at(0)->setCurrentIndex(3);   // quantile
            emit boxes.at(0)->activated(3);
            boxes.at(1)->setCurrentIndex(2);
            emit boxes.at(1)->activated(2);
            bar->findChild<QSpinBox*>()->setValue(4);
        }
        w.layersPanel()->setVisible(LayerId::Posyandu, false);
        w.canvas()->setExtent(QRectF(ma.x() - 20000, ma.y() - 15000, 40000, 30000));
        waitCanvas(w);
        before = w.currentMapState();
        say(QStringLiteral("(c) before close: %1").arg(stateLine(before)));
        shoot(&w, QStringLiteral("c1_before_close"));
        w.close();
    }
    MainWindow again;
    again.resize(1560, 960);
    again.move(0, 0);
    again.show();
    again.openProject(path);
    waitCanvas(again);
    const MapState after = again.currentMapState();
    say(QStringLiteral("    after reopen: %1").arg(stateLine(after)));
    say(QStringLiteral("    same: %1").arg(stateLine(before) == stateLine(after) ? "yes" : "NO"));
    shoot(&again, QStringLiteral("c2_after_reopen"));
    return 0;
}
