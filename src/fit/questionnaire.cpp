// The profile questionnaire behind `gradfit profile init`: the essential
// questions first (a person may stop after them with a profile a verdict can
// rest on), then details, each asked only where it can change an answer; and
// a stream-driven runner (the CLI passes std::cin/std::cout; tests pass
// scripted streams).
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <istream>
#include <ostream>

#include "fit/profile_fields.hpp"
#include "gradfit/fit.hpp"

namespace gradfit {
namespace {

bool HasDegree(const Profile& p) {
  return p.education.level != DegreeLevel::kNone;  // unknown level: ask the field too
}
bool NotNative(const Profile& p) { return p.tests.native_english != true; }
bool NoToeflScore(const Profile& p) {
  return NotNative(p) && p.tests.toefl_ibt.status != TestStatus::kTaken;
}
bool GreTaken(const Profile& p) { return p.tests.gre.status == TestStatus::kTaken; }
bool Works(const Profile& p) { return p.work.years && *p.work.years > 0; }
// A student (0 years) or someone who kept their salary to themselves: the
// counterfactual salary with the bachelor's is what the ROI compares against.
bool NoSalary(const Profile& p) { return !p.work.salary; }
bool InUs(const Profile& p) { return p.location.country == "US"; }
bool NotOnlineOnly(const Profile& p) { return p.constraints.must_online != true; }
bool MayRelocate(const Profile& p) { return p.constraints.can_relocate == true; }
bool ProbabilityUnknown(const Profile& p) { return !p.coursework.probability; }
bool ProbabilityKnown(const Profile& p) { return p.coursework.probability.has_value(); }
bool MayStudyFullTime(const Profile& p) { return p.constraints.must_part_time != true; }
bool PartTime(const Profile& p) {
  return p.study.mode == StudyMode::kPartTime || p.constraints.must_part_time == true;
}
bool PartTimeWorker(const Profile& p) { return PartTime(p) && Works(p); }
bool FullTime(const Profile& p) { return !PartTime(p); }
bool ResearchMinded(const Profile& p) {
  return p.goals.orientation == Orientation::kResearch || p.goals.orientation == Orientation::kBoth;
}

constexpr const char* kCourse = " (none / self_study / course)";

Question Essential(Question q) {
  q.essential = true;
  return q;
}

}  // namespace

const std::vector<Question>& ProfileQuestions() {
  static const std::vector<Question> kQuestions = {
      // --- essentials: what eligibility, the pathway and the ROI rest on ---
      Essential({"education.level", "Highest degree, finished or about to be",
                 "none / associate / bachelor / master / doctorate. A master's needs a bachelor's.",
                 "bachelor"}),
      Essential({"education.field", "Field of that degree",
                 "e.g. computer_science, mathematics, engineering, business, humanities, other.",
                 "", &HasDegree}),
      Essential({"coursework.programming_years", "Years you have programmed regularly (0 if never)",
                 "Nearly every program expects programming; a year or more counts.", ""}),
      Essential({"coursework.calculus", std::string("Calculus") + kCourse,
                 "A prerequisite of most ML programs.", ""}),
      Essential({"coursework.linear_algebra", std::string("Linear algebra") + kCourse,
                 "The maths of every ML model.", ""}),
      Essential({"coursework.probability", std::string("Probability") + kCourse,
                 "A core prerequisite.", ""}),
      Essential({"coursework.statistics", std::string("Statistics") + kCourse,
                 "Counts where probability is asked.", "", &ProbabilityUnknown}),
      Essential({"goals.target_roles", "Jobs you want after the degree (comma-separated)",
                 "ml_engineer, data_scientist, data_engineer, ai_ml_software_engineer, "
                 "research_scientist (words with spaces are fine).",
                 ""}),
      Essential({"location.country", "Country you live in (two letters, e.g. US, IN, DE)",
                 "Where you would study from; your currency for money answers.", ""}),
      Essential({"constraints.must_online", "Must the program be fully online? (yes/no)",
                 "On-campus programs are then left out.", "no"}),
      Essential({"constraints.can_relocate", "Could you move to another city or country to study?",
                 "yes/no. Without it, only programs near you or online fit.", "", &NotOnlineOnly}),
      Essential({"work.years", "Years of full-time work (0 if you are a student)",
                 "Decides whether we ask your salary or what a bachelor's would pay.", "0"}),
      Essential({"work.salary", "Your current gross salary a year (e.g. 65000, $65,000, 65k)",
                 "The income you would give up studying full-time.", "", &Works}),
      Essential({"work.bachelor_salary",
                 "What would you earn a year with your bachelor's? (e.g. 55k)",
                 "The salary the degree is compared against; a guess is fine.", "", &NoSalary}),
      Essential({"tests.native_english", "Is English your first language? (yes/no)",
                 "Native speakers usually need no TOEFL/IELTS.", ""}),
      Essential({"tests.toefl_ibt", "TOEFL iBT score (0-120, or none)",
                 "Compared with program minimums.", "", &NotNative}),
      Essential({"tests.ielts", "IELTS band (0-9, or none)", "Compared with program minimums.", "",
                 &NoToeflScore}),
      // --- details: each can still change a verdict, a ranking or a cost ---
      {"coursework.statistics", std::string("Statistics") + kCourse,
       "Data-science programs ask for it.", "", &ProbabilityKnown},
      {"education.gpa", "Your GPA with its scale",
       "e.g. 3.4/4, 8.6/10, 85%, 1.7 (German), First or 2:1 (UK). Compared with minimums.", ""},
      {"education.institution_country", "Country of the university of your degree (e.g. IN)",
       "Degrees from English-speaking countries often waive English tests.", "", &NotNative},
      {"coursework.algorithms", std::string("Algorithms") + kCourse, "Asked by CS-based programs.",
       ""},
      {"coursework.systems", std::string("Computer systems (OS, architecture)") + kCourse,
       "Asked by CS-based programs.", ""},
      {"coursework.data_structures", std::string("Data structures") + kCourse,
       "Asked by CS-based programs.", ""},
      {"coursework.discrete_math", std::string("Discrete mathematics") + kCourse,
       "Asked by CS-based programs.", ""},
      {"coursework.databases", std::string("Databases and SQL") + kCourse,
       "Asked by data-science programs.", ""},
      {"coursework.multivariable_calculus", std::string("Multivariable calculus") + kCourse,
       "Gradients: asked by theory-heavy programs.", ""},
      {"coursework.machine_learning", std::string("Machine learning") + kCourse,
       "A few programs expect an intro course.", ""},
      {"goals.orientation", "Industry, research or both?", "Research careers point to a PhD.", ""},
      {"education.research_experience", "Research so far: none, some, or publications?",
       "some = a project, thesis or RA job. Weighs the research pathway.", "", &ResearchMinded},
      {"constraints.must_part_time", "Must you study part-time, e.g. to keep your job? (yes/no)",
       "Full-time-only programs are then left out.", "no", &Works},
      {"study.mode", "Would you study full_time or part_time?",
       "Full-time gives up your salary; part-time keeps most of it.", "full_time",
       &MayStudyFullTime},
      {"study.keep_work_share", "Share of your pay you would keep while studying (0-1)",
       "1 = all of it, 0.5 = half (reduced hours).", "1", &PartTimeWorker},
      {"study.courses_per_term", "Courses per term (semester) you would take",
       "Sets how long a self-paced part-time program takes.", "", &PartTime},
      {"work.employer_tuition_support", "Tuition your employer pays a year (or none)",
       "Lowers your cost.", "", &Works},
      {"study.stipend", "A stipend or assistantship a year while studying (or none)",
       "Offsets living costs.", "none", &FullTime},
      {"location.us_state", "US state (e.g. GA)", "In-state tuition at public universities.", "",
       &InUs},
      {"constraints.preferred_countries", "Countries you would study in (e.g. US,CA; Enter: any)",
       "On-campus programs elsewhere are left out.", "", &MayRelocate},
      {"goals.work_country", "Country you would work in after the degree (Enter: the program's)",
       "Sets the salaries the ROI uses.", "", &NotOnlineOnly},
      {"constraints.budget", "Most you can pay in tuition for the whole program (e.g. 30k)",
       "Programs above it are marked.", ""},
      {"constraints.max_duration_months", "Longest program you would accept (months)",
       "Compared with program length.", ""},
      {"tests.gre", "Did you take the GRE? (none / taken)", "A few programs require it.", ""},
      {"tests.gre.quant", "GRE Quantitative score (130-170)", "Compared with minimums.", "",
       &GreTaken},
      {"tests.gre.verbal", "GRE Verbal score (130-170)", "Compared with minimums.", "", &GreTaken},
      {"tests.gre.awa", "GRE Analytical Writing score (0-6)", "Compared with minimums.", "",
       &GreTaken},
      {"priorities.ranking", "Rank what matters (comma-separated, most important first)",
       "admissions, curriculum, industry, modality, outcomes, cost. Enter: equal weights.", ""},
  };
  return kQuestions;
}

std::vector<std::string> EssentialAnswersMissing(const Profile& p) {
  std::vector<std::string> missing;
  auto need = [&](bool known, std::string key) {
    if (!known) missing.push_back(std::move(key));
  };
  const auto& c = p.coursework;
  need(p.education.level.has_value(), "education.level");
  need(p.education.field || p.education.level == DegreeLevel::kNone, "education.field");
  need(c.programming_years.has_value(), "coursework.programming_years");
  need(c.linear_algebra.has_value(), "coursework.linear_algebra");
  need(c.calculus.has_value(), "coursework.calculus");
  need(c.probability || c.statistics, "coursework.probability|coursework.statistics");
  need(!p.goals.target_roles.empty(), "goals.target_roles");
  need(p.constraints.can_relocate || p.constraints.must_online,
       "constraints.can_relocate|constraints.must_online");
  need(p.location.country.has_value(), "location.country");
  need(p.work.salary || p.work.bachelor_salary, "work.salary|work.bachelor_salary");
  const auto& t = p.tests;
  need(t.native_english == true || t.toefl_ibt.status == TestStatus::kTaken ||
           t.ielts.status == TestStatus::kTaken,
       "tests.native_english|tests.toefl_ibt|tests.ielts");
  return missing;
}

namespace {

// What a field's answer was understood as, for fields whose reading is not
// obvious from what was typed (money, grades); "" otherwise.
std::string Understood(const Profile& p, const std::string& key, const std::string& typed) {
  const fit::FieldDef* field = fit::FindField(key);
  if (!field || !field->understood || typed.empty()) return "";
  return field->understood(p, typed);
}

// An answer that settles another field: someone who must study part-time
// studies part-time (the cost model needs the mode). Says so on `out`.
void ApplyImplied(Profile& p, std::ostream& out) {
  if (p.constraints.must_part_time == true && !p.study.mode) {
    p.study.mode = StudyMode::kPartTime;
    out << "  so you would study part_time (study.mode)\n";
  }
}

// The questionnaire writes to any stream (a terminal, a test, later the web
// app's log), so it wraps its own text at a standard 79 columns: `prefix`
// starts the first line, `indent` spaces the following ones.
std::string Para(std::string_view prefix, std::string_view text, size_t indent) {
  constexpr size_t kWidth = 79;
  std::string out(prefix), word;
  size_t column = prefix.size();
  bool line_has_word = false;
  auto flush_word = [&] {
    if (word.empty()) return;
    if (line_has_word && column + 1 + word.size() > kWidth) {
      out += '\n';
      out.append(indent, ' ');
      column = indent;
      line_has_word = false;
    }
    if (line_has_word) out += ' ', ++column;
    out += word;
    column += word.size();
    line_has_word = true;
    word.clear();
  };
  for (char c : text) {
    if (c == ' ') {
      flush_word();
    } else if (c == '\n') {
      flush_word();
      out += '\n';
      out.append(indent, ' ');
      column = indent;
      line_has_word = false;
    } else {
      word += c;
    }
  }
  flush_word();
  return out + "\n";
}

int RemainingQuestions(const Profile& p, size_t from) {
  const auto& qs = ProfileQuestions();
  int n = 0;
  for (size_t i = from; i < qs.size(); ++i)
    if (!qs[i].applies || qs[i].applies(p)) ++n;
  return n;
}

}  // namespace

Result<Profile> RunQuestionnaire(std::istream& in, std::ostream& out, const Profile& start,
                                 QuestionnaireStats* stats) {
  QuestionnaireStats local;
  QuestionnaireStats& st = stats ? *stats : local;
  st = {};
  Profile p = start;
  out << Para("",
              "Answer each question; Enter takes the [default], '?' leaves it unknown, 'done' "
              "saves what you have answered, 'q' quits without saving. The first questions are "
              "the essential ones; after them you may stop.",
              0);
  bool essentials_announced = false;
  const auto& questions = ProfileQuestions();
  for (size_t qi = 0; qi < questions.size() && !st.stopped_early; ++qi) {
    const Question& q = questions[qi];
    if (q.applies && !q.applies(p)) continue;
    if (!q.essential && !essentials_announced) {
      essentials_announced = true;
      const auto missing = EssentialAnswersMissing(p);
      if (missing.empty())
        out << "\n"
            << Para("",
                    fmt::format("That is enough for a first verdict. {} detail questions "
                                "follow; type 'done' at any prompt to save now.",
                                RemainingQuestions(p, qi)),
                    0);
      else
        out << "\n"
            << Para("",
                    fmt::format("Still unknown among the essentials: {}. Details follow.",
                                fmt::join(missing, ", ")),
                    2);
    }
    const fit::FieldDef* field = fit::FindField(q.key);
    std::string def = q.default_value;
    if (field)
      if (auto current = field->get(p)) def = *current;
    ++st.asked;
    for (;;) {
      out << "\n"
          << Para("", q.prompt + (def.empty() ? "" : " [" + def + "]"), 2) << Para("  ", q.help, 2)
          << "> " << std::flush;
      std::string line;
      if (!std::getline(in, line)) return Status::InvalidArgument("aborted (end of input)");
      std::string answer = fit::Trim(line);
      const std::string lower = fit::ToLower(answer);
      if (lower == "q" || lower == "quit") return Status::InvalidArgument("aborted");
      if (lower == "done") {
        st.stopped_early = true;
        --st.asked;  // the question was not answered
        break;
      }
      Profile before = p;
      size_t errors_before = ValidateProfile(p).size();
      const std::string value = answer == "?" ? "unknown" : answer.empty() ? def : answer;
      Result<std::string> understood =
          SetProfileFieldUnderstood(p, q.key, value.empty() ? "unknown" : value);
      Status s = understood.status();
      if (s.ok()) {
        auto errors = ValidateProfile(p);
        if (errors.size() <= errors_before) {
          if (std::string said = Understood(p, q.key, value); !said.empty())
            out << Para("  understood: ", said, 4);
          ApplyImplied(p, out);
          break;
        }
        s = Status::InvalidArgument(errors.back().message);
      }
      p = before;
      out << Para("  ! ", s.message(), 4)
          << "  Try again, '?' if you do not know, 'done' to stop.\n";
    }
    if (!st.stopped_early && !st.asked_until_essential && EssentialAnswersMissing(p).empty())
      st.asked_until_essential = st.asked;
  }
  if (auto errors = ValidateProfile(p); !errors.empty())
    return Status::InvalidData(errors.front().ToString());
  const auto missing = EssentialAnswersMissing(p);
  if (!missing.empty())
    out << "\n"
        << Para("",
                fmt::format("Still unknown among the essentials: {}. Verdicts will say so.",
                            fmt::join(missing, ", ")),
                2);
  return p;
}

}  // namespace gradfit
