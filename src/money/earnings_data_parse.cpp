// Parser of data/earnings.toml: the master's-over-bachelor's earnings ratios
// and bachelor's earnings per field (format: docs/DATA.md, "Money data files").
#include "gradfit/money_data.hpp"
#include "money/toml_reader.hpp"

namespace gradfit {
using money_internal::Reader;

const EarningsData::Bachelor* EarningsData::bachelor_for(std::string_view field) const {
  for (const auto& b : bachelor)
    if (b.field == field) return &b;
  return nullptr;
}

Result<EarningsData> ParseEarnings(std::string_view text, const std::string& file,
                                   std::vector<MoneyDataError>* errors) {
  Reader r(file, errors);
  EarningsData e;
  auto root = r.Parse(text);
  if (root) {
    r.OnlyKeys(*root, "", {"meta", "premium", "bls_education_pays", "bachelor_earnings"});
    if (const toml::table* meta = r.Table(*root, "meta", true)) {
      r.OnlyKeys(*meta, "meta", {"derived_by", "release", "url", "attribution"});
      e.release = r.Str(*meta, "release", "meta.release");
      e.url = r.Str(*meta, "url", "meta.url");
      e.attribution = r.Str(*meta, "attribution", "meta.attribution");
    }
    if (const toml::table* p = r.Table(*root, "premium", true)) {
      r.OnlyKeys(*p, "premium", {"measure", "pairs", "p10", "p25", "p50", "p75", "p90"});
      e.premium_measure = r.Str(*p, "measure", "premium.measure");
      e.premium_pairs = r.Int(*p, "pairs", "premium.pairs", true);
      double* slots[] = {&e.ratio_p10, &e.ratio_p25, &e.ratio_p50, &e.ratio_p75, &e.ratio_p90};
      const char* keys[] = {"p10", "p25", "p50", "p75", "p90"};
      double previous = 0;
      for (int i = 0; i < 5; ++i) {
        std::string path = std::string("premium.") + keys[i];
        if (auto v = r.Num(*p, keys[i], path, true)) {
          if (*v < previous) r.Error(p->get(keys[i]), path, "percentiles must not decrease");
          *slots[i] = previous = *v;
        }
      }
    }
    if (const toml::table* b = r.Table(*root, "bls_education_pays", true)) {
      r.OnlyKeys(*b, "bls_education_pays", {"year", "master_weekly", "bachelor_weekly", "url"});
      e.bls_year = r.Int(*b, "year", "bls_education_pays.year", true);
      e.bls_master_weekly =
          r.Num(*b, "master_weekly", "bls_education_pays.master_weekly", true).value_or(0);
      e.bls_bachelor_weekly =
          r.Num(*b, "bachelor_weekly", "bls_education_pays.bachelor_weekly", true).value_or(0);
      e.bls_url = r.Str(*b, "url", "bls_education_pays.url");
    }
    r.EachTable(*root, "bachelor_earnings", false,
                [&](const toml::table& t, const std::string& path) {
                  r.OnlyKeys(t, path, {"field", "cips", "institutions", "median_1yr"});
                  EarningsData::Bachelor b;
                  b.field = r.Str(t, "field", path + ".field");
                  b.cips = r.Str(t, "cips", path + ".cips");
                  b.institutions = r.Int(t, "institutions", path + ".institutions", true);
                  b.median_1yr = r.Num(t, "median_1yr", path + ".median_1yr", true).value_or(0);
                  e.bachelor.push_back(std::move(b));
                });
  }
  return r.Finish(std::move(e));
}

}  // namespace gradfit
