#pragma once
// The Jawa Tengah desa layer (8,563 desa, a 5-class choropleth) with the
// province's facilities (truth points: 48,000 posyandu, 3,000 pustu, 880
// puskesmas) as the desktop map draws them, for the canvas test and bench_app.
#include "render/Layers.h"
#include <QRectF>

namespace pstest {

struct ProvinceLayers {
    QString crs;
    QRectF extent;                    // map units
    ps::render::MapLayers layers;     // areas: the desa choropleth; points: one layer per type
    int facilities = 0;
};

// Reads ../shared/data (call only when ps::sharedDataDir() is set).
ProvinceLayers jawaTengahLayers();

} // namespace pstest
