#include "DynamicLib.h"
#include "Error.h"
#include <dlfcn.h>

namespace ps {

void* openLibrary(const char* soname)
{
    void* h = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
    if (!h)
        throw Error(QString::fromLocal8Bit(dlerror()));
    return h;
}

void* librarySymbol(void* lib, const char* soname, const char* name)
{
    void* f = dlsym(lib, name);
    if (!f)
        throw Error(QStringLiteral("%1: %2").arg(QString::fromLatin1(soname), QString::fromLatin1(name)));
    return f;
}

} // namespace ps
