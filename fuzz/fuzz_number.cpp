// Number parser of indicator counts: whatever the cell, a value that is finite, >= 0 and bounded, or a reason.
#include "FuzzText.h"
#include "io/NumberText.h"
#include <cmath>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const ps::io::ParsedNumber n = ps::io::parseCount(fuzzText(data, size));
    if (n.value && !(std::isfinite(*n.value) && *n.value >= 0 && *n.value <= 1e9))
        std::abort();
    if (n.value && !n.error.isEmpty())
        std::abort();
    return 0;
}
