// IPEDS IC2023_AY graduate charges at enrich time: an institution-wide,
// dated fallback for a program without its own tuition (docs/DATA.md).
#include <fmt/format.h>

#include <cstdlib>

#include "catalog/csv_reading.hpp"
#include "catalog/enrich_sources.hpp"

namespace gradfit::catalog_internal {

namespace fs = std::filesystem;

Result<std::map<std::string, IpedsCharges>> ReadIpedsCharges(const fs::path& path) {
  static const std::vector<std::string> kColumns = {"UNITID",   "INSTNM", "ACADEMIC_YEAR",
                                                    "TUITION6", "FEE6",   "HRCHG6",
                                                    "TUITION7", "FEE7",   "HRCHG7"};
  auto table = ReadCsvTable(path, kColumns);
  if (!table.ok()) return table.status();
  std::map<std::string, IpedsCharges> out;
  for (size_t i = 0; i < table->rows.size(); ++i) {
    const auto& f = table->rows[i];
    const int line = table->lines[i];
    auto cell = [&](const char* name) { return f[static_cast<size_t>(table->Column(name))]; };
    const std::string year = cell("ACADEMIC_YEAR");
    if (year != kIpedsYear)
      return Status::InvalidData(fmt::format("{}:{}: ACADEMIC_YEAR: '{}' is not {}", path.string(),
                                             line, year, kIpedsYear));
    IpedsCharges c;
    c.institution_name = cell("INSTNM");
    c.charges.academic_year = year;
    struct Numeric {
      const char* column;
      std::optional<double>* out;
    };
    const Numeric numeric[] = {
        {"TUITION6", &c.charges.tuition_in_state},  {"FEE6", &c.charges.fees_in_state},
        {"HRCHG6", &c.charges.per_credit_in_state}, {"TUITION7", &c.charges.tuition_out_of_state},
        {"FEE7", &c.charges.fees_out_of_state},     {"HRCHG7", &c.charges.per_credit_out_of_state}};
    for (const Numeric& n : numeric) {
      const std::string text = cell(n.column);
      if (text.empty()) continue;  // not reported
      char* end = nullptr;
      const double v = std::strtod(text.c_str(), &end);
      if (end != text.c_str() + text.size() || !(v >= 0) || v > 1e6)
        return Status::InvalidData(fmt::format("{}:{}: {}: '{}' is not an amount in USD",
                                               path.string(), line, n.column, text));
      *n.out = v;
    }
    const std::string unitid = cell("UNITID");
    if (!out.emplace(unitid, std::move(c)).second)
      return Status::InvalidData(
          fmt::format("{}:{}: UNITID {} appears twice", path.string(), line, unitid));
  }
  return out;
}

std::string RenderIpedsCharges(const std::string& unitid, const IpedsCharges& c) {
  const InstitutionCharges& ch = c.charges;
  std::string out = fmt::format("\n[institutions.ipeds_graduate_charges]\nacademic_year = {}\n",
                                TomlQuote(ch.academic_year));
  auto field = [&](const char* key, const std::optional<double>& v) {
    if (v) out += fmt::format("{} = {:.0f}\n", key, *v);
  };
  field("tuition_in_state", ch.tuition_in_state);
  field("fees_in_state", ch.fees_in_state);
  field("per_credit_in_state", ch.per_credit_in_state);
  field("tuition_out_of_state", ch.tuition_out_of_state);
  field("fees_out_of_state", ch.fees_out_of_state);
  field("per_credit_out_of_state", ch.per_credit_out_of_state);
  out += "source = \"ipeds\"\n";
  return out;
}

std::string RenderIpedsSource(const std::string& unitid, const IpedsCharges& c) {
  const std::string note = fmt::format(
      "IPEDS IC2023_AY (institutional charges, academic year {}), UNITID {} '{}': full-time "
      "graduate tuition and required fees for a standard year, in-state (TUITION6/FEE6/HRCHG6) and "
      "out-of-state (TUITION7/FEE7/HRCHG7). Institution-wide averages, not a program's price; "
      "transcribed from datawithinreach/ipeds-data-viz (commit 69eb1e5) ipeds_scraped_data/data/"
      "IC_AY.csv",
      c.charges.academic_year, unitid, c.institution_name);
  return fmt::format(
      "\n[[institutions.sources]]\nid = \"ipeds\"\nurl = \"https://nces.ed.gov/ipeds/\"\n"
      "first_party = false\npage_date = \"2023\"\nnote = {}\n"
      "attribution = \"U.S. Department of Education, NCES, IPEDS (public domain)\"\n",
      TomlQuote(note));
}

}  // namespace gradfit::catalog_internal
