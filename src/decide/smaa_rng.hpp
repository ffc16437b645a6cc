// Random numbers for SMAA: xoshiro256** streams seeded through splitmix64, one stream per
// fixed chunk of samples so results do not depend on how chunks map to threads.
#pragma once

#include <cstdint>

namespace gradfit::decide::detail {

inline std::uint64_t SplitMix64(std::uint64_t& state) {
  std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

class Xoshiro256 {
 public:
  explicit Xoshiro256(std::uint64_t seed) {
    std::uint64_t sm = seed;
    for (auto& word : s_) word = SplitMix64(sm);
  }
  std::uint64_t Next() {
    const std::uint64_t result = Rotl(s_[1] * 5, 7) * 9;
    const std::uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = Rotl(s_[3], 45);
    return result;
  }
  // Uniform in (0, 1]: safe for -log(U).
  double UniformOpenZero() { return static_cast<double>((Next() >> 11) + 1) * 0x1p-53; }
  // Uniform in [0, 1) with 24 bits: enough for float values.
  float UniformFloat() { return static_cast<float>(Next() >> 40) * 0x1p-24f; }

 private:
  static std::uint64_t Rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  std::uint64_t s_[4];
};

// Stream for chunk `chunk` of a run seeded with `seed` (stream 0: weights and values of the
// main pass; stream 1: value samples of the confidence-factor pass).
inline std::uint64_t ChunkSeed(std::uint64_t seed, std::uint64_t stream, std::uint64_t chunk) {
  std::uint64_t s = seed ^ (stream * 0xD1B54A32D192ED03ULL);
  return SplitMix64(s) + chunk;
}

}  // namespace gradfit::decide::detail
