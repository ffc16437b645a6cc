// gradfit cost ID | roi ID | roi --all: the itemised bill and the return on
// investment of programs for one user. All logic is in the money module.
#include <fmt/core.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>

#include "cli/catalog_loading.hpp"
#include "cli/commands.hpp"
#include "cli/option_checks.hpp"
#include "cli/table.hpp"
#include "gradfit/money.hpp"
#include "gradfit/money_json.hpp"
#include "gradfit/profile.hpp"

namespace gradfit::cli {
namespace {

struct MoneyArgs {
  std::string program_id, profile, money_dir = GRADFIT_SOURCE_DIR "/data";
  std::optional<double> salary, part_time_share, months, relocation_cost, pace;
  std::string salary_currency = "USD", country, state, relocate = "auto", currency, work_country;
  bool online = false, json = false, estimate_unknown = false, all = false;
  double scholarship = 0, stipend = 0, assistantship = 0, employer_support = 0, inflation = 0.04;
  std::string aid_currency = "USD";
  RoiInputs roi;
  std::string sort = "npv";
};

void AddInputOptions(CLI::App* c, MoneyArgs& a) {
  c->add_option("--profile", a.profile, "Profile file (TOML or JSON); flags below override it");
  c->add_option("--salary", a.salary, "Current gross annual salary")->check(Bounded("salary"));
  c->add_option("--salary-currency", a.salary_currency, "Currency of --salary (default USD)")
      ->transform(IsoCurrencyCode());
  c->add_option("--country", a.country, "Where you live (ISO alpha-2)")
      ->transform(IsoCountryCode());
  c->add_option("--state", a.state, "US state (USPS code) when --country US")
      ->transform(UsStateCode());
  c->add_option("--part-time-share", a.part_time_share,
                "Study part-time keeping this share of your work (0-1)")
      ->check(Bounded("part_time_share"));
  c->add_flag("--online", a.online, "Take the program online when it offers it");
  c->add_option("--months", a.months, "Months of study (overrides the catalog)")
      ->check(Bounded("months"));
  c->add_option("--pace", a.pace,
                "Courses per term, to estimate an unknown length (default 3 full-time, 2 "
                "part-time)")
      ->check(Bounded("pace"));
  c->add_option("--work-country", a.work_country,
                "Where you will work after the degree (ISO alpha-2); chooses the wages")
      ->transform(IsoCountryCode());
  c->add_option("--relocate", a.relocate, "auto | yes | no")
      ->check(CLI::IsMember({"auto", "yes", "no"}));
  c->add_option("--relocation-cost", a.relocation_cost, "One-off moving cost in USD (default 5000)")
      ->check(Bounded("relocation_cost"));
  c->add_option("--scholarship", a.scholarship, "Scholarship over the program")
      ->check(Bounded("scholarship"));
  c->add_option("--stipend", a.stipend, "Stipend over the program")->check(Bounded("stipend"));
  c->add_option("--assistantship", a.assistantship, "Assistantship over the program")
      ->check(Bounded("assistantship"));
  c->add_option("--employer-support", a.employer_support, "Employer tuition support per year")
      ->check(Bounded("employer_support"));
  c->add_option("--aid-currency", a.aid_currency, "Currency of the aid amounts (default USD)")
      ->transform(IsoCurrencyCode());
  c->add_option("--currency", a.currency, "Display currency (default: your salary's, else USD)")
      ->transform(IsoCurrencyCode());
  c->add_option("--tuition-inflation", a.inflation, "Tuition growth per year (default 0.04)")
      ->check(Bounded("tuition_inflation"));
  c->add_option("--money-data", a.money_dir, "Folder with wages/exchange_rates/living_costs.toml");
  c->add_flag("--json", a.json, "JSON output");
}

// Flags and profile -> inputs; false after reporting an error.
bool BuildInputs(const MoneyArgs& a, CostInputs* in, RoiInputs* roi, int& exit_code) {
  if (!a.profile.empty()) {
    std::vector<ProfileError> errors;
    auto p = LoadProfile(a.profile, &errors);
    if (!p.ok()) {
      std::cerr << p.status().message() << "\n";
      exit_code = p.status().code() == Status::Code::kInvalidData ? kExitInvalidData : kExitIo;
      return false;
    }
    ApplyProfile(*p, in, roi);
  }
  if (a.salary) {
    in->salary = *a.salary;
    in->salary_currency = a.salary_currency;
  }
  if (!a.country.empty()) in->country = a.country;
  if (!a.state.empty()) in->us_state = a.state;
  if (a.part_time_share) {  // bounds: checked by the option (Bounded)
    in->mode = StudyMode::kPartTime;
    in->work_share_kept = *a.part_time_share;
  }
  if (a.online) in->study_online = true;
  if (a.months) in->months_override = a.months;
  if (a.pace) in->courses_per_term = a.pace;
  if (!a.work_country.empty()) roi->work_country = a.work_country;
  if (a.relocate == "yes") in->relocation = Relocation::kYes;
  if (a.relocate == "no") in->relocation = Relocation::kNo;
  if (a.relocation_cost) in->relocation_cost_usd = *a.relocation_cost;
  in->scholarship = a.scholarship;
  in->stipend = a.stipend;
  in->assistantship = a.assistantship;
  if (a.employer_support > 0) {
    in->employer_support_per_year = a.employer_support;
    in->aid_currency = a.aid_currency;
  } else if (a.scholarship + a.stipend + a.assistantship > 0) {
    in->aid_currency = a.aid_currency;
  }
  in->tuition_inflation = a.inflation;
  in->estimate_unknown_tuition = a.estimate_unknown;
  in->display_currency = !a.currency.empty() ? a.currency
                         : in->salary        ? in->salary_currency
                                             : "USD";
  return true;
}

std::string Amount(const std::optional<double>& v, const std::string& cur) {
  return v ? fmt::format("{} {:>12.0f}", cur, *v) : fmt::format("{} {:>12}", cur, "unknown");
}

// The visible marks of a line: stale, third-party, institution-level fallback.
std::string Marks(const CostLine& l) {
  std::string m;
  if (l.stale) m += " [stale]";
  if (l.third_party) m += " [third-party]";
  if (l.fallback) m += " [fallback]";
  return m;
}

void PrintBill(const CostBill& b) {
  fmt::print("Cost of attendance: {} ({} months{}{}{})\n", b.program_id,
             b.months_known ? fmt::format("{:g}", b.months) : "unknown",
             b.months_estimated ? " ESTIMATED" : "", b.online ? ", online" : "",
             b.relocating ? ", relocating" : "");
  fmt::print("{}", WrappedAfter("  length: ", b.months_basis));
  fmt::print("{}", WrappedAfter("  study:  ", b.mode_note));
  for (const auto& l : b.lines) {
    fmt::print("  {:<30} {}{}\n", l.label, Amount(l.amount, b.currency), Marks(l));
    if (l.stated_amount && l.amount && !l.stated_year.empty() && l.stated_year != l.priced_year)
      fmt::print("{}", WrappedAfter("      stated: ",
                                    fmt::format("{} {:.0f} for {}; carried to {}: {} {:.0f}",
                                                l.stated_currency, *l.stated_amount, l.stated_year,
                                                l.priced_year, b.currency, *l.amount)));
    fmt::print("{}{}", WrappedAfter("      how:    ", l.formula),
               WrappedAfter("      source: ", l.source));
  }
  fmt::print("  {:<30} {}\n", "TOTAL", Amount(b.total, b.currency));
  if (!b.total)
    fmt::print("{}", WrappedAfter("      unknown: ",
                                  fmt::format("some lines are unknown; the known lines add up "
                                              "to {} {:.0f}",
                                              b.currency, b.total_known_lines.value_or(0))));
  if (b.tuition_range)
    fmt::print("{}", WrappedAfter(
                         "  tuition range: ",
                         fmt::format("{} {:.0f} - {:.0f} ({})", b.currency, b.tuition_range->first,
                                     b.tuition_range->second, b.tuition_range_note)));
  else if (!b.tuition_range_note.empty())
    fmt::print("{}", WrappedAfter("  tuition range: ", b.tuition_range_note));
  for (const auto& n : b.notes) fmt::print("{}", WrappedAfter("  note: ", n));
  bool stale = false, third = false, fallback = false;
  for (const auto& l : b.lines) {
    stale = stale || l.stale;
    third = third || l.third_party;
    fallback = fallback || l.fallback;
  }
  if (stale) fmt::print("  [stale]: the figure is for an academic year more than two years ago\n");
  if (third) fmt::print("  [third-party]: not read on the institution's own pages\n");
  if (fallback)
    fmt::print("  [fallback]: the institution's average charge, not the program's own price\n");
}

void PrintRoi(const ProgramRoi& r) {
  PrintBill(r.bill);
  if (!r.ok) {
    fmt::print("\n{}", WrappedAfter("ROI: cannot be computed: ", r.why_not));
    return;
  }
  const std::string& c = r.bill.currency;
  const RoiModel& m = r.model;
  const RoiSummary& s = r.summary;
  const bool premium = m.path == EarningsPath::kPremium;
  fmt::print("\nReturn on investment ({} years, real discount {:g}%)\n", m.horizon_years,
             m.discount_rate * 100);
  fmt::print("{}", WrappedAfter("  earnings model: ", r.earnings_explanation));
  fmt::print("{}", WrappedAfter("  without the degree: ",
                                fmt::format("{} {:.0f} a year ({})", c, m.current_salary,
                                            r.counterfactual_source)));
  if (premium)
    fmt::print("{}",
               WrappedAfter("  with the degree: ", fmt::format("your pay + {:.0f}%  [{}]",
                                                               m.premium * 100, r.salary_source)));
  else
    fmt::print("{}", WrappedAfter("  with the degree: ",
                                  fmt::format("{} {:.0f} to start, toward {} {:.0f}  [{}]", c,
                                              m.post_salary, c, m.target_salary, r.salary_source)));
  fmt::print("  NPV if you complete:         {} {:.0f}\n", c, r.point.npv);
  fmt::print("  expected NPV (completion {:g}%): {} {:.0f}\n", m.completion_rate * 100, c,
             r.expected_npv);
  fmt::print("  payback year:                {}\n",
             r.point.payback_year ? std::to_string(*r.point.payback_year) : "never within horizon");
  if (premium)
    fmt::print("  break-even premium:          {:.1f}%\n",
               std::max(0.0, r.break_even_salary) * 100);
  else if (r.break_even_salary > 0)
    fmt::print("  break-even starting salary:  {} {:.0f}\n", c, r.break_even_salary);
  else
    fmt::print("  break-even starting salary:  none: the growth toward {} {:.0f} repays it\n", c,
               m.target_salary);
  fmt::print("  lifetime earnings gain:      {} {:.0f} (undiscounted)\n", c, r.point.lifetime_gain);
  fmt::print("{}", WrappedAfter("  ", fmt::format("Monte Carlo ({} paths): NPV p10 {:.0f} | p50 "
                                                  "{:.0f} | p90 {:.0f} {}",
                                                  s.runs, s.npv_p10, s.npv_p50, s.npv_p90, c)));
  fmt::print("  P(payback <= 5 years) = {:.1f}%   P(payback <= 10 years) = {:.1f}%\n",
             s.p_payback_5 * 100, s.p_payback_10 * 100);
  fmt::print("  Why the spread:\n");
  for (const auto& u : r.uncertainty_sentences) fmt::print("{}", WrappedAfter("  - ", u));
  for (const auto& n : r.notes) fmt::print("{}", WrappedAfter("  note: ", n));
  int peak = s.histogram.empty()
                 ? 1
                 : std::max(1, *std::max_element(s.histogram.begin(), s.histogram.end()));
  double width = s.histogram.empty() ? 0 : (s.hist_max - s.hist_min) / s.histogram.size();
  fmt::print("  NPV histogram ({}):\n", c);
  for (size_t i = 0; i < s.histogram.size(); ++i) {
    double lo = s.hist_min + i * width;
    fmt::print("  {:>12.0f} | {:<50} {}\n", lo, std::string(50 * s.histogram[i] / peak, '#'),
               s.histogram[i]);
  }
}

std::optional<MoneyData> LoadData(const MoneyArgs& a, int& exit_code) {
  std::vector<MoneyDataError> errors;
  auto d = LoadMoneyData(a.money_dir, &errors);
  if (!d.ok()) {
    for (const auto& e : errors) std::cerr << e.ToString() << "\n";
    exit_code = d.status().code() == Status::Code::kIoError ? kExitIo : kExitInvalidData;
    return std::nullopt;
  }
  return std::move(d).value();
}

}  // namespace

void RegisterMoneyCommands(CLI::App& app, GlobalOptions& global, int& exit_code) {
  auto args = std::make_shared<MoneyArgs>();
  CLI::App* cost = app.add_subcommand("cost", "Itemised cost of a program for you, with sources");
  cost->add_option("id", args->program_id, "Program id")->required();
  cost->add_flag("--estimate-unknown", args->estimate_unknown,
                 "Show a p10-p90 range for an unknown tuition");
  AddInputOptions(cost, *args);
  cost->callback([args, &global, &exit_code] {
    CostInputs in;
    RoiInputs roi;
    if (!BuildInputs(*args, &in, &roi, exit_code)) return;
    auto data = LoadData(*args, exit_code);
    if (!data) return;
    auto catalog = LoadCatalogOrReport(global, exit_code);
    if (!catalog) return;
    const Program* p = catalog->find_program(args->program_id);
    if (!p) {
      std::cerr << UnknownProgramMessage(*catalog, args->program_id) << "\n";
      exit_code = kExitInvalidData;
      return;
    }
    CostBill b = ComputeCost(*p, &*catalog, in, *data);
    if (args->json)
      std::cout << CostBillJson(b) << "\n";
    else
      PrintBill(b);
  });

  auto rargs = std::make_shared<MoneyArgs>();
  CLI::App* roi = app.add_subcommand("roi", "Return on investment of a program (or --all) for you");
  roi->add_option("id", rargs->program_id, "Program id");
  roi->add_flag("--all", rargs->all, "Every program in the catalog, as a table");
  roi->add_option("--role", rargs->roi.role,
                  "Target role id (default ml_engineer or the profile's)");
  roi->add_option("--runs", rargs->roi.mc.runs, "Monte Carlo paths (default 10000)")
      ->check(Bounded("runs"));
  roi->add_option("--seed", rargs->roi.mc.seed, "Random seed (default 42)");
  roi->add_option("--threads", rargs->roi.mc.threads, "Threads (default: all cores)")
      ->check(Bounded("threads"));
  roi->add_option("--discount", rargs->roi.discount_rate, "Real discount rate (default 0.03)")
      ->check(Bounded("discount"));
  roi->add_option("--horizon", rargs->roi.horizon_years, "Years of career counted (default 30)")
      ->check(Bounded("horizon"));
  roi->add_option("--completion", rargs->roi.completion_rate,
                  "Completion probability (default 0.85)")
      ->check(Bounded("completion"));
  roi->add_option("--sort", rargs->sort, "npv | payback | cost (with --all)")
      ->check(CLI::IsMember({"npv", "payback", "cost"}));
  AddInputOptions(roi, *rargs);
  roi->callback([rargs, &global, &exit_code] {
    CostInputs in;
    RoiInputs ri = rargs->roi;
    std::string role_flag = rargs->roi.role;
    if (!BuildInputs(*rargs, &in, &ri, exit_code)) return;
    if (role_flag != RoiInputs{}.role) ri.role = role_flag;  // an explicit --role wins
    if (!rargs->all && rargs->program_id.empty()) {
      std::cerr << "give a program id or --all\n";
      exit_code = kExitUsage;
      return;
    }
    auto data = LoadData(*rargs, exit_code);
    if (!data) return;
    if (!data->wages.for_role(ri.role)) {
      std::cerr << "unknown role '" << ri.role << "' (see data/wages.toml [[role]])\n";
      exit_code = kExitUsage;
      return;
    }
    auto catalog = LoadCatalogOrReport(global, exit_code);
    if (!catalog) return;
    if (!rargs->all) {
      const Program* p = catalog->find_program(rargs->program_id);
      if (!p) {
        std::cerr << UnknownProgramMessage(*catalog, rargs->program_id) << "\n";
        exit_code = kExitInvalidData;
        return;
      }
      ProgramRoi r = EvaluateProgramRoi(*p, &*catalog, in, ri, *data);
      if (rargs->json)
        std::cout << ProgramRoiJson(r) << "\n";
      else
        PrintRoi(r);
      return;
    }
    auto all = EvaluateAllPrograms(*catalog, in, ri, *data);
    auto key = [&](const ProgramRoi& r) -> double {
      if (!r.ok) return 1e300;
      if (rargs->sort == "npv") return -r.summary.npv_p50;
      if (rargs->sort == "payback") return r.point.payback_year ? *r.point.payback_year : 1e9;
      return r.bill.total.value_or(1e299);
    };
    std::stable_sort(all.begin(), all.end(),
                     [&](const ProgramRoi& a, const ProgramRoi& b) { return key(a) < key(b); });
    if (rargs->json) {
      std::cout << "[";
      for (size_t i = 0; i < all.size(); ++i)
        std::cout << (i ? ",\n" : "\n") << ProgramRoiJson(all[i]);
      std::cout << "\n]\n";
      return;
    }
    fmt::print("{}", Wrapped(fmt::format("All {} catalog programs (eligibility not applied), "
                                         "role {}, currency {}",
                                         all.size(), ri.role, in.display_currency),
                             0, 2));
    fmt::print("{:<28} {:>10} {:>10} {:>10} {:>7} {:>7}\n", "program", "total cost", "NPV p50",
               "NPV p10", "payback", "P(<=10)");
    for (const auto& r : all) {
      std::string cost_cell = r.bill.total ? fmt::format("{:.0f}", *r.bill.total) : "unknown";
      if (!r.ok) {
        fmt::print("{:<28} {:>10} {:>10}  ({})\n", r.bill.program_id, cost_cell, "n/a",
                   Truncate(r.why_not, OutputWidth() - std::min<size_t>(OutputWidth(), 56)));
        continue;
      }
      fmt::print("{:<28} {:>10} {:>10.0f} {:>10.0f} {:>7} {:>6.0f}%\n", r.bill.program_id,
                 cost_cell, r.summary.npv_p50, r.summary.npv_p10,
                 r.point.payback_year ? std::to_string(*r.point.payback_year) : "never",
                 r.summary.p_payback_10 * 100);
    }
  });
}

}  // namespace gradfit::cli
