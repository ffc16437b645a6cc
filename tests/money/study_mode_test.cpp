// The bill's study mode, length from pace, employer-support cap, IPEDS
// fallback and freshness marks (docs/METHODS.md, "Cost and ROI").
#include <gtest/gtest.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include "gradfit/money.hpp"
#include "gradfit/money_json.hpp"
#include "money/cost_line.hpp"

namespace gradfit {
namespace {

const MoneyData& Data() {
  static MoneyData d = LoadMoneyData(GRADFIT_SOURCE_DIR "/data").value();
  return d;
}

using test::Line;

// An online program with 30 US semester hours and no stated length, like OMSCS.
Program OnlineNoLength(double tuition_total) {
  Program p;
  p.id = "online-ms";
  p.file = "test.toml";
  p.country.value = "US";
  p.city.value = "Atlanta";
  p.credits.value = Credits{30, CreditUnit::kUsSemesterHours, std::nullopt};
  p.modality.value = std::vector<Modality>{Modality::kOnline};
  Tuition t;
  t.amount = tuition_total;
  t.currency = "USD";
  t.basis = TuitionBasis::kTotal;
  t.academic_year_start = 2026;
  p.tuition.value = t;
  return p;
}

CostInputs Worker() {
  CostInputs in;
  in.salary = 130000;
  in.country = "US";
  in.us_state = "WA";
  in.current_academic_year = 2026;
  in.mode = StudyMode::kPartTime;
  in.study_online = true;
  return in;
}

TEST(StudyMode, OnlinePartTimeBesideAJobKeepsAllPay) {
  CostBill b = ComputeCost(OnlineNoLength(7000), nullptr, Worker(), Data());
  EXPECT_EQ(b.mode, StudyMode::kPartTime);
  EXPECT_DOUBLE_EQ(b.work_share_kept, 1.0);
  ASSERT_TRUE(Line(b, "lost_income")->amount);
  EXPECT_DOUBLE_EQ(*Line(b, "lost_income")->amount, 0.0);
  EXPECT_EQ(Line(b, "relocation"), nullptr);  // online: nobody moves
  EXPECT_NE(b.mode_note.find("keep all"), std::string::npos) << b.mode_note;
}

TEST(StudyMode, FullTimeCampusProgramIsNeverSilentlyPartTime) {
  Program p = OnlineNoLength(50000);
  p.modality.value = std::vector<Modality>{Modality::kOnCampus};
  p.duration_months.value = 16;
  p.part_time.value = false;
  CostInputs in = Worker();
  in.study_online = false;
  CostBill b = ComputeCost(p, nullptr, in, Data());
  EXPECT_EQ(b.mode, StudyMode::kFullTime);
  EXPECT_NEAR(*Line(b, "lost_income")->amount, 130000 * 16 / 12.0, 1e-6);
  EXPECT_NE(b.mode_note.find("costed full-time"), std::string::npos) << b.mode_note;
}

TEST(LengthFromPace, EstimatedFromCreditsAndPaceAndLabelled) {
  CostBill b = ComputeCost(OnlineNoLength(7000), nullptr, Worker(), Data());
  ASSERT_TRUE(b.months_known);
  EXPECT_TRUE(b.months_estimated);
  EXPECT_DOUBLE_EQ(b.months, 30);  // 10 courses at 2 a term = 5 terms of 6 months
  EXPECT_NE(b.months_basis.find("estimate"), std::string::npos);
  CostInputs fast = Worker();
  fast.courses_per_term = 3;  // 4 terms
  EXPECT_DOUBLE_EQ(ComputeCost(OnlineNoLength(7000), nullptr, fast, Data()).months, 24);
  CostInputs given = Worker();
  given.months_override = 40;
  CostBill o = ComputeCost(OnlineNoLength(7000), nullptr, given, Data());
  EXPECT_DOUBLE_EQ(o.months, 40);
  EXPECT_FALSE(o.months_estimated);
  auto j = nlohmann::json::parse(CostBillJson(b));
  EXPECT_EQ(j["months_estimated"], true);
  EXPECT_EQ(j["months"], 30);
}

TEST(EmployerSupport, CappedAtWhatTheProgramCharges) {
  CostInputs in = Worker();
  in.employer_support_per_year = 5250;  // x 2.5 years = 13125 > 7000 tuition
  CostBill b = ComputeCost(OnlineNoLength(7000), nullptr, in, Data());
  ASSERT_TRUE(Line(b, "aid")->amount);
  EXPECT_NEAR(*Line(b, "aid")->amount, -7000, 1e-6);
  EXPECT_NEAR(*b.roi_direct_cost, 0, 1e-6);
  in.employer_support_per_year = 1000;  // below the charges: all of it
  EXPECT_NEAR(*Line(ComputeCost(OnlineNoLength(7000), nullptr, in, Data()), "aid")->amount, -2500,
              1e-6);
}

TEST(Freshness, OldTuitionShowsStatedYearBesideEscalatedFigureAndIsMarked) {
  Program p = OnlineNoLength(6000);
  p.tuition.value->academic_year_start = 2022;
  Source s;
  s.url = "https://example.org/a-blog";
  s.first_party = false;
  p.sources.push_back(s);
  p.tuition.sources = {0};
  CostBill b = ComputeCost(p, nullptr, Worker(), Data());
  const CostLine* t = Line(b, "tuition");
  EXPECT_TRUE(t->stale);
  EXPECT_TRUE(t->third_party);
  EXPECT_NEAR(*t->stated_amount, 6000, 1e-9);
  EXPECT_EQ(t->stated_year, "2022-23");
  EXPECT_EQ(t->priced_year, "2026-27");
  EXPECT_NEAR(*t->amount, 6000 * std::pow(1.04, 4), 1e-6);
  auto j = nlohmann::json::parse(CostBillJson(b));
  EXPECT_EQ(j["lines"][0]["stale"], true);
  EXPECT_EQ(j["lines"][0]["third_party"], true);
  EXPECT_EQ(j["lines"][0]["stated"]["academic_year"], "2022-23");
  // Two years old is not stale.
  p.tuition.value->academic_year_start = 2024;
  EXPECT_FALSE(Line(ComputeCost(p, nullptr, Worker(), Data()), "tuition")->stale);
}

TEST(IpedsFallback, InstitutionChargesStandInLabelledByResidency) {
  Catalog c;
  Institution inst;
  inst.id = "gt";
  inst.file = "institutions.toml";
  InstitutionCharges ch;
  ch.academic_year = "2023-24";
  ch.tuition_in_state = 14064;
  ch.fees_in_state = 1506;
  ch.tuition_out_of_state = 29140;
  ch.fees_out_of_state = 1506;
  ch.per_credit_in_state = 586;
  ch.per_credit_out_of_state = 1215;
  inst.ipeds_graduate_charges.value = ch;
  c.institutions.push_back(inst);
  Program p = OnlineNoLength(0);
  p.institution_id = "gt";
  p.tuition = {};
  c.programs.push_back(p);
  CostInputs in = Worker();  // lives in WA: out of state for Atlanta (GA)
  CostBill b = ComputeCost(c.programs[0], &c, in, Data());
  const CostLine* t = Line(b, "tuition");
  ASSERT_TRUE(t->amount);
  EXPECT_TRUE(t->fallback);
  EXPECT_NEAR(*t->amount, 1215 * 30 * std::pow(1.04, 3), 1e-6);  // per credit, 2023-24 -> 2026-27
  EXPECT_NE(t->formula.find("out-of-state"), std::string::npos);
  EXPECT_NE(t->formula.find("not this program's own price"), std::string::npos);
  in.us_state = "GA";
  EXPECT_NEAR(*Line(ComputeCost(c.programs[0], &c, in, Data()), "tuition")->amount,
              586 * 30 * std::pow(1.04, 3), 1e-6);
}

TEST(NoIncome, AStudentLosesNoIncome) {
  CostInputs in;
  in.country = "US";
  in.us_state = "PA";
  in.current_academic_year = 2026;
  Program p = OnlineNoLength(50000);
  p.modality.value = std::vector<Modality>{Modality::kOnCampus};
  p.duration_months.value = 16;
  CostBill b = ComputeCost(p, nullptr, in, Data());
  ASSERT_TRUE(Line(b, "lost_income")->amount);
  EXPECT_DOUBLE_EQ(*Line(b, "lost_income")->amount, 0.0);
}

}  // namespace
}  // namespace gradfit
