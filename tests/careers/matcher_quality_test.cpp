// Measures the course -> skill matcher against the hand-labelled titles in
// tests/careers/labelled_courses.tsv (micro precision and recall over
// (title, skill) pairs). Fails if either drops below the level reached when
// the thresholds were set.
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "gradfit/careers.hpp"

namespace gradfit {
namespace {

constexpr double kMinPrecision = 0.95;  // measured 0.963 (236 tp, 9 fp)
constexpr double kMinRecall = 0.95;     // measured 0.963 (236 tp, 9 fn)

struct Labelled {
  std::string title;
  std::set<std::string> skills;
  int line = 0;
};

std::vector<Labelled> ReadLabelled(const std::string& path) {
  std::ifstream in(path);
  std::vector<Labelled> out;
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    EXPECT_NE(tab, std::string::npos) << path << ":" << n << ": no tab";
    if (tab == std::string::npos) continue;
    Labelled l{line.substr(0, tab), {}, n};
    std::stringstream ids(line.substr(tab + 1));
    std::string id;
    while (std::getline(ids, id, ','))
      if (!id.empty()) l.skills.insert(id);
    out.push_back(std::move(l));
  }
  return out;
}

TEST(MatcherQuality, PrecisionAndRecallOnLabelledTitles) {
  std::vector<CareersError> errors;
  auto data = LoadCareersData(GRADFIT_SOURCE_DIR "/data", &errors);
  ASSERT_TRUE(data.ok()) << data.status().message();
  const SkillMatcher matcher(data->skills);
  const std::string path = GRADFIT_TEST_DIR "/careers/labelled_courses.tsv";
  const std::vector<Labelled> set = ReadLabelled(path);
  ASSERT_GE(set.size(), 150u);

  int tp = 0, fp = 0, fn = 0;
  for (const Labelled& l : set) {
    for (const std::string& id : l.skills)
      ASSERT_NE(data->find_skill(id), nullptr)
          << path << ":" << l.line << ": unknown skill id " << id;
    std::set<std::string> got;
    for (const SkillMatch& s : matcher.Match(l.title).skills) got.insert(s.skill_id);
    std::string extra, missed;
    for (const std::string& id : got) {
      if (l.skills.count(id)) {
        ++tp;
      } else {
        ++fp;
        extra += " +" + id;
      }
    }
    for (const std::string& id : l.skills)
      if (!got.count(id)) {
        ++fn;
        missed += " -" + id;
      }
    if (!extra.empty() || !missed.empty())
      std::cout << "  mismatch line " << l.line << ": '" << l.title << "'" << extra << missed
                << "\n";
  }
  const double precision = tp / static_cast<double>(tp + fp);
  const double recall = tp / static_cast<double>(tp + fn);
  std::cout << "labelled titles: " << set.size() << ", true positives " << tp
            << ", false positives " << fp << ", false negatives " << fn << "\n"
            << "micro precision " << precision << ", micro recall " << recall << "\n";
  EXPECT_GE(precision, kMinPrecision);
  EXPECT_GE(recall, kMinRecall);
}

}  // namespace
}  // namespace gradfit
