// The bill with the user's own figures (--facts overlay) and with scoped
// catalog facts: an offer's scholarship is subtracted and marked "yours"; a fee
// stated for another group is not charged.
#include <gtest/gtest.h>

#include "gradfit/catalog_overlay.hpp"
#include "gradfit/money.hpp"

namespace gradfit {
namespace {

struct World {
  Catalog catalog;
  MoneyData data;
};

const World& TheWorld() {
  static World w = [] {
    World out;
    std::vector<CatalogError> errors;
    auto c = LoadCatalog(GRADFIT_SOURCE_DIR "/data", &errors);
    EXPECT_TRUE(c.ok()) << c.status().message();
    out.catalog = std::move(c).value();
    std::vector<MoneyDataError> money_errors;
    auto d = LoadMoneyData(GRADFIT_SOURCE_DIR "/data", &money_errors);
    EXPECT_TRUE(d.ok()) << d.status().message();
    out.data = std::move(d).value();
    return out;
  }();
  return w;
}

const CostLine* FindLine(const CostBill& bill, std::string_view label_start) {
  for (const auto& l : bill.lines)
    if (l.label.rfind(label_start, 0) == 0) return &l;
  return nullptr;
}

TEST(UserFiguresCostTest, AnOffersScholarshipIsSubtractedAndMarkedYours) {
  Catalog catalog = TheWorld().catalog;
  std::vector<InputError> errors;
  auto overlay = LoadFactsOverlay(GRADFIT_TEST_DIR "/catalog/fixtures/overlay/my-facts.toml",
                                  catalog, &errors);
  ASSERT_TRUE(overlay.ok()) << overlay.status().message();
  ASSERT_TRUE(ApplyFactsOverlay(catalog, *overlay).ok());
  CostInputs in;
  in.country = "US";
  in.salary = 0;
  const Program* cmu = catalog.find_program("cmu-msml");
  ASSERT_NE(cmu, nullptr);
  CostBill bill = ComputeCost(*cmu, &catalog, in, TheWorld().data);
  const CostLine* aid = FindLine(bill, "Aid: Dean's scholarship (yours)");
  ASSERT_NE(aid, nullptr);
  ASSERT_TRUE(aid->amount.has_value()) << aid->formula;
  // 10,000 a year over the program's length, subtracted.
  EXPECT_LT(*aid->amount, -10000.0 + 1e-6);
  EXPECT_NE(aid->source.find("yours"), std::string::npos) << aid->source;
}

TEST(UserFiguresCostTest, AFeeForInternationalStudentsIsNotChargedToAUsResident) {
  const Program* columbia = TheWorld().catalog.find_program("columbia-mscs-ml");
  ASSERT_NE(columbia, nullptr);
  bool has_scoped_fee = false;
  for (const auto& f : columbia->fees) has_scoped_fee |= !f.scope.empty();
  ASSERT_TRUE(has_scoped_fee) << "the catalog records Columbia's international student fee";
  CostInputs us;
  us.country = "US";
  CostInputs in_india;
  in_india.country = "IN";
  CostBill resident = ComputeCost(*columbia, &TheWorld().catalog, us, TheWorld().data);
  CostBill international = ComputeCost(*columbia, &TheWorld().catalog, in_india, TheWorld().data);
  auto fees = [](const CostBill& b) {
    int n = 0;
    for (const auto& l : b.lines) n += l.key == "fees";
    return n;
  };
  EXPECT_EQ(fees(international), fees(resident) + 1);
  bool noted = false;
  for (const auto& n : resident.notes) noted |= n.find("not charged to you") != std::string::npos;
  EXPECT_TRUE(noted);
}

}  // namespace
}  // namespace gradfit
