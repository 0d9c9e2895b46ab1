// `petasehat import population PROYEK BERKAS.tif`
#include "CliUtil.h"
#include "Command.h"
#include "core/Error.h"
#include "core/Locale.h"
#include "io/PopulationRaster.h"
#include <QCoreApplication>
#include <QFileInfo>

namespace ps::cli {

static QString tr(const char* s) { return QCoreApplication::translate("cli", s); }

int cmdImportPopulation(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Mendaftarkan raster penduduk (GeoTIFF, jumlah orang per sel, satu band) untuk "
                                   "analisis jangkauan. Berkasnya tidak disalin: proyek menyimpan lokasinya."));
    p.addPositionalArgument(QStringLiteral("proyek"), tr("berkas proyek"));
    p.addPositionalArgument(QStringLiteral("raster"), tr("raster penduduk, mis. population_100m.tif"));
    parseOrExit(p, QStringLiteral("import population"), args, 2, 2);
    const QString projectPath = p.positionalArguments().at(0);
    if (!QFileInfo::exists(projectPath))
        throw Error(projectPath, tr("berkas proyek tidak ditemukan; buat dulu dengan: petasehat init %1").arg(projectPath));
    auto project = Project::open(projectPath);
    const io::PopulationRasterInfo info = io::registerPopulationRaster(*project, p.positionalArguments().at(1));
    const QLocale loc = numberLocale();
    out() << tr("Raster penduduk terdaftar: %1\n").arg(info.path);
    out() << tr("  ukuran            %1 × %2 sel, %3\n").arg(loc.toString(info.width), loc.toString(info.height), info.dataType);
    out() << tr("  CRS               %1\n").arg(info.crs);
    out() << tr("  nodata            %1\n").arg(info.nodata ? loc.toString(*info.nodata) : tr("(tidak ada)"));
    out() << tr("  bujur             %1 – %2\n").arg(formatNumber(info.extentLonLat.left(), 4), formatNumber(info.extentLonLat.right(), 4));
    out() << tr("  lintang           %1 – %2\n").arg(formatNumber(info.extentLonLat.top(), 4), formatNumber(info.extentLonLat.bottom(), 4));
    if (info.total)
        out() << tr("  jumlah penduduk   %1\n").arg(formatNumber(*info.total, 0));
    for (const QString& w : info.warnings)
        out() << tr("Peringatan: %1\n").arg(w);
    return 0;
}

} // namespace ps::cli
