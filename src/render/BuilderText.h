#pragma once
// Small helpers shared by the MapBuilder files (not part of the render API).
#include "Layers.h"
#include "core/AdminCode.h"
#include "core/Locale.h"
#include "core/Types.h"
#include <QString>
#include <memory>
#include <optional>

namespace ps::render::detail {

// Indonesian text, or the English one when the language is English.
inline QString T(const char* id, const char* en) { return ps::pick(QString::fromUtf8(id), QString::fromUtf8(en)); }

inline QString levelWord(AdminLevel l)
{
    switch (l) {
    case AdminLevel::Provinsi: return T("provinsi", "province");
    case AdminLevel::Kabupaten: return T("kabupaten/kota", "district/city");
    case AdminLevel::Kecamatan: return T("kecamatan", "sub-district");
    case AdminLevel::Desa:
    case AdminLevel::Kelurahan: break;
    }
    return T("desa/kelurahan", "village");
}

// The level word for a dotted code of `length` characters (2, 5, 8, 13).
inline QString levelWordOfCode(int length)
{
    return levelWord(length <= 2 ? AdminLevel::Provinsi : length <= 5 ? AdminLevel::Kabupaten
                                                      : length <= 8 ? AdminLevel::Kecamatan : AdminLevel::Desa);
}

// A label for a kabupaten/kota on a map: "Kabupaten Pemalang" → "Pemalang"
// (the kota keep "Kota": "Kota Semarang" and Kabupaten Semarang both exist).
inline QString shortAreaName(const QString& name)
{
    const QString n = prettyAreaName(name);
    for (const char* prefix : {"Kabupaten ", "Kab. ", "Provinsi "})
        if (n.startsWith(QLatin1String(prefix), Qt::CaseInsensitive))
            return n.mid(static_cast<int>(qstrlen(prefix)));
    return n;
}

// The level one step up (kecamatan over desa, kabupaten over kecamatan, ...);
// nullopt for provinsi.
inline std::optional<AdminLevel> levelAbove(AdminLevel l)
{
    switch (l) {
    case AdminLevel::Provinsi: return std::nullopt;
    case AdminLevel::Kabupaten: return AdminLevel::Provinsi;
    case AdminLevel::Kecamatan: return AdminLevel::Kabupaten;
    case AdminLevel::Desa:
    case AdminLevel::Kelurahan: break;
    }
    return AdminLevel::Kecamatan;
}


inline size_t mainLayerIndex(const MapLayers& layers, const std::shared_ptr<const FeatureSet>& fs)
{
    for (size_t i = 0; i < layers.areas.size(); ++i)
        if (layers.areas[i].features == fs)
            return i;
    return 0;
}

} // namespace ps::render::detail
