#pragma once
#include "DemoDistrict.h"

namespace ps::demo {

// The demo's input files, as a Dinkes would hand them over.
struct DemoFiles {
    QString dir;
    QString boundaries;       // desa.gpkg: layers provinsi, kabupaten, kecamatan, desa (kode, nama)
    QString population;       // population_100m.tif
    QString puskesmas, pustu, posyandu;
    QString indicatorXlsx, indicatorCsv;
    QStringList all() const;
};

// Writes every input file into dir (created when missing; files replaced),
// through GDAL: GPKG, GTiff, CSV and XLSX drivers.
DemoFiles writeDemoInputs(const DemoDistrict& district, const QString& dir, Progress& progress = Progress::none());

// The single writers, usable on their own.
void writeAreasGpkg(const QString& path, const std::vector<std::pair<QString, std::vector<const DemoArea*>>>& layers);
void writePopulationTiff(const QString& path, const DemoRaster& raster);
void writeTableCsv(const QString& path, const DemoTable& table);
void writeTablesXlsx(const QString& path, const std::vector<DemoTable>& sheets);

} // namespace ps::demo
