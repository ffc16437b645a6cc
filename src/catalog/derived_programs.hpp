// The derived program facts of <catalog>/programs-derived.toml (written by
// `gradfit catalog enrich`) and the derived institution charges: reading them
// strictly (file:line:key errors) and attaching them to the catalog.
#pragma once

#include <toml++/toml.h>

#include "catalog/fact_reader.hpp"

namespace gradfit::catalog_internal {

// Reads the [[programs]] of a programs-derived file and attaches each entry's
// graduate_outcomes / bachelor_outcomes (with its sources) to the program of
// the same id in `programs`; an id no program has is an error.
void MergeDerivedPrograms(const toml::table& root, std::vector<Program>& programs, ErrorSink& sink);

// Reads an institution's [ipeds_graduate_charges] table (`r` reads the
// institution's table; its sources resolve the table's `source`).
Fact<InstitutionCharges> ReadInstitutionCharges(FactReader& r, ErrorSink& sink,
                                                const std::map<std::string, int>& ids);

}  // namespace gradfit::catalog_internal
