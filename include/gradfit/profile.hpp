// The applicant profile: what gradfit knows about the user (background, test
// scores, coursework, work, location, goals, constraints, priorities).
//
// Everything the user may not know or may not want to say is a std::optional:
// an absent fact makes the checks that need it answer "unknown", never a
// silent pass or fail. The file format (TOML, or JSON with the same keys) is
// described in docs/DATA.md, section "Profile".
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gradfit/input_error.hpp"
#include "gradfit/status.hpp"

namespace gradfit {

// --- vocabularies (file names in comments) ----------------------------------

enum class DegreeLevel { kNone, kAssociate, kBachelor, kMaster, kDoctorate };
// none | associate | bachelor | master | doctorate

enum class FieldOfStudy {
  kComputerScience,      // computer_science
  kComputerEngineering,  // computer_engineering
  kMathematics,          // mathematics
  kStatistics,           // statistics
  kDataScience,          // data_science
  kEngineering,          // engineering (electrical, mechanical, civil, …)
  kPhysics,              // physics
  kNaturalSciences,      // natural_sciences (biology, chemistry, …)
  kEconomics,            // economics
  kBusiness,             // business
  kSocialSciences,       // social_sciences
  kHumanities,           // humanities
  kArts,                 // arts
  kOther                 // other
};

// How a subject was studied: not at all, on one's own (MOOC, book), or as a
// graded college course that appears on a transcript.
enum class CourseworkLevel { kNone, kSelfStudy, kCourse };  // none | self_study | course

enum class TargetRole {
  kMlEngineer,            // ml_engineer
  kDataScientist,         // data_scientist
  kDataEngineer,          // data_engineer
  kAiMlSoftwareEngineer,  // ai_ml_software_engineer
  kResearchScientist      // research_scientist
};

enum class Orientation { kIndustry, kResearch, kBoth };  // industry | research | both

// How the person will study: full-time (gives up the salary, less any stipend)
// or part-time beside work (keeps `Study::keep_work_share` of it).
enum class StudyMode { kFullTime, kPartTime };  // full_time | part_time

// Research done so far: none, some (a research project, a thesis, an RA job),
// or publications (a paper at a conference or in a journal).
enum class ResearchExperience { kNone, kSome, kPublications };  // none | some | publications

// The six comparison criteria (docs/METHODS.md).
enum class Criterion { kAdmissions, kCurriculum, kIndustry, kModality, kOutcomes, kCost };
// admissions | curriculum | industry | modality | outcomes | cost

// Whether the user has taken a test: not said, said "none", or has scores.
enum class TestStatus { kUnknown, kNone, kTaken };

// --- the profile ------------------------------------------------------------

struct Money {
  double amount = 0;
  std::string currency;  // ISO 4217, upper case
};

struct GpaScore {
  double value = 0;
  double scale = 4.0;  // the maximum of the scale the value is on (4.0, 4.3, 5.0, 10, 20, 100)
};

struct Education {
  std::optional<DegreeLevel> level;  // highest degree completed (or about to be)
  std::optional<FieldOfStudy> field;
  std::optional<std::string> institution_country;  // ISO 3166-1 alpha-2
  std::optional<GpaScore> gpa;
  std::optional<ResearchExperience> research_experience;
};

struct GreScores {
  TestStatus status = TestStatus::kUnknown;  // kTaken when any score is given
  std::optional<int> verbal;                 // 130-170
  std::optional<int> quant;                  // 130-170
  std::optional<double> awa;                 // 0-6, half points
};

struct EnglishTest {
  TestStatus status = TestStatus::kUnknown;  // kTaken when a score is given
  std::optional<double> score;
};

struct TestScores {
  GreScores gre;
  EnglishTest toefl_ibt;  // 0-120
  EnglishTest ielts;      // 0-9, half bands
  std::optional<bool> native_english;
};

// Coursework per prerequisite subject (docs/DATA.md lists the vocabulary).
struct Coursework {
  std::optional<CourseworkLevel> calculus;
  std::optional<CourseworkLevel> multivariable_calculus;
  std::optional<CourseworkLevel> linear_algebra;
  std::optional<CourseworkLevel> probability;
  std::optional<CourseworkLevel> statistics;
  std::optional<CourseworkLevel> discrete_math;
  std::optional<CourseworkLevel> data_structures;
  std::optional<CourseworkLevel> algorithms;
  std::optional<CourseworkLevel> machine_learning;
  std::optional<CourseworkLevel> databases;
  std::optional<CourseworkLevel> systems;
  std::optional<double> programming_years;         // years of regular programming (study or work)
  std::vector<std::string> programming_languages;  // "python", "c++", …; informative

  // The level recorded for a coursework subject id ("linear_algebra"), or
  // nullptr when the id is not a coursework subject (programming, cs_degree, …).
  const std::optional<CourseworkLevel>* find(std::string_view subject) const;
  std::optional<CourseworkLevel>* find(std::string_view subject);
};

struct Work {
  std::optional<double> years;                    // full-time equivalent years of work
  std::optional<std::string> current_role;        // free text: "data analyst"
  std::optional<Money> salary;                    // current gross annual salary
  std::optional<Money> employer_tuition_support;  // per year
  // What the person would earn with the bachelor's alone (the counterfactual
  // when they have no salary now, e.g. a graduating student).
  std::optional<Money> bachelor_salary;
};

// How the degree would be studied (money: lost income, length from pace).
struct Study {
  std::optional<StudyMode> mode;
  std::optional<double> keep_work_share;   // 0..1: share of current pay kept while studying
  std::optional<double> courses_per_term;  // pace: courses taken per term (semester)
  std::optional<Money> stipend;            // per year: assistantship, stipend while studying
};

struct Location {
  std::optional<std::string> country;   // ISO 3166-1 alpha-2, where the user lives
  std::optional<std::string> us_state;  // two-letter USPS code when country is US
};

struct Goals {
  std::vector<TargetRole> target_roles;  // empty: not said
  std::optional<Orientation> orientation;
  std::optional<std::string> work_country;  // ISO alpha-2: where they will work after the degree
};

struct Constraints {
  std::optional<Money> budget;  // total the user can pay for tuition and fees of the whole program
  // true: a program above the budget is not a candidate; otherwise the budget
  // only informs (a note and the cost criterion).
  std::optional<bool> budget_hard;
  std::optional<double> max_duration_months;
  std::optional<bool> must_part_time;
  std::optional<bool> must_online;
  std::optional<bool> can_relocate;
  std::vector<std::string> preferred_countries;  // ISO alpha-2; empty: any
  std::optional<std::string> start_term;         // "Fall 2027"
};

// The user's priorities over the six criteria: direct weights, a ranking
// (most important first; unranked criteria come after, tied), or unknown.
struct Priorities {
  enum class Kind { kUnknown, kWeights, kRanking };
  Kind kind = Kind::kUnknown;
  std::map<Criterion, double> weights;  // kWeights: non-negative, need not sum to 1
  std::vector<Criterion> ranking;       // kRanking: distinct criteria
};

struct Profile {
  std::optional<std::string> name;  // a label for the profile, e.g. "Ana, career changer"
  Education education;
  TestScores tests;
  Coursework coursework;
  Work work;
  Study study;
  Location location;
  Goals goals;
  Constraints constraints;
  Priorities priorities;
};

// --- errors, loading, saving ------------------------------------------------

// One problem in a profile, located as precisely as the input allows.
using ProfileError = InputError;  // "file:line: education.gpa: message"

// Checks ranges and consistency (GPA within its scale, non-negative years,
// currencies and countries are ISO codes, distinct ranking, …). Returns every
// problem found; empty when the profile is valid. `file`/`line` are left empty.
std::vector<ProfileError> ValidateProfile(const Profile& p);

// Parses a profile from TOML text. Unknown keys, wrong types, out-of-range or
// inconsistent values are errors naming key and line. On failure returns an
// InvalidData status whose message lists every error; `errors` (optional)
// receives them one by one.
Result<Profile> ParseProfileToml(std::string_view text, const std::string& file_name,
                                 std::vector<ProfileError>* errors = nullptr);
// The same for JSON with the same keys (nested objects). Lines are not known.
Result<Profile> ParseProfileJson(std::string_view text, const std::string& file_name,
                                 std::vector<ProfileError>* errors = nullptr);

// Reads a profile file: JSON when the name ends in ".json", TOML otherwise.
// Errors: NotFound/IoError when the file cannot be read; InvalidData as above.
Result<Profile> LoadProfile(const std::string& path, std::vector<ProfileError>* errors = nullptr);

// Writes the profile (TOML, or JSON for ".json") atomically: a temporary file
// in the same folder, then rename, so a failure never leaves a half file.
// Refuses (InvalidArgument) a profile that does not validate.
Status SaveProfile(const Profile& p, const std::string& path);

std::string ProfileToToml(const Profile& p);
std::string ProfileToJson(const Profile& p);

// --- single fields (used by --set, what-if and the questionnaire) ------------

// One settable field: its key path, short aliases, what it means, its form.
struct ProfileFieldInfo {
  std::string key;                   // "tests.toefl_ibt"
  std::vector<std::string> aliases;  // "toefl"
  std::string help;                  // one line
  std::string form;                  // "number 0-120 or none"
};
const std::vector<ProfileFieldInfo>& ProfileFields();

// Sets one field from text ("gpa=3.4" style values: "3.4", "none", "USD 20000",
// "python,c++", "unknown" clears it). The key is a key path or an alias.
// Errors: InvalidArgument naming the key and the expected form. Only the field
// itself is checked; call ValidateProfile for cross-field rules.
Status SetProfileField(Profile& p, std::string_view key, std::string_view value);
// SetProfileField, then what was understood, in words: "65,000 USD (no
// currency given: took USD, …)", "German 1.7, which is 3.3 on the 4.0 scale …".
// Money and grades are accepted as people type them (docs/DATA.md, "Profile").
Result<std::string> SetProfileFieldUnderstood(Profile& p, std::string_view key,
                                              std::string_view value);
// The field's current value as text (the form SetProfileField accepts), or
// nullopt when it is unknown. Error for an unknown key.
Result<std::optional<std::string>> GetProfileField(const Profile& p, std::string_view key);

// --- vocabulary names ---------------------------------------------------------

std::string_view ToString(DegreeLevel v);
std::string_view ToString(FieldOfStudy v);
std::string_view ToString(CourseworkLevel v);
std::string_view ToString(TargetRole v);
std::string_view ToString(Orientation v);
std::string_view ToString(StudyMode v);
std::string_view ToString(ResearchExperience v);
std::string_view ToString(Criterion v);
std::optional<DegreeLevel> ParseDegreeLevel(std::string_view s);
std::optional<FieldOfStudy> ParseFieldOfStudy(std::string_view s);
std::optional<CourseworkLevel> ParseCourseworkLevel(std::string_view s);
std::optional<TargetRole> ParseTargetRole(std::string_view s);
std::optional<Orientation> ParseOrientation(std::string_view s);
std::optional<StudyMode> ParseStudyMode(std::string_view s);
std::optional<ResearchExperience> ParseResearchExperience(std::string_view s);
std::optional<Criterion> ParseCriterion(std::string_view s);
const std::vector<Criterion>& AllCriteria();  // in the order above

// Normalized weights (sum 1) over the six criteria: direct weights divided by
// their sum; a ranking by rank-order centroid (unranked criteria share the
// remaining places); nullopt when priorities are unknown or all weights are 0.
std::optional<std::map<Criterion, double>> PriorityWeights(const Priorities& p);

}  // namespace gradfit
