// The personal overlay (`--facts`): the user's own figures, validated like the
// catalog, applied over the real catalog, and marked "yours" everywhere.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "gradfit/catalog_export.hpp"
#include "gradfit/catalog_overlay.hpp"
#include "gradfit/catalog_query.hpp"
#include "test_paths.hpp"

namespace gradfit {
namespace {

using ::testing::HasSubstr;

using gradfit::test::kData;
using gradfit::test::kOverlays;
const Date kToday{2027, 3, 10};

Catalog RealCatalog() {
  std::vector<CatalogError> errors;
  auto c = LoadCatalog(kData, &errors);
  EXPECT_TRUE(c.ok()) << c.status().message();
  return c.ok() ? std::move(c.value()) : Catalog{};
}

const FactRow* Row(const std::vector<FactRow>& rows, const std::string& key) {
  for (const auto& r : rows)
    if (r.key == key) return &r;
  return nullptr;
}

TEST(OverlayTest, TheUsersFiguresWinAndAreMarkedYours) {
  Catalog catalog = RealCatalog();
  const Program before = *catalog.find_program("cmu-msml");
  std::vector<InputError> errors;
  auto overlay = LoadFactsOverlay(kOverlays + "my-facts.toml", catalog, &errors);
  for (const auto& e : errors) ADD_FAILURE() << e.ToString();
  ASSERT_TRUE(overlay.ok()) << overlay.status().message();
  ASSERT_TRUE(ApplyFactsOverlay(catalog, *overlay).ok());

  const Program& p = *catalog.find_program("cmu-msml");
  ASSERT_TRUE(p.tuition.known());
  EXPECT_EQ(p.tuition->amount, 61000);
  EXPECT_EQ(p.tuition->academic_year, "2027-28");
  const Source* s = p.source_of(p.tuition.source());
  ASSERT_NE(s, nullptr);
  EXPECT_TRUE(s->user_supplied);
  EXPECT_THAT(s->url, HasSubstr("yours: "));
  EXPECT_EQ(s->note, "my offer letter");
  EXPECT_EQ(s->as_of().ToString(), "2027-03-01");
  // The catalog's own sources stay, in place; the user's are added after them.
  EXPECT_EQ(p.sources.size(), before.sources.size() + 2);
  EXPECT_EQ(p.sources.front().url, before.sources.front().url);
  // A scholarship has a place the money module reads.
  ASSERT_EQ(p.user_aid.size(), 1u);
  EXPECT_EQ(p.user_aid[0]->amount, 10000);
  EXPECT_EQ(p.user_aid[0]->basis, TuitionBasis::kPerYear);
  // A deadline of a new term is added beside the catalog's.
  EXPECT_EQ(p.deadlines.size(), before.deadlines.size() + 1);

  const auto rows = ProgramFactRows(p, kToday);
  const FactRow* tuition = Row(rows, "tuition");
  ASSERT_NE(tuition, nullptr);
  EXPECT_TRUE(tuition->yours);
  EXPECT_THAT(tuition->value, HasSubstr("61000 USD per year (2027-28)"));
  EXPECT_THAT(tuition->value, HasSubstr("(yours)"));
  const FactRow* aid = Row(rows, "aid");
  ASSERT_NE(aid, nullptr);
  EXPECT_EQ(aid->value, "Dean's scholarship: 10000 USD per year (2027-28) (yours)");
  EXPECT_FALSE(Row(rows, "name")->yours);

  const nlohmann::json j = ProgramJson(catalog, p, kToday);
  EXPECT_TRUE(j["facts"]["tuition"]["yours"].get<bool>());
  EXPECT_FALSE(j["facts"]["name"]["yours"].get<bool>());
  EXPECT_EQ(j["your_facts"], nlohmann::json({"deadlines", "tuition", "aid"}));
  const auto& cols = ExportColumns();
  const auto cells = ExportRow(catalog, p, kToday);
  const size_t yours_col = std::find(cols.begin(), cols.end(), "your_facts") - cols.begin();
  ASSERT_LT(yours_col, cells.size());
  EXPECT_EQ(cells[yours_col], "deadlines; tuition; aid");

  // Without its own [[sources]], a program's figures cite the implicit "yours".
  const Program& omscs = *catalog.find_program("gatech-omscs");
  ASSERT_FALSE(omscs.fees.empty());
  const Source* fee_source = omscs.source_of(omscs.fees.back().source());
  ASSERT_NE(fee_source, nullptr);
  EXPECT_EQ(fee_source->id, "yours");
  EXPECT_TRUE(fee_source->user_supplied);
}

TEST(OverlayTest, SameFeeNameAndSameTermReplaceTheCatalogs) {
  Catalog catalog = RealCatalog();
  const Program& columbia = *catalog.find_program("columbia-mscs-ml");
  ASSERT_FALSE(columbia.fees.empty());
  ASSERT_FALSE(columbia.deadlines.empty());
  const size_t fees = columbia.fees.size(), deadlines = columbia.deadlines.size();
  FactsOverlay overlay;
  Program mine;
  mine.id = "columbia-mscs-ml";
  Source s;
  s.id = "yours";
  s.url = "yours: in memory";
  s.user_supplied = true;
  mine.sources.push_back(s);
  Fact<Fee> fee;
  fee.value = Fee{columbia.fees[0]->name, 1, "USD", TuitionBasis::kTotal, ""};
  fee.sources = {0};
  mine.fees.push_back(fee);
  Fact<Deadline> d;
  d.value = Deadline{columbia.deadlines[0]->term, Date{2027, 1, 5}};
  d.sources = {0};
  mine.deadlines.push_back(d);
  overlay.programs.push_back(mine);
  ASSERT_TRUE(ApplyFactsOverlay(catalog, overlay).ok());
  const Program& after = *catalog.find_program("columbia-mscs-ml");
  EXPECT_EQ(after.fees.size(), fees);
  EXPECT_EQ(after.fees[0]->amount, 1);
  EXPECT_TRUE(after.source_of(after.fees[0].source())->user_supplied);
  EXPECT_EQ(after.deadlines.size(), deadlines);
  EXPECT_EQ(after.deadlines[0]->date.ToString(), "2027-01-05");

  FactsOverlay unknown;
  unknown.file = "mine";
  unknown.programs.push_back(Program{});
  unknown.programs.back().id = "no-such-program";
  EXPECT_FALSE(ApplyFactsOverlay(catalog, unknown).ok());
}

// Every error names file, line and key; nothing of a broken file is applied.
TEST(OverlayTest, BrokenFactsFileNamesFileLineAndKey) {
  const Catalog catalog = RealCatalog();
  std::vector<InputError> errors;
  auto overlay = LoadFactsOverlay(kOverlays + "broken.toml", catalog, &errors);
  ASSERT_FALSE(overlay.ok());
  EXPECT_EQ(overlay.status().code(), Status::Code::kInvalidData);
  auto find = [&](const std::string& key) -> const InputError* {
    for (const auto& e : errors)
      if (e.key_path == key) return &e;
    return nullptr;
  };
  std::string all;
  for (const auto& e : errors) all += e.ToString() + "\n";
  const InputError* id = find("cmu-msmll");
  ASSERT_NE(id, nullptr) << all;
  EXPECT_EQ(id->line, 2);
  EXPECT_THAT(id->message, HasSubstr("no program 'cmu-msmll'"));
  EXPECT_THAT(id->file, HasSubstr("broken.toml"));
  const InputError* value = find("cmu-msml.tuition.amount");
  ASSERT_NE(value, nullptr) << all;
  EXPECT_EQ(value->line, 6);
  EXPECT_THAT(value->message, HasSubstr("expected a number"));
  const InputError* key = find("cmu-msml.tution");
  ASSERT_NE(key, nullptr) << all;
  EXPECT_EQ(key->line, 11);
  const InputError* currency = find("cmu-msml.aid[0].currency");
  ASSERT_NE(currency, nullptr) << all;
  EXPECT_EQ(currency->line, 17);
  ASSERT_NE(find("cmu-msml.aid[0].source"), nullptr) << all;  // no source "offer" declared

  errors.clear();
  auto missing = LoadFactsOverlay(kOverlays + "no-such-file.toml", catalog, &errors);
  EXPECT_EQ(missing.status().code(), Status::Code::kNotFound);
  ASSERT_EQ(errors.size(), 1u);
}

}  // namespace
}  // namespace gradfit
