// "Did you mean …": edit distance and the nearest names over real ids.
#include "gradfit/suggest.hpp"

#include <gtest/gtest.h>

namespace gradfit {
namespace {

TEST(Suggest, EditDistanceCountsEditsAndSwaps) {
  EXPECT_EQ(EditDistance("assess", "assess"), 0u);
  EXPECT_EQ(EditDistance("asess", "assess"), 1u);
  EXPECT_EQ(EditDistance("rnak", "rank"), 1u);  // a swap is one edit
  EXPECT_EQ(EditDistance("Rank", "rank"), 0u);
  EXPECT_EQ(EditDistance("", "roi"), 3u);
  EXPECT_EQ(EditDistance("cost", "rank"), 4u);
}

TEST(Suggest, NearestNamesFindsTyposAndParts) {
  const std::vector<std::string> ids = {"gatech-omscs", "gatech-mscs-ml", "cmu-msml", "cmu-mscs",
                                        "ucsd-mas-ds"};
  EXPECT_EQ(DidYouMean("gatech-omsc", ids), "did you mean gatech-omscs?");
  // Equally near: the name that continues what was typed comes first.
  EXPECT_EQ(DidYouMean("gatech-omsc", {"gatech-omsa", "gatech-omscs"}),
            "did you mean gatech-omscs or gatech-omsa?");
  EXPECT_EQ(DidYouMean("cmu-ml", ids), "did you mean cmu-msml?");
  EXPECT_EQ(NearestNames("omscs", ids), std::vector<std::string>{"gatech-omscs"});
  EXPECT_EQ(DidYouMean("cmu", ids), "did you mean cmu-mscs or cmu-msml?");
  EXPECT_EQ(DidYouMean("zzzz", ids), "");
  EXPECT_EQ(DidYouMean("gatech-omscs", ids), "");  // an exact name needs no suggestion
  const std::vector<std::string> commands = {"catalog", "programs", "assess",  "rank",
                                             "roi",     "cost",     "compare", "profile"};
  EXPECT_EQ(DidYouMean("asess", commands), "did you mean assess?");
  EXPECT_EQ(DidYouMean("--profle", {"--profile", "--program", "--json"}),
            "did you mean --profile?");
}

}  // namespace
}  // namespace gradfit
