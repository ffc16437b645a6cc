// Scoped catalog facts in the fit checks, on the real catalog: a minimum GPA of
// the online route binds only online students; a tuition rate for international
// students is not the budget figure of someone who lives in the program's country.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "gradfit/catalog.hpp"
#include "gradfit/fit.hpp"
#include "test_paths.hpp"

namespace gradfit {
namespace {

using ::testing::HasSubstr;

using gradfit::test::kData;

class ScopedFacts : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::vector<CatalogError> errors;
    auto c = LoadCatalog(kData, &errors);
    ASSERT_TRUE(c.ok()) << c.status().message();
    catalog_ = new Catalog(std::move(c.value()));
  }
  static void TearDownTestSuite() { delete catalog_; }
  static const Program& Get(const std::string& id) { return *catalog_->find_program(id); }
  static Check Find(const std::vector<Check>& checks, const std::string& id) {
    for (const auto& c : checks)
      if (c.id == id) return c;
    ADD_FAILURE() << "no check " << id;
    return {};
  }
  static Catalog* catalog_;
};
Catalog* ScopedFacts::catalog_ = nullptr;

TEST_F(ScopedFacts, AnOnlineOnlyMinimumGpaBindsOnlyOnlineStudents) {
  Profile p;
  ASSERT_TRUE(SetProfileField(p, "education.gpa", "3.1").ok());
  const Program& columbia = Get("columbia-mscs-ml");
  // Route not said: below the online minimum leaves the verdict open.
  Check gpa = Find(AdmissionChecks(p, columbia), "gpa");
  EXPECT_EQ(gpa.verdict, Verdict::kUnknown);
  EXPECT_THAT(gpa.reason, HasSubstr("stated for online students only"));
  // Studying online: the minimum applies and is not met.
  ASSERT_TRUE(SetProfileField(p, "constraints.must_online", "true").ok());
  gpa = Find(AdmissionChecks(p, columbia), "gpa");
  EXPECT_EQ(gpa.verdict, Verdict::kNotMet);
  EXPECT_THAT(gpa.reason, HasSubstr("as you are"));
  // An unscoped minimum is unchanged: OMSCS's 3.0 is met with 3.1 whatever the route.
  EXPECT_EQ(Find(AdmissionChecks(p, Get("gatech-omscs")), "gpa").verdict, Verdict::kMet);
}

TEST_F(ScopedFacts, AnInternationalRateIsNotAResidentsBudgetFigure) {
  const Program& lboro = Get("loughborough-msc-ai");  // 30,900 GBP total, international rate
  ASSERT_EQ(lboro.tuition.scope.residency, Residency::kInternational);
  Profile p;
  ASSERT_TRUE(SetProfileField(p, "budget", "40000 GBP").ok());
  ASSERT_TRUE(SetProfileField(p, "location.country", "IN").ok());
  EXPECT_EQ(Find(ConstraintChecks(p, lboro, catalog_), "budget").verdict, Verdict::kMet);
  ASSERT_TRUE(SetProfileField(p, "location.country", "GB").ok());
  const Check home = Find(ConstraintChecks(p, lboro, catalog_), "budget");
  EXPECT_EQ(home.verdict, Verdict::kUnknown);
  EXPECT_THAT(home.reason, HasSubstr("the rate for international students only"));
}

}  // namespace
}  // namespace gradfit
