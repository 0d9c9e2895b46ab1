// `petasehat demo [FOLDER]`: the built-in demo district and its project.
#include "CliUtil.h"
#include "Command.h"
#include "ProgressBar.h"
#include "core/Locale.h"
#include "io/demo/DemoProject.h"
#include <QCoreApplication>
#include <QDir>

namespace ps::cli {

static QString tr(const char* s) { return QCoreApplication::translate("cli", s); }

int cmdDemo(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Membuat kabupaten contoh fiktif (Kabupaten Sehat Sejahtera, 99.01) dengan data sintetis: batas kecamatan "
           "dan desa, raster penduduk, puskesmas/pustu/posyandu dan indikator 2021–2024. Berkas masukan ditulis ke "
           "FOLDER/input/, lalu diimpor seperti data pengguna ke FOLDER/demo.sqlite (diganti bila sudah ada). "
           "Hasilnya sama pada setiap kali dijalankan."));
    p.addPositionalArgument(QStringLiteral("folder"), tr("folder hasil (bawaan: out)"), QStringLiteral("[folder]"));
    QCommandLineOption seed(QStringLiteral("seed"), tr("benih acak (bawaan: %1)").arg(demo::kDefaultSeed),
                            QStringLiteral("angka"));
    p.addOption(seed);
    parseOrExit(p, QStringLiteral("demo"), args, 0, 1);
    const QString dir = p.positionalArguments().value(0, QStringLiteral("out"));

    demo::DemoOptions options;
    if (p.isSet(seed)) {
        bool ok = false;
        options.seed = p.value(seed).toUInt(&ok);
        if (!ok) {
            err() << tr("Galat: --seed harus bilangan bulat positif, bukan \"%1\"\n").arg(p.value(seed));
            return 1;
        }
    }

    demo::DemoProjectSummary s;
    {
        ProgressBar bar(tr("Membuat kabupaten contoh"));
        s = demo::buildDemoProject(dir, options, bar.progress());
    }

    const QLocale loc = numberLocale();
    auto level = [&](const char* name) {
        auto it = s.areasByLevel.find(QString::fromLatin1(name));
        return it == s.areasByLevel.end() ? 0 : it->second;
    };
    out() << tr("Kabupaten Sehat Sejahtera (99.01), Provinsi Contoh — data sintetis, bukan wilayah nyata\n");
    out() << tr("  luas %1 km², penduduk %2 jiwa (raster 100 m)\n")
                 .arg(formatNumber(s.areaKm2, 1), formatNumber(s.population, 0));
    out() << tr("  %1 kecamatan, %2 desa, %3 kelurahan\n")
                 .arg(level("kecamatan")).arg(level("desa")).arg(level("kelurahan"));
    out() << tr("  %1 puskesmas, %2 pustu, %3 posyandu (%4 tanpa koordinat, ditempatkan oleh geokode)\n")
                 .arg(loc.toString(s.puskesmas), loc.toString(s.pustu), loc.toString(s.posyandu),
                      loc.toString(s.posyanduWithoutCoordinates));
    QStringList years;
    for (int y : s.years)
        years << QString::number(y);
    out() << tr("  indikator: %1 (tahun %2)\n").arg(s.indicators.join(QStringLiteral(", ")), years.join(QStringLiteral(", ")));
    out() << tr("Berkas masukan:\n");
    for (const QString& f : s.files.all())
        out() << "  " << QDir::current().relativeFilePath(f) << "\n";
    out() << tr("Proyek: %1\n").arg(QDir::current().relativeFilePath(s.projectPath));
    if (!s.warnings.isEmpty()) {
        out() << tr("Catatan impor (%1):\n").arg(s.warnings.size());
        for (int i = 0; i < s.warnings.size() && i < 5; ++i)
            out() << "  " << s.warnings[i] << "\n";
    }
    return 0;
}

} // namespace ps::cli
