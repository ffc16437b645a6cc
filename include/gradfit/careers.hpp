// Careers: the skill taxonomy (data/skills.toml), the roles an ML master's
// leads to (data/roles.toml), and what each program's curriculum prepares a
// student for. The matcher, coverage and faculty depth contracts are in
// careers_match.hpp and careers_coverage.hpp (included below). Method:
// docs/METHODS.md "Curriculum coverage"; formats: docs/DATA.md "Skills and roles".
#pragma once

#include "gradfit/careers_coverage.hpp"  // IWYU pragma: export
#include "gradfit/careers_data.hpp"      // IWYU pragma: export
#include "gradfit/careers_match.hpp"     // IWYU pragma: export
