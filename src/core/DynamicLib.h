#pragma once
#include <type_traits>

namespace ps {

// A shared library opened by soname on first use (dlopen, RTLD_NOW | RTLD_LOCAL),
// for libraries that would otherwise slow every start of the render front (see
// ProjLib.h); throws ps::Error naming it.
void* openLibrary(const char* soname);
// The address of its function `name`; throws ps::Error naming library and function.
void* librarySymbol(void* lib, const char* soname, const char* name);

// Sets fn (a function pointer) to the library's function `name`.
template <class F>
void resolve(void* lib, const char* soname, F& fn, const char* name)
{
    static_assert(std::is_pointer_v<F>);
    fn = reinterpret_cast<F>(librarySymbol(lib, soname, name));
}

} // namespace ps
