// Money data: exchange rates, wages by occupation, living costs. Each comes
// from a sourced TOML file in data/ (format in docs/DATA.md, "Money data
// files"); a broken file is an error naming file, line and key.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gradfit/input_error.hpp"
#include "gradfit/status.hpp"

namespace gradfit {

// One problem in a money data file.
using MoneyDataError = InputError;

// A dated table of reference rates: units of each currency per 1 unit of `base`.
struct ExchangeRates {
  std::string base;  // "EUR"
  std::string date;  // "2026-02-06"
  std::string url;
  std::string note;
  std::map<std::string, double> per_base;

  bool has(std::string_view currency) const;
  // amount in `from` expressed in `to`, through the base currency; nullopt
  // when either currency is not in the table.
  std::optional<double> Convert(double amount, std::string_view from, std::string_view to) const;
};

struct WageStats {
  std::string soc;  // "15-2051"
  std::string title;
  int year = 0;
  std::optional<double> mean, p10, p25, p50, p75, p90;  // annual USD; absent when not published
  std::string url;
  std::string attribution;
};

struct RoleMapping {
  std::string role;  // "ml_engineer"
  std::string soc;
  std::string why;
};

// A figure quoted by the domain brief, kept for reference (not used by the model).
struct WageReference {
  std::string id, role, source;
  std::optional<double> mean, low, high;
  int year = 0;
};

struct WageTable {
  std::string currency = "USD";
  std::vector<WageStats> occupations;
  std::vector<RoleMapping> roles;
  std::vector<WageReference> references;

  const WageStats* find_soc(std::string_view soc) const;
  // The wage statistics of a target role id (via its SOC mapping), or nullptr.
  const WageStats* for_role(std::string_view role) const;
  const RoleMapping* mapping(std::string_view role) const;
};

struct LivingCostEntry {
  std::string country;  // ISO alpha-2
  std::string city;     // empty: the rest of the country
  double monthly = 0;
  std::string currency;
  int year = 0;
  std::string url;
  std::string note;
};

struct LivingCosts {
  // US: monthly = baseline × RPP / 100.
  double us_baseline_monthly = 0;
  int us_baseline_year = 0;
  std::string us_baseline_formula, us_baseline_url;
  int rpp_year = 0;
  std::string rpp_url;
  std::map<std::string, double> us_state_rpp;        // "CA" -> 112.581
  std::map<std::string, std::string> us_state_name;  // "CA" -> "California"
  std::map<std::string, std::string> us_city_state;  // "Pittsburgh" -> "PA"
  std::vector<LivingCostEntry> countries;

  // The monthly living cost where the user would live, with its explanation;
  // nullopt when no sourced figure exists (the bill then says "unknown").
  struct Estimate {
    double monthly = 0;
    std::string currency;
    std::string formula;  // in words, with numbers
    std::string source;   // URL(s)
  };
  std::optional<Estimate> Lookup(std::string_view country, std::string_view us_state,
                                 std::string_view city) const;
  // The US state of a catalog city, or empty.
  std::string StateOfCity(std::string_view city) const;
};

// Earnings with and without a master's (data/earnings.toml, derived from the College
// Scorecard by tools/derive_earnings.py; use: docs/METHODS.md, "Earnings model").
struct EarningsData {
  std::string release, url, attribution;  // of the Scorecard release
  // Master's / bachelor's median earnings ratio (same institution and CIP, 4 years out).
  std::string premium_measure;
  int premium_pairs = 0;
  double ratio_p10 = 0, ratio_p25 = 0, ratio_p50 = 0, ratio_p75 = 0, ratio_p90 = 0;
  // BLS "education pays": median weekly earnings, full-time workers 25+, all fields.
  int bls_year = 0;
  double bls_master_weekly = 0, bls_bachelor_weekly = 0;
  std::string bls_url;
  struct Bachelor {
    std::string field;  // profile field id: "computer_science"
    std::string cips;   // which Scorecard rows stand for it
    int institutions = 0;
    double median_1yr = 0;  // USD: median over institutions of bachelor's 1-year median earnings
  };
  std::vector<Bachelor> bachelor;

  const Bachelor* bachelor_for(std::string_view field) const;
};

struct MoneyData {
  ExchangeRates rates;
  WageTable wages;
  LivingCosts living;
  EarningsData earnings;
};

// Each parser reads TOML text; `file` names it in errors. On failure the
// Result holds InvalidData and `errors` (if given) lists every problem.
Result<ExchangeRates> ParseExchangeRates(std::string_view text, const std::string& file,
                                         std::vector<MoneyDataError>* errors = nullptr);
Result<WageTable> ParseWages(std::string_view text, const std::string& file,
                             std::vector<MoneyDataError>* errors = nullptr);
Result<LivingCosts> ParseLivingCosts(std::string_view text, const std::string& file,
                                     std::vector<MoneyDataError>* errors = nullptr);

Result<EarningsData> ParseEarnings(std::string_view text, const std::string& file,
                                   std::vector<MoneyDataError>* errors = nullptr);

// Loads <dir>/exchange_rates.toml, wages.toml, living_costs.toml and earnings.toml.
Result<MoneyData> LoadMoneyData(const std::string& dir,
                                std::vector<MoneyDataError>* errors = nullptr);

}  // namespace gradfit
