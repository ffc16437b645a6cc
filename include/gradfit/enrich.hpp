// Catalog enrichment: facts about institutions derived from public data sets
// (official web domain and country from the University Domains list, faculty
// counts from CSRankings) written to a generated catalog file.
#pragma once

#include <string>
#include <vector>

#include "gradfit/status.hpp"

namespace gradfit {

struct EnrichReport {
  std::string output_file;           // <catalog_dir>/institutions-derived.toml
  std::string programs_output_file;  // <catalog_dir>/programs-derived.toml
  int institutions = 0;              // institutions read from institutions.toml
  int programs = 0;                  // program files read from programs/
  int with_domain = 0;               // matched in the universities list (domain + country written)
  int with_csrankings = 0;           // matched in CSRankings (faculty count written)
  int with_ipeds_charges = 0;        // institutions with IPEDS 2023-24 graduate charges
  int with_scorecard = 0;            // programs with a College Scorecard outcome row
  // "<id>: <what>" for every name given in institutions.toml that the data set
  // does not hold (a spelling to fix in the catalog). Not an error.
  std::vector<std::string> unmatched;
};

// Reads <catalog_dir>/institutions.toml (only each institution's id, country,
// csrankings_name, universities_name and scorecard_unitid), the id, institution
// and label of each <catalog_dir>/programs/*.toml, and from <shared_dir>:
//   universities/world_universities_and_domains.json, csrankings/csrankings.csv,
//   ipeds-ic-ay/ipeds_ic2023_ay_grad_tuition_selected.csv,
//   scorecard-fos/scorecard_fos_cs_ds_stats.csv.
// Writes atomically (a temporary file renamed over the old one)
// <catalog_dir>/institutions-derived.toml, per institution with a derived fact:
//   domain             first of the universities entry's `domains`
//   country            its `alpha_two_code`
//   csrankings_faculty number of csrankings.csv rows whose affiliation is
//                      the institution's csrankings_name
//   ipeds_graduate_charges  the IPEDS 2023-24 row of its scorecard_unitid
// and <catalog_dir>/programs-derived.toml, per program whose institution has a
// scorecard_unitid and a matching master's row: graduate_outcomes (the master's
// row of the CIP chosen as in MatchProgramRows, docs/METHODS.md) and
// bachelor_outcomes (the bachelor's row of the same institution and CIP);
// each with its source (the data set, its date and attribution).
// A universities name held by several entries is resolved by the institution's
// country. Output is deterministic (catalog order), so it can be committed.
//
// Errors (nothing is written): NotFound when the shared dir or a file is missing,
// IoError when a file cannot be read or the output cannot be written,
// InvalidData for malformed TOML/JSON/CSV; every message names the file (and
// line, column or JSON index where known).
Status EnrichCatalog(const std::string& catalog_dir, const std::string& shared_dir,
                     EnrichReport* report);

}  // namespace gradfit
