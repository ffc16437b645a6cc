// `catalog enrich` loads what it is about to write with the catalog's own
// loader first: a derived fact the loader refuses is an error naming the file
// and key, and neither derived file is written.
#include <gtest/gtest.h>

#include "enrich/enrich_fixture.hpp"

namespace gradfit {
namespace {

using namespace enrich_test;

TEST_F(EnrichTest, ADerivedFactTheLoaderRefusesStopsEnrichAndNothingIsWritten) {
  // The shared universities list gives Carnegie Mellon a country code that is
  // no ISO 3166 code: the derived file would carry it, and the loader refuses it.
  std::string unis = kUniversities;
  const std::string from = "\"country\": \"United States\",\n   \"alpha_two_code\": \"US\"";
  ASSERT_NE(unis.find(from), std::string::npos);
  unis.replace(unis.find(from), from.size(),
               "\"country\": \"Nowhere\",\n   \"alpha_two_code\": \"XX\"");
  WriteFile(shared_ / "universities" / "world_universities_and_domains.json", unis);
  EnrichReport report;
  const Status s = Run(&report);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kInvalidData);
  EXPECT_NE(s.message().find("institutions-derived.toml"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("XX"), std::string::npos) << s.message();
  EXPECT_FALSE(fs::exists(catalog_ / "institutions-derived.toml"));
  EXPECT_FALSE(fs::exists(catalog_ / "programs-derived.toml"));
}

TEST_F(EnrichTest, ErrorsInHandWrittenFilesDoNotStopEnrich) {
  // The fixture's programs lack required keys: `catalog validate` reports
  // them; enrich writes the derived facts, which load.
  EnrichReport report;
  EXPECT_TRUE(Run(&report).ok());
  EXPECT_TRUE(fs::exists(catalog_ / "institutions-derived.toml"));
}

}  // namespace
}  // namespace gradfit
