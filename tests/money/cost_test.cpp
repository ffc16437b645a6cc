// The itemised bill: each tuition basis by hand, part-time vs full-time lost
// income, unknown tuition stays unknown, currency conversion, real data files.
#include <gtest/gtest.h>

#include <cmath>

#include "gradfit/money.hpp"
#include "money/cost_line.hpp"

namespace gradfit {
namespace {

const MoneyData& RealData() {
  static MoneyData d = [] {
    std::vector<MoneyDataError> errors;
    auto r = LoadMoneyData(GRADFIT_SOURCE_DIR "/data", &errors);
    EXPECT_TRUE(r.ok()) << r.status().message();
    return r.ok() ? std::move(r).value() : MoneyData{};
  }();
  return d;
}

Program UsProgram(double amount, TuitionBasis basis, int year_start) {
  Program p;
  p.id = "test-ms";
  p.file = "test.toml";
  p.country.value = "US";
  p.city.value = "Pittsburgh";
  p.duration_months.value = 16;
  p.credits.value = Credits{30, CreditUnit::kUsSemesterHours, std::nullopt};
  p.modality.value = std::vector<Modality>{Modality::kOnCampus};
  Tuition t;
  t.amount = amount;
  t.currency = "USD";
  t.basis = basis;
  t.academic_year_start = year_start;
  p.tuition.value = t;
  return p;
}

CostInputs Inputs() {
  CostInputs in;
  in.salary = 60000;
  in.country = "US";
  in.us_state = "PA";
  in.current_academic_year = 2026;
  in.tuition_inflation = 0.04;
  return in;
}

using test::Line;

TEST(CostBill, TuitionTotalBasisCarriedToToday) {
  CostBill b =
      ComputeCost(UsProgram(50000, TuitionBasis::kTotal, 2024), nullptr, Inputs(), RealData());
  ASSERT_TRUE(Line(b, "tuition")->amount);
  EXPECT_NEAR(*Line(b, "tuition")->amount, 50000 * 1.04 * 1.04, 1e-6);  // 2024-25 -> 2026-27
  EXPECT_NE(Line(b, "tuition")->formula.find("(1 + 4%)^2"), std::string::npos);
}

TEST(CostBill, TuitionPerCreditUsesStatedCredits) {
  CostBill b =
      ComputeCost(UsProgram(1000, TuitionBasis::kPerCredit, 2026), nullptr, Inputs(), RealData());
  EXPECT_NEAR(*Line(b, "tuition")->amount, 30000, 1e-6);
}

TEST(CostBill, TuitionPerTermIsTwoTermsAYear) {
  EXPECT_EQ(TermsForMonths(16), 3);
  EXPECT_EQ(TermsForMonths(24), 4);
  EXPECT_EQ(TermsForMonths(12), 2);
  EXPECT_EQ(TermsForMonths(3), 1);
  CostBill b =
      ComputeCost(UsProgram(20000, TuitionBasis::kPerTerm, 2026), nullptr, Inputs(), RealData());
  EXPECT_NEAR(*Line(b, "tuition")->amount, 60000, 1e-6);
  CostInputs in = Inputs();
  in.terms_override = 4;
  b = ComputeCost(UsProgram(20000, TuitionBasis::kPerTerm, 2026), nullptr, in, RealData());
  EXPECT_NEAR(*Line(b, "tuition")->amount, 80000, 1e-6);
}

TEST(CostBill, TuitionPerYearIsProRata) {
  CostBill b =
      ComputeCost(UsProgram(45000, TuitionBasis::kPerYear, 2026), nullptr, Inputs(), RealData());
  EXPECT_NEAR(*Line(b, "tuition")->amount, 45000 * 16 / 12.0, 1e-6);
}

TEST(CostBill, LostIncomeFullTimeVersusPartTime) {
  CostInputs in = Inputs();
  CostBill full =
      ComputeCost(UsProgram(50000, TuitionBasis::kTotal, 2026), nullptr, in, RealData());
  EXPECT_NEAR(*Line(full, "lost_income")->amount, 60000 * 16 / 12.0, 1e-6);
  in.mode = StudyMode::kPartTime;
  in.work_share_kept = 0.6;
  // Part-time only where the program allows it (here: the catalog says it can be part-time).
  Program p = UsProgram(50000, TuitionBasis::kTotal, 2026);
  p.part_time.value = true;
  CostBill part = ComputeCost(p, nullptr, in, RealData());
  EXPECT_EQ(part.mode, StudyMode::kPartTime);
  EXPECT_NEAR(*Line(part, "lost_income")->amount, 60000 * 0.4 * 16 / 12.0, 1e-6);
}

TEST(CostBill, UnknownTuitionIsUnknownNeverZero) {
  Program p = UsProgram(0, TuitionBasis::kTotal, 2026);
  p.tuition = {};
  CostBill b = ComputeCost(p, nullptr, Inputs(), RealData());
  EXPECT_FALSE(Line(b, "tuition")->amount.has_value());
  EXPECT_NE(Line(b, "tuition")->formula.find("unknown"), std::string::npos);
  EXPECT_FALSE(b.total.has_value());
  EXPECT_FALSE(b.roi_direct_cost.has_value());
  EXPECT_TRUE(b.total_known_lines.has_value());
}

TEST(CostBill, LivingCostFromRppAndRelocation) {
  // Pittsburgh is in PA; a user in CA must move: living = baseline × PA RPP / 100 × 16.
  CostInputs in = Inputs();
  in.us_state = "CA";
  CostBill b = ComputeCost(UsProgram(50000, TuitionBasis::kTotal, 2026), nullptr, in, RealData());
  const auto& l = RealData().living;
  ASSERT_TRUE(Line(b, "living")->amount);
  EXPECT_NEAR(*Line(b, "living")->amount,
              l.us_baseline_monthly * l.us_state_rpp.at("PA") / 100 * 16, 1e-6);
  EXPECT_TRUE(b.relocating);
  ASSERT_TRUE(Line(b, "relocation"));
  EXPECT_NEAR(*Line(b, "relocation")->amount, 5000, 1e-9);
  // ROI direct cost: tuition + relocation + (PA − CA living, negative here).
  double extra =
      l.us_baseline_monthly * (l.us_state_rpp.at("PA") - l.us_state_rpp.at("CA")) / 100 * 16;
  EXPECT_NEAR(*b.roi_direct_cost, 50000 + 5000 + extra, 1e-6);
  // Same state: no relocation, living not counted by the ROI.
  in.us_state = "PA";
  b = ComputeCost(UsProgram(50000, TuitionBasis::kTotal, 2026), nullptr, in, RealData());
  EXPECT_FALSE(b.relocating);
  EXPECT_NEAR(*b.roi_direct_cost, 50000, 1e-6);
}

TEST(CostBill, UnknownLivingCostSaysUnknown) {
  Program p = UsProgram(50000, TuitionBasis::kTotal, 2026);
  p.country.value = "TH";
  p.city.value = "Bangkok";
  CostBill b = ComputeCost(p, nullptr, Inputs(), RealData());
  EXPECT_FALSE(Line(b, "living")->amount.has_value());
  EXPECT_NE(Line(b, "living")->formula.find("unknown"), std::string::npos);
  EXPECT_FALSE(b.total.has_value());
}

TEST(CostBill, DisplayCurrencyAndAid) {
  CostInputs in = Inputs();
  in.display_currency = "EUR";
  in.scholarship = 10000;
  in.aid_currency = "USD";
  CostBill b = ComputeCost(UsProgram(50000, TuitionBasis::kTotal, 2026), nullptr, in, RealData());
  double usd = RealData().rates.per_base.at("USD");
  EXPECT_NEAR(*Line(b, "tuition")->amount, 50000 / usd, 1e-6);
  EXPECT_NEAR(*Line(b, "aid")->amount, -10000 / usd, 1e-6);
}

TEST(ExchangeRates, RoundTripsAreConsistent) {
  const auto& r = RealData().rates;
  EXPECT_EQ(r.base, "EUR");
  for (const auto& [a, ra] : r.per_base) {
    for (const auto& [b, rb] : r.per_base) {
      double there = *r.Convert(1234.56, a, b);
      EXPECT_NEAR(*r.Convert(there, b, a), 1234.56, 1e-9) << a << "->" << b;
    }
  }
  // Through the base: USD -> GBP = USD -> EUR -> GBP.
  EXPECT_NEAR(*r.Convert(100, "USD", "GBP"),
              *r.Convert(*r.Convert(100, "USD", "EUR"), "EUR", "GBP"), 1e-9);
  EXPECT_FALSE(r.Convert(1, "AED", "USD").has_value());
}

}  // namespace
}  // namespace gradfit
