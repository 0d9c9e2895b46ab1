#pragma once
#include "FacilityImport.h"
#include <QStringList>

namespace ps::geocode {

// Coordinate columns that would otherwise be lost without a word.
//
// checkCoordinateHeaders throws a ps::Error naming the column when no
// latitude/longitude pair was recognised but a header is a near miss of one
// ("longitud", "lattitude", "bujur_"), or when the recognised latitude or
// longitude header occurs twice ("latitude", "latitude2"): every point would
// silently become an estimate from the desa name.
void checkCoordinateHeaders(const io::Table& table, const FacilityColumns& columns);

// A counted warning when the coordinate columns exist but every cell is blank
// (XLSX formulas saved without their values read as blank).
QStringList coordinateColumnWarnings(const io::Table& table, const FacilityColumns& columns);

} // namespace ps::geocode
