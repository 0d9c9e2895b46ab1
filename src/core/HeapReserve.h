#pragma once
#include <cstddef>

namespace ps {

// Grows the process's main malloc heap by `bytes` at once and asks the kernel to back it
// with transparent huge pages (madvise MADV_HUGEPAGE), what glibc's own
// `GLIBC_TUNABLES=glibc.malloc.hugetlb=1` does, for a short-lived command that
// allocates a few hundred megabytes. On a virtual machine each 4 KiB first touch is a
// costly trap: a province import took some 60,000 page faults, 13% of its CPU; with
// 2 MiB pages a few thousand. Blocks up to 32 MiB then come from this heap and freed
// memory stays in it. Call from the main thread before the work, in a command-line
// process only (the settings stay for the process). Returns false where it could not be
// done (not glibc/Linux, THP off, the heap did not grow); nothing else changes then.
bool reserveHugePageHeap(std::size_t bytes);

} // namespace ps
