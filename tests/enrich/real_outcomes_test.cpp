// The committed derived files against the shared data sets they cite: every
// Scorecard figure of the catalog equals the CSV cell it names, the derived
// files are what `catalog enrich` writes today, and the two outcome tests
// compute as docs/METHODS.md says. Needs the shared data folder (../shared/data
// beside the checkout, or GRADFIT_SHARED_DATA); skipped, saying so, without it.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>

#include "catalog/csv_reading.hpp"
#include "enrich/enrich_fixture.hpp"
#include "gradfit/catalog.hpp"
#include "gradfit/money_data.hpp"
#include "gradfit/outcomes.hpp"
#include "test_paths.hpp"

namespace gradfit {
namespace {

using namespace enrich_test;

using gradfit::test::kData;

std::optional<fs::path> SharedData() {
  std::vector<fs::path> candidates;
  if (const char* env = std::getenv("GRADFIT_SHARED_DATA")) candidates.emplace_back(env);
  candidates.push_back(fs::path(GRADFIT_SOURCE_DIR) / ".." / "shared" / "data");
  candidates.push_back(fs::path(GRADFIT_SOURCE_DIR) / ".." / ".." / "shared" / "data");
  for (const auto& c : candidates)
    if (fs::exists(c / "scorecard-fos" / "scorecard_fos_cs_ds_stats.csv")) return c;
  return std::nullopt;
}

const Catalog& RealCatalog() {
  static const Catalog catalog = [] {
    std::vector<CatalogError> errors;
    auto c = LoadCatalog(kData, &errors);
    EXPECT_TRUE(c.ok()) << (errors.empty() ? c.status().message() : errors[0].message);
    return c.ok() ? std::move(*c) : Catalog{};
  }();
  return catalog;
}

std::optional<double> CellValue(const std::string& text) {
  if (text.empty()) return std::nullopt;
  return std::stod(text);
}

// The CSV row of (UNITID, CIP "11.01", level), read with the generic CSV reader.
std::vector<std::string> CsvRow(const catalog_internal::CsvTable& t, const std::string& unitid,
                                const std::string& cip, int level) {
  const std::string cip4 = cip.substr(0, 2) + cip.substr(3);
  for (const auto& r : t.rows)
    if (r[t.Column("UNITID")] == unitid && r[t.Column("CIPCODE")] == cip4 &&
        r[t.Column("CREDLEV")] == std::to_string(level))
      return r;
  return {};
}

void ExpectEqualsCsv(const catalog_internal::CsvTable& t, const FieldOutcome& o, int level) {
  const auto row = CsvRow(t, o.unitid, o.cip, level);
  ASSERT_FALSE(row.empty()) << o.unitid << " " << o.cip;
  auto cell = [&](const char* col) { return CellValue(row[t.Column(col)]); };
  EXPECT_EQ(o.earnings_1yr, cell("EARN_MDN_1YR"));
  EXPECT_EQ(o.earnings_4yr, cell("EARN_MDN_4YR"));
  EXPECT_EQ(o.median_debt, cell("DEBT_ALL_STGP_EVAL_MDN"));
  EXPECT_EQ(o.threshold_state, cell("EARN_THR_STATE"));
  EXPECT_EQ(o.threshold_national, cell("EARN_THR_NAT"));
  const auto completers = cell("IPEDSCOUNT1");
  EXPECT_EQ(o.completers.has_value(), completers.has_value());
  if (completers) {
    EXPECT_EQ(*o.completers, *completers);
  }
  EXPECT_EQ(o.state, row[t.Column("STABBR")]);
}

class RealOutcomesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto shared = SharedData();
    if (!shared) GTEST_SKIP() << "shared data folder not found (../shared/data)";
    shared_ = *shared;
    auto t =
        catalog_internal::ReadCsvTable(shared_ / "scorecard-fos" / "scorecard_fos_cs_ds_stats.csv",
                                       {"UNITID", "CIPCODE", "CREDLEV"});
    ASSERT_TRUE(t.ok()) << t.status().message();
    csv_ = std::move(*t);
  }
  fs::path shared_;
  catalog_internal::CsvTable csv_;
};

TEST_F(RealOutcomesTest, FourProgramsEqualTheCellsTheyCite) {
  struct Expect {
    const char* program;
    const char* unitid;
    const char* cip;
    double earnings_1yr;  // the cell PROVENANCE.md quotes for this row
  };
  for (const Expect& e : {Expect{"cmu-msml", "211440", "11.01", 138781},
                          Expect{"gatech-omscs", "139755", "11.01", 150671},
                          Expect{"uiuc-mcs-online", "145637", "11.07", 146670},
                          Expect{"stanford-mscs-ai", "243744", "11.07", 199761}}) {
    SCOPED_TRACE(e.program);
    const Program* p = RealCatalog().find_program(e.program);
    ASSERT_NE(p, nullptr);
    ASSERT_TRUE(p->graduate_outcomes.known());
    const FieldOutcome& g = *p->graduate_outcomes;
    EXPECT_EQ(g.unitid, e.unitid);
    EXPECT_EQ(g.cip, e.cip);
    EXPECT_EQ(g.credential_level, 5);
    EXPECT_EQ(g.release, "2026-06-10");
    EXPECT_EQ(g.earnings_1yr, e.earnings_1yr);
    EXPECT_FALSE(g.cip_basis.empty());
    ExpectEqualsCsv(csv_, g, 5);
    const Source* src = p->source_of(p->graduate_outcomes.source());
    ASSERT_NE(src, nullptr);
    EXPECT_NE(src->attribution.find("College Scorecard"), std::string::npos);
    EXPECT_NE(src->note.find("federally aided"), std::string::npos);
    ASSERT_TRUE(p->bachelor_outcomes.known());
    EXPECT_EQ(p->bachelor_outcomes->cip, e.cip);
    ExpectEqualsCsv(csv_, *p->bachelor_outcomes, 3);
  }
}

TEST_F(RealOutcomesTest, EveryDerivedRowEqualsItsCellAndSuppressedStaysUnknown) {
  int rows = 0;
  for (const Program& p : RealCatalog().programs) {
    if (p.graduate_outcomes.known()) {
      SCOPED_TRACE(p.id);
      ExpectEqualsCsv(csv_, *p.graduate_outcomes, 5);
      ++rows;
    }
    if (p.bachelor_outcomes.known()) ExpectEqualsCsv(csv_, *p.bachelor_outcomes, 3);
    if (p.country.known() && *p.country != "US") {
      EXPECT_FALSE(p.graduate_outcomes.known()) << p.id;
    }
  }
  EXPECT_GE(rows, 25);
  // Stanford's CS master's debt is suppressed in the file: unknown, not zero.
  const Program* stanford = RealCatalog().find_program("stanford-mscs-ai");
  ASSERT_NE(stanford, nullptr);
  EXPECT_FALSE(stanford->graduate_outcomes->median_debt.has_value());
}

TEST_F(RealOutcomesTest, IpedsChargesEqualTheirCells) {
  auto t = catalog_internal::ReadCsvTable(
      shared_ / "ipeds-ic-ay" / "ipeds_ic2023_ay_grad_tuition_selected.csv", {"UNITID"});
  ASSERT_TRUE(t.ok());
  int matched = 0;
  for (const Institution& inst : RealCatalog().institutions) {
    if (!inst.ipeds_graduate_charges.known()) continue;
    ++matched;
    const InstitutionCharges& c = *inst.ipeds_graduate_charges;
    for (const auto& r : t->rows) {
      if (r[t->Column("UNITID")] != inst.scorecard_unitid) continue;
      EXPECT_EQ(c.academic_year, "2023-24");
      EXPECT_EQ(c.tuition_in_state, CellValue(r[t->Column("TUITION6")])) << inst.id;
      EXPECT_EQ(c.fees_out_of_state, CellValue(r[t->Column("FEE7")])) << inst.id;
      EXPECT_EQ(c.per_credit_out_of_state, CellValue(r[t->Column("HRCHG7")])) << inst.id;
    }
  }
  // 14 institutions in the file; 11 of them are in the catalog (not MIT, USC, Purdue).
  EXPECT_EQ(matched, 11);
  EXPECT_EQ(RealCatalog().find_institution("cmu")->ipeds_graduate_charges->tuition_in_state, 48496);
}

TEST_F(RealOutcomesTest, CommittedDerivedFilesAreWhatEnrichWritesToday) {
  const fs::path tmp = fs::temp_directory_path() / "gradfit_real_enrich";
  fs::remove_all(tmp);
  fs::create_directories(tmp);
  fs::copy(kData + "/institutions.toml", tmp / "institutions.toml");
  fs::copy(kData + "/programs", tmp / "programs", fs::copy_options::recursive);
  EnrichReport report;
  const Status s = EnrichCatalog(tmp.string(), shared_.string(), &report);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(ReadFile(tmp / "programs-derived.toml"), ReadFile(kData + "/programs-derived.toml"))
      << "run: gradfit catalog enrich --shared <shared data dir>";
  EXPECT_EQ(ReadFile(tmp / "institutions-derived.toml"),
            ReadFile(kData + "/institutions-derived.toml"));
  fs::remove_all(tmp);
}

TEST(OutcomeTests, LoanPaymentIsTheAnnuityFormula) {
  // 61,305 at 6.5% over 180 months: 61305 * r / (1 - (1 + r)^-180) * 12, r = 0.065 / 12.
  EXPECT_NEAR(AnnualLoanPayment(61305, 0.065, 15), 6408.39, 0.01);
  EXPECT_NEAR(AnnualLoanPayment(1500, 0.0, 15), 100, 1e-9);
}

FieldOutcome Row(std::optional<double> earnings, std::optional<double> debt) {
  FieldOutcome o;
  o.state = "PA";
  o.earnings_1yr = earnings;
  o.median_debt = debt;
  o.threshold_state = 36498;
  o.threshold_national = 36082;
  return o;
}

TEST(OutcomeTests, EarningsPremiumComparesWithTheStateThreshold) {
  EXPECT_EQ(EarningsPremiumTest(Row(138781, 61305)).verdict, TestVerdict::kPass);
  EXPECT_EQ(EarningsPremiumTest(Row(36498, 0)).verdict, TestVerdict::kFail);  // not above
  const OutcomeTest t = EarningsPremiumTest(Row(138781, 61305));
  EXPECT_NE(t.detail.find("$138,781 > $36,498"), std::string::npos) << t.detail;
  EXPECT_NE(t.detail.find("EARN_THR_STATE"), std::string::npos);
  FieldOutcome national = Row(36200, 0);
  national.threshold_state.reset();  // falls back to the national threshold
  EXPECT_EQ(EarningsPremiumTest(national).verdict, TestVerdict::kPass);
  EXPECT_NE(EarningsPremiumTest(national).detail.find("EARN_THR_NAT"), std::string::npos);
  EXPECT_EQ(EarningsPremiumTest(Row(std::nullopt, 1)).verdict, TestVerdict::kUnknown);
  EXPECT_FALSE(EarningsPremiumTest(Row(1, 1)).meaning.empty());
}

TEST(OutcomeTests, DebtToEarningsAgainstTenPercentAboveTheFloor) {
  const LivingWageFloor floor{30000, "test floor", "https://example.org"};
  // 6,408 a year <= 10% of (138,781 - 30,000) = 10,878.
  EXPECT_EQ(DebtToEarningsTest(Row(138781, 61305), floor).verdict, TestVerdict::kPass);
  // 10% of (40,000 - 30,000) = 1,000 < 6,408.
  EXPECT_EQ(DebtToEarningsTest(Row(40000, 61305), floor).verdict, TestVerdict::kFail);
  // At or below the floor fails whatever the debt, even when the debt is suppressed.
  EXPECT_EQ(DebtToEarningsTest(Row(29000, std::nullopt), floor).verdict, TestVerdict::kFail);
  EXPECT_EQ(DebtToEarningsTest(Row(138781, std::nullopt), floor).verdict, TestVerdict::kUnknown);
  EXPECT_EQ(DebtToEarningsTest(Row(std::nullopt, 1000), floor).verdict, TestVerdict::kUnknown);
  EXPECT_EQ(DebtToEarningsTest(Row(138781, 61305), std::nullopt).verdict, TestVerdict::kUnknown);
  const std::string d = DebtToEarningsTest(Row(138781, 61305), floor).detail;
  EXPECT_NE(d.find("$6,408 a year"), std::string::npos) << d;
  EXPECT_NE(d.find("$10,878"), std::string::npos) << d;
}

TEST(OutcomeTests, FloorIsTheStateLivingCostOfTheMoneyData) {
  std::vector<MoneyDataError> errors;
  auto money = LoadMoneyData(kData, &errors);
  ASSERT_TRUE(money.ok());
  auto floor = StateLivingWageFloor(money->living, "PA");
  ASSERT_TRUE(floor.has_value());
  const auto monthly = money->living.Lookup("US", "PA", "");
  ASSERT_TRUE(monthly.has_value());
  EXPECT_DOUBLE_EQ(floor->annual_usd, 12 * monthly->monthly);
  EXPECT_NE(floor->basis.find("BEA RPP"), std::string::npos) << floor->basis;
  EXPECT_FALSE(StateLivingWageFloor(money->living, "ZZ").has_value());
}

}  // namespace
}  // namespace gradfit
