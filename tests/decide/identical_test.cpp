// Identical alternatives in the decision report: which one each is identical to, and the
// notes that name the groups (in increasing order of their values, at most five).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "gradfit/decide_report.hpp"
#include "test_matrices.hpp"

namespace gradfit::decide {
namespace {

using testing::FromRows;

DecisionReport Report(const std::vector<std::vector<double>>& rows) {
  DecideRequest r;
  r.matrix = FromRows(rows, {Direction::kBenefit, Direction::kCost});
  r.smaa.samples = 0;
  return Decide(r).value();
}

std::vector<std::string> IdentityNotes(const DecisionReport& report) {
  std::vector<std::string> out;
  for (const auto& n : report.notes)
    if (n.find("identical") != std::string::npos) out.push_back(n);
  return out;
}

TEST(IdenticalRows, EachPointsAtTheFirstOfItsGroup) {
  // Rows 0, 2 and 5 are equal; -0.0 equals 0.0, so rows 3 and 4 are equal too.
  const auto r = Report({{1, 2}, {3, 4}, {1, 2}, {0.0, -0.0}, {-0.0, 0.0}, {1, 2}, {1, 3}});
  EXPECT_EQ(r.identical_to, (std::vector<std::size_t>{0, 1, 0, 3, 3, 0, 6}));
  const auto notes = IdentityNotes(r);
  ASSERT_EQ(notes.size(), 2u);
  // Groups in increasing order of their values: (0, 0) before (1, 2).
  EXPECT_EQ(notes[0].rfind("A3, A4 are identical on every criterion", 0), 0u) << notes[0];
  EXPECT_EQ(notes[1].rfind("A0, A2, A5 are identical on every criterion", 0), 0u) << notes[1];
}

TEST(IdenticalRows, AtMostFiveGroupsAndFiveNamesAreListed) {
  std::vector<std::vector<double>> rows;
  for (int g = 7; g >= 1; --g)  // seven groups, listed from the largest values down
    for (int copy = 0; copy < (g == 1 ? 7 : 2); ++copy) rows.push_back({double(g), 0.0});
  const auto r = Report(rows);
  const auto notes = IdentityNotes(r);
  ASSERT_EQ(notes.size(), 6u);
  // The smallest values (group 1, seven copies, rows 12-18) come first, cut after five names.
  EXPECT_EQ(notes[0].rfind("A12, A13, A14, A15, A16 and others are identical", 0), 0u) << notes[0];
  EXPECT_EQ(notes[1].rfind("A10, A11 are identical", 0), 0u) << notes[1];
  EXPECT_EQ(notes[5], "2 more groups of identical alternatives");
  EXPECT_EQ(r.identical_to[18], 12u);
  EXPECT_EQ(r.identical_to[1], 0u);
}

}  // namespace
}  // namespace gradfit::decide
