// The itemised bill: tuition by its basis, fees, living costs, relocation,
// income lost while studying, minus aid; all in the display currency.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "gradfit/catalog_query.hpp"
#include "gradfit/money_cost.hpp"
#include "money/cost_internal.hpp"

namespace gradfit {
namespace {
using namespace money_internal;

std::string FormatAmount(double v, const std::string& cur) {
  return fmt::format("{} {:.0f}", cur, v);
}

std::string SourceUrl(const Program& p, int index) {
  const Source* s = p.source_of(index);
  if (!s) return "catalog: " + p.file;
  return fmt::format("{} (read {})", s->url, s->retrieved.ToString());
}

}  // namespace

int TermsForMonths(double months) {
  return std::max(1, static_cast<int>(std::ceil(months / 6.0 - 1e-9)));
}

CostBill ComputeCost(const Program& p, const Catalog* catalog, const CostInputs& in,
                     const MoneyData& data) {
  CostBill bill;
  bill.program_id = p.id;
  bill.currency = in.display_currency;
  const std::string& cur = in.display_currency;
  // Online when asked and offered, or when the program is offered only online.
  bool campus_offered =
      !p.modality.known() || p.offers(Modality::kOnCampus) || p.offers(Modality::kHybrid);
  bill.online = p.offers(Modality::kOnline) && (in.study_online || !campus_offered);
  if (in.study_online && !bill.online)
    bill.notes.push_back("the program is not offered online: costed as on campus");
  ModeDecision mode = DecideStudyMode(p, bill.online, in);
  bill.mode = mode.mode;
  bill.work_share_kept = mode.work_share;
  bill.mode_note = mode.note;
  Length length = LengthOf(p, mode.mode, in);
  auto months = length.months;
  bill.months_known = months.has_value();
  bill.months = months.value_or(0);
  bill.months_estimated = length.estimated;
  bill.months_basis = length.basis;

  std::string program_country;
  if (catalog) {
    if (const auto* c = catalog->country_of(p); c && c->known()) program_country = **c;
  } else if (p.country.known()) {
    program_country = *p.country;
  }
  // The loader has already carried the institution's city into p.city when the program has none.
  std::string program_city = p.city.known() ? *p.city : "";
  std::string program_state = program_country == "US" ? data.living.StateOfCity(program_city) : "";

  // Tuition.
  CostLine tuition = TuitionLine(p, catalog, length, in, data);
  bill.lines.push_back(tuition);

  if (!tuition.amount && in.estimate_unknown_tuition && catalog) {
    TuitionTotalOptions peers_options;
    peers_options.currency = cur;
    peers_options.rates = &data.rates;
    peers_options.inflation = in.tuition_inflation;
    const TuitionPeerEstimate est =
        EstimateTuitionFromPeers(*catalog, p, bill.online, peers_options);
    bill.tuition_range = est.range;
    bill.tuition_range_note = est.note;
  }

  // Fees.
  if (p.fees.empty()) {
    bill.notes.push_back("no fees recorded in the catalog; the program may charge fees");
  }
  ScopeContext who;
  who.online = bill.online;
  if (!in.country.empty()) who.country = in.country;
  if (!in.us_state.empty()) who.us_state = in.us_state;
  for (const auto& f : p.fees) {
    // A fee stated for another group (e.g. international students) is not charged to this user.
    if (f.known() && !f.scope.empty() && ScopeApplies(f.scope, who, program_country) == false) {
      bill.notes.push_back(fmt::format("fee '{}' applies to {} only: not charged to you", f->name,
                                       ScopePhrase(f.scope)));
      continue;
    }
    CostLine line{"fees", "Fee", std::nullopt, "", SourceUrl(p, f.source()), true};
    if (!f.known()) {
      line.formula = "fee amount unknown";
    } else {
      line.label = "Fee: " + f->name;
      int start = 0;
      if (f->academic_year.size() >= 4) start = std::atoi(f->academic_year.substr(0, 4).c_str());
      Priced fp = PriceByBasis(f->amount, f->currency, f->basis, start, length, p, in, data);
      line.amount = fp.amount;
      line.formula = fp.formula;
      const Source* s = p.source_of(f.source());
      line.third_party = s && !s->first_party;
      line.stale = fp.stale;
      line.stated_amount = fp.stated;
      line.stated_currency = f->currency;
      line.stated_year = fp.stated_year;
      line.priced_year = fp.priced_year;
    }
    bill.lines.push_back(line);
  }

  // Living costs where the user lives while studying.
  bool home_known = !in.country.empty();
  std::string live_country = bill.online ? in.country : program_country;
  std::string live_state = bill.online ? in.us_state : program_state;
  std::string live_city = bill.online ? "" : program_city;
  // Relocation: studying on campus away from home (another country, or another US state).
  bool relocating = false;
  std::string reloc_why;
  if (!bill.online) {
    if (in.relocation == Relocation::kYes) {
      relocating = true;
      reloc_why = "you said you would move";
    } else if (in.relocation == Relocation::kAuto && home_known) {
      if (in.country != program_country) {
        relocating = true;
        reloc_why =
            fmt::format("the program is in {}, you live in {}", program_country, in.country);
      } else if (in.country == "US" && !in.us_state.empty() && !program_state.empty() &&
                 in.us_state != program_state) {
        relocating = true;
        reloc_why = fmt::format("the program is in {}, you live in {}", program_state, in.us_state);
      }
    } else if (in.relocation == Relocation::kAuto) {
      bill.notes.push_back("your location is unknown: no relocation counted");
    }
  }
  bill.relocating = relocating;

  CostLine living{"living", "Living costs", std::nullopt, "", "", false};
  auto here = data.living.Lookup(live_country, live_state, live_city);
  if (!months) {
    living.formula = "living costs unknown: program length unknown";
  } else if (!here) {
    living.formula = fmt::format("living costs unknown: no sourced figure for {}{}",
                                 live_country.empty() ? "your location" : live_country,
                                 live_city.empty() ? "" : " (" + live_city + ")");
    living.source = "data/living_costs.toml";
  } else {
    auto conv = data.rates.Convert(here->monthly * *months, here->currency, cur);
    living.formula = fmt::format("{} x {:g} months{}", here->formula, *months,
                                 bill.online ? " (online: where you live)" : "");
    living.source = here->source;
    if (conv)
      living.amount = *conv;
    else
      living.formula += fmt::format("; cannot convert {} to {}", here->currency, cur);
  }
  // The ROI counts only the extra living cost of moving (you pay rent at home anyway).
  std::optional<double> extra_living = 0.0;
  if (relocating) {
    auto home = data.living.Lookup(in.country, in.us_state, "");
    std::optional<double> home_cost;
    if (home && months)
      home_cost = data.rates.Convert(home->monthly * *months, home->currency, cur);
    if (living.amount && home_cost) {
      extra_living = *living.amount - *home_cost;
      living.formula += fmt::format("; the ROI counts the difference with living at home ({})",
                                    FormatAmount(*extra_living, cur));
    } else {
      extra_living = 0.0;
      living.formula += "; the ROI counts none of it (home or program living cost unknown)";
    }
  } else {
    living.formula += living.amount ? "; not counted by the ROI (you pay it at home too)" : "";
  }
  bill.lines.push_back(living);

  if (relocating) {
    auto conv = data.rates.Convert(in.relocation_cost_usd, "USD", cur);
    bill.lines.push_back({"relocation", "Relocation (one-off)", conv,
                          fmt::format("USD {:.0f} one-off ({})", in.relocation_cost_usd, reloc_why),
                          "assumption: a documented default you can override (--relocation-cost)",
                          true});
  }

  // Income lost while studying.
  CostLine lost{"lost_income", "Income lost while studying", std::nullopt, "", "", false};
  lost.source = "your profile; the ROI models it month by month with salary growth";
  if (!in.salary) {
    lost.amount = 0.0;
    lost.formula =
        "none: you gave no salary, so no income is lost now (the ROI compares with what you "
        "would earn with your bachelor's)";
  } else if (!months) {
    lost.formula = "unknown: program length unknown";
  } else {
    double share = 1.0 - mode.work_share;
    auto conv = data.rates.Convert(*in.salary * share * *months / 12.0, in.salary_currency, cur);
    lost.formula =
        mode.mode == StudyMode::kFullTime
            ? fmt::format("full-time: salary {} x {:g} months / 12",
                          FormatAmount(*in.salary, in.salary_currency), *months)
            : fmt::format("part-time: salary {} x {:g}% not kept x {:g} months / 12",
                          FormatAmount(*in.salary, in.salary_currency), share * 100, *months);
    lost.amount = conv;
    if (!conv) lost.formula += "; cannot convert " + in.salary_currency;
  }
  bill.lines.push_back(lost);

  // Aid. Employer support pays charges: it is capped at the tuition and fees it would pay.
  double years = months.value_or(0) / 12.0;
  double employer = in.employer_support + in.employer_support_per_year * years;
  std::string employer_cap;
  if (employer > 0) {
    std::optional<double> charges = 0.0;
    for (const auto& l : bill.lines)
      if (l.key == "tuition" || l.key == "fees")
        charges = charges && l.amount ? std::optional(*charges + *l.amount) : std::nullopt;
    auto charges_in_aid =
        charges ? data.rates.Convert(*charges, cur, in.aid_currency) : std::nullopt;
    if (charges_in_aid && employer > *charges_in_aid) {
      employer_cap = fmt::format(
          "; employer support capped at the tuition and fees it pays ({:.0f})", *charges_in_aid);
      employer = *charges_in_aid;
    }
  }
  double stipend = in.stipend + in.stipend_per_year * years;
  double aid_total = employer + in.scholarship + stipend + in.assistantship;
  if (aid_total > 0) {
    auto conv = data.rates.Convert(aid_total, in.aid_currency, cur);
    std::string parts;
    auto add = [&](const char* name, double v) {
      if (v > 0) parts += fmt::format("{}{} {:.0f}", parts.empty() ? "" : " + ", name, v);
    };
    add("employer support", employer);
    add("scholarship", in.scholarship);
    add("stipend", stipend);
    add("assistantship", in.assistantship);
    CostLine aid{"aid",          "Aid (subtracted)",
                 std::nullopt,   parts + " " + in.aid_currency,
                 "your profile", true};
    if (in.employer_support_per_year > 0)
      aid.formula += fmt::format(" (employer support {:.0f}/year x {:.2f} years{})",
                                 in.employer_support_per_year, years, employer_cap);
    if (in.stipend_per_year > 0)
      aid.formula +=
          fmt::format(" (stipend {:.0f}/year x {:.2f} years)", in.stipend_per_year, years);
    if (conv) aid.amount = -*conv;
    bill.lines.push_back(aid);
  }
  // Aid the user recorded in their own figures (--facts: an offer's scholarship).
  for (const auto& a : p.user_aid) {
    if (!a.known()) continue;
    CostLine line{"aid", "Aid: " + a->name + " (yours)", std::nullopt,
                  "",    SourceUrl(p, a.source()),       true};
    int start = 0;
    if (a->academic_year.size() >= 4) start = std::atoi(a->academic_year.substr(0, 4).c_str());
    Priced ap = PriceByBasis(a->amount, a->currency, a->basis, start, length, p, in, data);
    if (ap.amount) line.amount = -*ap.amount;
    line.formula = ap.formula;
    bill.lines.push_back(line);
  }

  // Totals.
  double known_sum = 0;
  bool all_known = true;
  for (const auto& l : bill.lines) {
    if (l.amount)
      known_sum += *l.amount;
    else
      all_known = false;
  }
  bill.total_known_lines = known_sum;
  if (all_known) bill.total = known_sum;

  std::optional<double> direct = 0.0;
  for (const auto& l : bill.lines) {
    if (!l.in_roi) continue;
    if (!l.amount) {
      direct = std::nullopt;
      break;
    }
    *direct += *l.amount;
  }
  if (direct && extra_living) bill.roi_direct_cost = *direct + *extra_living;
  return bill;
}

}  // namespace gradfit
