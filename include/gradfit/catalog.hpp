// The catalog: real master's programs that serve ML study, and their
// institutions. Every known fact carries the sources it came from; an unknown
// fact is an empty Fact, never a zero. The file format is in docs/DATA.md.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gradfit/date.hpp"
#include "gradfit/input_error.hpp"
#include "gradfit/status.hpp"

namespace gradfit {

// Where a fact was read: a public page, or a data set the enrich tool read.
struct Source {
  std::string id;  // unique within its file
  std::string url;
  bool first_party = false;       // the institution's own page
  Date retrieved;                 // when gradfit's authors read it
  std::optional<Date> page_date;  // the date the page shows (may be year-only)
  std::string note;               // e.g. "mirror of the official page"
  std::string attribution;        // licence attribution to show with the figure
  // The user's own figure (a personal overlay, `--facts`), not a published page:
  // every output marks facts citing it "yours".
  bool user_supplied = false;

  // The date a fact from this source speaks for: the page date when shown,
  // otherwise the retrieval date.
  Date as_of() const { return page_date ? *page_date : retrieved; }
};

enum class Label { kMl, kCsMlSpecialization, kDataScience, kAiMl, kAi, kOther };
enum class Modality { kOnCampus, kOnline, kHybrid };
// Who a residency-scoped fact applies to. `kResidents`: people who live in the
// program's country (domestic); the US and EU variants as their names say.
enum class Residency { kResidents, kInternational, kInState, kOutOfState, kEu, kNonEu };

// The variant or group a fact applies to (docs/DATA.md, "Fact scope"); an empty
// scope means the whole program. A fact of the online route, a rate for
// international students, a requirement of one named track.
struct Scope {
  std::optional<Modality> modality;
  std::optional<Residency> residency;
  std::string track;  // as the program names it

  bool empty() const { return !modality && !residency && track.empty(); }
  // "online", "international", "track: Robotics", joined with ", "; "" when empty.
  std::string ToString() const;
  friend bool operator==(const Scope&, const Scope&) = default;
};

// The facts about a user that decide which scoped facts apply to them; each
// unknown stays nullopt. Residency is judged from where the user lives (the
// only residency fact a profile holds); docs/METHODS.md, "Scoped facts".
struct ScopeContext {
  std::optional<bool> online;          // studies online (true) or on campus (false)
  std::optional<std::string> country;  // ISO alpha-2 where the user lives
  std::optional<std::string> us_state;
  std::optional<std::string> track;  // the track the user means to take
};

// Whether a fact of `scope` applies to the user, for a program taught in
// `program_country` (and `program_us_state` when known): true, false, or
// nullopt when the profile does not say enough. An empty scope always applies.
std::optional<bool> ScopeApplies(const Scope& scope, const ScopeContext& user,
                                 const std::string& program_country,
                                 const std::string& program_us_state = "");

// A value that may be unknown. `sources` index into the owner's source list.
template <typename T>
struct Fact {
  std::optional<T> value;
  std::vector<int> sources;
  Scope scope{};  // empty: applies to the whole program

  bool known() const { return value.has_value(); }
  const T& operator*() const { return *value; }
  const T* operator->() const { return &*value; }
  int source() const { return sources.empty() ? -1 : sources.front(); }
  T value_or(T fallback) const { return value ? *value : std::move(fallback); }
};

enum class StudyOption { kCourse, kProject, kThesis };
enum class GrePolicy { kRequired, kOptional, kNotRequired, kNotAccepted };
enum class TuitionBasis { kTotal, kPerCredit, kPerTerm, kPerYear };
enum class CreditUnit { kUsSemesterHours, kUsQuarterUnits, kEcts, kUkCredits, kCourses, kUnits };
enum class Internship { kRequired, kOptional, kNone };

struct Credits {
  double amount = 0;
  CreditUnit unit = CreditUnit::kUsSemesterHours;
  // Stated in the catalog when the unit has no fixed conversion (kUnits, kCourses).
  std::optional<double> us_credit_hours_per_unit;
};
// The US semester credit hour equivalent (docs/DATA.md states the factors),
// or nullopt when the unit has no stated conversion.
std::optional<double> NormalizedCreditHours(const Credits& c);

struct Gpa {
  double minimum = 0;
  double scale = 4.0;
};

struct Deadline {
  std::string term;                    // "Fall 2026", "Round 1"
  Date date;                           // a dated deadline (full date), or
  int every_month = 0, every_day = 0;  // a yearly one the page states without a year

  bool yearly() const { return every_month > 0; }
  // The date of this deadline on or after `today` (the date itself when dated).
  Date NextOn(const Date& today) const;
};

struct Tuition {
  double amount = 0;
  std::string currency;  // ISO 4217
  TuitionBasis basis = TuitionBasis::kTotal;
  std::string academic_year;    // "2025-26"
  int academic_year_start = 0;  // parsed from academic_year
  std::string residency;        // "all", "out_of_state", "international", …
  std::string note;
};

struct Fee {
  std::string name;
  double amount = 0;
  std::string currency;
  TuitionBasis basis = TuitionBasis::kTotal;
  std::string academic_year;
};

// A scholarship, grant or waiver the user holds for a program (personal overlay).
struct Aid {
  std::string name;  // "Dean's scholarship"
  double amount = 0;
  std::string currency;
  TuitionBasis basis = TuitionBasis::kTotal;  // total, per_year, per_term, per_credit
  std::string academic_year;
};

struct Outcomes {
  std::optional<double> median_salary;
  std::string currency;
  std::optional<double> placement_rate;  // 0..1
  int year = 0;
  std::string notes;
};

// Earnings and debt of an institution's completers in one field at one
// credential level: a row of the US College Scorecard field-of-study file.
// One row pools all of the institution's programs in that CIP and level, and
// covers only federally aided completers; suppressed cells stay nullopt.
struct FieldOutcome {
  std::string unitid;        // IPEDS institution id
  std::string state;         // the institution's state (STABBR), "PA"
  std::string cip;           // "11.01"
  std::string cip_title;     // "Computer and Information Sciences, General."
  int credential_level = 5;  // Scorecard CREDLEV: 3 bachelor's, 5 master's
  std::optional<int> completers;
  std::optional<double> earnings_1yr;        // median annual earnings 1 year after completion, USD
  std::optional<double> earnings_4yr;        // 4 years after completion, USD
  std::optional<double> median_debt;         // median federal loan debt at completion, USD
  std::optional<double> threshold_state;     // EARN_THR_STATE: high-school median, 25-34
  std::optional<double> threshold_national;  // EARN_THR_NAT
  std::string release;                       // the data release, "2026-06-10"
  std::string cip_basis;                     // why this CIP row stands for the program
};

struct Admissions {
  Fact<Gpa> min_gpa;
  Fact<GrePolicy> gre;
  Fact<double> toefl_ibt_min;
  Fact<double> ielts_min;
  Fact<std::vector<std::string>> materials;
  // Subject ids from the prerequisite vocabulary (docs/DATA.md).
  Fact<std::vector<std::string>> prerequisite_subjects;
  // Subjects the page calls preferred, or only recommended: not met is a note,
  // never a reason to be turned away (same vocabulary; no subject in two lists).
  Fact<std::vector<std::string>> preferred_subjects;
  Fact<std::vector<std::string>> recommended_subjects;
  Fact<std::string> prerequisites_text;  // as the program words it
};

struct Industry {
  Fact<std::vector<std::string>> partners;
  Fact<Internship> internship;
  Fact<std::string> notes;
};

struct Program {
  std::string id;
  std::string institution_id;
  std::string file;  // the catalog file it was read from

  Fact<std::string> name;
  Fact<Label> label;
  Fact<std::string> country;  // ISO 3166-1 alpha-2; falls back to the institution's
  Fact<std::string> city;     // where it is taught; falls back to the institution's main city
  Fact<std::string> url;

  Fact<double> duration_months;
  Fact<Credits> credits;
  Fact<std::vector<std::string>> core_courses;
  Fact<std::vector<std::string>> elective_examples;
  Fact<int> electives_to_choose;           // how many electives a student takes
  Fact<std::vector<StudyOption>> options;  // sources: the union of option_sources
  // The sources that state each completion option (every option has one).
  std::map<StudyOption, std::vector<int>> option_sources;
  Fact<std::string> practicum;  // practicum / capstone / internship component

  Fact<std::vector<Modality>> modality;
  Fact<bool> part_time;

  Admissions admissions;
  std::vector<Fact<Deadline>> deadlines;

  Fact<Tuition> tuition;
  std::vector<Fact<Fee>> fees;
  // Aid the user holds, from their personal overlay (never from the catalog):
  // money subtracts it from the bill.
  std::vector<Fact<Aid>> user_aid;

  Industry industry;
  Fact<Outcomes> outcomes;
  // College Scorecard rows for the program's institution and field (US only):
  // its master's completers, and bachelor's completers of the same field.
  Fact<FieldOutcome> graduate_outcomes;
  Fact<FieldOutcome> bachelor_outcomes;
  Fact<std::vector<std::string>> faculty_areas;

  std::vector<Source> sources;

  const Source* source_of(int index) const {
    return index >= 0 && index < static_cast<int>(sources.size()) ? &sources[index] : nullptr;
  }
  bool offers(Modality m) const;
};

// An institution's published graduate charges for a standard full-time year
// (IPEDS "IC_AY"): an institution-wide fallback, never a program's own price.
struct InstitutionCharges {
  std::string academic_year;                                      // "2023-24"
  std::optional<double> tuition_in_state, fees_in_state;          // USD per year
  std::optional<double> tuition_out_of_state, fees_out_of_state;  // USD per year
  std::optional<double> per_credit_in_state, per_credit_out_of_state;
};

struct Institution {
  std::string id;
  std::string file;
  Fact<std::string> name;
  Fact<std::string> country;  // ISO 3166-1 alpha-2
  Fact<std::string> city;
  Fact<std::string> domain;      // official web domain (enrich: universities list)
  Fact<int> csrankings_faculty;  // listed faculty (enrich: CSRankings)
  Fact<InstitutionCharges> ipeds_graduate_charges;  // enrich: IPEDS 2023-24 (14 US institutions)
  std::string csrankings_name;                      // spelling used to match CSRankings
  std::string universities_name;                    // spelling used to match the universities list
  std::string scorecard_unitid;  // IPEDS UNITID used to match the College Scorecard and IPEDS
  std::vector<Source> sources;

  const Source* source_of(int index) const {
    return index >= 0 && index < static_cast<int>(sources.size()) ? &sources[index] : nullptr;
  }
};

class Catalog {
 public:
  std::vector<Program> programs;
  std::vector<Institution> institutions;
  // Names this content for caches (the ranking's criteria cache, rank_cache.hpp): LoadCatalog
  // and ApplyFactsOverlay give it a fresh value, unique in the process; a copy keeps it (same
  // content). 0, the default of a catalog built by hand, means "not named": never cached.
  // Code that edits programs or institutions in place after loading calls Renew().
  std::uint64_t generation = 0;
  void Renew();

  const Program* find_program(std::string_view id) const;
  const Institution* find_institution(std::string_view id) const;
  // The program's country, or its institution's when the program has none.
  const Fact<std::string>* country_of(const Program& p) const;
};

// One validation problem of a catalog file.
using CatalogError = InputError;

struct LoadOptions {
  // Use all cores to parse program files (the result is identical).
  bool parallel = true;
};

// Loads <dir>/programs/*.toml, <dir>/institutions.toml and, if present,
// <dir>/institutions-derived.toml and <dir>/programs-derived.toml (the College
// Scorecard rows of graduate_outcomes / bachelor_outcomes). All-or-nothing: on any error the
// catalog is not returned and `errors` holds every problem found in the run, in file order.
Result<Catalog> LoadCatalog(const std::string& dir, std::vector<CatalogError>* errors,
                            const LoadOptions& options = {});

// Names used in files and output.
std::string_view ToString(Label v);
std::string_view ToString(Modality v);
std::string_view ToString(StudyOption v);
std::string_view ToString(GrePolicy v);
std::string_view ToString(TuitionBasis v);
std::string_view ToString(CreditUnit v);
std::string_view ToString(Internship v);
std::string_view ToString(Residency v);
std::optional<Label> ParseLabel(std::string_view s);
std::optional<Modality> ParseModality(std::string_view s);
std::optional<StudyOption> ParseStudyOption(std::string_view s);
std::optional<GrePolicy> ParseGrePolicy(std::string_view s);
std::optional<TuitionBasis> ParseTuitionBasis(std::string_view s);
std::optional<CreditUnit> ParseCreditUnit(std::string_view s);
std::optional<Internship> ParseInternship(std::string_view s);
std::optional<Residency> ParseResidency(std::string_view s);

// The prerequisite subject vocabulary (ids used in admissions.prerequisites).
const std::vector<std::string>& PrerequisiteSubjects();

}  // namespace gradfit
