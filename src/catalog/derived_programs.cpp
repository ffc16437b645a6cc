// Reading programs-derived.toml (College Scorecard outcomes) and the IPEDS
// charges table of institutions-derived.toml. Format: docs/DATA.md.
#include "catalog/derived_programs.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <cctype>

namespace gradfit::catalog_internal {
namespace {

bool AllDigits(const std::string& s) {
  return !s.empty() &&
         std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

// "11.01": two digits, a dot, two digits.
bool IsCip(const std::string& s) {
  return s.size() == 5 && s[2] == '.' && AllDigits(s.substr(0, 2)) && AllDigits(s.substr(3));
}

std::optional<double> Amount(FactReader& r, std::string_view key, double max) {
  auto v = r.Number(key);
  if (v && !r.CheckRange(key, *v, 0, max)) return std::nullopt;
  return v;
}

// One Scorecard row; `level` is the credential level the table must hold.
Fact<FieldOutcome> ReadFieldOutcome(FactReader& r, int level) {
  FieldOutcome o;
  auto unitid = r.String("unitid", true);
  auto state = r.String("state", true);
  auto cip = r.String("cip", true);
  auto title = r.String("cip_title");
  auto credential = r.Integer("credential_level", true);
  auto completers = r.Integer("completers");
  o.earnings_1yr = Amount(r, "earnings_1yr", 1e7);
  o.earnings_4yr = Amount(r, "earnings_4yr", 1e7);
  o.median_debt = Amount(r, "median_debt", 1e7);
  o.threshold_state = Amount(r, "threshold_state", 1e7);
  o.threshold_national = Amount(r, "threshold_national", 1e7);
  auto release = r.DateValue("release", true);
  auto basis = r.String("cip_basis", true);
  bool ok = unitid && state && cip && credential && release && basis;
  if (unitid && !AllDigits(*unitid)) {
    r.Error("unitid", "'" + *unitid + "' is not an IPEDS UNITID (digits)");
    ok = false;
  }
  if (cip && !IsCip(*cip)) {
    r.Error("cip", "'" + *cip + "' is not a CIP code like 11.01");
    ok = false;
  }
  if (credential && *credential != level) {
    r.Error("credential_level",
            fmt::format("{} where this table holds credential level {} ({})", *credential, level,
                        level == 5 ? "master's" : "bachelor's"));
    ok = false;
  }
  if (completers && !r.CheckRange("completers", double(*completers), 0, 1e6)) ok = false;
  if (!ok) return {};
  o.unitid = *unitid;
  o.state = *state;
  o.cip = *cip;
  o.cip_title = title.value_or("");
  o.credential_level = level;
  if (completers) o.completers = int(*completers);
  o.release = release->ToString();
  o.cip_basis = *basis;
  return r.MakeFact("unitid", std::optional<FieldOutcome>(std::move(o)));
}

Fact<FieldOutcome> ReadOutcomeTable(const toml::table& entry, std::string_view key,
                                    const std::string& path, int level, ErrorSink& sink,
                                    const std::map<std::string, int>& ids) {
  const toml::node* n = entry.get(key);
  if (!n) return {};
  if (!n->is_table()) {
    sink.Add(n, path + "." + std::string(key), "expected a table");
    return {};
  }
  FactReader r(*n->as_table(), path + "." + std::string(key), sink, ids);
  auto fact = ReadFieldOutcome(r, level);
  r.RejectUnknownKeys();
  return fact;
}

template <typename T>
Fact<T> Shifted(Fact<T> f, int offset) {
  for (int& i : f.sources) i += offset;
  return f;
}

}  // namespace

void MergeDerivedPrograms(const toml::table& root, std::vector<Program>& programs,
                          ErrorSink& sink) {
  for (const auto& [k, v] : root)
    if (k.str() != "programs")
      sink.Add(&v, std::string(k.str()),
               "unknown key (a programs-derived file holds [[programs]])");
  const toml::node* n = root.get("programs");
  if (!n) return;
  const toml::array* arr = n->as_array();
  if (!arr) {
    sink.Add(n, "programs", "expected an array of tables [[programs]]");
    return;
  }
  for (size_t i = 0; i < arr->size(); ++i) {
    const toml::node& item = *arr->get(i);
    const std::string path = fmt::format("programs[{}]", i);
    if (!item.is_table()) {
      sink.Add(&item, path, "expected a table");
      continue;
    }
    const toml::table& t = *item.as_table();
    std::vector<Source> sources;
    auto ids = ReadSources(t.get("sources"), path + ".sources", sink, &sources);
    FactReader r(t, path, sink, ids);
    for (const char* key : {"sources", "graduate_outcomes", "bachelor_outcomes"}) r.Skip(key);
    auto id = r.String("id", true);
    r.RejectUnknownKeys();
    auto grad = ReadOutcomeTable(t, "graduate_outcomes", path, 5, sink, ids);
    auto bach = ReadOutcomeTable(t, "bachelor_outcomes", path, 3, sink, ids);
    if (!id) continue;
    auto p = std::find_if(programs.begin(), programs.end(),
                          [&](const Program& x) { return x.id == *id; });
    if (p == programs.end()) {
      sink.Add(t.get("id"), path + ".id", "derived facts for unknown program '" + *id + "'");
      continue;
    }
    const int offset = static_cast<int>(p->sources.size());
    for (auto& s : sources) p->sources.push_back(std::move(s));
    if (!p->graduate_outcomes.known()) p->graduate_outcomes = Shifted(std::move(grad), offset);
    if (!p->bachelor_outcomes.known()) p->bachelor_outcomes = Shifted(std::move(bach), offset);
  }
}

Fact<InstitutionCharges> ReadInstitutionCharges(FactReader& parent, ErrorSink& sink,
                                                const std::map<std::string, int>& ids) {
  parent.Skip("ipeds_graduate_charges");
  const toml::node* n = parent.Node("ipeds_graduate_charges");
  if (!n) return {};
  const std::string path = parent.path() + ".ipeds_graduate_charges";
  if (!n->is_table()) {
    sink.Add(n, path, "expected a table");
    return {};
  }
  FactReader r(*n->as_table(), path, sink, ids);
  InstitutionCharges c;
  auto year = r.String("academic_year", true);
  c.tuition_in_state = Amount(r, "tuition_in_state", 1e6);
  c.fees_in_state = Amount(r, "fees_in_state", 1e6);
  c.per_credit_in_state = Amount(r, "per_credit_in_state", 1e5);
  c.tuition_out_of_state = Amount(r, "tuition_out_of_state", 1e6);
  c.fees_out_of_state = Amount(r, "fees_out_of_state", 1e6);
  c.per_credit_out_of_state = Amount(r, "per_credit_out_of_state", 1e5);
  Fact<InstitutionCharges> out;
  const bool year_ok = year && year->size() == 7 && (*year)[4] == '-' &&
                       AllDigits(year->substr(0, 4)) && AllDigits(year->substr(5));
  if (year && !year_ok)
    r.Error("academic_year", "'" + *year + "' is not an academic year like 2023-24");
  if (year_ok && !c.tuition_in_state && !c.tuition_out_of_state)
    r.Error("academic_year", "charges need tuition_in_state or tuition_out_of_state");
  else if (year_ok) {
    c.academic_year = *year;
    out = r.MakeFact("academic_year", std::optional<InstitutionCharges>(std::move(c)));
  }
  r.RejectUnknownKeys();
  return out;
}

}  // namespace gradfit::catalog_internal
