// The earnings model for one person (docs/METHODS.md, "Earnings model"): the
// pay they would have without the degree (their salary, else what bachelor's
// graduates of their field earn) and the pay with it: a sourced master's
// premium on their own path when they already work in or near the target role,
// or an entry wage in the role growing toward its median when they change
// careers. Fills the model, the distributions the simulation draws and the
// sentences that explain them.
#include "money/earnings_model.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>

#include "gradfit/money.hpp"

namespace gradfit::money_internal {
namespace {

constexpr double kZ90 = 1.2815515655446004;  // the normal's 90th percentile

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string Humanize(std::string id) {
  for (char& c : id)
    if (c == '_') c = ' ';
  return id;
}

std::string Money(double v, const std::string& cur) { return fmt::format("{} {:.0f}", cur, v); }

}  // namespace

bool InTargetFamily(std::string_view current_role) {
  // The target roles are software, data and research computing work (SOC 15-1221, 15-1243,
  // 15-1252, 15-2051): a current role naming one of these kinds of work is in the family.
  static const char* const kWords[] = {
      "software",           "developer",          "programmer",        "data scientist",
      "data engineer",      "machine learning",   "ml engineer",       "ai engineer",
      "research scientist", "computer scientist", "database architect"};
  std::string role = Lower(std::string(current_role));
  for (const char* w : kWords)
    if (role.find(w) != std::string::npos) return true;
  return false;
}

bool BuildEarnings(const Program& p, const Catalog* catalog, const CostInputs& cost,
                   const RoiInputs& roi, const MoneyData& data, ProgramRoi* r) {
  const std::string& cur = cost.display_currency;
  const EarningsData& e = data.earnings;
  RoiModel& m = r->model;

  // Where the person works after the degree, and so whose wages apply.
  std::string program_country;
  if (catalog) {
    if (const auto* c = catalog->country_of(p); c && c->known()) program_country = **c;
  } else if (p.country.known()) {
    program_country = *p.country;
  }
  r->wage_country = !roi.work_country.empty() ? roi.work_country
                    : !cost.country.empty()   ? cost.country
                                              : program_country;
  bool us_wages = r->wage_country == "US";
  if (!cost.country.empty() && cost.country != r->wage_country && !r->bill.online &&
      r->wage_country == program_country) {
    r->notes.push_back(fmt::format(
        "you plan to work in {} after studying there while living in {}: that needs a work "
        "permit{}; if you go home instead, {} wages apply{}",
        program_country, cost.country,
        program_country == "US"
            ? " (F-1 students get 12 months of OPT, 24 more for STEM degrees, then an H-1B "
              "visa by lottery)"
            : "",
        cost.country,
        data.wages.currency == "USD" && cost.country != "US"
            ? " and gradfit has no wage data for " + cost.country
            : ""));
  }

  // Pay without the degree.
  std::optional<double> s0;
  bool own_salary = false;
  if (cost.salary) {
    s0 = data.rates.Convert(*cost.salary, cost.salary_currency, cur);
    own_salary = true;
    r->counterfactual_source = "your salary " + Money(*cost.salary, cost.salary_currency);
  } else if (cost.bachelor_salary) {
    s0 = data.rates.Convert(*cost.bachelor_salary, cost.bachelor_salary_currency, cur);
    r->counterfactual_source = "no salary now: your profile's bachelor's salary " +
                               Money(*cost.bachelor_salary, cost.bachelor_salary_currency);
  } else if (!cost.country.empty() && cost.country != r->wage_country) {
    r->why_not = fmt::format(
        "you gave no salary: your pay without the degree would be earned in {}, where gradfit "
        "has no bachelor's earnings (work.bachelor_salary sets it)",
        cost.country);
    return false;
  } else if (!us_wages) {
    r->why_not = fmt::format(
        "you gave no salary, and gradfit has no bachelor's earnings for {} to stand in for it "
        "(work.bachelor_salary sets it)",
        r->wage_country.empty() ? "your country" : r->wage_country);
    return false;
  } else if (const auto* b = e.bachelor_for(roi.bachelor_field)) {
    s0 = data.rates.Convert(b->median_1yr, "USD", cur);
    r->counterfactual_source = fmt::format(
        "no salary given: what bachelor's graduates of your field earn, USD {:.0f} (College "
        "Scorecard {}: median over {} institutions of the 1-year median earnings, {})",
        b->median_1yr, e.release, b->institutions, b->cips);
  } else {
    double annual = e.bls_bachelor_weekly * 52;
    s0 = data.rates.Convert(annual, "USD", cur);
    r->counterfactual_source = fmt::format(
        "no salary given: a bachelor's holder's median pay, USD {:.0f} = {:.0f}/week x 52 (BLS "
        "\"education pays\", {}, all fields: {}{})",
        annual, e.bls_bachelor_weekly, e.bls_year, e.bls_url,
        roi.bachelor_field.empty() ? "" : "; no Scorecard figure for " + roi.bachelor_field);
  }
  if (!s0) {
    r->why_not = "cannot convert the salary's currency to " + cur;
    return false;
  }
  if (!cost.country.empty() && cost.country != r->wage_country)
    r->notes.push_back(fmt::format(
        "your pay without the degree is earned in {}, with it in {}: the gain includes the move, "
        "not only the degree",
        cost.country, r->wage_country));
  m.current_salary = *s0;

  // The target role's wages (US BLS only).
  const WageStats* w = us_wages ? data.wages.for_role(roi.role) : nullptr;
  std::optional<double> p10, p25, p50;
  if (w) {
    auto conv = [&](std::optional<double> v) -> std::optional<double> {
      return v ? data.rates.Convert(*v, data.wages.currency, cur) : std::nullopt;
    };
    p10 = conv(w->p10), p25 = conv(w->p25), p50 = conv(w->p50);
  }
  bool family = own_salary && InTargetFamily(roi.current_role);
  bool at_entry = own_salary && p25 && *s0 >= *p25;
  // A graduate of a computing field without a job yet would work in the field anyway: the
  // degree's effect is the master's-over-bachelor's premium in that field.
  bool in_field_graduate = !own_salary && e.bachelor_for(roi.bachelor_field) != nullptr;

  if (family || at_entry || in_field_graduate) {
    // Premium on the person's own path.
    m.path = EarningsPath::kPremium;
    r->earnings_path = "premium";
    double central = e.ratio_p50;
    std::string anchor = fmt::format(
        "the median master's/bachelor's earnings ratio 4 years out, {:.3f}, over {} US "
        "institution x field pairs in CS, data science and statistics (College Scorecard {}; "
        "BLS \"education pays\" {}, all fields: {:.0f}/{:.0f} = {:.3f})",
        e.ratio_p50, e.premium_pairs, e.release, e.bls_year, e.bls_master_weekly,
        e.bls_bachelor_weekly, e.bls_master_weekly / e.bls_bachelor_weekly);
    // The field-wide ratio, not one institution's: a Scorecard row pools all of an
    // institution's master's programs and cohorts in a CIP (docs/METHODS.md).
    central = std::max(central, 1.0);
    m.premium = central - 1.0;
    r->uncertainty.salary_mu = std::log(central);
    // The middle half of institutions' ratios is taken as a person's p10-p90 (docs/METHODS.md).
    r->uncertainty.salary_sigma = std::log(e.ratio_p75 / e.ratio_p25) / (2 * kZ90);
    r->salary_source = "premium: " + anchor;
    r->earnings_explanation = fmt::format(
        "{}: you keep your own pay path and the degree adds a premium of {:.0f}% to it",
        family     ? "you already work in the target role's family (" + roi.current_role + ")"
        : at_entry ? fmt::format("your pay {} is at or above the role's entry level (BLS p25 {})",
                                 Money(*s0, cur), Money(*p25, cur))
                   : "your bachelor's is in " + Humanize(roi.bachelor_field) +
                         ", so without the master's you would work in the field",
        m.premium * 100);
    if (!us_wages)
      r->earnings_explanation +=
          "; the premium is measured on US graduates and assumed to carry "
          "over to " +
          r->wage_country;
    return true;
  }

  // A career changer: an entry wage in the role, growing toward its median.
  if (!w || !p25 || !p50 || !p10) {
    r->why_not = us_wages ? "no wage data for role '" + roi.role + "'"
                          : fmt::format(
                                "gradfit has wage data for the US only, not for {} "
                                "(goals.work_country chooses where you will work)",
                                r->wage_country.empty() ? "your country" : r->wage_country);
    return false;
  }
  m.path = EarningsPath::kEntryWage;
  r->earnings_path = "entry_wage";
  double entry = *p25, target = *p50;
  r->salary_source = fmt::format("entry: BLS OEWS May {} {} ({}) p25 {}; median {}; {}", w->year,
                                 w->soc, w->title, Money(*w->p25, data.wages.currency),
                                 Money(*w->p50, data.wages.currency), w->attribution);
  if (p.graduate_outcomes.known() && p.graduate_outcomes->earnings_1yr) {
    const FieldOutcome& o = *p.graduate_outcomes;
    if (auto v = data.rates.Convert(*o.earnings_1yr, "USD", cur)) {
      entry = *v;
      r->salary_source = fmt::format(
          "entry: this institution's master's graduates' median earnings 1 year out, USD {:.0f} "
          "(College Scorecard {}, CIP {}; federally aided completers only)",
          *o.earnings_1yr, o.release, o.cip);
      if (o.earnings_4yr)
        if (auto t = data.rates.Convert(*o.earnings_4yr, "USD", cur)) target = *t;
    }
  } else if (p.outcomes.known() && p.outcomes->median_salary) {
    std::string oc = p.outcomes->currency.empty() ? "USD" : p.outcomes->currency;
    if (auto v = data.rates.Convert(*p.outcomes->median_salary, oc, cur)) {
      entry = *v;
      r->salary_source = fmt::format("entry: the program's published median salary {} {:.0f} ({})",
                                     oc, *p.outcomes->median_salary, p.outcomes->year);
    }
  }
  target = std::max(target, entry);
  if (cur != data.wages.currency && r->salary_source.rfind("entry: BLS", 0) == 0)
    r->salary_source += fmt::format("; converted from {} to {} at ECB rates of {}",
                                    data.wages.currency, cur, data.rates.date);
  m.post_salary = entry;
  m.target_salary = target;
  m.convergence_half_life_years = roi.convergence_half_life_years;
  r->uncertainty.salary_mu = std::log(entry);
  // The spread of BLS p10..p50 taken as the entry wage's p10..p90 (docs/METHODS.md).
  r->uncertainty.salary_sigma = std::log(*p50 / *p10) / (2 * kZ90);
  r->earnings_explanation = fmt::format(
      "you change careers: you start in the role at {} and close half of the gap to {} every "
      "{:g} years; without the degree you keep earning {}",
      Money(entry, cur), Money(target, cur), roi.convergence_half_life_years, Money(*s0, cur));
  return true;
}

void ExplainUncertainty(const RoiInputs& roi, ProgramRoi* r) {
  const RoiModel& m = r->model;
  const RoiUncertainty& u = r->uncertainty;
  const std::string& cur = r->bill.currency;
  std::vector<std::string>& out = r->uncertainty_sentences;
  double lo = std::exp(u.salary_mu - kZ90 * u.salary_sigma);
  double hi = std::exp(u.salary_mu + kZ90 * u.salary_sigma);
  if (m.path == EarningsPath::kPremium) {
    out.push_back(fmt::format(
        "Premium: the degree adds {:.0f}% to your pay in the middle case, {:.0f}% to {:.0f}% "
        "(p10-p90; never below your own pay), the middle half of US institutions' "
        "master's-over-bachelor's earnings ratios.",
        m.premium * 100, std::max(0.0, lo - 1) * 100, (hi - 1) * 100));
  } else {
    out.push_back(fmt::format(
        "Entry wage: you start at {} {:.0f} in the middle case, {:.0f} to {:.0f} (p10-p90), the "
        "spread of the role's BLS wages from p10 to the median; the model assumes the degree "
        "gets you a job in the role, and does not count the chance that it does not.",
        cur, m.post_salary, lo, hi));
  }
  out.push_back(fmt::format(
      "Months to {}: {} on average after graduation (a geometric draw, at most {}){}.",
      m.path == EarningsPath::kPremium ? "the premium (a raise or a new job)" : "a job in the role",
      roi.job_gap_months, u.job_gap_max_months,
      m.work_share > 0 ? fmt::format(", keeping {:.0f}% of your pay meanwhile", m.work_share * 100)
                       : ", without pay meanwhile"));
  out.push_back(fmt::format(
      "Completion: {:.0f}% of paths finish; the others stop {:.0f}% of the way, paying that "
      "share of the cost for no gain (assumption).",
      m.completion_rate * 100, m.dropout_share * 100));
  out.push_back(fmt::format(
      "Growth: pay after the degree grows {:.1f}% a year in real terms, give or take {:.1f} "
      "points (one sd){}.",
      m.g1 * 100, u.growth_sd * 100,
      m.path == EarningsPath::kPremium
          ? "; it moves both paths, so it scales the premium"
          : fmt::format("; without the degree your pay grows {:.1f}%", m.g0 * 100)));
  for (const auto& n : r->notes)
    if (n.rfind("you plan to work in", 0) == 0)
      out.push_back("Visa: the ROI assumes you can stay and work where you studied; " +
                    n.substr(n.find(':') + 2) + ".");
}

}  // namespace gradfit::money_internal
