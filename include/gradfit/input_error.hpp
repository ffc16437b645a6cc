// One problem found in outside input (a catalog file, a profile, a data file),
// located as precisely as the input allows. Every parser reports these.
#pragma once

#include <string>

namespace gradfit {

struct InputError {
  std::string file;
  int line = 0;          // 1-based; 0 when unknown (JSON input, command-line flags)
  int column = 0;        // 1-based; 0 when unknown
  std::string key_path;  // "admissions.gre", "role[2].skills.deep_learnin"
  std::string message;

  // "file:line:col: key.path: message", leaving out the parts that are unknown.
  std::string ToString() const;
};

}  // namespace gradfit
