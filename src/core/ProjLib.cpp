#include "ProjLib.h"
#include "Error.h"
#include <atomic>
#include <dlfcn.h>

namespace ps {

namespace {

std::atomic<bool> g_loaded{false};

ProjLib load()
{
    void* h = dlopen(PETASEHAT_PROJ_SONAME, RTLD_NOW | RTLD_LOCAL);
    if (!h)
        throw Error(QStringLiteral("PROJ: %1").arg(QString::fromLocal8Bit(dlerror())));
    auto sym = [h](auto& fn, const char* name) {
        fn = reinterpret_cast<std::remove_reference_t<decltype(fn)>>(dlsym(h, name));
        if (!fn)
            throw Error(QStringLiteral("PROJ: %1: %2").arg(QString::fromLatin1(PETASEHAT_PROJ_SONAME), QString::fromLatin1(name)));
    };
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
