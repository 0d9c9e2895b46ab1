#pragma once
#include "core/Project.h"
#include <QString>
#include <memory>

namespace pstest {

// Imports the kecamatan (indonesia_admin.gpkg) and desa (desaGpkg) under
// codePrefix from the shared boundaries with the project's boundary importer.
void loadSharedAreas(ps::Project& project, const QString& codePrefix, const QString& desaGpkg);

// A new project at path holding Kabupaten Banyuasin's 21 kecamatan and 305 desa.
std::unique_ptr<ps::Project> banyuasinProject(const QString& path);

} // namespace pstest
