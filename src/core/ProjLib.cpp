#include "ProjLib.h"
#include "DynamicLib.h"
#include <atomic>

namespace ps {

namespace {

std::atomic<bool> g_loaded{false};

ProjLib load()
{
    const char* so = PETASEHAT_PROJ_SONAME;
    void* h = openLibrary(so);
    auto sym = [h, so](auto& fn, const char* name) { resolve(h, so, fn, name); };
    ProjLib p{};
    sym(p.context_create, "proj_context_create");
    sym(p.context_destroy, "proj_context_destroy");
    sym(p.context_errno, "proj_context_errno");
    sym(p.context_errno_string, "proj_context_errno_string");
    sym(p.create, "proj_create");
    sym(p.create_crs_to_crs, "proj_create_crs_to_crs");
    sym(p.normalize_for_visualization, "proj_normalize_for_visualization");
    sym(p.destroy, "proj_destroy");
    sym(p.coord, "proj_coord");
    sym(p.trans, "proj_trans");
    sym(p.trans_generic, "proj_trans_generic");
    sym(p.as_wkt, "proj_as_wkt");
    sym(p.geod_init, "geod_init");
    sym(p.geod_inverse, "geod_inverse");
    sym(p.geod_polygonarea, "geod_polygonarea");
    g_loaded = true;
    return p;
}

} // namespace

const ProjLib& projLib()
{
    static const ProjLib lib = load();
    return lib;
}

bool projLoaded() { return g_loaded; }

} // namespace ps
