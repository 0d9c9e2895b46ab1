#include "HeapReserve.h"
#if defined(__linux__) && defined(__GLIBC__)
#include <cstdint>
#include <cstdlib>
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace ps {

bool reserveHugePageHeap(std::size_t bytes)
{
#if defined(__linux__) && defined(__GLIBC__)
    constexpr std::uintptr_t kHuge = 2u << 20;   // x86-64 and arm64 (4 KiB base pages) PMD size
    constexpr int kBlockMax = 32 << 20;          // glibc's largest M_MMAP_THRESHOLD for the main heap
    if (bytes < 2 * kHuge)
        return false;
    // Freed memory stays in the heap (and stays advised) instead of being trimmed or
    // unmapped and faulted in again; big blocks (GDAL's raster blocks) come from it too.
    mallopt(M_TRIM_THRESHOLD, static_cast<int>(bytes * 2 > 0x7fffffffu ? 0x7fffffffu : bytes * 2));
    mallopt(M_MMAP_THRESHOLD, kBlockMax);
    // The next growth of the heap takes the whole reserve: forced by one block larger
    // than what is free at its top now (startup leaves well under 16 MiB there).
    mallopt(M_TOP_PAD, static_cast<int>(bytes > 0x7fffffffu ? 0x7fffffffu : bytes));
    const auto before = reinterpret_cast<std::uintptr_t>(sbrk(0));
    void* probe = std::malloc(16u << 20);
    const auto after = reinterpret_cast<std::uintptr_t>(sbrk(0));
    std::free(probe);
    mallopt(M_TOP_PAD, 128 << 10);   // glibc's default: later growth in small steps again
    const std::uintptr_t start = (before + kHuge - 1) & ~(kHuge - 1), end = after & ~(kHuge - 1);
    if (!probe || after <= before || end <= start)
        return false;
    return madvise(reinterpret_cast<void*>(start), end - start, MADV_HUGEPAGE) == 0;
#else
    (void)bytes;
    return false;
#endif
}

} // namespace ps
