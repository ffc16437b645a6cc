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
  if (work.employer_tuition_support) {
    cost->employer_support_per_year = work.employer_tuition_support->amount;
    cost->aid_currency = work.employer_tuition_support->currency;
  }
  if (profile.location.country) cost->country = *profile.location.country;
  if (profile.location.us_state) cost->us_state = *profile.location.us_state;
  if (profile.constraints.must_part_time && *profile.constraints.must_part_time)
    cost->mode = StudyMode::kPartTime;
  if (profile.constraints.must_online && *profile.constraints.must_online)
    cost->study_online = true;
  if (profile.constraints.can_relocate && !*profile.constraints.can_relocate)
    cost->relocation = Relocation::kNo;
  if (!profile.goals.target_roles.empty())
    roi->role = std::string(ToString(profile.goals.target_roles.front()));
}

}  // namespace gradfit
