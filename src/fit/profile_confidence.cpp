// How much of the profile an answer rests on: the ESSENTIAL answers (agreed
// with the questionnaire, which asks them first), which are missing, and what
// to do about it. docs/METHODS.md, "Confidence".
#include <fmt/format.h>

#include "gradfit/fit.hpp"

namespace gradfit {
namespace {

bool Has(const std::optional<CourseworkLevel>& c) { return c.has_value(); }

bool EnglishKnown(const Profile& p) {
  const auto& t = p.tests;
  if (t.native_english && *t.native_english) return true;
  const bool score = (t.toefl_ibt.status == TestStatus::kTaken && t.toefl_ibt.score) ||
                     (t.ielts.status == TestStatus::kTaken && t.ielts.score);
  // A non-native speaker needs a score (or to say there is none yet).
  if (t.native_english)
    return score || t.toefl_ibt.status == TestStatus::kNone || t.ielts.status == TestStatus::kNone;
  return false;
}

}  // namespace

ProfileConfidence AssessProfileConfidence(const Profile& p) {
  ProfileConfidence c;
  auto add = [&](std::string key, std::string label, std::string feeds, bool answered) {
    c.essentials.push_back({std::move(key), std::move(label), std::move(feeds), answered, false});
  };
  const auto& e = p.education;
  const auto& w = p.coursework;
  add("education.level", "your degree level", "eligibility (a master's needs a bachelor's)",
      e.level.has_value());
  add("education.field", "the field of your degree", "degree prerequisites, the pathway",
      e.field.has_value());
  add("coursework.programming_years", "years of programming", "prerequisite gaps, the pathway",
      w.programming_years.has_value());
  add("coursework.linear_algebra", "linear algebra", "prerequisite gaps, the pathway",
      Has(w.linear_algebra));
  add("coursework.calculus", "calculus", "prerequisite gaps, the pathway", Has(w.calculus));
  add("coursework.probability", "probability or statistics", "prerequisite gaps, the pathway",
      Has(w.probability) || Has(w.statistics));
  add("goals.target_roles", "the jobs you want", "curriculum criterion, the pathway",
      !p.goals.target_roles.empty());
  add("constraints.can_relocate", "whether you can move (or must study online)",
      "which programs are candidates, modality criterion",
      p.constraints.can_relocate.has_value() || p.constraints.must_online.has_value());
  add("location.country", "the country you live in", "location, living costs, salaries",
      p.location.country.has_value());
  add("work.salary", "your salary (or what your bachelor's would pay)",
      "outcomes criterion (ROI), the pathway",
      p.work.salary.has_value() || p.work.bachelor_salary.has_value());
  add("tests.native_english", "English: native speaker, or your TOEFL/IELTS score",
      "English test checks", EnglishKnown(p));
  for (const auto& a : c.essentials) {
    ++c.total;
    if (a.answered)
      ++c.answered;
    else
      c.missing.push_back(a.key);
  }
  c.thin = static_cast<int>(c.missing.size()) > kThinAfterMissing;
  return c;
}

std::string ProfileConfidence::Summary() const {
  if (missing.empty()) return fmt::format("Rests on all {} essential answers.", total);
  std::string list;
  for (const auto& a : essentials) {
    if (a.answered) continue;
    if (!list.empty()) list += ", ";
    list += a.key;
    if (a.could_change_verdict) list += " (could change the verdict)";
  }
  return fmt::format("Rests on {} of {} essential answers{}; missing: {}.", answered, total,
                     thin ? " (a thin profile: treat the answer as a rough guess)" : "", list);
}

std::string ProfileConfidence::Suggestion() const {
  if (missing.empty()) return "";
  std::string sets;
  for (const auto& key : missing) sets += fmt::format(" --set {}=…", key);
  return fmt::format(
      "Run `gradfit profile init` to answer the questions, or add the missing answers: "
      "`gradfit profile init --from YOUR_PROFILE{} --out YOUR_PROFILE --force`.",
      sets);
}

}  // namespace gradfit
