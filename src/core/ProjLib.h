#pragma once
#include <geodesic.h>
#include <proj.h>

namespace ps {

// PROJ, opened on first use (dlopen of its soname) instead of linked. libproj
// brings some 40 shared libraries (libcurl, GnuTLS, Kerberos, LDAP, libtiff...)
// whose loading was a sixth of a national `render` that needs no PROJ at all
// when its outlines are cached projected (see src/cli/CMakeLists.txt). The
// functions are PROJ's own, called through these pointers.
struct ProjLib {
    decltype(&::proj_context_create) context_create;
    decltype(&::proj_context_destroy) context_destroy;
    decltype(&::proj_context_errno) context_errno;
    decltype(&::proj_context_errno_string) context_errno_string;
    decltype(&::proj_create) create;
    decltype(&::proj_create_crs_to_crs) create_crs_to_crs;
    decltype(&::proj_normalize_for_visualization) normalize_for_visualization;
    decltype(&::proj_destroy) destroy;
    decltype(&::proj_coord) coord;
    decltype(&::proj_trans) trans;
    decltype(&::proj_trans_generic) trans_generic;
    decltype(&::proj_as_wkt) as_wkt;
    decltype(&::geod_init) geod_init;
    decltype(&::geod_inverse) geod_inverse;
    decltype(&::geod_polygonarea) geod_polygonarea;
};

// Loads PROJ once per process (thread-safe); throws ps::Error naming the
// library when it cannot be opened or lacks a function.
const ProjLib& projLib();

// Whether PROJ has been loaded in this process (for tests and benchmarks).
bool projLoaded();

} // namespace ps
