// A counter-based random stream: splitmix64 over a per-chunk key. One stream
// per fixed chunk of paths makes the Monte Carlo independent of thread count.
#pragma once

#include <cmath>
#include <cstdint>

namespace gradfit::money_internal {

inline uint64_t Mix64(uint64_t z) {
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

class ChunkRng {
 public:
  // The stream of (seed, program, chunk): keys are hashed so nearby chunks differ.
  ChunkRng(uint64_t seed, uint64_t program, uint64_t chunk)
      : state_(Mix64(seed ^ Mix64(program * 0x9E3779B97F4A7C15ULL + 1) ^
                     Mix64(chunk + 0xD1B54A32D192ED03ULL))) {}
  uint64_t Next() {
    state_ += 0x9E3779B97F4A7C15ULL;
    return Mix64(state_);
  }
  // Uniform in (0, 1): never 0, so log(u) is finite.
  double Uniform() { return ((Next() >> 11) + 0.5) * 0x1.0p-53; }

 private:
  uint64_t state_;
};

// Two independent standard normals (Box–Muller).
inline void NormalPair(ChunkRng& rng, double* z1, double* z2) {
  double u1 = rng.Uniform(), u2 = rng.Uniform();
  double r = std::sqrt(-2.0 * std::log(u1));
  double a = 6.283185307179586 * u2;
  *z1 = r * std::cos(a);
  *z2 = r * std::sin(a);
}

}  // namespace gradfit::money_internal
