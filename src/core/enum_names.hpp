// Internal: enumerations written in files as names. Each enum's names live in
// a std::array in enum order; these two helpers map between them.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace gradfit::core {

template <typename E, std::size_t N>
std::optional<E> LookupName(const std::array<std::string_view, N>& names, std::string_view s) {
  for (std::size_t i = 0; i < N; ++i)
    if (names[i] == s) return static_cast<E>(i);
  return std::nullopt;
}

template <typename E, std::size_t N>
std::string_view NameOf(const std::array<std::string_view, N>& names, E value) {
  return names[static_cast<std::size_t>(value)];
}

}  // namespace gradfit::core
