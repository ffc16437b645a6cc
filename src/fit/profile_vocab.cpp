// Names of the profile's vocabularies as written in files and output, the
// coursework lookup by subject id, and priority weights.
#include <algorithm>
#include <array>

#include "core/enum_names.hpp"
#include "gradfit/profile.hpp"

namespace gradfit {
namespace {

constexpr std::array<std::string_view, 5> kLevels = {"none", "associate", "bachelor", "master",
                                                     "doctorate"};
constexpr std::array<std::string_view, 14> kFields = {"computer_science",
                                                      "computer_engineering",
                                                      "mathematics",
                                                      "statistics",
                                                      "data_science",
                                                      "engineering",
                                                      "physics",
                                                      "natural_sciences",
                                                      "economics",
                                                      "business",
                                                      "social_sciences",
                                                      "humanities",
                                                      "arts",
                                                      "other"};
constexpr std::array<std::string_view, 3> kCoursework = {"none", "self_study", "course"};
constexpr std::array<std::string_view, 5> kRoles = {"ml_engineer", "data_scientist",
                                                    "data_engineer", "ai_ml_software_engineer",
                                                    "research_scientist"};
constexpr std::array<std::string_view, 3> kOrientations = {"industry", "research", "both"};
constexpr std::array<std::string_view, 2> kStudyModes = {"full_time", "part_time"};
constexpr std::array<std::string_view, 3> kResearch = {"none", "some", "publications"};
constexpr std::array<std::string_view, 6> kCriteria = {"admissions", "curriculum", "industry",
                                                       "modality",   "outcomes",   "cost"};

}  // namespace

std::string_view ToString(DegreeLevel v) { return core::NameOf(kLevels, v); }
std::string_view ToString(FieldOfStudy v) { return core::NameOf(kFields, v); }
std::string_view ToString(CourseworkLevel v) { return core::NameOf(kCoursework, v); }
std::string_view ToString(TargetRole v) { return core::NameOf(kRoles, v); }
std::string_view ToString(Orientation v) { return core::NameOf(kOrientations, v); }
std::string_view ToString(StudyMode v) { return core::NameOf(kStudyModes, v); }
std::string_view ToString(ResearchExperience v) { return core::NameOf(kResearch, v); }
std::string_view ToString(Criterion v) { return core::NameOf(kCriteria, v); }

std::optional<DegreeLevel> ParseDegreeLevel(std::string_view s) {
  return core::LookupName<DegreeLevel>(kLevels, s);
}
std::optional<FieldOfStudy> ParseFieldOfStudy(std::string_view s) {
  return core::LookupName<FieldOfStudy>(kFields, s);
}
std::optional<CourseworkLevel> ParseCourseworkLevel(std::string_view s) {
  return core::LookupName<CourseworkLevel>(kCoursework, s);
}
std::optional<TargetRole> ParseTargetRole(std::string_view s) {
  return core::LookupName<TargetRole>(kRoles, s);
}
std::optional<Orientation> ParseOrientation(std::string_view s) {
  return core::LookupName<Orientation>(kOrientations, s);
}
std::optional<StudyMode> ParseStudyMode(std::string_view s) {
  return core::LookupName<StudyMode>(kStudyModes, s);
}
std::optional<ResearchExperience> ParseResearchExperience(std::string_view s) {
  return core::LookupName<ResearchExperience>(kResearch, s);
}
std::optional<Criterion> ParseCriterion(std::string_view s) {
  return core::LookupName<Criterion>(kCriteria, s);
}

const std::vector<Criterion>& AllCriteria() {
  static const std::vector<Criterion> kAll = {Criterion::kAdmissions, Criterion::kCurriculum,
                                              Criterion::kIndustry,   Criterion::kModality,
                                              Criterion::kOutcomes,   Criterion::kCost};
  return kAll;
}

const std::optional<CourseworkLevel>* Coursework::find(std::string_view subject) const {
  return const_cast<Coursework*>(this)->find(subject);
}

std::optional<CourseworkLevel>* Coursework::find(std::string_view subject) {
  if (subject == "calculus") return &calculus;
  if (subject == "multivariable_calculus") return &multivariable_calculus;
  if (subject == "linear_algebra") return &linear_algebra;
  if (subject == "probability") return &probability;
  if (subject == "statistics") return &statistics;
  if (subject == "discrete_math") return &discrete_math;
  if (subject == "data_structures") return &data_structures;
  if (subject == "algorithms") return &algorithms;
  if (subject == "machine_learning") return &machine_learning;
  if (subject == "databases") return &databases;
  if (subject == "systems") return &systems;
  return nullptr;
}

std::optional<std::map<Criterion, double>> PriorityWeights(const Priorities& p) {
  std::map<Criterion, double> out;
  if (p.kind == Priorities::Kind::kWeights) {
    double sum = 0;
    for (Criterion c : AllCriteria()) {
      auto it = p.weights.find(c);
      double w = it == p.weights.end() ? 0.0 : it->second;
      out[c] = w;
      sum += w;
    }
    if (sum <= 0) return std::nullopt;
    for (auto& [c, w] : out) w /= sum;
    return out;
  }
  if (p.kind == Priorities::Kind::kRanking && !p.ranking.empty()) {
    // Rank-order centroid over n = 6 places: w_k = (1/n) * sum_{i=k..n} 1/i.
    // Unranked criteria share the places after the ranked ones equally.
    constexpr int n = 6;
    std::array<double, n> roc{};
    for (int k = 1; k <= n; ++k) {
      double s = 0;
      for (int i = k; i <= n; ++i) s += 1.0 / i;
      roc[k - 1] = s / n;
    }
    int place = 0;
    for (Criterion c : p.ranking)
      if (!out.count(c) && place < n) out[c] = roc[place++];
    double rest = 0;
    for (int k = place; k < n; ++k) rest += roc[k];
    int unranked = n - place;
    for (Criterion c : AllCriteria())
      if (!out.count(c)) out[c] = rest / unranked;
    return out;
  }
  return std::nullopt;
}

}  // namespace gradfit
