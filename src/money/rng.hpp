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

// Two independent standard normals (Marsaglia's polar method: a point drawn uniformly in the
// unit disc, about 1.27 tries on average; one log and one sqrt, no sin/cos).
inline void NormalPair(ChunkRng& rng, double* z1, double* z2) {
  double x, y, s;
  do {
    x = 2.0 * rng.Uniform() - 1.0;
    y = 2.0 * rng.Uniform() - 1.0;
    s = x * x + y * y;
  } while (s >= 1.0 || s == 0.0);
  const double f = std::sqrt(-2.0 * std::log(s) / s);
  *z1 = x * f;
  *z2 = y * f;
}

}  // namespace gradfit::money_internal
