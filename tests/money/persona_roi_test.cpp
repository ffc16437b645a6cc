// Cost and ROI for the test personas on the real catalog and money data: what a
// working engineer, a career changer and a student see (issue 9).
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "gradfit/money.hpp"
#include "gradfit/money_json.hpp"
#include "money/cost_line.hpp"
#include "test_paths.hpp"

namespace gradfit {
namespace {

using gradfit::test::kData;
using gradfit::test::kPersonas;

const Catalog& TheCatalog() {
  static Catalog c = [] {
    std::vector<CatalogError> errors;
    return LoadCatalog(kData, &errors).value();
  }();
  return c;
}
const MoneyData& Money() {
  static MoneyData d = LoadMoneyData(kData).value();
  return d;
}

struct PersonaInputs {
  CostInputs cost;
  RoiInputs roi;
};

PersonaInputs ForPersona(const std::string& name) {
  PersonaInputs in;
  auto p = LoadProfile(kPersonas + name + ".toml");
  EXPECT_TRUE(p.ok()) << p.status().message();
  ApplyProfile(p.value(), &in.cost, &in.roi);
  in.roi.mc.threads = 2;
  return in;
}

ProgramRoi Roi(const std::string& program, const PersonaInputs& in) {
  const Program* p = TheCatalog().find_program(program);
  EXPECT_NE(p, nullptr) << program;
  return EvaluateProgramRoi(*p, &TheCatalog(), in.cost, in.roi, Money());
}

using test::Line;

TEST(WorkingEngineer, OmscsLosesNoIncomeHasANarrowSpreadAndBeatsFullTimeCmu) {
  PersonaInputs in = ForPersona("working_swe_online");
  ProgramRoi omscs = Roi("gatech-omscs", in);
  ASSERT_TRUE(omscs.ok) << omscs.why_not;
  EXPECT_EQ(omscs.bill.mode, StudyMode::kPartTime);
  EXPECT_DOUBLE_EQ(*Line(omscs.bill, "lost_income")->amount, 0.0);
  EXPECT_TRUE(omscs.bill.months_estimated);   // the catalog has credits, not a length
  EXPECT_EQ(omscs.earnings_path, "premium");  // a software engineer keeps his own path
  EXPECT_EQ(omscs.uncertainty_sentences.size(), 4u);
  const RoiSummary& s = omscs.summary;
  EXPECT_LT(s.npv_p10, s.npv_p50);
  EXPECT_LT(s.npv_p50, s.npv_p90);
  EXPECT_LT(s.npv_p90 - s.npv_p10, 1'000'000);
  // Employer support cannot pay more than the program charges.
  EXPECT_GE(*omscs.bill.roi_direct_cost, 0.0);

  ProgramRoi cmu = Roi("cmu-msml", in);
  ASSERT_TRUE(cmu.ok) << cmu.why_not;
  EXPECT_EQ(cmu.bill.mode, StudyMode::kFullTime);  // never silently part-time
  EXPECT_GT(*Line(cmu.bill, "lost_income")->amount, 100'000);
  EXPECT_GT(s.npv_p50, cmu.summary.npv_p50 + 150'000);
}

TEST(CareerChanger, DataAnalystIntoDataScienceGetsAPositiveMedianAndARiskRange) {
  PersonaInputs in = ForPersona("analyst_small_budget");  // a data analyst earning USD 65,000
  ASSERT_EQ(*in.cost.salary, 65000);
  in.roi.role = "data_scientist";
  in.cost.study_online = true;
  ProgramRoi r = Roi("gatech-omscs", in);
  ASSERT_TRUE(r.ok) << r.why_not;
  EXPECT_EQ(r.earnings_path, "entry_wage");  // 65,000 is below the role's entry level
  // The entry wage is what the program's graduates earn a year after (College Scorecard),
  // where the catalog has it; the role's BLS median is where the pay converges.
  const WageStats* ds = Money().wages.for_role("data_scientist");
  const Program* omscs = TheCatalog().find_program("gatech-omscs");
  ASSERT_TRUE(omscs->graduate_outcomes.known());
  EXPECT_DOUBLE_EQ(r.model.post_salary, *omscs->graduate_outcomes->earnings_1yr);
  EXPECT_NE(r.salary_source.find("Scorecard"), std::string::npos) << r.salary_source;
  EXPECT_GT(r.model.target_salary, *ds->p25);
  EXPECT_DOUBLE_EQ(*Line(r.bill, "lost_income")->amount, 0.0);  // online beside the job
  EXPECT_GT(r.summary.npv_p50, 0);
  EXPECT_LT(r.summary.npv_p10, 0.25 * r.summary.npv_p50);  // the risk shows
  EXPECT_GT(r.summary.npv_p90, r.summary.npv_p50);
}

TEST(Student, NoIncomeLosesNothingAndStillGetsAnRoi) {
  PersonaInputs in = ForPersona("cs_grad_low_gpa_no_gre");  // no salary, CS bachelor's, US
  ASSERT_FALSE(in.cost.salary.has_value());
  ProgramRoi r = Roi("cmu-msml", in);
  ASSERT_TRUE(r.ok) << r.why_not;
  EXPECT_DOUBLE_EQ(*Line(r.bill, "lost_income")->amount, 0.0);
  // Without the degree: what CS bachelor's graduates earn (College Scorecard), labelled.
  EXPECT_DOUBLE_EQ(r.model.current_salary,
                   Money().earnings.bachelor_for("computer_science")->median_1yr);
  EXPECT_NE(r.counterfactual_source.find("College Scorecard"), std::string::npos);
  // A given bachelor's salary wins over the national figure.
  in.cost.bachelor_salary = 70000;
  EXPECT_DOUBLE_EQ(Roi("cmu-msml", in).model.current_salary, 70000);
}

TEST(International, VisaIsStatedAndAMissingWageCountryIsSaidNotInvented) {
  PersonaInputs in = ForPersona("international_no_english_test");  // lives in IN, no salary
  ProgramRoi home = Roi("cmu-msml", in);
  EXPECT_FALSE(home.ok);
  EXPECT_NE(home.why_not.find("IN"), std::string::npos) << home.why_not;
  in.roi.work_country = "US";
  in.cost.salary = 1'800'000;
  in.cost.salary_currency = "INR";
  in.cost.display_currency = "USD";
  ProgramRoi us = Roi("cmu-msml", in);
  ASSERT_TRUE(us.ok) << us.why_not;
  EXPECT_EQ(us.wage_country, "US");
  bool visa = false;
  for (const auto& s : us.uncertainty_sentences) visa = visa || s.rfind("Visa:", 0) == 0;
  EXPECT_TRUE(visa);
}

TEST(MoneyCriteria, OnlineProgramsWithoutAStatedLengthGetAnNpvForTheRank) {
  PersonaInputs in = ForPersona("working_swe_online");
  in.roi.mc.runs = 2000;
  bool seen = false;
  for (const auto& c : MoneyCriteria(TheCatalog(), in.cost, in.roi, Money())) {
    if (c.program_id != "gatech-omscs") continue;
    seen = true;
    EXPECT_TRUE(c.npv_p50.has_value());
    EXPECT_TRUE(c.months_estimated);
    EXPECT_NE(c.months_basis.find("estimate"), std::string::npos);
  }
  EXPECT_TRUE(seen);
}

std::string RunStdout(const std::string& args) {
  std::string cmd = std::string(GRADFIT_BINARY) + " " + args + " 2>/dev/null";
  FILE* pipe = popen(cmd.c_str(), "r");
  std::string out;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) out.append(buf.data(), n);
  EXPECT_EQ(WEXITSTATUS(pclose(pipe)), 0) << cmd;
  return out;
}

TEST(MoneyJson, CliPrintsExactlyTheLibrarysJson) {
  const std::string persona = kPersonas + "working_swe_online.toml";
  PersonaInputs in = ForPersona("working_swe_online");
  in.roi.mc.runs = 1000;
  ProgramRoi r = Roi("gatech-omscs", in);
  std::string cli =
      RunStdout("--catalog " + kData + " roi gatech-omscs --runs 1000 --json --profile " + persona);
  EXPECT_EQ(cli, ProgramRoiJson(r) + "\n");
  auto j = nlohmann::json::parse(cli);
  EXPECT_EQ(j["bill"]["months_estimated"], true);
  EXPECT_EQ(j["model"]["earnings_path"], "premium");
  EXPECT_EQ(j["uncertainty"].size(), 4u);
  std::string cost =
      RunStdout("--catalog " + kData + " cost gatech-omscs --json --profile " + persona);
  EXPECT_EQ(cost, CostBillJson(r.bill) + "\n");
}

TEST(MoneyText, TheEngineerSeesTheEstimatedLengthHisModeAndWhyTheSpread) {
  const std::string persona = kPersonas + "working_swe_online.toml";
  std::string cost = RunStdout("--catalog " + kData + " cost gatech-omscs --profile " + persona);
  EXPECT_NE(cost.find("30 months ESTIMATED"), std::string::npos) << cost;
  EXPECT_NE(cost.find("length: estimate, not the catalog's"), std::string::npos);
  EXPECT_NE(cost.find("keep all of your pay"), std::string::npos);
  EXPECT_NE(cost.find("capped at the tuition and fees"), std::string::npos);
  std::string roi =
      RunStdout("--catalog " + kData + " roi gatech-omscs --runs 1000 --profile " + persona);
  EXPECT_NE(roi.find("earnings model: you already work in the target role's family"),
            std::string::npos)
      << roi;
  size_t why = roi.find("Why the spread:");
  ASSERT_NE(why, std::string::npos);
  for (const char* s : {"- Premium:", "- Months to", "- Completion:", "- Growth:"})
    EXPECT_NE(roi.find(s, why), std::string::npos) << s;
}

}  // namespace
}  // namespace gradfit
