// `petasehat import KIND ...`: dispatches to the importer of each kind.
#include "Command.h"
#include <QCoreApplication>

namespace ps::cli {

int cmdImportBoundaries(const QStringList& args);   // CmdImportBoundaries.cpp
int cmdImportIndicators(const QStringList& args);   // CmdImportIndicators.cpp
int cmdImportPopulation(const QStringList& args);   // CmdImportPopulation.cpp
int cmdImportFacilities(const QStringList& args);   // CmdImportFacilities.cpp
int cmdImportWorkingAreas(const QStringList& args); // CmdImportWorkingAreas.cpp

int cmdImport(const QStringList& args)
{
    struct Kind {
        const char* name;
        const char* help;
        int (*run)(const QStringList&);
    };
    static const Kind kinds[] = {
        {"boundaries", QT_TRANSLATE_NOOP("cli", "batas wilayah (GPKG, SHP, GeoJSON, ...)"), cmdImportBoundaries},
        {"indicators", QT_TRANSLATE_NOOP("cli", "indikator dari CSV/XLSX (per lembar/tahun)"), cmdImportIndicators},
        {"facilities", QT_TRANSLATE_NOOP("cli", "fasilitas dan posyandu dari CSV/XLSX (dengan geocoding)"), cmdImportFacilities},
        {"population", QT_TRANSLATE_NOOP("cli", "raster penduduk (GeoTIFF)"), cmdImportPopulation},
        {"wilayah-kerja", QT_TRANSLATE_NOOP("cli", "wilayah kerja puskesmas: puskesmas dan desanya (CSV/XLSX)"), cmdImportWorkingAreas},
    };
    if (!args.isEmpty())
        for (const Kind& k : kinds)
            if (args[0] == QLatin1String(k.name))
                return k.run(args.mid(1));
    err() << QCoreApplication::translate("cli", "Pemakaian: petasehat import JENIS PROYEK BERKAS [opsi...]\nJenis:\n");
    for (const Kind& k : kinds)
        err() << "  " << QString::fromLatin1(k.name).leftJustified(12) << QCoreApplication::translate("cli", k.help) << "\n";
    return 1;
}

} // namespace ps::cli
