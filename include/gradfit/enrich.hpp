// Catalog enrichment: facts about institutions derived from public data sets
// (official web domain and country from the University Domains list, faculty
// counts from CSRankings) written to a generated catalog file.
#pragma once

#include <string>
#include <vector>

#include "gradfit/status.hpp"

namespace gradfit {

struct EnrichReport {
  std::string output_file;  // the file written: <catalog_dir>/institutions-derived.toml
  int institutions = 0;     // institutions read from institutions.toml
  int with_domain = 0;      // matched in the universities list (domain + country written)
  int with_csrankings = 0;  // matched in CSRankings (faculty count written)
  // "<id>: <what>" for every name given in institutions.toml that the data set
  // does not hold (a spelling to fix in the catalog). Not an error.
  std::vector<std::string> unmatched;
};

// Reads <catalog_dir>/institutions.toml (only each institution's id, country,
// csrankings_name and universities_name), <shared_dir>/universities/
// world_universities_and_domains.json and <shared_dir>/csrankings/csrankings.csv,
// and writes <catalog_dir>/institutions-derived.toml atomically (a temporary file
// renamed over the old one). Per institution with at least one derived fact:
//   domain             first of the universities entry's `domains`
//   country            its `alpha_two_code`
//   csrankings_faculty number of csrankings.csv rows whose affiliation is
//                      the institution's csrankings_name
// each with its source (the data set, its snapshot date and licence attribution).
// A universities name held by several entries is resolved by the institution's
// country. Output is deterministic (catalog order), so it can be committed.
//
// Errors (nothing is written): NotFound when the shared dir or a file is missing,
// IoError when a file cannot be read or the output cannot be written,
// InvalidData for malformed TOML/JSON/CSV; every message names the file (and
// line or JSON index where known).
Status EnrichCatalog(const std::string& catalog_dir, const std::string& shared_dir,
                     EnrichReport* report);

}  // namespace gradfit
