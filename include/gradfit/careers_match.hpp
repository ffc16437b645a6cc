// Course -> skill matching. A course title (and description, when known) is
// normalised (ASCII lower-casing, punctuation stripped, course numbers such as
// "10-701" or "CS 7641" removed, light suffix stemming) and scanned for the
// skills' terms; the longest term at each position wins. Every mapping says
// which terms matched, so it can be explained. Never throws on odd input.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "gradfit/careers_data.hpp"

namespace gradfit {

// Light Porter-style stemmer for lower-case ASCII words ("models" -> "model",
// "optimisation"/"optimization" -> "optim"). Bytes >= 0x80 are left alone.
std::string StemWord(std::string_view word);

// Lower-cased, stemmed words of `text` with course numbers removed. Upper-case
// codes directly before a number ("CS 7641", "DS-GA 1003") are removed too,
// except meaningful acronyms (AI, ML, NLP, SQL, ETL, LLM).
std::vector<std::string> NormalizeCourseText(std::string_view text);

// A course -> skills override from the catalog (or a caller). `file`/`line`
// locate it for error messages.
struct CourseOverride {
  std::string title;
  std::vector<std::string> skill_ids;
  std::string file;
  int line = 0;
};
using CourseOverrides = std::vector<CourseOverride>;

// Checks every skill id of `overrides` against the taxonomy.
std::vector<CareersError> ValidateOverrides(const CourseOverrides& overrides,
                                            const std::vector<Skill>& skills);

struct SkillMatch {
  std::string skill_id;
  std::vector<std::string> terms;  // the terms (as written in skills.toml) that matched
  bool weak = false;               // matched through a weak term only
};

struct CourseMapping {
  std::string course;              // the title as given
  std::vector<SkillMatch> skills;  // in taxonomy order
  bool overridden = false;         // skills come from a CourseOverride

  bool matched() const { return !skills.empty(); }
  // "'Probabilistic Graphical Models' -> probabilistic_graphical_models,
  //  probability_statistics: matched 'graphical models', 'probabilistic'"
  std::string Explain() const;
};

class SkillMatcher {
 public:
  explicit SkillMatcher(const std::vector<Skill>& skills);

  // Maps one course. An override with the same title (exact, or equal after
  // normalisation) replaces the matcher's answer.
  CourseMapping Match(std::string_view title, std::string_view description = {},
                      const CourseOverrides& overrides = {}) const;

 private:
  struct Term {
    std::vector<std::string> words;  // stemmed
    std::string text;                // as written
    std::vector<int> skills;         // indices into skill_ids_
  };
  void AddTerm(const std::string& text, int skill, bool weak);
  void Scan(const std::vector<std::string>& words, const std::vector<Term>& terms,
            std::map<int, std::vector<std::string>>* hits) const;

  std::vector<std::string> skill_ids_;
  std::vector<Term> terms_;
  std::vector<Term> weak_terms_;
  size_t max_len_ = 1;
};

}  // namespace gradfit

namespace gradfit {

// Reads the per-course overrides of a program file: the optional key
// `course_skills` of its [curriculum] table, e.g.
//   course_skills = { "10-718 Machine Learning in Practice" = ["mlops_deployment"] }
// Returns an empty list when the key is absent. Malformed TOML or a wrong
// shape is an error with file and line; skill ids are checked against
// `skills` (an unknown id names file, line and id).
Result<CourseOverrides> ReadCourseOverrides(const std::string& program_file,
                                            const std::vector<Skill>& skills,
                                            std::vector<CareersError>* errors);

}  // namespace gradfit
