// The profile questionnaire behind `gradfit profile init`: an ordered list of
// questions over the profile fields, and a stream-driven runner (the CLI passes
// std::cin/std::cout; tests pass scripted streams).
#include <fmt/format.h>

#include <istream>
#include <ostream>

#include "fit/profile_fields.hpp"
#include "gradfit/fit.hpp"

namespace gradfit {
namespace {

bool HasGpa(const Profile& p) { return p.education.gpa.has_value(); }
bool NotNative(const Profile& p) { return p.tests.native_english != true; }
bool GreTaken(const Profile& p) { return p.tests.gre.status == TestStatus::kTaken; }
bool Works(const Profile& p) { return p.work.years && *p.work.years > 0; }
bool InUs(const Profile& p) { return p.location.country == "US"; }

}  // namespace

const std::vector<Question>& ProfileQuestions() {
  static const std::vector<Question> kQuestions = {
      {"education.level", "Highest degree", "A master's needs a bachelor's degree.", "bachelor"},
      {"education.field", "Field of that degree", "Quantitative fields cover most prerequisites.",
       ""},
      {"education.institution_country", "Country of your university",
       "Degrees from English-speaking countries often waive English tests.", ""},
      {"education.gpa", "GPA (e.g. 3.4, or 8.1/10)", "Compared with program minimums.", ""},
      {"education.gpa_scale", "Maximum of your GPA scale",
       "4.0 in the US; 10 in India; 100 for percentages.", "4.0", &HasGpa},
      {"tests.native_english", "Is English your first language? (yes/no)",
       "Native speakers usually need no TOEFL/IELTS.", ""},
      {"tests.toefl_ibt", "TOEFL iBT score (or none)", "Compared with program minimums.", "",
       &NotNative},
      {"tests.ielts", "IELTS band (or none)", "Compared with program minimums.", "", &NotNative},
      {"tests.gre", "Did you take the GRE? (none / taken)", "Some programs require it.", ""},
      {"tests.gre.quant", "GRE Quantitative score", "130-170.", "", &GreTaken},
      {"tests.gre.verbal", "GRE Verbal score", "130-170.", "", &GreTaken},
      {"tests.gre.awa", "GRE Analytical Writing score", "0-6.", "", &GreTaken},
      {"coursework.calculus", "Calculus (none / self_study / course)",
       "A prerequisite of most ML programs.", ""},
      {"coursework.multivariable_calculus", "Multivariable calculus (none / self_study / course)",
       "Gradients: needed for ML theory.", ""},
      {"coursework.linear_algebra", "Linear algebra (none / self_study / course)",
       "The maths of every ML model.", ""},
      {"coursework.probability", "Probability (none / self_study / course)", "A core prerequisite.",
       ""},
      {"coursework.statistics", "Statistics (none / self_study / course)", "A core prerequisite.",
       ""},
      {"coursework.discrete_math", "Discrete mathematics (none / self_study / course)",
       "Asked by CS-based programs.", ""},
      {"coursework.data_structures", "Data structures (none / self_study / course)",
       "Asked by CS-based programs.", ""},
      {"coursework.algorithms", "Algorithms (none / self_study / course)",
       "Asked by CS-based programs.", ""},
      {"coursework.machine_learning", "Machine learning (none / self_study / course)",
       "Some programs expect an intro course.", ""},
      {"coursework.programming_years", "Years of programming",
       "One year or more counts as programming.", ""},
      {"coursework.programming_languages", "Programming languages (comma-separated)",
       "For your record.", ""},
      {"work.years", "Years of full-time work", "Shapes the pathway advice.", "0"},
      {"work.current_role", "Current job title", "For your record.", "", &Works},
      {"work.salary", "Current annual salary (e.g. 85000 USD)",
       "Income you would give up studying full-time.", "", &Works},
      {"work.employer_tuition_support", "Tuition your employer pays per year (e.g. 5250 USD)",
       "Lowers your cost.", "", &Works},
      {"location.country", "Country you live in (e.g. US)", "Where you would study from.", ""},
      {"location.us_state", "US state (e.g. GA)", "In-state tuition at public universities.", "",
       &InUs},
      {"goals.target_roles", "Target roles (comma-separated)",
       "ml_engineer, data_scientist, data_engineer, ai_ml_software_engineer, research_scientist.",
       ""},
      {"goals.orientation", "Industry, research or both?", "Research careers point to a PhD.", ""},
      {"constraints.budget", "Budget for the whole program (e.g. 30000 USD)",
       "Compared with tuition.", ""},
      {"constraints.max_duration_months", "Longest program you would accept (months)",
       "Compared with program length.", ""},
      {"constraints.must_part_time", "Must you study part-time? (yes/no)", "E.g. to keep your job.",
       "no"},
      {"constraints.must_online", "Must the program be online? (yes/no)",
       "Filters on-campus programs.", "no"},
      {"constraints.can_relocate", "Could you move to study? (yes/no)",
       "On-campus programs elsewhere.", ""},
      {"constraints.preferred_countries", "Countries you would study in (e.g. US,CA; empty: any)",
       "Filters on-campus programs.", ""},
      {"constraints.start_term", "When do you want to start? (e.g. Fall 2027)", "For deadlines.",
       ""},
      {"priorities.ranking", "Rank what matters (comma-separated, most important first)",
       "admissions, curriculum, industry, modality, outcomes, cost.", ""},
  };
  return kQuestions;
}

Result<Profile> RunQuestionnaire(std::istream& in, std::ostream& out, const Profile& start) {
  Profile p = start;
  out << "Answer each question; Enter takes the [default], '?' leaves it unknown, 'q' quits.\n";
  for (const auto& q : ProfileQuestions()) {
    if (q.applies && !q.applies(p)) continue;
    const fit::FieldDef* field = fit::FindField(q.key);
    std::string def = q.default_value;
    if (field)
      if (auto current = field->get(p)) def = *current;
    for (;;) {
      out << "\n"
          << q.prompt << (def.empty() ? "" : " [" + def + "]") << "\n  " << q.help << "\n> "
          << std::flush;
      std::string line;
      if (!std::getline(in, line)) return Status::InvalidArgument("aborted (end of input)");
      std::string answer = fit::Trim(line);
      if (answer == "q" || answer == "quit") return Status::InvalidArgument("aborted");
      Profile before = p;
      size_t errors_before = ValidateProfile(p).size();
      Status s = Status::Ok();
      if (answer == "?") {
        s = SetProfileField(p, q.key, "unknown");
      } else if (answer.empty()) {
        s = SetProfileField(p, q.key, def.empty() ? "unknown" : def);
      } else {
        s = SetProfileField(p, q.key, answer);
      }
      if (s.ok()) {
        auto errors = ValidateProfile(p);
        if (errors.size() <= errors_before) break;
        s = Status::InvalidArgument(errors.back().ToString());
      }
      p = before;
      out << "  ! " << s.message() << "\n";
    }
  }
  auto errors = ValidateProfile(p);
  if (!errors.empty()) return Status::InvalidData(errors.front().ToString());
  return p;
}

}  // namespace gradfit
