// Parsers of the money data files (exchange rates, wages, living costs).
// Every problem is reported with file, line and key; a file with any problem
// is rejected whole.
#include <fmt/format.h>
#include <toml++/toml.h>

#include <fstream>
#include <sstream>

#include "gradfit/file_io.hpp"
#include "gradfit/iso_codes.hpp"
#include "gradfit/money_data.hpp"
#include "money/toml_reader.hpp"

namespace gradfit {
using money_internal::Reader;

Result<ExchangeRates> ParseExchangeRates(std::string_view text, const std::string& file,
                                         std::vector<MoneyDataError>* errors) {
  Reader r(file, errors);
  ExchangeRates x;
  auto root = r.Parse(text);
  if (root) {
    if (const toml::table* meta = r.Table(*root, "meta", true)) {
      r.OnlyKeys(*meta, "meta", {"base", "date", "url", "file_url", "note"});
      x.base = r.Str(*meta, "base", "meta.base");
      x.date = r.Str(*meta, "date", "meta.date");
      x.url = r.Str(*meta, "url", "meta.url");
      x.note = r.OptStr(*meta, "note", "meta.note");
    }
    if (const toml::table* rates = r.Table(*root, "rates", true)) {
      for (auto&& [k, v] : *rates) {
        std::string code(k.str()), path = "rates." + code;
        if (auto error = CheckCode(CodeKind::kCurrency, code)) {
          r.Error(&v, path, *error);
          continue;
        }
        if (auto val = r.Num(*rates, code, path, true)) x.per_base[code] = *val;
      }
      if (!x.base.empty()) {
        auto it = x.per_base.find(x.base);
        if (it == x.per_base.end())
          r.Error(rates, "rates." + x.base, "the base currency must be in the table with rate 1");
        else if (it->second != 1.0)
          r.Error(rates->get(x.base), "rates." + x.base, "the base currency's rate must be 1");
      }
    }
  }
  return r.Finish(std::move(x));
}

Result<WageTable> ParseWages(std::string_view text, const std::string& file,
                             std::vector<MoneyDataError>* errors) {
  Reader r(file, errors);
  WageTable w;
  auto root = r.Parse(text);
  if (root) {
    if (const toml::table* meta = r.Table(*root, "meta", true)) {
      w.currency = r.Code(*meta, "currency", "meta.currency", CodeKind::kCurrency);
    }
    r.EachTable(*root, "occupation", true, [&](const toml::table& t, const std::string& path) {
      r.OnlyKeys(t, path,
                 {"soc", "title", "year", "mean", "p10", "p25", "p50", "p75", "p90", "url",
                  "attribution"});
      WageStats s;
      s.soc = r.Str(t, "soc", path + ".soc");
      s.title = r.Str(t, "title", path + ".title");
      s.year = r.Int(t, "year", path + ".year", true);
      s.mean = r.Num(t, "mean", path + ".mean", false);
      s.p10 = r.Num(t, "p10", path + ".p10", false);
      s.p25 = r.Num(t, "p25", path + ".p25", false);
      s.p50 = r.Num(t, "p50", path + ".p50", true);
      s.p75 = r.Num(t, "p75", path + ".p75", false);
      s.p90 = r.Num(t, "p90", path + ".p90", false);
      s.url = r.Str(t, "url", path + ".url");
      s.attribution = r.Str(t, "attribution", path + ".attribution");
      // Percentiles must not decrease.
      std::optional<double> prev;
      for (auto [name, v] : {std::pair{"p10", s.p10},
                             {"p25", s.p25},
                             {"p50", s.p50},
                             {"p75", s.p75},
                             {"p90", s.p90}}) {
        if (!v) continue;
        if (prev && *v < *prev)
          r.Error(t.get(name), path + "." + name, "percentiles must not decrease");
        prev = v;
      }
      w.occupations.push_back(std::move(s));
    });
    r.EachTable(*root, "role", true, [&](const toml::table& t, const std::string& path) {
      RoleMapping m;
      m.role = r.Str(t, "id", path + ".id");
      m.soc = r.Str(t, "soc", path + ".soc");
      m.why = r.OptStr(t, "why", path + ".why");
      if (!m.soc.empty() && !w.find_soc(m.soc))
        r.Error(t.get("soc"), path + ".soc", "no [[occupation]] with soc = \"" + m.soc + "\"");
      w.roles.push_back(std::move(m));
    });
    r.EachTable(*root, "reference", false, [&](const toml::table& t, const std::string& path) {
      WageReference ref;
      ref.id = r.Str(t, "id", path + ".id");
      ref.role = r.Str(t, "role", path + ".role");
      ref.source = r.Str(t, "source", path + ".source");
      ref.mean = r.Num(t, "mean", path + ".mean", false);
      ref.low = r.Num(t, "low", path + ".low", false);
      ref.high = r.Num(t, "high", path + ".high", false);
      ref.year = r.Int(t, "year", path + ".year", false);
      w.references.push_back(std::move(ref));
    });
  }
  return r.Finish(std::move(w));
}

Result<LivingCosts> ParseLivingCosts(std::string_view text, const std::string& file,
                                     std::vector<MoneyDataError>* errors) {
  Reader r(file, errors);
  LivingCosts l;
  auto root = r.Parse(text);
  if (root) {
    if (const toml::table* b = r.Table(*root, "us_baseline", true)) {
      l.us_baseline_monthly = r.Num(*b, "monthly", "us_baseline.monthly", true).value_or(0);
      l.us_baseline_year = r.Int(*b, "year", "us_baseline.year", true);
      l.us_baseline_formula = r.Str(*b, "formula", "us_baseline.formula");
      l.us_baseline_url = r.Str(*b, "url", "us_baseline.url");
      if (r.OptStr(*b, "currency", "us_baseline.currency") != "USD")
        r.Error(b, "us_baseline.currency", "must be \"USD\"");
    }
    if (const toml::table* rpp = r.Table(*root, "rpp", true)) {
      l.rpp_year = r.Int(*rpp, "year", "rpp.year", true);
      l.rpp_url = r.Str(*rpp, "url", "rpp.url");
    }
    r.EachTable(*root, "us_state", true, [&](const toml::table& t, const std::string& path) {
      std::string code = r.Code(t, "code", path + ".code", CodeKind::kUsState);
      auto rpp = r.Num(t, "rpp", path + ".rpp", true);
      if (rpp && (*rpp < 50 || *rpp > 200))
        r.Error(t.get("rpp"), path + ".rpp", "an RPP index (U.S. = 100) between 50 and 200");
      if (!code.empty() && rpp) {
        l.us_state_rpp[code] = *rpp;
        l.us_state_name[code] = r.OptStr(t, "name", path + ".name");
      }
    });
    r.EachTable(*root, "us_city", false, [&](const toml::table& t, const std::string& path) {
      std::string city = r.Str(t, "city", path + ".city");
      std::string st = r.Code(t, "state", path + ".state", CodeKind::kUsState);
      if (!st.empty() && !l.us_state_rpp.count(st))
        r.Error(t.get("state"), path + ".state", "no [[us_state]] with code \"" + st + "\"");
      l.us_city_state[city] = st;
    });
    r.EachTable(*root, "country", false, [&](const toml::table& t, const std::string& path) {
      LivingCostEntry e;
      e.country = r.Code(t, "country", path + ".country", CodeKind::kCountry);
      e.city = r.OptStr(t, "city", path + ".city");
      e.monthly = r.Num(t, "monthly", path + ".monthly", true).value_or(0);
      e.currency = r.Code(t, "currency", path + ".currency", CodeKind::kCurrency);
      e.year = r.Int(t, "year", path + ".year", true);
      e.url = r.Str(t, "url", path + ".url");
      e.note = r.OptStr(t, "note", path + ".note");
      l.countries.push_back(std::move(e));
    });
  }
  return r.Finish(std::move(l));
}

namespace {
template <typename T, typename F>
Result<T> ReadAndParse(const std::string& path, std::vector<MoneyDataError>* errors, F parse) {
  auto text = ReadInputFile(path);
  if (!text.ok()) {
    if (errors) errors->push_back({path, 0, 0, "", text.status().message()});
    // A money data file that is missing or unreadable is an I/O problem of the installation.
    if (text.status().code() == Status::Code::kNotFound)
      return Status::IoError(text.status().message());
    return text.status();
  }
  return parse(*text, path, errors);
}
}  // namespace

Result<MoneyData> LoadMoneyData(const std::string& dir, std::vector<MoneyDataError>* errors) {
  auto rates =
      ReadAndParse<ExchangeRates>(dir + "/exchange_rates.toml", errors, ParseExchangeRates);
  auto wages = ReadAndParse<WageTable>(dir + "/wages.toml", errors, ParseWages);
  auto living = ReadAndParse<LivingCosts>(dir + "/living_costs.toml", errors, ParseLivingCosts);
  auto earnings = ReadAndParse<EarningsData>(dir + "/earnings.toml", errors, ParseEarnings);
  for (const Status* s : {&rates.status(), &wages.status(), &living.status(), &earnings.status()})
    if (!s->ok()) {
      std::string msg = rates.status().message() + wages.status().message() +
                        living.status().message() + earnings.status().message();
      return s->code() == Status::Code::kIoError ? Status::IoError(msg) : Status::InvalidData(msg);
    }
  MoneyData d;
  d.rates = std::move(rates).value();
  d.wages = std::move(wages).value();
  d.living = std::move(living).value();
  d.earnings = std::move(earnings).value();
  return d;
}

}  // namespace gradfit
