// Writes a synthetic catalog of N programs (a full record each, varied
// values) for load benchmarks. The records are valid by construction.
#pragma once

#include <fmt/core.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace gradfit::bench {

inline void WriteSyntheticCatalog(const std::filesystem::path& dir, int programs) {
  namespace fs = std::filesystem;
  fs::remove_all(dir);
  fs::create_directories(dir / "programs");
  std::ofstream(dir / "institutions.toml") << R"([[institutions]]
id = "synthetic-u"
name = "Synthetic University"
country = "US"
source = "home"
[[institutions.sources]]
id = "home"
url = "https://www.synthetic.edu/"
first_party = true
retrieved = "2026-11-25"
)";
  static const char* kLabels[] = {"ml", "cs_ml_specialization", "data_science", "ai_ml", "ai"};
  static const char* kModes[] = {"on_campus", "online", "hybrid"};
  static const char* kGre[] = {"required", "optional", "not_required"};
  for (int i = 0; i < programs; ++i) {
    const std::string id = fmt::format("p{:06d}", i);
    std::ofstream out(dir / "programs" / (id + ".toml"));
    out << fmt::format(R"(id = "{id}"
institution = "synthetic-u"
name = "Master of Science {i}"
label = "{label}"
city = "City {city}"
url = "https://www.synthetic.edu/{id}"
source = "main"

[[sources]]
id = "main"
url = "https://www.synthetic.edu/{id}"
first_party = true
retrieved = "2026-11-25"
page_date = "2025-09"

[[sources]]
id = "fees"
url = "https://www.synthetic.edu/fees"
first_party = true
retrieved = "2026-11-25"

[structure]
duration_months = {months}
credits = {credits}
credit_unit = "us_semester_hours"
options = ["course", "project", "thesis"]
practicum = "Capstone project with an industry partner."
source = "main"

[curriculum]
core_courses = ["Machine Learning", "Deep Learning", "Probability and Statistics", "Algorithms"]
elective_examples = ["Computer Vision", "Natural Language Processing", "Big Data Systems"]
electives_to_choose = 3
source = "main"

[modality]
formats = ["{mode}"]
part_time = {part_time}
source = "main"

[admissions]
min_gpa = 3.{gpa}
gpa_scale = 4.0
gre = "{gre}"
toefl_ibt_min = {toefl}
ielts_min = 6.5
materials = ["statement of purpose", "transcripts", "two letters"]
prerequisite_subjects = ["programming", "linear_algebra", "calculus", "probability"]
source = "main"

[[deadlines]]
term = "Fall 2026"
date = "2026-01-15"
source = "main"

[tuition]
amount = {tuition}
currency = "USD"
basis = "per_credit"
academic_year = "2025-26"
source = "fees"

[industry]
internship = "optional"
source = "main"
)",
                       fmt::arg("id", id), fmt::arg("i", i), fmt::arg("label", kLabels[i % 5]),
                       fmt::arg("city", i % 97), fmt::arg("months", 12 + i % 13),
                       fmt::arg("credits", 30 + i % 7), fmt::arg("mode", kModes[i % 3]),
                       fmt::arg("part_time", i % 2 ? "true" : "false"), fmt::arg("gpa", i % 10),
                       fmt::arg("gre", kGre[i % 3]), fmt::arg("toefl", 80 + i % 25),
                       fmt::arg("tuition", 300 + (i * 37) % 2500));
  }
}

}  // namespace gradfit::bench
