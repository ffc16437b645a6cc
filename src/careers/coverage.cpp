// Curriculum coverage of a program for a role (docs/METHODS.md "Curriculum
// coverage"): core courses count fully; each listed elective counts with the
// share of the listed electives a student actually takes.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "gradfit/careers_coverage.hpp"

namespace gradfit {
namespace {

bool Teaches(const CourseMapping& m, const std::string& skill) {
  for (const SkillMatch& s : m.skills)
    if (s.skill_id == skill) return true;
  return false;
}

// Weighted coverage when the skills in `full` count 1 and others `partial`.
double Score(const Role& role, const std::set<std::string>& full,
             const std::map<std::string, double>& partial) {
  double score = 0;
  for (const RoleSkill& rs : role.skills) {
    if (full.count(rs.skill_id)) {
      score += rs.weight;
    } else if (auto it = partial.find(rs.skill_id); it != partial.end()) {
      score += rs.weight * it->second;
    }
  }
  return score;
}

std::vector<ElectiveSuggestion> GreedyElectives(const Role& role,
                                                const std::vector<CourseMapping>& electives,
                                                std::set<std::string> full, int picks) {
  std::vector<ElectiveSuggestion> out;
  std::vector<bool> used(electives.size(), false);
  for (int k = 0; k < picks; ++k) {
    int best = -1;
    ElectiveSuggestion best_s;
    for (size_t e = 0; e < electives.size(); ++e) {
      if (used[e]) continue;
      ElectiveSuggestion s{electives[e].course, 0, {}};
      for (const RoleSkill& rs : role.skills) {
        if (!full.count(rs.skill_id) && Teaches(electives[e], rs.skill_id)) {
          s.gain += rs.weight;
          s.skills.push_back(rs.skill_id);
        }
      }
      // Strictly greater: ties keep the catalog's order, so the result is stable.
      if (s.gain > 1e-12 && (best < 0 || s.gain > best_s.gain + 1e-12)) {
        best = static_cast<int>(e);
        best_s = s;
      }
    }
    if (best < 0) break;
    used[best] = true;
    for (const std::string& id : best_s.skills) full.insert(id);
    out.push_back(std::move(best_s));
  }
  return out;
}

}  // namespace

ProgramCoverage ComputeCoverage(const Program& program, const Role& role,
                                const SkillMatcher& matcher, const CourseOverrides& overrides) {
  ProgramCoverage c;
  c.program_id = program.id;
  c.role_id = role.id;
  if (program.core_courses.known())
    for (const std::string& t : *program.core_courses)
      c.core.push_back(matcher.Match(t, {}, overrides));
  if (program.elective_examples.known())
    for (const std::string& t : *program.elective_examples)
      c.electives.push_back(matcher.Match(t, {}, overrides));
  if (program.electives_to_choose.known()) c.electives_to_choose = *program.electives_to_choose;

  c.known = !c.core.empty() || !c.electives.empty();
  if (!c.known) {
    c.notes.push_back("the catalog lists no courses for this program: coverage unknown");
    return c;
  }
  if (c.core.empty()) c.notes.push_back("no core courses listed: only electives count");

  // Share of one listed elective: k chosen out of n listed, capped at 1.
  const int n = static_cast<int>(c.electives.size());
  int k = 0;
  if (n > 0) {
    if (c.electives_to_choose) {
      k = *c.electives_to_choose;
      c.notes.push_back(fmt::format(
          "electives: {} to choose, {} listed; each listed elective counts {:.2f} of a course", k,
          n, std::min(1.0, static_cast<double>(k) / n)));
    } else {
      k = (n + 1) / 2;
      c.notes.push_back(fmt::format(
          "electives: number to choose unknown; assumed half of the {} listed ({}), so each "
          "counts {:.2f} of a course",
          n, k, std::min(1.0, static_cast<double>(k) / n)));
    }
    c.elective_share = std::min(1.0, static_cast<double>(k) / n);
  }

  std::set<std::string> core_full;
  std::map<std::string, double> elective_credit;
  for (const RoleSkill& rs : role.skills) {
    SkillCredit sc{rs.skill_id, rs.weight, 0, {}, {}};
    for (const CourseMapping& m : c.core)
      if (Teaches(m, rs.skill_id)) sc.core_courses.push_back(m.course);
    for (const CourseMapping& m : c.electives)
      if (Teaches(m, rs.skill_id)) sc.elective_courses.push_back(m.course);
    if (!sc.core_courses.empty()) {
      sc.credit = 1;
      core_full.insert(rs.skill_id);
    } else if (!sc.elective_courses.empty()) {
      // Expected number of chosen electives teaching it, capped at 1.
      sc.credit = std::min(1.0, c.elective_share * static_cast<double>(sc.elective_courses.size()));
      elective_credit[rs.skill_id] = sc.credit;
    }
    (sc.credit > 0 ? c.covered : c.missing).push_back(std::move(sc));
  }
  auto by_weight = [](const SkillCredit& a, const SkillCredit& b) {
    return a.weight != b.weight ? a.weight > b.weight : a.skill_id < b.skill_id;
  };
  std::sort(c.covered.begin(), c.covered.end(), by_weight);
  std::sort(c.missing.begin(), c.missing.end(), by_weight);

  c.core_only_score = Score(role, core_full, {});
  c.score = std::clamp(Score(role, core_full, elective_credit), 0.0, 1.0);
  const int picks = n == 0 ? 0 : std::min(n, std::max(k, 1));
  c.suggestions = GreedyElectives(role, c.electives, core_full, picks);
  double with = c.core_only_score;
  for (const ElectiveSuggestion& s : c.suggestions) with += s.gain;
  c.score_with_suggestions = std::min(1.0, with);

  if (program.options.known()) {
    for (StudyOption o : *program.options) {
      if (o == StudyOption::kThesis)
        c.notes.push_back("thesis option available (not counted: it builds research_methods)");
      if (o == StudyOption::kProject) c.notes.push_back("project option available (not counted)");
    }
  }
  if (program.practicum.known() && !program.practicum->empty())
    c.notes.push_back("practicum/capstone component (not counted): " + *program.practicum);
  return c;
}

Result<std::optional<double>> CurriculumScore(const Program& program, const CareersData& data,
                                              const std::vector<std::string>& role_ids,
                                              const SkillMatcher& matcher,
                                              const CourseOverrides& overrides) {
  std::vector<const Role*> roles;
  if (role_ids.empty()) {
    for (const Role& r : data.roles) roles.push_back(&r);
  } else {
    for (const std::string& id : role_ids) {
      const Role* r = data.find_role(id);
      if (r == nullptr) return Status::InvalidArgument(fmt::format("unknown role id '{}'", id));
      roles.push_back(r);
    }
  }
  if (roles.empty()) return std::optional<double>();
  double sum = 0;
  for (const Role* r : roles) {
    ProgramCoverage c = ComputeCoverage(program, *r, matcher, overrides);
    if (!c.known) return std::optional<double>();
    sum += c.score;
  }
  return std::optional<double>(sum / static_cast<double>(roles.size()));
}

std::vector<std::vector<ProgramCoverage>> CoverageMatrix(const std::vector<Program>& programs,
                                                         const CareersData& data,
                                                         const SkillMatcher& matcher,
                                                         const CourseOverrides& overrides) {
  std::vector<std::vector<ProgramCoverage>> out;
  out.reserve(programs.size());
  for (const Program& p : programs) {
    std::vector<ProgramCoverage> row;
    for (const Role& r : data.roles) row.push_back(ComputeCoverage(p, r, matcher, overrides));
    out.push_back(std::move(row));
  }
  return out;
}

}  // namespace gradfit
