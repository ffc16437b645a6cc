// Turns one parsed program file into a Program, reporting every problem.
#pragma once

#include <toml++/toml.h>

#include "catalog/fact_reader.hpp"

namespace gradfit::catalog_internal {

Program ReadProgram(const toml::table& root, ErrorSink& sink);
// An ISO 4217 currency code at `key` (price_and_date_readers.cpp).
std::optional<std::string> Currency(FactReader& r, std::string_view key, bool required);
// Single tables, shared with the personal overlay (price_and_date_readers.cpp).
void ReadDeadline(FactReader& r, Program& p);
void ReadTuition(FactReader& r, Program& p);
void ReadFee(FactReader& r, Program& p);
void ReadAid(FactReader& r, Program& p);
// Reads the [[institutions]] array of an institutions file (hand-written or derived).
std::vector<Institution> ReadInstitutions(const toml::table& root, ErrorSink& sink);

}  // namespace gradfit::catalog_internal
