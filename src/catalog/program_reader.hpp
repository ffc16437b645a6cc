// Turns one parsed program file into a Program, reporting every problem.
#pragma once

#include <toml++/toml.h>

#include "catalog/fact_reader.hpp"

namespace gradfit::catalog_internal {

Program ReadProgram(const toml::table& root, ErrorSink& sink);
// Single tables, shared with the personal overlay (overlay.cpp).
void ReadDeadline(FactReader& r, Program& p);
void ReadTuition(FactReader& r, Program& p);
void ReadFee(FactReader& r, Program& p);
void ReadAid(FactReader& r, Program& p);
// Reads the [[institutions]] array of an institutions file (hand-written or derived).
std::vector<Institution> ReadInstitutions(const toml::table& root, ErrorSink& sink);

}  // namespace gradfit::catalog_internal
