// Curriculum coverage: how much of a role's skill profile a program's listed
// courses teach, which course covers each skill, what is missing, and which
// electives would close the gap. Method and rules: docs/METHODS.md
// "Curriculum coverage". Also the faculty-depth fact shown beside it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "gradfit/careers_data.hpp"
#include "gradfit/careers_match.hpp"
#include "gradfit/catalog.hpp"

namespace gradfit {

struct SkillCredit {
  std::string skill_id;
  double weight = 0;  // the role's weight for the skill
  double credit = 0;  // 0..1: 1 when a core course teaches it, elective share otherwise
  std::vector<std::string> core_courses;      // core courses that teach it
  std::vector<std::string> elective_courses;  // listed electives that teach it
};

struct ElectiveSuggestion {
  std::string course;
  double gain = 0;                  // added weighted coverage when taken
  std::vector<std::string> skills;  // the role skills it adds
};

struct ProgramCoverage {
  std::string program_id;
  std::string role_id;
  // False when the program lists no courses at all: coverage is unknown, not 0.
  bool known = false;
  double score = 0;                             // sum over role skills of weight * credit, in [0,1]
  double core_only_score = 0;                   // the same counting core courses only
  std::vector<SkillCredit> covered;             // credit > 0, by weight then id
  std::vector<SkillCredit> missing;             // credit == 0
  std::vector<ElectiveSuggestion> suggestions;  // greedy, best first
  double score_with_suggestions = 0;            // core + suggested electives taken in full
  std::vector<CourseMapping> core;              // how each core course was mapped
  std::vector<CourseMapping> electives;         // how each listed elective was mapped
  double elective_share = 0;                    // credit one listed elective carries (see METHODS)
  std::optional<int> electives_to_choose;       // from the catalog, when known
  std::vector<std::string> notes;               // assumptions used and thesis/project options
};

// Coverage of `program` for `role`. Pure function of its inputs.
ProgramCoverage ComputeCoverage(const Program& program, const Role& role,
                                const SkillMatcher& matcher, const CourseOverrides& overrides = {});

// The curriculum criterion for ranking: the mean coverage over `role_ids`
// (all roles when empty), or nullopt when the program lists no courses.
// Unknown role ids are an InvalidArgument status.
Result<std::optional<double>> CurriculumScore(const Program& program, const CareersData& data,
                                              const std::vector<std::string>& role_ids,
                                              const SkillMatcher& matcher,
                                              const CourseOverrides& overrides = {});

// Programs x roles: result[i][j] is programs[i] against data.roles[j].
std::vector<std::vector<ProgramCoverage>> CoverageMatrix(const std::vector<Program>& programs,
                                                         const CareersData& data,
                                                         const SkillMatcher& matcher,
                                                         const CourseOverrides& overrides = {});

// Faculty depth: the institution's CSRankings-listed faculty count with its
// source. `count` is empty when unknown (no institution, or not in CSRankings).
struct FacultyDepth {
  std::string institution_id;
  std::string institution_name;
  std::optional<int> count;
  std::string source_url;
  std::string retrieved;    // the source's as-of date (page date, else retrieval date)
  std::string attribution;  // licence text of the source
  std::string note;
};
FacultyDepth GetFacultyDepth(const Institution* institution);

}  // namespace gradfit
