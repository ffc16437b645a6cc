// EnrichCatalog's College Scorecard and IPEDS steps on the fake shared folder
// of enrich_fixture.hpp: which row stands for a program, what is written, and
// the errors of broken CSV files.
#include <gtest/gtest.h>
#include <toml++/toml.h>

#include "enrich/enrich_fixture.hpp"

namespace gradfit {
namespace {

using namespace enrich_test;
using namespace std::string_literals;

const toml::table* FindProgram(const toml::table& doc, std::string_view id) {
  const toml::array* arr = doc["programs"].as_array();
  if (!arr) return nullptr;
  for (const auto& node : *arr)
    if (const toml::table* t = node.as_table(); t && (*t)["id"].value_or(""s) == id) return t;
  return nullptr;
}

TEST_F(EnrichTest, ProgramTakesTheLargerComputerScienceRowAndItsBachelorsRow) {
  EnrichReport report;
  ASSERT_TRUE(Run(&report).ok());
  EXPECT_EQ(report.programs, 3);
  EXPECT_EQ(report.with_scorecard, 2);
  EXPECT_EQ(report.programs_output_file, (catalog_ / "programs-derived.toml").string());
  toml::table doc = toml::parse_file((catalog_ / "programs-derived.toml").string());
  const toml::table* cmu = FindProgram(doc, "cmu-msml");
  ASSERT_NE(cmu, nullptr);
  const auto grad = (*cmu)["graduate_outcomes"];
  EXPECT_EQ(grad["cip"].value_or(""s), "11.01");  // 667 completers beat 11.07's 81
  EXPECT_EQ(grad["unitid"].value_or(""s), "211440");
  EXPECT_EQ(grad["state"].value_or(""s), "PA");
  EXPECT_EQ(grad["credential_level"].value_or(0), 5);
  EXPECT_EQ(grad["completers"].value_or(0), 667);
  EXPECT_EQ(grad["earnings_1yr"].value_or(0), 138781);
  EXPECT_EQ(grad["earnings_4yr"].value_or(0), 193154);
  EXPECT_EQ(grad["median_debt"].value_or(0), 61305);
  EXPECT_EQ(grad["threshold_state"].value_or(0), 36498);
  EXPECT_EQ(grad["threshold_national"].value_or(0), 36082);
  EXPECT_EQ(grad["release"].value_or(""s), "2026-06-10");
  EXPECT_NE(grad["cip_basis"].value_or(""s).find("larger"), std::string::npos);
  EXPECT_EQ(grad["source"].value_or(""s), "scorecard");
  const auto bach = (*cmu)["bachelor_outcomes"];
  EXPECT_EQ(bach["cip"].value_or(""s), "11.01");
  EXPECT_EQ(bach["credential_level"].value_or(0), 3);
  EXPECT_FALSE(bach["earnings_1yr"]);  // suppressed: absent, never zero
  EXPECT_FALSE(bach["median_debt"]);
  EXPECT_EQ(bach["earnings_4yr"].value_or(0), 187437);
  const toml::table& src = *(*cmu)["sources"].as_array()->get(0)->as_table();
  EXPECT_EQ(src["id"].value_or(""s), "scorecard");
  EXPECT_EQ(src["page_date"].value_or(""s), "2026-06-10");
  EXPECT_EQ(src["attribution"].value_or(""s),
            "College Scorecard (U.S. Department of Education), via Truewise "
            "(github.com/ndranandraj/truewise)");
  const std::string note = src["note"].value_or(""s);
  EXPECT_NE(note.find("federally aided"), std::string::npos) << note;
  EXPECT_NE(note.find("pools"), std::string::npos) << note;
  // The institution without a UNITID gets nothing.
  EXPECT_EQ(FindProgram(doc, "wgu-mscs"), nullptr);
}

TEST_F(EnrichTest, DataScienceProgramTakesTheDataScienceRowEvenWhenSmaller) {
  ASSERT_TRUE(Run(nullptr).ok());
  toml::table doc = toml::parse_file((catalog_ / "programs-derived.toml").string());
  const toml::table* cityu = FindProgram(doc, "cityu-msds");
  ASSERT_NE(cityu, nullptr);
  EXPECT_EQ((*cityu)["graduate_outcomes"]["cip"].value_or(""s), "30.70");
  EXPECT_EQ((*cityu)["graduate_outcomes"]["completers"].value_or(0), 1);
  EXPECT_FALSE((*cityu)["graduate_outcomes"]["earnings_1yr"]);
  EXPECT_FALSE((*cityu)["bachelor_outcomes"]);  // no bachelor's 30.70 row
}

TEST_F(EnrichTest, DataScienceWithoutADataScienceRowSaysTheStandInIsUncertain) {
  WriteFile(catalog_ / "programs" / "cmu-msds.toml",
            "id = \"cmu-msds\"\ninstitution = \"cmu\"\nlabel = \"data_science\"\n");
  ASSERT_TRUE(Run(nullptr).ok());
  toml::table doc = toml::parse_file((catalog_ / "programs-derived.toml").string());
  const toml::table* p = FindProgram(doc, "cmu-msds");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ((*p)["graduate_outcomes"]["cip"].value_or(""s), "11.01");
  EXPECT_EQ((*p)["graduate_outcomes"]["cip_basis"].value_or(""s).rfind("Uncertain:", 0), 0u);
}

TEST_F(EnrichTest, UnknownUnitidAndMissingRowAreReported) {
  WriteFile(shared_ / "scorecard-fos" / "scorecard_fos_cs_ds_stats.csv",
            std::string(kScorecard) +
                "433387,000000,Western Governors University,UT,\"Private, nonprofit\",1110,IT "
                "Administration.,5,Master's Degree,1007,121837,144205,11526,38556,36082\n");
  WriteFile(catalog_ / "institutions.toml",
            std::string(kInstitutions) +
                "\n[[institutions]]\nid = \"nowhere\"\nscorecard_unitid = \"999999\"\n"
                "\n[[institutions]]\nid = \"wgu2\"\nscorecard_unitid = \"433387\"\n");
  WriteFile(catalog_ / "programs" / "wgu2-mscs.toml",
            "id = \"wgu2-mscs\"\ninstitution = \"wgu2\"\nlabel = \"ml\"\n");
  EnrichReport report;
  ASSERT_TRUE(Run(&report).ok());
  ASSERT_EQ(report.unmatched.size(), 4u);
  EXPECT_EQ(report.unmatched[2], "nowhere: College Scorecard has no UNITID 999999");
  EXPECT_EQ(report.unmatched[3],
            "wgu2-mscs: no computer-science (11.01/11.07) master's row for this institution");
}

TEST_F(EnrichTest, IpedsChargesAreWrittenWithTheirSource) {
  EnrichReport report;
  ASSERT_TRUE(Run(&report).ok());
  EXPECT_EQ(report.with_ipeds_charges, 1);
  toml::table doc = toml::parse_file((catalog_ / "institutions-derived.toml").string());
  const toml::table* cmu = FindInstitution(doc, "cmu");
  ASSERT_NE(cmu, nullptr);
  const auto c = (*cmu)["ipeds_graduate_charges"];
  EXPECT_EQ(c["academic_year"].value_or(""s), "2023-24");
  EXPECT_EQ(c["tuition_in_state"].value_or(0), 48496);
  EXPECT_EQ(c["fees_in_state"].value_or(0), 954);
  EXPECT_EQ(c["per_credit_out_of_state"].value_or(0), 680);
  EXPECT_EQ(c["source"].value_or(""s), "ipeds");
  const toml::array& sources = *(*cmu)["sources"].as_array();
  const toml::table& ipeds = *sources.get(sources.size() - 1)->as_table();
  EXPECT_EQ(ipeds["id"].value_or(""s), "ipeds");
  EXPECT_NE(ipeds["note"].value_or(""s).find("not a program's price"), std::string::npos);
}

TEST_F(EnrichTest, BrokenScorecardCsvNamesFileLineAndColumn) {
  const auto path = shared_ / "scorecard-fos" / "scorecard_fos_cs_ds_stats.csv";
  const std::string header =
      "UNITID,OPEID6,INSTNM,STABBR,CONTROL,CIPCODE,CIPDESC,CREDLEV,CREDDESC,IPEDSCOUNT1,"
      "EARN_MDN_1YR,EARN_MDN_4YR,DEBT_ALL_STGP_EVAL_MDN,EARN_THR_STATE,EARN_THR_NAT\n";
  struct Case {
    std::string row, message;
  };
  const Case cases[] = {
      {"1,2,A,PA,P,1101,CS,5,M,10,12x,,,1,1\n", ":2: EARN_MDN_1YR: '12x' is not a number"},
      {"1,2,A,PA,P,1101,CS,5,M,10,-5,,,1,1\n", ":2: EARN_MDN_1YR: '-5' is not a number"},
      {"1,2,A,PA,P,11.01,CS,5,M,10,,,,1,1\n", ":2: CIPCODE: '11.01' is not a 4-digit CIP code"},
      {"1,2,A,PA,P,1101,CS,M,M,10,,,,1,1\n", ":2: CREDLEV: 'M' is not a credential level"},
      {"1,2,A,PA,P,1101,CS,5,M,10,,,1,1\n", ":2: expected 15 fields, found 14"},
      {"1,2,\"A,PA,P,1101,CS,5,M,10,,,,1,1\n", ":2: unterminated quoted field"},
  };
  for (const Case& c : cases) {
    WriteFile(path, header + c.row);
    Status s = Run(nullptr);
    EXPECT_EQ(s.code(), Status::Code::kInvalidData) << c.row;
    EXPECT_NE(s.message().find("scorecard_fos_cs_ds_stats.csv" + c.message), std::string::npos)
        << s.message();
    EXPECT_FALSE(fs::exists(catalog_ / "programs-derived.toml"));
    EXPECT_FALSE(fs::exists(catalog_ / "institutions-derived.toml"));
  }
  WriteFile(path, "UNITID,INSTNM\n1,A\n");
  EXPECT_NE(Run(nullptr).message().find(":1: header has no `STABBR` column"), std::string::npos);
}

TEST_F(EnrichTest, BrokenIpedsCsvNamesFileLineAndColumn) {
  const auto path = shared_ / "ipeds-ic-ay" / "ipeds_ic2023_ay_grad_tuition_selected.csv";
  const std::string header =
      "UNITID,INSTNM,IC_YEAR,ACADEMIC_YEAR,TUITION5,FEE5,HRCHG5,TUITION6,FEE6,HRCHG6,TUITION7,"
      "FEE7,HRCHG7,UG_TUITION2,UG_FEE2,UG_TUITION3,UG_FEE3\n";
  WriteFile(path, header + "1,A,2022,2022-23,1,1,1,1,1,1,1,1,1,1,1,1,1\n");
  Status s = Run(nullptr);
  EXPECT_EQ(s.code(), Status::Code::kInvalidData);
  EXPECT_NE(s.message().find(":2: ACADEMIC_YEAR: '2022-23' is not 2023-24"), std::string::npos)
      << s.message();
  WriteFile(path, header + "1,A,2023,2023-24,1,1,1,n/a,1,1,1,1,1,1,1,1,1\n");
  s = Run(nullptr);
  EXPECT_NE(s.message().find(":2: TUITION6: 'n/a' is not an amount in USD"), std::string::npos)
      << s.message();
  WriteFile(path, header + "1,A,2023,2023-24,1,1,1,1,1,1,1,1,1,1,1,1,1\n" +
                      "1,A,2023,2023-24,1,1,1,1,1,1,1,1,1,1,1,1,1\n");
  EXPECT_NE(Run(nullptr).message().find(":3: UNITID 1 appears twice"), std::string::npos);
  fs::remove(path);
  s = Run(nullptr);
  EXPECT_EQ(s.code(), Status::Code::kNotFound);
  EXPECT_NE(s.message().find("ipeds_ic2023_ay_grad_tuition_selected.csv"), std::string::npos);
}

}  // namespace
}  // namespace gradfit
