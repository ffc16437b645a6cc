// The streamed JSON of a decision report (what `decide --json` writes) and the CSV names the
// reader keeps as views or, when quoted, as copies.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "gradfit/decide_csv.hpp"
#include "gradfit/decide_report.hpp"
#include "test_matrices.hpp"

namespace gradfit::decide {
namespace {

TEST(ReportStream, PiecesMakeTheSameJsonAndALargeReportComesInSeveral) {
  DecideRequest request;
  request.matrix = testing::Random(3000, 5, 17);
  request.method = Method::kTopsis;
  request.smaa.samples = 0;
  const DecisionReport report = Decide(request).value();
  std::vector<std::string> pieces;
  WriteDecisionReportJson(report, [&](std::string_view p) { pieces.emplace_back(p); });
  std::string joined;
  for (const auto& p : pieces) joined += p;
  EXPECT_EQ(joined, DecisionReportToJson(report));
  EXPECT_GT(pieces.size(), 3u);  // about 250 bytes per alternative, pieces of about 64 KB
  for (const auto& p : pieces) EXPECT_LT(p.size(), 70000u);
  EXPECT_EQ(joined.back(), '\n');
}

TEST(MatrixCsvNames, QuotedNamesAreComparedLikePlainOnes) {
  auto dup = ParseMatrixCsv("name,a\n\"A\",1\nB,2\nA,3\n", "m.csv");
  ASSERT_FALSE(dup.ok());
  EXPECT_NE(dup.status().message().find("m.csv:4: duplicate alternative 'A'"), std::string::npos)
      << dup.status().message();
  auto ok = ParseMatrixCsv("name,a\n\"x \"\"1\"\"\",1\n\"x \"\"2\"\"\",2\nx,3\n", "m.csv");
  ASSERT_TRUE(ok.ok()) << ok.status().message();
  EXPECT_EQ(ok->alternatives, (std::vector<std::string>{"x \"1\"", "x \"2\"", "x"}));
  auto quoted_dup = ParseMatrixCsv("name,a\n\"x, y\",1\nz,2\n\"x, y\",3\n", "m.csv");
  ASSERT_FALSE(quoted_dup.ok());
  EXPECT_NE(quoted_dup.status().message().find("m.csv:4: duplicate alternative 'x, y'"),
            std::string::npos)
      << quoted_dup.status().message();
}

}  // namespace
}  // namespace gradfit::decide
