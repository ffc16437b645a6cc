#include "gradfit/input_error.hpp"

#include <fmt/core.h>

namespace gradfit {

std::string InputError::ToString() const {
  std::string out = file;
  if (line > 0) out += fmt::format(":{}", line);
  if (line > 0 && column > 0) out += fmt::format(":{}", column);
  if (!out.empty()) out += ": ";
  if (!key_path.empty()) out += key_path + ": ";
  return out + message;
}

}  // namespace gradfit
