// Questions asked of a loaded catalog: filtering and sorting programs, the
// age of facts, and the facts of one program as displayable rows.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "gradfit/catalog.hpp"
#include "gradfit/date.hpp"

namespace gradfit {

struct ExchangeRates;  // gradfit/money_data.hpp

// --- comparable tuition ------------------------------------------------------

// Tuition for the whole program, estimated from the published figure whatever
// its basis, so programs can be sorted, filtered and compared (docs/METHODS.md,
// "Whole-program tuition"). Fees, living costs and aid are not included.
struct TuitionTotalOptions {
  std::string currency = "USD";          // the user's currency
  const ExchangeRates* rates = nullptr;  // nullptr: other currencies stay unknown
  double inflation = 0.04;               // per year, carries an old figure to today
  int current_academic_year = 0;         // start year of "now"; 0: from `today`
  Date today;                            // for the age of the figure; invalid: Today()
};

struct TuitionTotal {
  std::optional<double> amount;  // whole program, in `currency`; nullopt: cannot estimate
  std::string currency;
  std::string basis;       // how: "2,850 USD per credit x 27 credits; x 1.082 (2024-25 -> 2026-27)"
  bool estimated = false;  // anything but a whole-program price of this year in this currency
  std::string academic_year;  // of the published figure, "" when not stated
  bool stale = false;         // the figure is older than kStaleAfterYears
  bool third_party = false;   // no first-party source backs the figure
  // " (estimated)", " [old figure]" …: the marks a table shows next to the amount.
  std::string Marks() const;
};
TuitionTotal EstimateTuitionTotal(const Program& p, const TuitionTotalOptions& options = {});

// A labelled estimate for a program whose tuition the catalog does not state
// (docs/METHODS.md, "Tuition estimated from peers"): the p10-p90 of the
// whole-program tuition of the other catalog programs in the same country and
// of the same route (online, or on campus), when at least kMinTuitionPeers of
// them have one. Never a fact: every output labels it "estimate, not a fact".
inline constexpr size_t kMinTuitionPeers = 3;
struct TuitionPeerEstimate {
  std::optional<std::pair<double, double>> range;  // p10, p90 in `currency`; nullopt: none
  std::string currency;  // options.currency, or the peers' own when that is empty
  size_t peers = 0;      // programs the range is taken over
  std::string note;      // what it is, or why there is none
};
// `online`: estimate for the online route (peers offered online) or on campus.
// Without options: in the peers' own currency, no conversion.
TuitionPeerEstimate EstimateTuitionFromPeers(const Catalog& catalog, const Program& p, bool online,
                                             const TuitionTotalOptions& options);
TuitionPeerEstimate EstimateTuitionFromPeers(const Catalog& catalog, const Program& p, bool online);
// The route a program is costed on by default: online when it is offered only online.
bool StudiedOnline(const Program& p);

// --- filtering and sorting -----------------------------------------------------

enum class ProgramSort { kId, kName, kTuition, kDuration, kCountry };

struct ProgramFilter {
  std::optional<Label> label;
  std::optional<Modality> modality;
  std::optional<bool> part_time;  // true: only programs known to allow part-time study
  std::string country;            // ISO alpha-2, empty = any
  std::optional<GrePolicy> gre;
  // Maximum estimated whole-program tuition (EstimateTuitionTotal) in
  // `tuition_currency`; `--sort tuition` uses the same total. Programs whose
  // total cannot be estimated (unknown tuition, credits or length, or a
  // currency `rates` cannot convert) are excluded and counted.
  std::optional<double> max_tuition;
  std::string tuition_currency = "USD";
  const ExchangeRates* rates = nullptr;  // for tuition in other currencies
  std::string keyword;                   // case-insensitive, over names, institutions and courses
  ProgramSort sort = ProgramSort::kId;
  bool descending = false;
};

struct ProgramSelection {
  std::vector<const Program*> programs;
  // Programs dropped only because a filtered fact is unknown (never silently).
  int excluded_unknown = 0;
};

ProgramSelection SelectPrograms(const Catalog& catalog, const ProgramFilter& filter);
std::optional<ProgramSort> ParseProgramSort(std::string_view s);

// Facts older than this are flagged as possibly out of date.
inline constexpr double kStaleAfterYears = 2.0;

// The date a fact speaks for: its newest source's as_of date; for tuition the
// start of its academic year when that is older.
std::optional<Date> FactDate(const Program& p, const std::vector<int>& sources);

// One displayable fact of a program: "admissions.toefl_ibt_min = 100".
// `value` already carries what a reader must not miss: the scope ("only for
// online students"), a passed deadline ("passed; next cycle: unknown") and the
// user's own figure ("yours"), so every output that prints it says so.
struct FactRow {
  std::string key;    // dotted key as in the file
  std::string value;  // formatted; "unknown" when absent
  bool known = false;
  std::vector<int> sources;
  std::optional<Date> as_of;
  double age_years = 0;  // relative to `today`
  bool stale = false;
  Scope scope{};        // empty: the whole program
  bool passed = false;  // a dated deadline before `today`
  bool yours = false;   // cites a user-supplied source (a personal overlay)
};

// The keys of a program's facts that are old (older than kStaleAfterYears) and
// those that are the user's own, each once, in file order.
struct MarkedFacts {
  std::vector<std::string> stale, yours;
  int passed_deadlines = 0;
  bool is_stale(std::string_view key) const;
  bool is_yours(std::string_view key) const;
};
MarkedFacts MarkFacts(const Program& p, const Date& today);

// "online students", "international students", "the Robotics track", joined
// with " and "; "" for an empty scope.
std::string ScopePhrase(const Scope& scope);

// A dated deadline that has passed by `today`, and what comes next: the
// earliest upcoming deadline of the same program for the same intake season
// (the term's first word: "Fall", "Spring", ...), or nullopt when none is known.
bool DeadlinePassed(const Deadline& d, const Date& today);
std::optional<Deadline> NextCycle(const Program& p, const Deadline& passed, const Date& today);

// Every fact of the format, known or not, in file order.
std::vector<FactRow> ProgramFactRows(const Program& p, const Date& today);

}  // namespace gradfit

namespace gradfit {

// How complete and how well sourced the catalog is, per fact key.
struct FieldStats {
  std::string key;
  int known = 0;        // programs with the fact
  int unknown = 0;      // programs without it
  int first_party = 0;  // known facts with at least one first-party source
  int third_party = 0;  // known facts whose sources are all third-party
  int stale = 0;        // known facts older than kStaleAfterYears ("old")
  int current = 0;  // known facts dated within kStaleAfterYears (known = current + stale + undated)
  int passed = 0;   // deadlines: programs whose every dated deadline has passed
  std::optional<Date> newest;  // the newest date any of these facts speaks for
};
struct CatalogStats {
  int programs = 0;
  int institutions = 0;
  int sources = 0;
  int first_party_sources = 0;
  std::vector<FieldStats> fields;  // in file order
  // Programs with no stated tuition but a labelled estimate from peers
  // (EstimateTuitionFromPeers), and programs with neither.
  int tuition_estimated = 0;
  int tuition_neither = 0;
};
CatalogStats ComputeCatalogStats(const Catalog& catalog, const Date& today);

}  // namespace gradfit
