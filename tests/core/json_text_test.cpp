// JSON writers replace invalid UTF-8 with U+FFFD instead of throwing (which
// once aborted the CLI): the output stays valid JSON.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "gradfit/money_json.hpp"

namespace gradfit {
namespace {

TEST(JsonText, ABillWithInvalidUtf8TextIsStillValidJson) {
  CostBill bill;
  bill.program_id = "cmu\xff\xfe-msml";
  bill.notes.push_back("a note \xc3 cut short");
  std::string text;
  ASSERT_NO_THROW(text = CostBillJson(bill));
  const auto j = nlohmann::json::parse(text);
  EXPECT_EQ(j["program"], "cmu\xEF\xBF\xBD\xEF\xBF\xBD-msml");
}

}  // namespace
}  // namespace gradfit
