#include <fmt/core.h>
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>

#include "gradfit/catalog_query.hpp"

namespace gradfit {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool Contains(const std::string& haystack_lower, const std::string& needle_lower) {
  return haystack_lower.find(needle_lower) != std::string::npos;
}

bool MatchesKeyword(const Catalog& catalog, const Program& p, const std::string& kw) {
  if (kw.empty()) return true;
  auto hit = [&](const std::string& s) { return Contains(Lower(s), kw); };
  if (hit(p.id) || (p.name.known() && hit(*p.name))) return true;
  if (const Institution* inst = catalog.find_institution(p.institution_id))
    if (inst->name.known() && hit(*inst->name)) return true;
  for (const auto* list : {&p.core_courses, &p.elective_examples, &p.faculty_areas})
    if (list->known())
      for (const auto& c : **list)
        if (hit(c)) return true;
  return false;
}

}  // namespace

std::optional<ProgramSort> ParseProgramSort(std::string_view s) {
  if (s == "id") return ProgramSort::kId;
  if (s == "name") return ProgramSort::kName;
  if (s == "tuition") return ProgramSort::kTuition;
  if (s == "duration") return ProgramSort::kDuration;
  if (s == "country") return ProgramSort::kCountry;
  return std::nullopt;
}

ProgramSelection SelectPrograms(const Catalog& catalog, const ProgramFilter& f) {
  ProgramSelection out;
  const std::string kw = Lower(f.keyword);
  // Whole-program tuition totals, estimated once: the filter and the sort use them.
  TuitionTotalOptions tuition_options;
  tuition_options.currency = f.tuition_currency;
  tuition_options.rates = f.rates;
  std::map<const Program*, std::optional<double>> totals;
  auto total_of = [&](const Program* p) -> const std::optional<double>& {
    auto it = totals.find(p);
    if (it == totals.end())
      it = totals.emplace(p, EstimateTuitionTotal(*p, tuition_options).amount).first;
    return it->second;
  };
  for (const Program& p : catalog.programs) {
    if (!MatchesKeyword(catalog, p, kw)) continue;
    // A filter on a fact the program lacks excludes it, and is counted.
    bool unknown = false, pass = true;
    auto check = [&](bool known, bool ok) {
      if (!known)
        unknown = true;
      else if (!ok)
        pass = false;
    };
    if (f.label) check(p.label.known(), p.label.known() && *p.label == *f.label);
    if (f.modality) check(p.modality.known(), p.offers(*f.modality));
    if (f.part_time)
      check(p.part_time.known(), p.part_time.known() && *p.part_time == *f.part_time);
    if (!f.country.empty()) check(p.country.known(), p.country.known() && *p.country == f.country);
    if (f.gre)
      check(p.admissions.gre.known(), p.admissions.gre.known() && *p.admissions.gre == *f.gre);
    if (f.max_tuition) {
      const auto& total = total_of(&p);
      check(total.has_value(), total && *total <= *f.max_tuition);
    }
    if (!pass) continue;
    if (unknown) {
      ++out.excluded_unknown;
      continue;
    }
    out.programs.push_back(&p);
  }
  // Unknown values sort last whatever the direction.
  auto key_cmp = [&](const Program* a, const Program* b) -> int {
    auto num = [](const auto& fa, const auto& fb, auto get) {
      if (fa.known() != fb.known()) return fa.known() ? -2 : 2;
      if (!fa.known()) return 0;
      const double x = get(fa), y = get(fb);
      return x < y ? -1 : (x > y ? 1 : 0);
    };
    switch (f.sort) {
      case ProgramSort::kName:
        return a->name.value_or(a->id).compare(b->name.value_or(b->id));
      case ProgramSort::kTuition: {
        const auto &x = total_of(a), &y = total_of(b);
        if (x.has_value() != y.has_value()) return x ? -2 : 2;
        if (!x) return 0;
        return *x < *y ? -1 : (*x > *y ? 1 : 0);
      }
      case ProgramSort::kDuration:
        return num(a->duration_months, b->duration_months, [](const auto& d) { return *d; });
      case ProgramSort::kCountry:
        return a->country.value_or("").compare(b->country.value_or(""));
      case ProgramSort::kId:
        break;
    }
    return 0;
  };
  std::stable_sort(out.programs.begin(), out.programs.end(),
                   [&](const Program* a, const Program* b) {
                     int c = key_cmp(a, b);
                     if (c == 2 || c == -2) return c < 0;  // unknown last
                     if (c == 0) return a->id < b->id;
                     return f.descending ? c > 0 : c < 0;
                   });
  return out;
}

}  // namespace gradfit
