#include "cli/large_heap.hpp"

#include <malloc.h>
#include <sys/mman.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>

namespace gradfit::cli {

void PrepareHeapForLargeInput(std::size_t bytes) {
  mallopt(M_MMAP_THRESHOLD, 512 << 20);
  mallopt(M_TRIM_THRESHOLD, 1024 << 20);
  constexpr std::size_t kHuge = std::size_t{2} << 20;
  // Below a few huge pages, zeroing 2 MB per fault costs more than the 4 KB faults it saves.
  if (bytes < 4 * kHuge) return;
  bytes = std::min<std::size_t>(bytes, std::size_t{256} << 20);  // under the mmap threshold
  // One block from the top of the heap, advised and freed: it stays (trim threshold) and
  // the next allocations are carved from it. Only touched pages become memory.
  void* block = std::malloc(bytes);
  if (!block) return;
  const auto start = reinterpret_cast<std::uintptr_t>(block);
  const std::uintptr_t first = (start + kHuge - 1) / kHuge * kHuge;
  const std::uintptr_t last = (start + bytes) / kHuge * kHuge;
  if (last > first) madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);
  std::free(block);
}

}  // namespace gradfit::cli
