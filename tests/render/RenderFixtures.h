#pragma once
// Test projects for the render suite: a small synthetic kabupaten built
// directly through the Project API, and the Banyuasin sample imported from
// ../shared/data with the io importers.
#include "core/Catalogue.h"
#include "core/Geos.h"
#include "core/Project.h"
#include "core/Paths.h"
#include <QString>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>

namespace rtest {

QByteArray rectWkb(double x0, double y0, double x1, double y1);

// Kabupaten 16.07 with kecamatan 16.07.01..05 (0.15° cells, each split into
// four desa), stunting and measurement coverage 2021–2024 with 16.07.05 blank
// in 2023, K6 and immunisation 2023, and one puskesmas, one pustu and two
// posyandu per kecamatan. 2023 stunting: 1.5 %, 7 %, 15 %, 25 %, no data.
std::unique_ptr<ps::Project> syntheticProject(const QString& path);

// Interior point (lon/lat) of synthetic kecamatan i (1..5) and its puskesmas.
QPointF syntheticPuskesmas(int i);

// Banyuasin (16.07): kecamatan + kabupaten/provinsi of Sumatera Selatan from
// indonesia_admin.gpkg, indicators from indikator_kecamatan.xlsx.
std::unique_ptr<ps::Project> banyuasinProject(const QString& path);

// All of Indonesia: provinsi, kabupaten and kecamatan of indonesia_admin.gpkg,
// stunting 2024 at 15 % in every kecamatan (one WHO-UNICEF class).
std::unique_ptr<ps::Project> nationalProject(const QString& path);

// A suite sharing one project built once from ../shared/data by Make (none
// when the data are absent: each test then skips with PS_REQUIRE_SHARED_DATA).
template<std::unique_ptr<ps::Project> (*Make)(const QString&)>
class SharedDataSuite : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        if (ps::sharedDataDir().isEmpty())
            return;
        dir = new QTemporaryDir;
        project = Make(dir->filePath(QStringLiteral("project.sqlite"))).release();
    }
    static void TearDownTestSuite()
    {
        delete project;
        delete dir;
        project = nullptr;
        dir = nullptr;
    }
    static inline QTemporaryDir* dir = nullptr;
    static inline ps::Project* project = nullptr;
};

} // namespace rtest
