// The user's own figures: a personal overlay of catalog facts (the tuition in
// an offer letter, a scholarship, a fee paid, a deadline from the portal),
// keyed by program id, validated like the catalog, and winning over it for that
// user. Its sources are flagged `user_supplied`, so every output that shows such
// a figure marks it "yours". The CLI reads it from `--facts FILE`; the web app
// will build a FactsOverlay from its own store and apply it the same way.
// File format: docs/DATA.md, "Your own figures".
#pragma once

#include <string>
#include <vector>

#include "gradfit/catalog.hpp"

namespace gradfit {

struct FactsOverlay {
  std::string file;  // where it was read (for messages); empty when built in memory
  // One entry per program: `id`, the user's facts (tuition, fees, deadlines,
  // user_aid) and the sources they cite, all user_supplied.
  std::vector<Program> programs;
};

// Reads an overlay file. Every problem (unknown program id, unknown key, bad
// value) is reported with file, line and key path in `errors`, and then no
// overlay is returned.
Result<FactsOverlay> LoadFactsOverlay(const std::string& path, const Catalog& catalog,
                                      std::vector<InputError>* errors);

// Applies the overlay to the loaded catalog: the user's tuition replaces the
// catalog's; a fee with the same name as a catalog fee replaces it, others are
// added; a deadline with the same term replaces the catalog's, others are
// added; aid goes to Program::user_aid. The user's sources are appended to the
// program's source list. Programs the catalog lacks are an error.
Status ApplyFactsOverlay(Catalog& catalog, const FactsOverlay& overlay);

}  // namespace gradfit
