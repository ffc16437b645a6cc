// CSV decision matrices and the comma lists of the decide command, with broken input.
#include <gtest/gtest.h>

#include <cmath>

#include "gradfit/decide_csv.hpp"

namespace gradfit::decide {
namespace {

const std::string kDir = GRADFIT_TEST_DIR "/decide/fixtures/";

TEST(MatrixCsv, ReadsNamesValuesMissingAndIntervals) {
  auto r = ReadMatrixCsv(kDir + "programs.csv");
  ASSERT_TRUE(r.ok()) << r.status().message();
  const DecisionMatrix& d = *r;
  EXPECT_EQ(d.alternatives, (std::vector<std::string>{"Alpha, MSc", "Beta", "Gamma", "Delta"}));
  EXPECT_EQ(d.criteria, (std::vector<std::string>{"salary", "cost", "fit"}));
  EXPECT_DOUBLE_EQ(d.value(1, 0), 55000);
  EXPECT_DOUBLE_EQ(d.value(0, 2), 0.8);
  EXPECT_TRUE(d.is_missing(3, 0));  // "NA"
  ASSERT_TRUE(d.has_intervals());
  EXPECT_DOUBLE_EQ(d.value(2, 1), 35000);  // "30000..40000": midpoint
  EXPECT_DOUBLE_EQ(d.lo[1 * 4 + 2], 30000);
  EXPECT_DOUBLE_EQ(d.hi[1 * 4 + 2], 40000);
  EXPECT_DOUBLE_EQ(d.lo[0], 60000);  // exact cells: zero-width interval
  EXPECT_TRUE(Validate(d).ok());
}

TEST(MatrixCsv, TextInANumericColumnNamesFileLineColumnAndHeader) {
  auto r = ReadMatrixCsv(kDir + "text_in_number.csv");
  ASSERT_FALSE(r.ok());
  const std::string& msg = r.status().message();
  EXPECT_NE(msg.find("text_in_number.csv:3"), std::string::npos) << msg;
  EXPECT_NE(msg.find("column 2 ('salary')"), std::string::npos) << msg;
  EXPECT_NE(msg.find("'55k'"), std::string::npos) << msg;
}

TEST(MatrixCsv, RaggedRowEmptyFileAndMissingFile) {
  auto ragged = ReadMatrixCsv(kDir + "ragged.csv");
  ASSERT_FALSE(ragged.ok());
  EXPECT_NE(ragged.status().message().find("ragged.csv:3: row has 2 fields, the header has 3"),
            std::string::npos)
      << ragged.status().message();
  auto empty = ReadMatrixCsv(kDir + "empty.csv");
  ASSERT_FALSE(empty.ok());
  EXPECT_NE(empty.status().message().find("empty"), std::string::npos);
  auto none = ReadMatrixCsv(kDir + "no_such_file.csv");
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.status().code(), Status::Code::kIoError);
}

TEST(MatrixCsv, OtherBrokenInputs) {
  EXPECT_FALSE(ParseMatrixCsv("name,a\n", "x.csv").ok());            // header only
  EXPECT_FALSE(ParseMatrixCsv("name\nA\n", "x.csv").ok());           // no criteria
  EXPECT_FALSE(ParseMatrixCsv("name,a\nA,1\nA,2\n", "x.csv").ok());  // duplicate
  EXPECT_FALSE(ParseMatrixCsv("name,a\n,1\n", "x.csv").ok());        // empty name
  EXPECT_FALSE(ParseMatrixCsv("name,a\n\"A,1\n", "x.csv").ok());     // unclosed quote
  EXPECT_FALSE(ParseMatrixCsv("name,a\nA,5..1\n", "x.csv").ok());    // lo > hi
  EXPECT_FALSE(ParseMatrixCsv("name,a\nA,inf\n", "x.csv").ok());     // not finite
  EXPECT_FALSE(ParseMatrixCsv("name,a\nA,1 2\n", "x.csv").ok());     // trailing text
  auto ok = ParseMatrixCsv("\xEF\xBB\xBFname,a\r\n\r\nA, 1.5 \r\nB,?\r\n", "x.csv");
  ASSERT_TRUE(ok.ok()) << ok.status().message();
  EXPECT_DOUBLE_EQ(ok->value(0, 0), 1.5);
  EXPECT_TRUE(std::isnan(ok->value(1, 0)));
}

TEST(CommaLists, DirectionsAndNumbers) {
  auto d = ParseDirections("benefit, cost,max,min");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(*d, (std::vector<Direction>{Direction::kBenefit, Direction::kCost, Direction::kBenefit,
                                        Direction::kCost}));
  auto bad = ParseDirections("benefit,cheap");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("type 2 is 'cheap'"), std::string::npos);
  auto w = ParseNumberList("0.3,0.2, 0.5");
  ASSERT_TRUE(w.ok());
  EXPECT_DOUBLE_EQ((*w)[2], 0.5);
  EXPECT_FALSE(ParseNumberList("0.3,x").ok());
}

}  // namespace
}  // namespace gradfit::decide
