// Profile -> money engine inputs. Kept apart so the engine does not depend on
// the profile module.
#include "gradfit/money.hpp"
#include "gradfit/profile.hpp"

namespace gradfit {

void ApplyProfile(const Profile& profile, CostInputs* cost, RoiInputs* roi) {
  const Work& work = profile.work;
  if (work.salary) {
    cost->salary = work.salary->amount;
    cost->salary_currency = work.salary->currency;
  }
  if (work.bachelor_salary) {
    cost->bachelor_salary = work.bachelor_salary->amount;
    cost->bachelor_salary_currency = work.bachelor_salary->currency;
  }
  if (work.current_role) roi->current_role = *work.current_role;
  if (profile.education.field)
    roi->bachelor_field = std::string(ToString(*profile.education.field));
  if (profile.goals.work_country) roi->work_country = *profile.goals.work_country;
  const Study& study = profile.study;
  if (study.keep_work_share) cost->work_share_kept = *study.keep_work_share;
  if (study.courses_per_term) cost->courses_per_term = *study.courses_per_term;
  if (study.stipend) {
    cost->stipend_per_year = study.stipend->amount;
    cost->aid_currency = study.stipend->currency;
  }
  if (work.employer_tuition_support) {
    cost->employer_support_per_year = work.employer_tuition_support->amount;
    cost->aid_currency = work.employer_tuition_support->currency;
  }
  if (profile.location.country) cost->country = *profile.location.country;
  if (profile.location.us_state) cost->us_state = *profile.location.us_state;
  // The study mode: said outright, else part-time when the person must keep working.
  if (study.mode)
    cost->mode = *study.mode;
  else if (profile.constraints.must_part_time && *profile.constraints.must_part_time)
    cost->mode = StudyMode::kPartTime;
  if (profile.constraints.must_online && *profile.constraints.must_online)
    cost->study_online = true;
  if (profile.constraints.can_relocate && !*profile.constraints.can_relocate)
    cost->relocation = Relocation::kNo;
  if (!profile.goals.target_roles.empty())
    roi->role = std::string(ToString(profile.goals.target_roles.front()));
}

}  // namespace gradfit
