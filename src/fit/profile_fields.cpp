// The profile field table: every settable key with its aliases, help line,
// form, parser (with range checks) and formatter.
#include "fit/profile_fields.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>

#include "fit/answer_forms.hpp"
#include "fit/field_kinds.hpp"
#include "gradfit/bounds.hpp"
#include "gradfit/iso_codes.hpp"

namespace gradfit::fit {
namespace {

using namespace field_kinds;

// A bound of the one table (gradfit/bounds.hpp), shared with the CLI options.
const NumberBound& Bound(std::string_view name) { return *FindNumberBound(name); }

std::vector<FieldDef> BuildFields() {
  std::vector<FieldDef> f;
  f.push_back(Text(
      "name", {}, "A label for this profile, e.g. 'Ana, career changer'.",
      [](Profile & p) -> auto& { return p.name; }));

  // Education.
  f.push_back(Enum<DegreeLevel, 5>(
      "education.level", {"degree"}, "Your highest degree, finished or about to be.",
      [](Profile & p) -> auto& { return p.education.level; }, &ParseDegreeLevel,
      {DegreeLevel::kNone, DegreeLevel::kAssociate, DegreeLevel::kBachelor, DegreeLevel::kMaster,
       DegreeLevel::kDoctorate}));
  f.push_back(Enum<FieldOfStudy, 14>(
      "education.field", {"field"}, "The subject of that degree.",
      [](Profile & p) -> auto& { return p.education.field; }, &ParseFieldOfStudy,
      {FieldOfStudy::kComputerScience, FieldOfStudy::kComputerEngineering,
       FieldOfStudy::kMathematics, FieldOfStudy::kStatistics, FieldOfStudy::kDataScience,
       FieldOfStudy::kEngineering, FieldOfStudy::kPhysics, FieldOfStudy::kNaturalSciences,
       FieldOfStudy::kEconomics, FieldOfStudy::kBusiness, FieldOfStudy::kSocialSciences,
       FieldOfStudy::kHumanities, FieldOfStudy::kArts, FieldOfStudy::kOther}));
  f.push_back(Country(
      "education.institution_country", {"degree_country"},
      "Country of the university that gave the degree (English waivers).",
      [](Profile & p) -> auto& { return p.education.institution_country; }));
  {
    FieldDef g;
    g.info = {"education.gpa",
              {"gpa"},
              "Your final (or current) GPA, on the scale your university uses.",
              "a grade with its scale: 3.4/4, 8.6/10, 85%, 1.7 (German), First or 2:1 (UK); "
              "a bare number is on education.gpa_scale (default 4.0)"};
    g.kind = FieldKind::kNumber;
    g.set = [](Profile& p, std::string_view s) -> std::string {
      auto v = ParseGpaAnswer(s);
      if (!v.ok()) return v.status().message();
      // A bare number keeps the scale already set (education.gpa_scale, default 4.0).
      if (!p.education.gpa) p.education.gpa = GpaScore{v->value, 4.0};
      p.education.gpa->value = v->value;
      if (v->scale) p.education.gpa->scale = *v->scale;
      return "";
    };
    g.understood = [](const Profile& p, std::string_view s) -> std::string {
      auto v = ParseGpaAnswer(s);
      if (!v.ok() || !p.education.gpa) return "";
      if (v->scale) return v->understood;
      return fmt::format("{} on a {}-point scale", FormatNumber(v->value),
                         FormatNumber(p.education.gpa->scale));
    };
    g.clear = [](Profile& p) { p.education.gpa.reset(); };
    g.get = [](const Profile& p) -> std::optional<std::string> {
      if (!p.education.gpa || std::isnan(p.education.gpa->value)) return std::nullopt;
      return FormatNumber(p.education.gpa->value);
    };
    f.push_back(g);
    FieldDef sc;
    sc.info = {"education.gpa_scale",
               {"gpa_scale"},
               "The maximum of your GPA scale: 4.0 (US), 4.3, 5.0, 10 (India), 20, 100.",
               "number above 0 (default 4.0)"};
    sc.kind = FieldKind::kNumber;
    sc.set = [](Profile& p, std::string_view s) -> std::string {
      auto v = ParseNumberText(s);
      if (!v || *v <= 0) return fmt::format("'{}' is not a positive number", s);
      if (!p.education.gpa) p.education.gpa = GpaScore{std::nan(""), *v};
      p.education.gpa->scale = *v;
      return "";
    };
    sc.clear = [](Profile& p) {
      if (p.education.gpa) p.education.gpa->scale = 4.0;
    };
    sc.get = [](const Profile& p) -> std::optional<std::string> {
      if (!p.education.gpa) return std::nullopt;
      return FormatNumber(p.education.gpa->scale);
    };
    f.push_back(sc);
  }
  f.push_back(Enum<ResearchExperience, 3>(
      "education.research_experience", {"research"},
      "Research so far: none, some (a project, thesis or RA job), or publications.",
      [](Profile & p) -> auto& { return p.education.research_experience; },
      &ParseResearchExperience,
      {ResearchExperience::kNone, ResearchExperience::kSome, ResearchExperience::kPublications}));

  // Tests.
  {
    FieldDef g;
    g.info = {"tests.gre",
              {"gre"},
              "Whether you took the GRE: 'none', or give the scores (gre.quant, …).",
              "none or taken"};
    g.kind = FieldKind::kTestStatus;
    g.set = [](Profile& p, std::string_view s) -> std::string {
      std::string v = ToLower(Trim(s));
      if (v == "none") {
        p.tests.gre = {TestStatus::kNone, {}, {}, {}};
      } else if (v == "taken") {
        p.tests.gre.status = TestStatus::kTaken;
      } else {
        return fmt::format("'{}' is not 'none' or 'taken' (give scores as gre.quant etc.)", s);
      }
      return "";
    };
    g.clear = [](Profile& p) { p.tests.gre = {}; };
    g.get = [](const Profile& p) -> std::optional<std::string> {
      const auto& gre = p.tests.gre;
      if (gre.status == TestStatus::kNone) return "none";
      if (gre.status == TestStatus::kTaken && !gre.verbal && !gre.quant && !gre.awa) return "taken";
      return std::nullopt;
    };
    f.push_back(g);
  }
  auto gre_int = [](std::optional<int> GreScores::*m) {
    FieldDef d;
    d.kind = FieldKind::kNumber;
    d.set = [m](Profile& p, std::string_view s) -> std::string {
      auto v = ParseNumberText(s);
      if (!v) return fmt::format("'{}' is not a number", s);
      if (std::floor(*v) != *v) return fmt::format("{} is not a whole number", s);
      if (auto e = RangeError(*v, 130, 170); !e.empty()) return e;
      p.tests.gre.*m = static_cast<int>(*v);
      p.tests.gre.status = TestStatus::kTaken;
      return "";
    };
    d.clear = [m](Profile& p) { p.tests.gre.*m = std::nullopt; };
    d.get = [m](const Profile& p) -> std::optional<std::string> {
      auto& v = p.tests.gre.*m;
      if (!v) return std::nullopt;
      return std::to_string(*v);
    };
    return d;
  };
  {
    FieldDef v = gre_int(&GreScores::verbal);
    v.info = {"tests.gre.verbal",
              {"gre.verbal", "gre_verbal"},
              "GRE Verbal Reasoning score.",
              "whole number 130 to 170"};
    f.push_back(v);
    FieldDef q = gre_int(&GreScores::quant);
    q.info = {"tests.gre.quant",
              {"gre.quant", "gre_quant"},
              "GRE Quantitative Reasoning score.",
              "whole number 130 to 170"};
    f.push_back(q);
  }
  f.push_back(GreScore(
      "tests.gre.awa", {"gre.awa", "gre_awa"}, "GRE Analytical Writing score.",
      [](Profile & p) -> auto& { return p.tests.gre.awa; }, 0, 6, 0.5));
  f.back().info.form = "number 0 to 6 in half points";
  f.push_back(EnglishScore("tests.toefl_ibt", {"toefl"}, "TOEFL iBT total score, or none.",
                           &TestScores::toefl_ibt, 120, 1));
  f.push_back(EnglishScore("tests.ielts", {"ielts"}, "IELTS Academic overall band, or none.",
                           &TestScores::ielts, 9, 0.5));
  f.back().info.form = "band 0 to 9 in half bands, or none";
  f.push_back(Bool(
      "tests.native_english", {"native_english"},
      "Is English your first language? (English tests are then usually waived.)",
      [](Profile & p) -> auto& { return p.tests.native_english; }));

  // Coursework.
  static const std::vector<std::pair<std::string, std::string>> kSubjects = {
      {"calculus", "Single-variable calculus (derivatives, integrals)."},
      {"multivariable_calculus", "Multivariable calculus (gradients, partial derivatives)."},
      {"linear_algebra", "Linear algebra (matrices, eigenvalues, vector spaces)."},
      {"probability", "Probability (random variables, distributions, expectation)."},
      {"statistics", "Statistics (estimation, hypothesis tests, regression)."},
      {"discrete_math", "Discrete mathematics (logic, proofs, combinatorics, graphs)."},
      {"data_structures", "Data structures (lists, trees, hash tables)."},
      {"algorithms", "Algorithms (sorting, graph algorithms, complexity)."},
      {"machine_learning", "An introductory machine-learning course."},
      {"databases", "Databases and SQL."},
      {"systems", "Computer systems (operating systems, architecture, networks)."},
  };
  for (const auto& [subject, help] : kSubjects) {
    std::string sub = subject;
    f.push_back(Enum<CourseworkLevel, 3>(
        "coursework." + subject, {subject}, help + " none, self_study or a graded course?",
        [sub](Profile & p) -> auto& { return *p.coursework.find(sub); }, &ParseCourseworkLevel,
        {CourseworkLevel::kNone, CourseworkLevel::kSelfStudy, CourseworkLevel::kCourse}));
  }
  f.push_back(Number(
      "coursework.programming_years", {"programming_years"},
      "Years you have programmed regularly (study or work); 0 if never.",
      [](Profile & p) -> auto& { return p.coursework.programming_years; }, 0, 60));
  {
    FieldDef l;
    l.info = {"coursework.programming_languages",
              {"languages"},
              "Programming languages you use, e.g. python,java.",
              "comma-separated list"};
    l.kind = FieldKind::kList;
    l.set = [](Profile& p, std::string_view s) -> std::string {
      auto items = SplitList(s);
      if (items.empty()) return "empty list";
      for (auto& i : items) i = ToLower(i);
      p.coursework.programming_languages = items;
      return "";
    };
    l.clear = [](Profile& p) { p.coursework.programming_languages.clear(); };
    l.get = [](const Profile& p) -> std::optional<std::string> {
      if (p.coursework.programming_languages.empty()) return std::nullopt;
      return JoinList(p.coursework.programming_languages);
    };
    f.push_back(l);
  }

  // Work.
  f.push_back(Number(
      "work.years", {"work_years"}, "Years of full-time work experience (any field).",
      [](Profile & p) -> auto& { return p.work.years; }, 0, 60));
  f.push_back(Text(
      "work.current_role", {"role"}, "Your current job title, e.g. data analyst.",
      [](Profile & p) -> auto& { return p.work.current_role; }));
  f.push_back(MoneyField(
      "work.salary", {"salary"}, "Your current gross annual salary.",
      [](Profile & p) -> auto& { return p.work.salary; }, "a year"));
  f.push_back(MoneyField(
      "work.employer_tuition_support", {"employer_support"},
      "Tuition your employer pays per year (0 USD if none).",
      [](Profile & p) -> auto& { return p.work.employer_tuition_support; }, "a year"));
  f.push_back(MoneyField(
      "work.bachelor_salary", {"bachelor_salary"},
      "What you would earn a year with your bachelor's alone (if you have no salary now).",
      [](Profile & p) -> auto& { return p.work.bachelor_salary; }, "a year"));

  // Study.
  f.push_back(Enum<StudyMode, 2>(
      "study.mode", {"study_mode"},
      "How you would study: full_time (stop working) or part_time (beside work).",
      [](Profile & p) -> auto& { return p.study.mode; }, &ParseStudyMode,
      {StudyMode::kFullTime, StudyMode::kPartTime}));
  f.push_back(Number(
      "study.keep_work_share", {"keep_work"},
      "Share of your pay you keep while studying part-time (1 = all of it, 0.5 = half).",
      [](Profile & p) -> auto& { return p.study.keep_work_share; }, Bound("part_time_share").min,
      Bound("part_time_share").max));
  f.push_back(Number(
      "study.courses_per_term", {"pace"},
      "Courses you would take per term (semester); sets the length of self-paced programs.",
      [](Profile & p) -> auto& { return p.study.courses_per_term; }, Bound("pace").min,
      Bound("pace").max));
  f.push_back(MoneyField(
      "study.stipend", {"stipend"},
      "A stipend or assistantship you would receive per year while studying.",
      [](Profile & p) -> auto& { return p.study.stipend; }, "a year"));

  // Location.
  f.push_back(Country(
      "location.country", {"country"}, "The country you live in now.",
      [](Profile & p) -> auto& { return p.location.country; }));
  {
    FieldDef st;
    st.info = {"location.us_state",
               {"state"},
               "Your US state (two letters) if you live in the US (in-state tuition).",
               "two-letter USPS code, e.g. GA"};
    st.kind = FieldKind::kText;
    st.set = [](Profile& p, std::string_view s) -> std::string {
      std::string v = Upper(Trim(s));
      if (auto error = CheckCode(CodeKind::kUsState, v))
        return fmt::format("'{}' is {}", s, *error);
      p.location.us_state = v;
      return "";
    };
    st.clear = [](Profile& p) { p.location.us_state.reset(); };
    st.get = [](const Profile& p) { return p.location.us_state; };
    f.push_back(st);
  }

  // Goals.
  f.push_back(EnumList<TargetRole>(
      "goals.target_roles", {"roles"}, "The jobs you want after the degree.",
      [](Profile & p) -> auto& { return p.goals.target_roles; }, &ParseTargetRole,
      "ml_engineer, data_scientist, data_engineer, ai_ml_software_engineer, research_scientist"));
  f.push_back(Enum<Orientation, 3>(
      "goals.orientation", {"orientation"}, "Do you aim at industry jobs, research, or both?",
      [](Profile & p) -> auto& { return p.goals.orientation; }, &ParseOrientation,
      {Orientation::kIndustry, Orientation::kResearch, Orientation::kBoth}));
  f.push_back(Country(
      "goals.work_country", {"work_country"},
      "The country you plan to work in after the degree (default: the program's).",
      [](Profile & p) -> auto& { return p.goals.work_country; }));

  // Constraints.
  f.push_back(MoneyField(
      "constraints.budget", {"budget"},
      "The most you can pay for tuition and fees of the whole program.",
      [](Profile & p) -> auto& { return p.constraints.budget; }, "for the whole program"));
  f.push_back(Bool(
      "constraints.budget_hard", {"budget_hard"},
      "Is the budget a hard limit (a program above it is out of the question)?",
      [](Profile & p) -> auto& { return p.constraints.budget_hard; }));
  f.push_back(Number(
      "constraints.max_duration_months", {"max_months"},
      "The longest program you would accept, in months.",
      [](Profile & p) -> auto& { return p.constraints.max_duration_months; },
      Bound("max_duration_months").min, Bound("max_duration_months").max));
  f.push_back(Bool(
      "constraints.must_part_time", {"part_time"},
      "Must you study part-time (e.g. to keep your job)?",
      [](Profile & p) -> auto& { return p.constraints.must_part_time; }));
  f.push_back(Bool(
      "constraints.must_online", {"online"}, "Must the program be fully online?",
      [](Profile & p) -> auto& { return p.constraints.must_online; }));
  f.push_back(Bool(
      "constraints.can_relocate", {"relocate"},
      "Could you move to another city or country to study?",
      [](Profile & p) -> auto& { return p.constraints.can_relocate; }));
  {
    FieldDef c;
    c.info = {"constraints.preferred_countries",
              {"countries"},
              "Countries you would study in (empty: any), e.g. US,CA.",
              "comma-separated ISO alpha-2 codes"};
    c.kind = FieldKind::kList;
    c.set = [](Profile& p, std::string_view s) -> std::string {
      std::vector<std::string> out;
      for (const auto& item : SplitList(s)) {
        std::string v = Upper(item);
        if (!IsIsoCountry(v)) return fmt::format("'{}' is not an ISO alpha-2 country code", item);
        if (std::find(out.begin(), out.end(), v) == out.end()) out.push_back(v);
      }
      if (out.empty()) return "empty list";
      p.constraints.preferred_countries = out;
      return "";
    };
    c.clear = [](Profile& p) { p.constraints.preferred_countries.clear(); };
    c.get = [](const Profile& p) -> std::optional<std::string> {
      if (p.constraints.preferred_countries.empty()) return std::nullopt;
      return JoinList(p.constraints.preferred_countries);
    };
    f.push_back(c);
  }
  f.push_back(Text(
      "constraints.start_term", {"start"}, "When you want to start, e.g. Fall 2027.",
      [](Profile & p) -> auto& { return p.constraints.start_term; }));

  // Priorities.
  f.push_back(EnumList<Criterion>(
      "priorities.ranking", {"ranking"},
      "The six criteria, most important first (you may list only some).",
      [](Profile & p) -> auto& { return p.priorities.ranking; }, &ParseCriterion,
      "admissions, curriculum, industry, modality, outcomes, cost",
      [](Profile& p) { p.priorities.kind = Priorities::Kind::kRanking; }));
  for (Criterion c : AllCriteria()) {
    std::string name(ToString(c));
    FieldDef w;
    w.info = {"priorities.weights." + name,
              {"weight." + name},
              "How much " + name + " matters to you (any non-negative number).",
              "number 0 or more"};
    w.kind = FieldKind::kNumber;
    w.set = [c](Profile& p, std::string_view s) -> std::string {
      auto v = ParseNumberText(s);
      if (!v) return fmt::format("'{}' is not a number", s);
      if (*v < 0) return fmt::format("weight {} is negative", FormatNumber(*v));
      p.priorities.weights[c] = *v;
      p.priorities.kind = Priorities::Kind::kWeights;
      return "";
    };
    w.clear = [c](Profile& p) { p.priorities.weights.erase(c); };
    w.get = [c](const Profile& p) -> std::optional<std::string> {
      auto it = p.priorities.weights.find(c);
      if (it == p.priorities.weights.end()) return std::nullopt;
      return FormatNumber(it->second);
    };
    f.push_back(w);
  }
  return f;
}

}  // namespace

std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

std::string ToLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::optional<double> ParseNumberText(std::string_view s) {
  std::string t = Trim(s);
  if (t.empty()) return std::nullopt;
  char* end = nullptr;
  double v = std::strtod(t.c_str(), &end);
  if (end != t.c_str() + t.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

std::string FormatNumber(double v) { return fmt::format("{}", v); }

std::vector<std::string> SplitList(std::string_view s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t comma = s.find(',', start);
    if (comma == std::string_view::npos) comma = s.size();
    std::string item = Trim(s.substr(start, comma - start));
    if (!item.empty()) out.push_back(item);
    start = comma + 1;
  }
  return out;
}

const std::vector<FieldDef>& FieldDefs() {
  static const std::vector<FieldDef> kFields = BuildFields();
  return kFields;
}

const FieldDef* FindField(std::string_view key) {
  for (const auto& f : FieldDefs()) {
    if (f.info.key == key) return &f;
    for (const auto& a : f.info.aliases)
      if (a == key) return &f;
  }
  return nullptr;
}

}  // namespace gradfit::fit

namespace gradfit {

const std::vector<ProfileFieldInfo>& ProfileFields() {
  static const std::vector<ProfileFieldInfo> kInfos = [] {
    std::vector<ProfileFieldInfo> out;
    for (const auto& f : fit::FieldDefs()) out.push_back(f.info);
    return out;
  }();
  return kInfos;
}

Status SetProfileField(Profile& p, std::string_view key, std::string_view value) {
  const fit::FieldDef* f = fit::FindField(fit::Trim(key));
  if (!f) return Status::InvalidArgument(fmt::format("unknown profile key '{}'", key));
  if (fit::ToLower(fit::Trim(value)) == "unknown") {
    f->clear(p);
    return Status::Ok();
  }
  std::string err = f->set(p, value);
  if (!err.empty())
    return Status::InvalidArgument(
        fmt::format("{}: {} (expected {})", f->info.key, err, f->info.form));
  return Status::Ok();
}

Result<std::string> SetProfileFieldUnderstood(Profile& p, std::string_view key,
                                              std::string_view value) {
  Status s = SetProfileField(p, key, value);
  if (!s.ok()) return s;
  const fit::FieldDef* f = fit::FindField(fit::Trim(key));
  std::string said;
  if (f->understood && fit::ToLower(fit::Trim(value)) != "unknown") said = f->understood(p, value);
  if (said.empty()) said = f->get(p).value_or("unknown");
  return said;
}

Result<std::optional<std::string>> GetProfileField(const Profile& p, std::string_view key) {
  const fit::FieldDef* f = fit::FindField(fit::Trim(key));
  if (!f) return Status::InvalidArgument(fmt::format("unknown profile key '{}'", key));
  return f->get(p);
}

}  // namespace gradfit
