// Whole-program tuition on the real catalog: the estimate behind `programs list
// --sort tuition`, `--max-tuition` and the budget check, with its marks.
#include <gtest/gtest.h>

#include <cmath>

#include "gradfit/catalog_query.hpp"
#include "gradfit/money_data.hpp"
#include "test_paths.hpp"

namespace gradfit {
namespace {

using gradfit::test::kData;

const Catalog& TheCatalog() {
  static const Catalog* c = [] {
    std::vector<CatalogError> errors;
    return new Catalog(LoadCatalog(kData, &errors).value());
  }();
  return *c;
}

TuitionTotalOptions In2026(const std::string& currency = "USD",
                           const ExchangeRates* rates = nullptr) {
  TuitionTotalOptions o;
  o.currency = currency;
  o.rates = rates;
  o.current_academic_year = 2026;
  o.today = Date{2026, 12, 1};
  return o;
}

TEST(TuitionTotalTest, PerCreditIsTimesCreditsAndCarriedToToday) {
  // Berkeley MIDS: $2,850 per unit, 27 units, a 2023-24 first-party figure.
  const Program* mids = TheCatalog().find_program("berkeley-mids");
  ASSERT_NE(mids, nullptr);
  TuitionTotal t = EstimateTuitionTotal(*mids, In2026());
  ASSERT_TRUE(t.amount) << t.basis;
  EXPECT_NEAR(*t.amount, 2850 * 27 * std::pow(1.04, 3), 1.0);
  EXPECT_TRUE(t.estimated);
  EXPECT_NE(t.basis.find("2,850 USD per credit x 27 credits (US semester hours)"),
            std::string::npos)
      << t.basis;
  EXPECT_TRUE(t.stale);  // 2023-24 is more than two years before 2026-12
  EXPECT_FALSE(t.third_party);
  EXPECT_NE(t.Marks().find("est."), std::string::npos);
  EXPECT_NE(t.Marks().find("[old]"), std::string::npos);
}

TEST(TuitionTotalTest, AWholeProgramPriceOfThisYearIsNotAnEstimate) {
  const Program* omscs = TheCatalog().find_program("gatech-omscs");
  ASSERT_NE(omscs, nullptr);
  TuitionTotal t = EstimateTuitionTotal(*omscs, In2026());
  ASSERT_TRUE(t.amount);
  EXPECT_DOUBLE_EQ(*t.amount, 7000);
  EXPECT_FALSE(t.estimated);
  EXPECT_FALSE(t.stale);
}

TEST(TuitionTotalTest, UnknownPartsStayUnknownAndOtherCurrenciesNeedRates) {
  Program p;
  p.id = "x";
  p.tuition.value = Tuition{10000, "USD", TuitionBasis::kPerTerm, "", 0, "all", ""};
  TuitionTotal t = EstimateTuitionTotal(p, In2026());
  EXPECT_FALSE(t.amount);
  EXPECT_NE(t.basis.find("length is unknown"), std::string::npos) << t.basis;
  p.duration_months.value = 16;  // three terms of six months
  t = EstimateTuitionTotal(p, In2026());
  ASSERT_TRUE(t.amount);
  EXPECT_DOUBLE_EQ(*t.amount, 30000);

  p.tuition.value = Tuition{20000, "GBP", TuitionBasis::kTotal, "2026-27", 2026, "all", ""};
  EXPECT_FALSE(EstimateTuitionTotal(p, In2026()).amount);  // no rates: never guessed
  auto money = LoadMoneyData(kData);
  ASSERT_TRUE(money.ok());
  t = EstimateTuitionTotal(p, In2026("USD", &money->rates));
  ASSERT_TRUE(t.amount);
  EXPECT_NEAR(*t.amount, *money->rates.Convert(20000, "GBP", "USD"), 1e-6);
  EXPECT_TRUE(t.estimated);
}

TEST(TuitionTotalTest, MaxTuitionAndSortUseTheWholeProgramTotal) {
  ProgramFilter f;
  f.max_tuition = 10000;
  ProgramSelection sel = SelectPrograms(TheCatalog(), f);
  bool omscs = false;
  for (const Program* p : sel.programs) {
    // $2,850 per credit is about $86,000 in all: not under 10,000.
    EXPECT_NE(p->id, "berkeley-mids");
    EXPECT_NE(p->id, "columbia-mscs-ml");
    omscs |= p->id == "gatech-omscs";
    auto t = EstimateTuitionTotal(*p);
    ASSERT_TRUE(t.amount) << p->id;
    EXPECT_LE(*t.amount, 10000) << p->id;
  }
  EXPECT_TRUE(omscs);

  ProgramFilter by_tuition;
  by_tuition.sort = ProgramSort::kTuition;
  sel = SelectPrograms(TheCatalog(), by_tuition);
  std::optional<double> last;
  size_t omscs_at = 0, columbia_at = 0;
  for (size_t k = 0; k < sel.programs.size(); ++k) {
    auto t = EstimateTuitionTotal(*sel.programs[k]);
    if (sel.programs[k]->id == "gatech-omscs") omscs_at = k;
    if (sel.programs[k]->id == "columbia-mscs-ml") columbia_at = k;
    if (!t.amount) {
      last = 1e300;  // unknown totals come last
      continue;
    }
    ASSERT_TRUE(!last || *last <= *t.amount) << sel.programs[k]->id;
    last = t.amount;
  }
  // $7,000 in total before $2,584 per credit.
  EXPECT_LT(omscs_at, columbia_at);
}

}  // namespace
}  // namespace gradfit
