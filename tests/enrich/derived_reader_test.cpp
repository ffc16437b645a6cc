// Loading programs-derived.toml and the IPEDS table of institutions-derived.toml:
// the valid catalog fixture plus derived files, good and broken; every error
// names the file, line and key.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include "enrich/enrich_fixture.hpp"
#include "gradfit/catalog.hpp"

namespace gradfit {
namespace {

using namespace enrich_test;

const char* kGoodRow = R"(
[[programs]]
id = "example-msml"

[programs.graduate_outcomes]
unitid = "211440"
state = "PA"
cip = "11.01"
cip_title = "Computer and Information Sciences, General."
credential_level = 5
completers = 667
earnings_1yr = 138781
earnings_4yr = 193154
threshold_state = 36498
threshold_national = 36082
release = "2026-06-10"
cip_basis = "test"
source = "scorecard"

[programs.bachelor_outcomes]
unitid = "211440"
state = "PA"
cip = "11.01"
credential_level = 3
earnings_4yr = 187437
release = "2026-06-10"
cip_basis = "same CIP"
source = "scorecard"

[[programs.sources]]
id = "scorecard"
url = "https://collegescorecard.ed.gov/data/"
first_party = false
page_date = "2026-06-10"
)";

class DerivedReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("gradfit_derived_" +
            std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
    fs::copy(std::string(GRADFIT_TEST_DIR) + "/catalog/fixtures/valid", dir_,
             fs::copy_options::recursive);
  }
  void TearDown() override { fs::remove_all(dir_); }

  Result<Catalog> Load(const std::string& derived, std::vector<CatalogError>* errors) {
    WriteFile(dir_ / "programs-derived.toml", derived);
    return LoadCatalog(dir_.string(), errors);
  }

  // The one error of loading `derived`, as "file:line: key: message".
  std::string OneError(const std::string& derived) {
    std::vector<CatalogError> errors;
    auto c = Load(derived, &errors);
    EXPECT_FALSE(c.ok());
    if (errors.size() != 1) {
      std::string all;
      for (const auto& e : errors) all += e.message + " | ";
      ADD_FAILURE() << errors.size() << " errors: " << all;
      if (errors.empty()) return "";
    }
    const CatalogError& e = errors[0];
    return fmt::format("{}:{}: {}: {}", fs::path(e.file).filename().string(), e.line, e.key_path,
                       e.message);
  }

  fs::path dir_;
};

TEST_F(DerivedReaderTest, RowsAttachToTheProgramWithTheirSource) {
  std::vector<CatalogError> errors;
  auto c = Load(kGoodRow, &errors);
  ASSERT_TRUE(c.ok()) << (errors.empty() ? "" : errors[0].message);
  const Program* p = c->find_program("example-msml");
  ASSERT_TRUE(p->graduate_outcomes.known());
  EXPECT_EQ(p->graduate_outcomes->earnings_1yr, 138781);
  EXPECT_FALSE(p->graduate_outcomes->median_debt.has_value());
  EXPECT_EQ(p->graduate_outcomes->cip, "11.01");
  EXPECT_EQ(p->graduate_outcomes->release, "2026-06-10");
  const Source* s = p->source_of(p->graduate_outcomes.source());
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->id, "scorecard");
  EXPECT_EQ(p->source_of(p->bachelor_outcomes.source()), s);
  EXPECT_FALSE(p->bachelor_outcomes->earnings_1yr.has_value());
  EXPECT_EQ(p->bachelor_outcomes->earnings_4yr, 187437);
}

std::string Replace(std::string text, const std::string& from, const std::string& to) {
  const size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  return at == std::string::npos ? text : text.replace(at, from.size(), to);
}

TEST_F(DerivedReaderTest, BrokenRowsNameFileLineAndKey) {
  std::string e = OneError(Replace(kGoodRow, "id = \"example-msml\"", "id = \"ghost\""));
  EXPECT_EQ(e,
            "programs-derived.toml:3: programs[0].id: derived facts for unknown program 'ghost'");

  e = OneError(Replace(kGoodRow, "cip = \"11.01\"\ncip_title", "cip = \"1101\"\ncip_title"));
  EXPECT_EQ(e,
            "programs-derived.toml:8: programs[0].graduate_outcomes.cip: '1101' is not a CIP code "
            "like 11.01");

  e = OneError(Replace(kGoodRow, "credential_level = 5", "credential_level = 3"));
  EXPECT_NE(e.find(":10: programs[0].graduate_outcomes.credential_level: 3 where this table "
                   "holds credential level 5"),
            std::string::npos)
      << e;

  e = OneError(Replace(kGoodRow, "earnings_1yr = 138781", "earnings_1yr = \"a lot\""));
  EXPECT_EQ(e,
            "programs-derived.toml:12: programs[0].graduate_outcomes.earnings_1yr: expected a "
            "number");

  e = OneError(Replace(kGoodRow, "earnings_4yr = 193154", "earnings_4yr = -1"));
  EXPECT_NE(e.find(":13: programs[0].graduate_outcomes.earnings_4yr:"), std::string::npos) << e;

  e = OneError(Replace(kGoodRow, "completers = 667", "completer = 667"));
  EXPECT_NE(e.find(":11: programs[0].graduate_outcomes.completer: unknown key"), std::string::npos)
      << e;

  e = OneError(Replace(kGoodRow, "cip_basis = \"test\"\nsource = \"scorecard\"",
                       "cip_basis = \"test\"\nsource = \"nope\""));
  EXPECT_NE(e.find("programs[0].graduate_outcomes.source: unknown source id 'nope'"),
            std::string::npos)
      << e;

  e = OneError(
      Replace(kGoodRow, "release = \"2026-06-10\"\ncip_basis = \"test\"", "cip_basis = \"test\""));
  EXPECT_NE(e.find("programs[0].graduate_outcomes.release: required key is missing"),
            std::string::npos)
      << e;

  e = OneError(std::string(kGoodRow) + "\n[extra]\nx = 1\n");
  EXPECT_NE(e.find("extra: unknown key"), std::string::npos) << e;

  e = OneError("[[programs]]\nid = \"example-msml\"\n[programs.graduate_outcomes\n");
  EXPECT_NE(e.find("programs-derived.toml:3: : malformed TOML"), std::string::npos) << e;
}

TEST_F(DerivedReaderTest, IpedsChargesTableIsReadStrictly) {
  const std::string derived_inst = R"(
[[institutions]]
id = "example-u"

[institutions.ipeds_graduate_charges]
academic_year = "2023-24"
tuition_in_state = 48496
fees_in_state = 954
source = "ipeds"

[[institutions.sources]]
id = "ipeds"
url = "https://nces.ed.gov/ipeds/"
first_party = false
page_date = "2023"
)";
  WriteFile(dir_ / "institutions-derived.toml", derived_inst);
  std::vector<CatalogError> errors;
  auto c = LoadCatalog(dir_.string(), &errors);
  ASSERT_TRUE(c.ok()) << (errors.empty() ? "" : errors[0].message);
  const Institution* inst = c->find_institution("example-u");
  ASSERT_TRUE(inst->ipeds_graduate_charges.known());
  EXPECT_EQ(inst->ipeds_graduate_charges->tuition_in_state, 48496);
  EXPECT_FALSE(inst->ipeds_graduate_charges->tuition_out_of_state.has_value());
  EXPECT_EQ(inst->source_of(inst->ipeds_graduate_charges.source())->id, "ipeds");

  WriteFile(dir_ / "institutions-derived.toml",
            Replace(derived_inst, "academic_year = \"2023-24\"", "academic_year = \"2023\""));
  errors.clear();
  EXPECT_FALSE(LoadCatalog(dir_.string(), &errors).ok());
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].line, 6);
  EXPECT_EQ(errors[0].key_path, "institutions[0].ipeds_graduate_charges.academic_year");

  WriteFile(dir_ / "institutions-derived.toml",
            Replace(derived_inst, "fees_in_state = 954", "fees_instate = 954"));
  errors.clear();
  EXPECT_FALSE(LoadCatalog(dir_.string(), &errors).ok());
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].line, 8);
  EXPECT_EQ(errors[0].key_path, "institutions[0].ipeds_graduate_charges.fees_instate");
}

}  // namespace
}  // namespace gradfit
