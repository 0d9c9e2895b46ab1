#pragma once
#include "core/Project.h"
#include <QString>

namespace ps::io {

struct WorkingAreaReport {
    int puskesmas = 0, desa = 0;
};

// Imports a puskesmas -> desa table (wilayah kerja): a puskesmas column (Puskesmas,
// Unit Kerja, PKM) and per row one desa by Kemendagri code (kode_desa, kode) or by
// name with its kecamatan. Puskesmas indicator rows are then summed over the
// kecamatan of their working area. Bad rows are ps::Error naming file, row and column;
// nothing is stored unless every row is good (one transaction).
WorkingAreaReport importWorkingAreas(Project& project, const QString& path);

} // namespace ps::io
