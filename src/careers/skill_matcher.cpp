// Course -> skill matching over normalised words: greedy longest term first,
// left to right, so "graphical models" is one match and its words are not
// reused. Weak terms are tried only when no regular term matched.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "gradfit/careers_match.hpp"

namespace gradfit {

SkillMatcher::SkillMatcher(const std::vector<Skill>& skills) {
  for (const Skill& s : skills) skill_ids_.push_back(s.id);
  for (int i = 0; i < static_cast<int>(skills.size()); ++i) {
    for (const std::string& t : skills[i].terms) AddTerm(t, i, false);
    for (const std::string& t : skills[i].weak_terms) AddTerm(t, i, true);
  }
}

void SkillMatcher::AddTerm(const std::string& text, int skill, bool weak) {
  std::vector<std::string> words = NormalizeCourseText(text);
  if (words.empty()) return;  // rejected by LoadSkills; ignored here
  std::vector<Term>& list = weak ? weak_terms_ : terms_;
  for (Term& t : list) {
    if (t.words == words) {  // same phrase in several skills (or spelling variants)
      if (std::find(t.skills.begin(), t.skills.end(), skill) == t.skills.end())
        t.skills.push_back(skill);
      return;
    }
  }
  max_len_ = std::max(max_len_, words.size());
  list.push_back({std::move(words), text, {skill}});
}

void SkillMatcher::Scan(const std::vector<std::string>& words, const std::vector<Term>& terms,
                        std::map<int, std::vector<std::string>>* hits) const {
  size_t i = 0;
  while (i < words.size()) {
    const Term* best = nullptr;
    for (const Term& t : terms) {
      if (t.words.size() > words.size() - i) continue;
      if (best != nullptr && t.words.size() <= best->words.size()) continue;
      if (std::equal(t.words.begin(), t.words.end(), words.begin() + static_cast<long>(i)))
        best = &t;
    }
    if (best == nullptr) {
      ++i;
      continue;
    }
    for (int s : best->skills) {
      auto& list = (*hits)[s];
      if (std::find(list.begin(), list.end(), best->text) == list.end()) list.push_back(best->text);
    }
    i += best->words.size();
  }
}

CourseMapping SkillMatcher::Match(std::string_view title, std::string_view description,
                                  const CourseOverrides& overrides) const {
  CourseMapping m;
  m.course = std::string(title);

  const std::vector<std::string> words = NormalizeCourseText(title);
  for (const CourseOverride& o : overrides) {
    if (o.title == title || (!words.empty() && NormalizeCourseText(o.title) == words)) {
      m.overridden = true;
      for (const std::string& id : skill_ids_)  // taxonomy order; unknown ids were validated away
        if (std::find(o.skill_ids.begin(), o.skill_ids.end(), id) != o.skill_ids.end())
          m.skills.push_back({id, {}, false});
      return m;
    }
  }

  // Title and description are scanned separately so a term never spans both.
  std::map<int, std::vector<std::string>> hits;
  Scan(words, terms_, &hits);
  if (!description.empty()) Scan(NormalizeCourseText(description), terms_, &hits);
  bool weak = false;
  if (hits.empty()) {
    Scan(words, weak_terms_, &hits);
    weak = true;
  }
  for (auto& [skill, terms] : hits) m.skills.push_back({skill_ids_[skill], std::move(terms), weak});
  return m;
}

std::string CourseMapping::Explain() const {
  if (skills.empty()) return fmt::format("'{}' -> no skill matched", course);
  std::string ids, terms;
  for (const SkillMatch& s : skills) {
    ids += (ids.empty() ? "" : ", ") + s.skill_id;
    for (const std::string& t : s.terms) {
      std::string quoted = "'" + t + "'";
      if (terms.find(quoted) == std::string::npos) terms += (terms.empty() ? "" : ", ") + quoted;
    }
  }
  if (overridden) return fmt::format("'{}' -> {}: catalog override", course, ids);
  const bool weak = skills.front().weak;
  return fmt::format("'{}' -> {}: matched {}{}", course, ids, terms,
                     weak ? " (general term, used because nothing more specific matched)" : "");
}

std::vector<CareersError> ValidateOverrides(const CourseOverrides& overrides,
                                            const std::vector<Skill>& skills) {
  std::vector<CareersError> errors;
  for (const CourseOverride& o : overrides) {
    const std::string key = fmt::format("course_skills.\"{}\"", o.title);
    if (o.skill_ids.empty()) errors.push_back({o.file, o.line, 0, key, "lists no skill ids"});
    for (const std::string& id : o.skill_ids) {
      bool known = false;
      for (const Skill& s : skills) known = known || s.id == id;
      if (!known)
        errors.push_back({o.file, o.line, 0, key, fmt::format("unknown skill id '{}'", id)});
    }
  }
  return errors;
}

}  // namespace gradfit
