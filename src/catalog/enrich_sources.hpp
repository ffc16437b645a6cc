// The College Scorecard field-of-study file and the IPEDS graduate charges, as
// `gradfit catalog enrich` reads them: parsing (errors name file, line and
// column), the choice of a program's Scorecard row, and the TOML the enrich
// step writes. Internal to src/catalog; the method is in docs/METHODS.md
// ("Outcomes of graduates") and the formats in docs/DATA.md.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "gradfit/catalog.hpp"
#include "gradfit/status.hpp"

namespace gradfit::catalog_internal {

inline constexpr const char* kScorecardRelease = "2026-06-10";
inline constexpr const char* kScorecardUrl = "https://collegescorecard.ed.gov/data/";
inline constexpr const char* kScorecardAttribution =
    "College Scorecard (U.S. Department of Education), via Truewise "
    "(github.com/ndranandraj/truewise)";
inline constexpr const char* kIpedsYear = "2023-24";

// A TOML basic string literal.
std::string TomlQuote(std::string_view s);

// One row of scorecard_fos_cs_ds_stats.csv.
struct ScorecardRow {
  FieldOutcome outcome;          // cip_basis left empty
  std::string institution_name;  // INSTNM
  int line = 0;                  // line in the CSV
};

// Reads the Scorecard extract. Empty cells are suppressed values (nullopt); a
// cell that is neither empty nor a non-negative number is an error
// "<file>:<line>: <COLUMN>: '<text>' is not a number"; CIPCODE must be 4 digits.
Result<std::vector<ScorecardRow>> ReadScorecardRows(const std::filesystem::path& path);

// The Scorecard rows that stand for one program: the master's row of the CIP the
// program is taken to report under, and the bachelor's row of the same
// institution and CIP (nullptr when the institution reports none).
struct OutcomeMatch {
  const ScorecardRow* graduate = nullptr;
  const ScorecardRow* bachelor = nullptr;
  std::string cip_basis;  // which CIP and why, in one or two sentences
};

// `rows` are all rows of the program's institution (one UNITID). Computer-science
// labels take the larger (by completers) of the master's rows 11.01 / 11.07;
// data science takes 30.70, then 30.71, then the computer-science rule. nullopt
// (with `why_not`) when no such master's row exists.
std::optional<OutcomeMatch> MatchProgramRows(const std::vector<const ScorecardRow*>& rows,
                                             std::optional<Label> label, std::string* why_not);

// TOML of one [[programs]] entry of programs-derived.toml.
std::string RenderProgramOutcomes(const std::string& program_id, const OutcomeMatch& match);

// IPEDS IC2023_AY graduate charges by UNITID, with the institution name of the row.
struct IpedsCharges {
  InstitutionCharges charges;
  std::string institution_name;
};
Result<std::map<std::string, IpedsCharges>> ReadIpedsCharges(const std::filesystem::path& path);

// The [institutions.ipeds_graduate_charges] table and its [[institutions.sources]] entry.
std::string RenderIpedsCharges(const std::string& unitid, const IpedsCharges& c);
std::string RenderIpedsSource(const std::string& unitid, const IpedsCharges& c);

}  // namespace gradfit::catalog_internal
