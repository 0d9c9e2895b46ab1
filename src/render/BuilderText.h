#pragma once
// Small helpers shared by the MapBuilder files (not part of the render API).
#include "Layers.h"
#include "core/AdminCode.h"
#include "core/Locale.h"
#include "core/Types.h"
#include <QString>
#include <memory>

namespace ps::render::detail {

// Indonesian text, or the English one when the language is English.
inline QString T(const char* id, const char* en) { return ps::pick(QString::fromUtf8(id), QString::fromUtf8(en)); }

inline QString levelWord(AdminLevel l)
{
    return l == AdminLevel::Desa || l == AdminLevel::Kelurahan ? T("desa/kelurahan", "village")
                                                               : T("kecamatan", "sub-district");
}


inline size_t mainLayerIndex(const MapLayers& layers, const std::shared_ptr<const FeatureSet>& fs)
{
    for (size_t i = 0; i < layers.areas.size(); ++i)
        if (layers.areas[i].features == fs)
            return i;
    return 0;
}

} // namespace ps::render::detail
