// The catalog loader on the valid example and on broken catalogs kept under
// tests/catalog/fixtures/.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "gradfit/catalog.hpp"

namespace gradfit {
namespace {

const std::string kFixtures = std::string(GRADFIT_TEST_DIR) + "/catalog/fixtures";

TEST(LoaderTest, LoadsTheCompleteExample) {
  std::vector<CatalogError> errors;
  auto catalog = LoadCatalog(kFixtures + "/valid", &errors);
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
  ASSERT_EQ(p.fees.size(), 1u);
  ASSERT_EQ(p.deadlines.size(), 1u);
  EXPECT_EQ(p.deadlines[0]->date.ToString(), "2025-12-10");
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
  std::filesystem::copy_file(kFixtures + "/valid/institutions.toml", dir / "institutions.toml");
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
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace gradfit
