// The fake shared data folder and catalog the enrich tests write (one test
// fixture for tests/enrich/*_test.cpp).
#pragma once

#include <gtest/gtest.h>
#include <toml++/toml.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "gradfit/enrich.hpp"

namespace gradfit::enrich_test {

namespace fs = std::filesystem;
using namespace std::string_literals;

inline void WriteFile(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

inline std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline const char* kInstitutions = R"(
[[institutions]]
id = "cmu"
name = "Carnegie Mellon University"
country = "US"
scorecard_unitid = "211440"
csrankings_name = "Carnegie Mellon University"
universities_name = "Carnegie Mellon University"
source = "home"

[[institutions]]
id = "cityu-seattle"
country = "US"
scorecard_unitid = "234915"
universities_name = "City University"

[[institutions]]
id = "wgu"
universities_name = "Western Governors University"

[[institutions]]
id = "ghost"
csrankings_name = "Nowhere Institute"
universities_name = "Nowhere Institute"
)";

// "City University" appears twice: the US one must win for a US institution.
inline const char* kUniversities = R"([
  {"name": "City University", "domains": ["cityuniversity.edu.bd"], "web_pages": [],
   "country": "Bangladesh", "alpha_two_code": "BD", "state-province": null},
  {"name": "Carnegie Mellon University", "domains": ["cmu.edu", "andrew.cmu.edu"],
   "web_pages": ["https://www.cmu.edu/"], "country": "United States",
   "alpha_two_code": "US", "state-province": null},
  {"name": "City University", "domains": ["cityu.edu"], "web_pages": [],
   "country": "United States", "alpha_two_code": "US", "state-province": null},
  {"name": "Western Governors University", "domains": ["wgu.edu"], "web_pages": [],
   "country": "United States", "alpha_two_code": "US", "state-province": null}
])";

inline const char* kCsrankings =
    "name,affiliation,homepage,scholarid\n"
    "Ada One,Carnegie Mellon University,https://a.example/,NOSCHOLARPAGE\n"
    "\"Two, Bob\",Carnegie Mellon University,\"https://b.example/?x=1,2\",abc\n"
    "Cy Three,Carnegie Mellon University,https://c.example/,def\n"
    "Di Four,Georgia Institute of Technology,https://d.example/,NOSCHOLARPAGE\n";

// College Scorecard rows: CMU has two computer-science master's rows (11.01 larger),
// a bachelor's 11.01 row with a suppressed 1-year figure; CityU has a tiny Data
// Science master's row and a larger Computer Science one.
inline const char* kScorecard =
    "UNITID,OPEID6,INSTNM,STABBR,CONTROL,CIPCODE,CIPDESC,CREDLEV,CREDDESC,IPEDSCOUNT1,"
    "EARN_MDN_1YR,EARN_MDN_4YR,DEBT_ALL_STGP_EVAL_MDN,EARN_THR_STATE,EARN_THR_NAT\n"
    "211440,003242,Carnegie Mellon University,PA,\"Private, nonprofit\",1101,\"Computer and "
    "Information Sciences, General.\",5,Master's Degree,667,138781,193154,61305,36498,36082\n"
    "211440,003242,Carnegie Mellon University,PA,\"Private, nonprofit\",1107,Computer "
    "Science.,5,Master's Degree,81,,,,36498,36082\n"
    "211440,003242,Carnegie Mellon University,PA,\"Private, nonprofit\",1101,\"Computer and "
    "Information Sciences, General.\",3,Bachelor's Degree,100,,187437,,36498,36082\n"
    "234915,010070,City University of Seattle,WA,\"Private, nonprofit\",3070,Data Science.,5,"
    "Master's Degree,1,,,,40611,36082\n"
    "234915,010070,City University of Seattle,WA,\"Private, nonprofit\",1107,Computer "
    "Science.,5,Master's Degree,30,,,,40611,36082\n";

inline const char* kIpeds =
    "UNITID,INSTNM,IC_YEAR,ACADEMIC_YEAR,TUITION5,FEE5,HRCHG5,TUITION6,FEE6,HRCHG6,TUITION7,FEE7,"
    "HRCHG7,UG_TUITION2,UG_FEE2,UG_TUITION3,UG_FEE3\n"
    "211440,Carnegie Mellon University,2023,2023-24,48496,954,680,48496,954,680,48496,954,680,"
    "62260,1014,62260,1014\n"
    "110635,University of California-Berkeley,2023,2023-24,12264,2997,,12264,2997,,27366,2997,,"
    "11834,3016,42611,3016\n";

class EnrichTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            ("gradfit_enrich_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
             "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    catalog_ = root_ / "data";
    shared_ = root_ / "shared";
    WriteFile(catalog_ / "institutions.toml", kInstitutions);
    WriteFile(shared_ / "universities" / "world_universities_and_domains.json", kUniversities);
    WriteFile(shared_ / "csrankings" / "csrankings.csv", kCsrankings);
    WriteFile(shared_ / "scorecard-fos" / "scorecard_fos_cs_ds_stats.csv", kScorecard);
    WriteFile(shared_ / "ipeds-ic-ay" / "ipeds_ic2023_ay_grad_tuition_selected.csv", kIpeds);
    WriteFile(catalog_ / "programs" / "cmu-msml.toml",
              "id = \"cmu-msml\"\ninstitution = \"cmu\"\nlabel = \"ml\"\n");
    WriteFile(catalog_ / "programs" / "cityu-msds.toml",
              "id = \"cityu-msds\"\ninstitution = \"cityu-seattle\"\nlabel = \"data_science\"\n");
    WriteFile(catalog_ / "programs" / "wgu-mscs.toml",
              "id = \"wgu-mscs\"\ninstitution = \"wgu\"\nlabel = \"cs_ml_specialization\"\n");
  }
  void TearDown() override { fs::remove_all(root_); }

  Status Run(EnrichReport* report) {
    return EnrichCatalog(catalog_.string(), shared_.string(), report);
  }

  fs::path root_, catalog_, shared_;
};

inline const toml::table* FindInstitution(const toml::table& doc, std::string_view id) {
  const toml::array* arr = doc["institutions"].as_array();
  if (!arr) return nullptr;
  for (const auto& node : *arr)
    if (const toml::table* t = node.as_table(); t && (*t)["id"].value_or(""s) == id) return t;
  return nullptr;
}

}  // namespace gradfit::enrich_test
