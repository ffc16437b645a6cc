// The catalog loader on the valid example and on broken catalogs kept under
// tests/catalog/fixtures/.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "gradfit/catalog.hpp"
#include "test_paths.hpp"

namespace gradfit {
namespace {

using gradfit::test::kCatalogFixtures;

TEST(LoaderTest, LoadsTheCompleteExample) {
  std::vector<CatalogError> errors;
  auto catalog = LoadCatalog(kCatalogFixtures + "/valid", &errors);
  for (const auto& e : errors) ADD_FAILURE() << e.ToString();
  ASSERT_TRUE(catalog.ok()) << catalog.status().message();
  ASSERT_EQ(catalog->programs.size(), 1u);
  const Program& p = catalog->programs[0];
  EXPECT_EQ(p.id, "example-msml");
  EXPECT_EQ(*p.name, "Master of Science in Machine Learning");
  EXPECT_EQ(*p.label, Label::kMl);
  EXPECT_EQ(*p.country, "US");
  EXPECT_EQ(*p.duration_months, 16);
  ASSERT_TRUE(p.credits.known());
  EXPECT_EQ(p.credits->unit, CreditUnit::kUnits);
  EXPECT_NEAR(*NormalizedCreditHours(*p.credits), 96 * 0.333, 1e-9);
  EXPECT_EQ(p.sources[p.practicum.source()].id, "blog");
  EXPECT_EQ(p.sources[p.duration_months.source()].id, "main");
  EXPECT_TRUE(p.sources[p.duration_months.source()].first_party);
  EXPECT_EQ(p.sources[0].page_date->ToString(), "2025-09");
  EXPECT_EQ(*p.admissions.gre, GrePolicy::kOptional);
  EXPECT_EQ(p.admissions.min_gpa->minimum, 3.0);
  EXPECT_EQ(p.admissions.prerequisite_subjects->size(), 4u);
  ASSERT_TRUE(p.tuition.known());
  EXPECT_EQ(p.tuition->basis, TuitionBasis::kPerYear);
  EXPECT_EQ(p.tuition->academic_year_start, 2025);
  EXPECT_EQ(p.sources[p.tuition.source()].id, "tuition");
  ASSERT_EQ(p.fees.size(), 2u);
  EXPECT_TRUE(p.fees[0].scope.empty());
  EXPECT_EQ(p.fees[1].scope.residency, Residency::kInternational);
  // Scopes: the online-only minimum GPA; the tuition's residency is its scope.
  EXPECT_EQ(p.admissions.min_gpa.scope.modality, Modality::kOnline);
  EXPECT_EQ(p.admissions.min_gpa.scope.ToString(), "online");
  EXPECT_TRUE(p.admissions.gre.scope.empty());
  EXPECT_EQ(p.tuition.scope.residency, Residency::kInternational);
  // Each completion option keeps the sources that state it.
  ASSERT_EQ(p.option_sources.size(), 3u);
  EXPECT_EQ(p.option_sources.at(StudyOption::kThesis).size(), 2u);
  EXPECT_EQ(p.options.sources.size(), 2u);
  ASSERT_EQ(p.deadlines.size(), 2u);
  EXPECT_EQ(p.deadlines[0]->date.ToString(), "2025-12-10");
  EXPECT_FALSE(p.deadlines[0]->yearly());
  ASSERT_TRUE(p.deadlines[1]->yearly());
  EXPECT_EQ(p.deadlines[1]->NextOn(Date{2026, 11, 25}).ToString(), "2027-08-15");
  EXPECT_EQ(p.deadlines[1]->NextOn(Date{2026, 8, 15}).ToString(), "2026-08-15");
  EXPECT_EQ(*p.industry.internship, Internship::kRequired);
  EXPECT_EQ(*p.outcomes->median_salary, 150000);
  EXPECT_TRUE(p.offers(Modality::kOnCampus));
  EXPECT_FALSE(p.offers(Modality::kOnline));
  ASSERT_EQ(catalog->institutions.size(), 1u);
  EXPECT_EQ(*catalog->institutions[0].name, "Example University");
}

TEST(LoaderTest, AbsentKeysAreUnknownNotZero) {
  const auto dir = std::filesystem::temp_directory_path() / "gradfit_minimal_catalog";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir / "programs");
  std::filesystem::copy_file(kCatalogFixtures + "/valid/institutions.toml",
                             dir / "institutions.toml");
  std::ofstream(dir / "programs" / "thin.toml") << R"(id = "thin"
institution = "example-u"
name = "MS Data Science"
label = "data_science"
source = "s"
[[sources]]
id = "s"
url = "https://www.example.edu/ds"
first_party = true
retrieved = "2026-11-25"
)";
  std::vector<CatalogError> errors;
  auto catalog = LoadCatalog(dir.string(), &errors);
  for (const auto& e : errors) ADD_FAILURE() << e.ToString();
  ASSERT_TRUE(catalog.ok());
  const Program& p = catalog->programs[0];
  EXPECT_FALSE(p.tuition.known());
  EXPECT_FALSE(p.duration_months.known());
  EXPECT_FALSE(p.admissions.min_gpa.known());
  EXPECT_FALSE(p.modality.known());
  EXPECT_EQ(*p.country, "US");  // from the institution, with its source
  EXPECT_EQ(p.sources[p.country.source()].id, "home");
  EXPECT_EQ(*p.city, "Pittsburgh");                // likewise the institution's city
  EXPECT_EQ(p.country.source(), p.city.source());  // one shared source, not copied twice
  EXPECT_EQ(p.sources.size(), 2u);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace gradfit

namespace gradfit {
namespace {

// Every problem of the broken catalog, reported together in one run.
class BrokenCatalogTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto catalog = LoadCatalog(kCatalogFixtures + "/broken", &errors_);
    ASSERT_FALSE(catalog.ok());
    EXPECT_EQ(catalog.status().code(), Status::Code::kInvalidData);
  }
  // The error whose file ends with `file` and whose key path is `key`.
  const CatalogError* Find(const std::string& file, const std::string& key) const {
    for (const auto& e : errors_)
      if (e.file.size() >= file.size() &&
          e.file.compare(e.file.size() - file.size(), file.size(), file) == 0 && e.key_path == key)
        return &e;
    return nullptr;
  }
  std::string All() const {
    std::string s;
    for (const auto& e : errors_) s += e.ToString() + "\n";
    return s;
  }
  std::vector<CatalogError> errors_;
};

TEST_F(BrokenCatalogTest, MalformedTomlNamesLineAndColumn) {
  const auto* e = Find("malformed.toml", "");
  ASSERT_NE(e, nullptr) << All();
  EXPECT_EQ(e->line, 14);
  EXPECT_GT(e->column, 0);
  EXPECT_NE(e->message.find("malformed TOML"), std::string::npos);
}

TEST_F(BrokenCatalogTest, WrongTypeNamesTheKey) {
  const auto* e = Find("wrong-type.toml", "structure.duration_months");
  ASSERT_NE(e, nullptr) << All();
  EXPECT_EQ(e->line, 14);
  EXPECT_NE(e->message.find("expected a number"), std::string::npos);
}

TEST_F(BrokenCatalogTest, UnknownKeysAndTablesAreErrors) {
  ASSERT_NE(Find("unknown-key.toml", "structure.duration_month"), nullptr) << All();
  const auto* t = Find("unknown-key.toml", "tution");
  ASSERT_NE(t, nullptr) << All();
  EXPECT_NE(t->message.find("unknown table"), std::string::npos);
}

TEST_F(BrokenCatalogTest, FactWithoutSourceFails) {
  const auto* e = Find("no-source.toml", "modality.formats");
  ASSERT_NE(e, nullptr) << All();
  EXPECT_NE(e->message.find("without a source"), std::string::npos);
  ASSERT_NE(Find("bad-source-ref.toml", "modality.source"), nullptr) << All();
}

TEST_F(BrokenCatalogTest, DuplicateIdsAndMismatchedFileNames) {
  const auto* dup = Find("dup-b.toml", "id");
  ASSERT_NE(dup, nullptr) << All();
  bool duplicate_reported = false;
  for (const auto& e : errors_)
    duplicate_reported |= e.message.find("duplicate program id 'dup-a'") != std::string::npos;
  EXPECT_TRUE(duplicate_reported) << All();
}

TEST_F(BrokenCatalogTest, RangesCurrenciesAndDatesAreChecked) {
  const auto* gpa = Find("out-of-range.toml", "admissions.min_gpa");
  ASSERT_NE(gpa, nullptr) << All();
  EXPECT_NE(gpa->message.find("5.2"), std::string::npos);
  ASSERT_NE(Find("out-of-range.toml", "tuition.currency"), nullptr) << All();
  const auto* date = Find("out-of-range.toml", "deadlines[0].date");
  ASSERT_NE(date, nullptr) << All();
  EXPECT_NE(date->message.find("2025-02-30"), std::string::npos);
  const auto* yearly = Find("out-of-range.toml", "deadlines[1].every_year");
  ASSERT_NE(yearly, nullptr) << All();
  EXPECT_NE(yearly->message.find("02-30"), std::string::npos);
  const auto* both = Find("out-of-range.toml", "deadlines[2].date");
  ASSERT_NE(both, nullptr) << All();
  EXPECT_NE(both->message.find("either"), std::string::npos);
}

TEST_F(BrokenCatalogTest, EnumsInstitutionsAndSourcesAreChecked) {
  ASSERT_NE(Find("bad-enum.toml", "modality.formats"), nullptr) << All();
  ASSERT_NE(Find("bad-enum.toml", "institution"), nullptr) << All();
  ASSERT_NE(Find("undated-source.toml", "country"), nullptr) << All();
  ASSERT_NE(Find("undated-source.toml", "sources[0].url"), nullptr) << All();
  ASSERT_NE(Find("undated-source.toml", "sources[0].retrieved"), nullptr) << All();
  ASSERT_NE(Find("not-a-file.toml", ""), nullptr) << All();
}

TEST_F(BrokenCatalogTest, BadScopesNameFileLineAndKey) {
  const auto* modality = Find("bad-scope.toml", "admissions.scope_for.min_gpa.modality");
  ASSERT_NE(modality, nullptr) << All();
  EXPECT_EQ(modality->line, 25);
  EXPECT_NE(modality->message.find("'remote'"), std::string::npos);
  // A scope for a key the table does not hold is a mistake, not a no-op.
  ASSERT_NE(Find("bad-scope.toml", "admissions.scope_for.toefl_ibt_min"), nullptr) << All();
  ASSERT_NE(Find("bad-scope.toml", "tuition.residency"), nullptr) << All();
  const auto* key = Find("bad-scope.toml", "fees[0].scope.campus");
  ASSERT_NE(key, nullptr) << All();
  EXPECT_NE(key->message.find("unknown scope key"), std::string::npos);
}

TEST_F(BrokenCatalogTest, EveryCompletionOptionNeedsItsOwnSource) {
  const auto* missing = Find("unsourced-options.toml", "structure.options");
  ASSERT_NE(missing, nullptr) << All();
  EXPECT_EQ(missing->line, 15);
  EXPECT_NE(missing->message.find("option_sources"), std::string::npos);
  // An option listed without a source, and a source for an option not listed.
  bool thesis = false, project = false;
  for (const auto& e : errors_) {
    if (e.file.find("bad-scope.toml") == std::string::npos) continue;
    thesis |= e.key_path == "structure.options" &&
              e.message.find("'thesis' has no source") != std::string::npos;
    project |= e.key_path == "structure.option_sources" &&
               e.message.find("'project'") != std::string::npos;
  }
  EXPECT_TRUE(thesis) << All();
  EXPECT_TRUE(project) << All();
}

TEST(ScopeTest, AppliesOnlyToUsersInScope) {
  Scope online;
  online.modality = Modality::kOnline;
  ScopeContext user;
  EXPECT_FALSE(ScopeApplies(online, user, "US").has_value());  // mode not said
  user.online = true;
  EXPECT_EQ(ScopeApplies(online, user, "US"), true);
  user.online = false;
  EXPECT_EQ(ScopeApplies(online, user, "US"), false);
  EXPECT_EQ(ScopeApplies(Scope{}, ScopeContext{}, "US"), true);  // the whole program

  Scope intl;
  intl.residency = Residency::kInternational;
  ScopeContext indian;
  indian.country = "IN";
  EXPECT_EQ(ScopeApplies(intl, indian, "US"), true);
  EXPECT_EQ(ScopeApplies(intl, indian, "IN"), false);
  Scope in_state;
  in_state.residency = Residency::kInState;
  EXPECT_EQ(ScopeApplies(in_state, indian, "US"), false);
  ScopeContext georgian;
  georgian.country = "US";
  georgian.us_state = "GA";
  EXPECT_FALSE(ScopeApplies(in_state, georgian, "US").has_value());  // program state unknown
  EXPECT_EQ(ScopeApplies(in_state, georgian, "US", "GA"), true);
  Scope eu;
  eu.residency = Residency::kEu;
  ScopeContext german;
  german.country = "DE";
  EXPECT_EQ(ScopeApplies(eu, german, "NL"), true);
  EXPECT_EQ(ScopeApplies(eu, indian, "NL"), false);
  // Both conditions must hold; a false one wins over an unknown one.
  Scope both = online;
  both.residency = Residency::kInternational;
  ScopeContext local_unknown_mode;
  local_unknown_mode.country = "US";
  EXPECT_EQ(ScopeApplies(both, local_unknown_mode, "US"), false);
}

TEST_F(BrokenCatalogTest, PrerequisiteStrengthListsAreChecked) {
  // A subject is required, preferred or recommended: never two at once.
  const auto* twice = Find("bad-prerequisites.toml", "admissions.prerequisites_preferred");
  ASSERT_NE(twice, nullptr) << All();
  EXPECT_NE(twice->message.find("'linear_algebra' is also in `prerequisite_subjects`"),
            std::string::npos)
      << twice->message;
  const auto* vocab = Find("bad-prerequisites.toml", "admissions.prerequisites_recommended");
  ASSERT_NE(vocab, nullptr) << All();
  EXPECT_NE(vocab->message.find("'juggling' is not a prerequisite subject id"), std::string::npos);
}

TEST(LoaderErrorsTest, MissingDirectoryIsNotFound) {
  std::vector<CatalogError> errors;
  auto catalog = LoadCatalog(kCatalogFixtures + "/does-not-exist", &errors);
  EXPECT_EQ(catalog.status().code(), Status::Code::kNotFound);
  ASSERT_EQ(errors.size(), 1u);
}

}  // namespace
}  // namespace gradfit
