// Constraint checks: only the constraints the user stated (online, part-time,
// maximum duration, budget, preferred countries / relocation) against the
// program's facts. Online, part-time, location and a budget marked hard are
// hard constraints (they decide the candidates of a ranking); the budget rule
// uses the whole-program tuition estimate (docs/METHODS.md, "Fit").
#include <fmt/format.h>

#include <algorithm>

#include "fit/check_text.hpp"
#include "gradfit/catalog_query.hpp"
#include "gradfit/fit.hpp"
#include "gradfit/iso_codes.hpp"

namespace gradfit {
namespace {

using fit::Amount;

Check ConstraintCheck(std::string id, Verdict v, std::string reason) {
  return Check{std::move(id), CheckGroup::kConstraint, v, std::move(reason), std::nullopt};
}

std::string Modalities(const std::vector<Modality>& ms) {
  std::string out;
  for (Modality m : ms) {
    if (!out.empty()) out += ", ";
    out += std::string(ToString(m));
  }
  return out;
}

Check OnlineCheck(const Program& program) {
  if (!program.modality.known())
    return ConstraintCheck(
        "online", Verdict::kUnknown,
        "You must study online; the catalog does not record this program's format.");
  bool ok = program.offers(Modality::kOnline);
  return ConstraintCheck("online", ok ? Verdict::kMet : Verdict::kNotMet,
                         ok ? "Offered online, as you need."
                            : fmt::format("You must study online; this program is {} only.",
                                          Modalities(*program.modality)));
}

Check PartTimeCheck(const Program& program) {
  if (!program.part_time.known())
    return ConstraintCheck(
        "part_time", Verdict::kUnknown,
        "You must study part-time; the catalog does not say whether this program allows "
        "it.");
  return ConstraintCheck("part_time", *program.part_time ? Verdict::kMet : Verdict::kNotMet,
                         *program.part_time
                             ? "Part-time study is possible, as you need."
                             : "You must study part-time; this program is full-time only.");
}

Check DurationCheck(const Profile& p, const Program& program) {
  double max = *p.constraints.max_duration_months;
  if (!program.duration_months.known())
    return ConstraintCheck(
        "duration", Verdict::kUnknown,
        fmt::format("Your limit is {} months; the catalog does not state this program's "
                    "length.",
                    max));
  double d = *program.duration_months;
  bool ok = d <= max;
  std::string part_time_note = p.constraints.must_part_time.value_or(false)
                                   ? " Part-time study usually takes longer than the stated length."
                                   : "";
  return ConstraintCheck(
      "duration", ok ? Verdict::kMet : Verdict::kNotMet,
      fmt::format("The program takes {} months; your limit is {}.{}", d, max, part_time_note));
}

}  // namespace

// The budget against the whole-program tuition estimate of the catalog query
// (EstimateTuitionTotal, docs/METHODS.md); a budget not marked hard is a note.
static Check BudgetCheck(const Profile& p, const Program& program) {
  const Money& budget = *p.constraints.budget;
  std::string budget_text = fmt::format("{} {}", Amount(budget.amount), budget.currency);
  if (!program.tuition.known())
    return ConstraintCheck(
        "budget", Verdict::kUnknown,
        fmt::format("Your budget is {}; the catalog has no tuition for this program.",
                    budget_text));
  const Tuition& t = *program.tuition;
  // A rate stated for one group (e.g. international students) is not the price
  // for someone outside it (docs/METHODS.md, "Scoped facts").
  if (const Scope& scope = program.tuition.scope; !scope.empty()) {
    ScopeContext where;
    where.country = p.location.country;
    where.us_state = p.location.us_state;
    if (ScopeApplies(scope, where, program.country.value_or("")) == false)
      return ConstraintCheck(
          "budget", Verdict::kUnknown,
          fmt::format("Your budget is {}; the catalog's tuition is the rate for {} only, "
                      "which is not your group: your rate is not recorded.",
                      budget_text, ScopePhrase(scope)));
  }
  TuitionTotalOptions options;
  options.currency = budget.currency;
  const TuitionTotal est = EstimateTuitionTotal(program, options);
  std::string year = t.academic_year.empty() ? "" : fmt::format(" ({} figure)", t.academic_year);
  if (!est.amount) {
    if (t.currency != budget.currency)
      return ConstraintCheck(
          "budget", Verdict::kUnknown,
          fmt::format("Tuition is in {}{}, your budget is in {}; gradfit does not convert "
                      "currencies here.",
                      t.currency, year, budget.currency));
    return ConstraintCheck("budget", Verdict::kUnknown,
                           fmt::format("Your budget is {}; total tuition cannot be estimated: {}.",
                                       budget_text, est.basis));
  }
  double need = *est.amount;
  std::string support_text;
  const auto& support = p.work.employer_tuition_support;
  if (support && support->amount > 0 && support->currency == budget.currency &&
      program.duration_months.known()) {
    double covered = std::min(need, support->amount * *program.duration_months / 12.0);
    need -= covered;
    support_text = fmt::format(", minus {} {} employer support", Amount(covered), budget.currency);
  }
  bool ok = need <= budget.amount;
  std::string net = support_text.empty()
                        ? ""
                        : fmt::format("{} = {} {}", support_text, Amount(need), budget.currency);
  return ConstraintCheck(
      "budget", ok ? Verdict::kMet : Verdict::kNotMet,
      fmt::format("Estimated tuition {} {} ({}){}{}, {} your budget of {}; fees not "
                  "included.",
                  Amount(*est.amount), budget.currency, est.basis, year, net,
                  ok ? "within" : "above", budget_text));
}

static Check LocationCheck(const Profile& p, const Program& program, const Catalog* catalog) {
  const Fact<std::string>* country = catalog ? catalog->country_of(program) : &program.country;
  bool online = program.modality.known() && program.offers(Modality::kOnline);
  const auto& preferred = p.constraints.preferred_countries;
  bool cannot_move = p.constraints.can_relocate && !*p.constraints.can_relocate;
  if (online) return ConstraintCheck("location", Verdict::kMet, "Offered online: no move needed.");
  if (!country || !country->known())
    return ConstraintCheck("location", Verdict::kUnknown,
                           "The catalog does not record where this program is taught.");
  std::string where = fmt::format("{} ({})", CountryName(**country), **country);
  // Not known to be online: when the catalog records no format, say that the
  // place is known and an online option is not (degrees abroad are almost all
  // taught on campus, so the constraint counts as broken, with the reason).
  auto needs_move = [&](std::string why) {
    if (!program.modality.known())
      return ConstraintCheck(
          "location", Verdict::kNotMet,
          fmt::format("Taught in {}{}; the catalog records no online option for it.", where, why));
    return ConstraintCheck("location", Verdict::kNotMet,
                           fmt::format("Taught on campus in {}{}.", where, why));
  };
  if (!preferred.empty() &&
      std::find(preferred.begin(), preferred.end(), **country) == preferred.end())
    return needs_move(", not one of your preferred countries");
  if (cannot_move) {
    if (p.location.country && *p.location.country != **country)
      return needs_move("; you said you cannot relocate");
    return ConstraintCheck(
        "location", Verdict::kUnknown,
        fmt::format("Taught on campus in {}; you cannot relocate, so check the distance "
                    "from home.",
                    where));
  }
  return ConstraintCheck("location", Verdict::kMet,
                         fmt::format("Taught in {}, which fits your location preferences.", where));
}

std::vector<Check> ConstraintChecks(const Profile& p, const Program& program,
                                    const Catalog* catalog) {
  std::vector<Check> checks;
  const Constraints& c = p.constraints;
  auto hard = [&](Check check) {
    check.hard_constraint = true;
    checks.push_back(std::move(check));
  };
  if (c.must_online.value_or(false)) hard(OnlineCheck(program));
  if (c.must_part_time.value_or(false)) hard(PartTimeCheck(program));
  if (c.max_duration_months) checks.push_back(DurationCheck(p, program));
  if (c.budget) {
    Check budget = BudgetCheck(p, program);
    if (c.budget_hard.value_or(false)) {
      hard(std::move(budget));
    } else {
      // A budget not marked hard informs: above it is a note, not a verdict.
      budget.requirement = Requirement::kPreferred;
      if (budget.verdict == Verdict::kNotMet)
        budget.reason +=
            " (Your budget is not marked hard: a note, not a reason to rule the "
            "program out; set constraints.budget_hard = true to make it one.)";
      checks.push_back(std::move(budget));
    }
  }
  if (!c.preferred_countries.empty() || (c.can_relocate && !*c.can_relocate))
    hard(LocationCheck(p, program, catalog));
  return checks;
}

}  // namespace gradfit
