#include "catalog/program_reader.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <cctype>

#include "catalog/derived_programs.hpp"
#include "gradfit/iso_codes.hpp"

namespace gradfit::catalog_internal {
namespace {

constexpr std::string_view kLabelNames = "ml, cs_ml_specialization, data_science, ai_ml, ai, other";
constexpr std::string_view kModalityNames = "on_campus, online, hybrid";
constexpr std::string_view kOptionNames = "course, project, thesis";
constexpr std::string_view kGreNames = "required, optional, not_required, not_accepted";
constexpr std::string_view kUnitNames =
    "us_semester_hours, us_quarter_units, ects, uk_credits, courses, units";
constexpr std::string_view kInternshipNames = "required, optional, none";

bool ValidId(const std::string& id) {
  if (id.empty() || id.size() > 64) return false;
  for (char c : id)
    if (!(std::islower(static_cast<unsigned char>(c)) ||
          std::isdigit(static_cast<unsigned char>(c)) || c == '-'))
      return false;
  return true;
}

// Runs `fn` on the sub-table `key` of `root` if present; an absent table is unknown.
template <typename Fn>
void WithTable(const toml::table& root, std::string_view key, ErrorSink& sink,
               const std::map<std::string, int>& ids, std::set<std::string>& seen, Fn fn) {
  seen.insert(std::string(key));
  const toml::node* n = root.get(key);
  if (!n) return;
  if (!n->is_table()) {
    sink.Add(n, std::string(key), "expected a table [" + std::string(key) + "]");
    return;
  }
  FactReader r(*n->as_table(), std::string(key), sink, ids);
  fn(r);
  r.RejectUnknownKeys();
}

template <typename Fn>
void ForEachTable(const toml::table& root, std::string_view key, ErrorSink& sink,
                  const std::map<std::string, int>& ids, std::set<std::string>& seen, Fn fn) {
  seen.insert(std::string(key));
  const toml::node* n = root.get(key);
  if (!n) return;
  const toml::array* arr = n->as_array();
  if (!arr) {
    sink.Add(n, std::string(key), "expected an array of tables [[" + std::string(key) + "]]");
    return;
  }
  for (size_t i = 0; i < arr->size(); ++i) {
    const toml::node& item = *arr->get(i);
    const std::string path = fmt::format("{}[{}]", key, i);
    if (!item.is_table()) {
      sink.Add(&item, path, "expected a table");
      continue;
    }
    FactReader r(*item.as_table(), path, sink, ids);
    fn(r);
    r.RejectUnknownKeys();
  }
}

template <typename E>
std::optional<std::vector<E>> EnumArray(FactReader& r, std::string_view key,
                                        std::optional<E> (*parse)(std::string_view),
                                        std::string_view allowed) {
  auto names = r.StringArray(key);
  if (!names) return std::nullopt;
  std::vector<E> out;
  for (const auto& n : *names) {
    auto v = parse(n);
    if (!v) {
      r.Error(key, "'" + n + "' is not one of: " + std::string(allowed));
      return std::nullopt;
    }
    out.push_back(*v);
  }
  return out;
}

std::optional<std::string> Country(FactReader& r, std::string_view key) {
  auto c = r.String(key);
  if (c && !IsIsoCountry(*c)) {
    r.Error(key, "'" + *c + "' is not an ISO 3166-1 alpha-2 country code");
    return std::nullopt;
  }
  return c;
}

// Completion options: each one cites the source that states it
// (`option_sources = { course = "<id>", thesis = ["<id>", ...] }`), because a
// shared table source let options in that no page offered.
void ReadOptions(FactReader& r, Program& p) {
  auto options = EnumArray(r, "options", ParseStudyOption, kOptionNames);
  r.Skip("option_sources");
  const toml::node* node = r.Node("option_sources");
  if (node && !node->is_table())
    return r.Error("option_sources",
                   "expected a table option = source, e.g. { course = \"<id>\" }");
  if (node && !r.Has("options"))
    return r.Error("option_sources", "`option_sources` without `options`");
  if (!options) return;
  if (!node)
    return r.Error("options", fmt::format("each completion option needs a source that states it: "
                                          "add `option_sources = {{ {} = \"<id>\", ... }}`",
                                          ToString(options->front())));
  const toml::table& table = *node->as_table();
  std::vector<int> all;
  bool complete = true;
  for (StudyOption o : *options) {
    const std::string name(ToString(o));
    const toml::node* ref = table.get(name);
    if (!ref) {
      r.Error("options", fmt::format("option '{}' has no source in `option_sources` (add {} = "
                                     "\"<id>\" naming a page that states it)",
                                     name, name));
      complete = false;
      continue;
    }
    auto ids = r.SourceRefs(*ref, r.path() + ".option_sources." + name);
    if (ids.empty()) complete = false;
    for (int i : ids)
      if (std::find(all.begin(), all.end(), i) == all.end()) all.push_back(i);
    p.option_sources[o] = std::move(ids);
  }
  for (const auto& [k, v] : table)
    if (!ParseStudyOption(k.str()) ||
        std::find(options->begin(), options->end(), *ParseStudyOption(k.str())) == options->end())
      r.Error("option_sources", fmt::format("'{}' is not one of the listed `options`", k.str()));
  if (!complete) return;
  p.options.value = std::move(options);
  p.options.sources = std::move(all);
  p.options.scope = r.ScopeFor("options");
}

void ReadStructure(FactReader& r, Program& p) {
  auto months = r.Number("duration_months");
  if (months && r.CheckRange("duration_months", *months, 1, 84))
    p.duration_months = r.MakeFact("duration_months", months);
  auto amount = r.Number("credits");
  auto unit = r.Enum("credit_unit", ParseCreditUnit, kUnitNames);
  auto per_unit = r.Number("us_credit_hours_per_unit");
  if (amount && !unit) r.Error("credits", "credits need a `credit_unit`");
  if (unit && !amount) r.Error("credit_unit", "`credit_unit` without `credits`");
  if (per_unit && !(per_unit > 0.0)) r.Error("us_credit_hours_per_unit", "must be positive");
  if (amount && unit && r.CheckRange("credits", *amount, 1, 1000)) {
    Credits c{*amount, *unit, per_unit};
    p.credits = r.MakeFact("credits", std::optional<Credits>(c));
  }
  ReadOptions(r, p);
  p.practicum = r.MakeFact("practicum", r.String("practicum"));
}

void ReadCurriculum(FactReader& r, Program& p) {
  p.core_courses = r.MakeFact("core_courses", r.StringArray("core_courses"));
  p.elective_examples = r.MakeFact("elective_examples", r.StringArray("elective_examples"));
  auto n = r.Integer("electives_to_choose");
  if (n && r.CheckRange("electives_to_choose", double(*n), 0, 60))
    p.electives_to_choose = r.MakeFact("electives_to_choose", std::optional<int>(int(*n)));
  p.faculty_areas = r.MakeFact("faculty_areas", r.StringArray("faculty_areas"));
  // Editorial course -> skill overrides, validated by the careers module
  // against data/skills.toml (ReadCourseOverrides); not a fact of the program.
  if (const toml::node* o = r.Node("course_skills"); o && !o->is_table())
    r.Error("course_skills", "expected a table \"course title\" = [skill ids]");
  r.Skip("course_skills");
}

void ReadModality(FactReader& r, Program& p) {
  p.modality = r.MakeFact("formats", EnumArray(r, "formats", ParseModality, kModalityNames));
  p.part_time = r.MakeFact("part_time", r.Bool("part_time"));
}

void ReadAdmissions(FactReader& r, Program& p) {
  Admissions& a = p.admissions;
  auto gpa = r.Number("min_gpa");
  auto scale = r.Number("gpa_scale");
  if (gpa && !scale) r.Error("min_gpa", "a minimum GPA needs its `gpa_scale` (e.g. 4.0)");
  if (scale && !gpa) r.Error("gpa_scale", "`gpa_scale` without `min_gpa`");
  if (gpa && scale && r.CheckRange("gpa_scale", *scale, 1, 110) &&
      r.CheckRange("min_gpa", *gpa, 0, *scale))
    a.min_gpa = r.MakeFact("min_gpa", std::optional<Gpa>(Gpa{*gpa, *scale}));
  a.gre = r.MakeFact("gre", r.Enum("gre", ParseGrePolicy, kGreNames));
  auto toefl = r.Number("toefl_ibt_min");
  if (toefl && r.CheckRange("toefl_ibt_min", *toefl, 0, 120))
    a.toefl_ibt_min = r.MakeFact("toefl_ibt_min", toefl);
  auto ielts = r.Number("ielts_min");
  if (ielts && r.CheckRange("ielts_min", *ielts, 0, 9))
    a.ielts_min = r.MakeFact("ielts_min", ielts);
  a.materials = r.MakeFact("materials", r.StringArray("materials"));
  // Required, preferred and recommended subjects: each list from the vocabulary,
  // and a subject in one list only.
  auto read_subjects = [&](const char* key) {
    // `prerequisite_subjects = []` states that no subject is required (the page
    // only prefers or recommends some): a known empty list, unlike a missing key.
    if (const toml::node* n = r.Node(key); n && n->is_array() && n->as_array()->empty() &&
                                           std::string_view(key) == "prerequisite_subjects") {
      r.Skip(key);
      return std::optional<std::vector<std::string>>(std::vector<std::string>{});
    }
    auto subjects = r.StringArray(key);
    if (!subjects) return subjects;
    const auto& vocab = PrerequisiteSubjects();
    for (const auto& s : *subjects)
      if (std::find(vocab.begin(), vocab.end(), s) == vocab.end()) {
        r.Error(key, "'" + s + "' is not a prerequisite subject id (see docs/DATA.md)");
        subjects.reset();
        break;
      }
    return subjects;
  };
  auto required = read_subjects("prerequisite_subjects");
  auto preferred = read_subjects("prerequisites_preferred");
  auto recommended = read_subjects("prerequisites_recommended");
  auto twice = [&](const auto& list, const auto& earlier, const char* key, const char* other) {
    if (!list || !earlier) return;
    for (const auto& s : *list)
      if (std::find(earlier->begin(), earlier->end(), s) != earlier->end())
        return r.Error(key, "'" + s + "' is also in `" + other +
                                "`: a subject is required, preferred or recommended, not two");
  };
  twice(preferred, required, "prerequisites_preferred", "prerequisite_subjects");
  twice(recommended, required, "prerequisites_recommended", "prerequisite_subjects");
  twice(recommended, preferred, "prerequisites_recommended", "prerequisites_preferred");
  a.prerequisite_subjects = r.MakeFact("prerequisite_subjects", required);
  a.preferred_subjects = r.MakeFact("prerequisites_preferred", preferred);
  a.recommended_subjects = r.MakeFact("prerequisites_recommended", recommended);
  a.prerequisites_text = r.MakeFact("prerequisites_text", r.String("prerequisites_text"));
}

void ReadIndustry(FactReader& r, Program& p) {
  p.industry.partners = r.MakeFact("partners", r.StringArray("partners"));
  p.industry.internship =
      r.MakeFact("internship", r.Enum("internship", ParseInternship, kInternshipNames));
  p.industry.notes = r.MakeFact("notes", r.String("notes"));
}

void ReadOutcomes(FactReader& r, Program& p) {
  Outcomes o;
  o.median_salary = r.Number("median_salary");
  auto currency = Currency(r, "currency", false);
  o.placement_rate = r.Number("placement_rate");
  auto year = r.Integer("year", true);
  auto notes = r.String("notes");
  if (o.median_salary && !currency) r.Error("median_salary", "a salary needs its `currency`");
  if (o.median_salary && !r.CheckRange("median_salary", *o.median_salary, 1, 1e7)) return;
  if (o.placement_rate && !r.CheckRange("placement_rate", *o.placement_rate, 0, 1)) return;
  if (year && !r.CheckRange("year", double(*year), 1990, 2100)) return;
  if (!year || (o.median_salary && !currency)) return;
  if (!o.median_salary && !o.placement_rate) {
    r.Error("year", "outcomes need a median_salary or a placement_rate");
    return;
  }
  o.currency = currency.value_or("");
  o.year = int(*year);
  o.notes = notes.value_or("");
  p.outcomes = r.MakeFact("year", std::optional<Outcomes>(std::move(o)));
}

}  // namespace

Program ReadProgram(const toml::table& root, ErrorSink& sink) {
  Program p;
  std::set<std::string> seen = {"sources", "source_for", "scope", "scope_for"};
  auto ids = ReadSources(root.get("sources"), "sources", sink, &p.sources);
  if (!root.contains("sources")) sink.AddAt(1, 1, "sources", "a program needs [[sources]]");

  {
    // Identity keys live at the top level, beside the tables read below.
    FactReader r(root, "", sink, ids);
    auto id = r.String("id", true);
    if (id && !ValidId(*id))
      r.Error("id", "'" + *id + "' must be lower-case letters, digits and '-'");
    p.id = id.value_or("");
    auto inst = r.String("institution", true);
    p.institution_id = inst.value_or("");
    p.name = r.MakeFact("name", r.String("name", true));
    p.label = r.MakeFact("label", r.Enum("label", ParseLabel, kLabelNames, true));
    p.country = r.MakeFact("country", Country(r, "country"));
    p.city = r.MakeFact("city", r.String("city"));
    auto url = r.String("url");
    if (url && url->rfind("https://", 0) != 0 && url->rfind("http://", 0) != 0)
      r.Error("url", "'" + *url + "' is not an http(s) URL");
    p.url = r.MakeFact("url", url);
    // Tables are read below; mark them consumed for this reader.
    for (const auto& [k, v] : root)
      if (v.is_table() || v.is_array_of_tables() || k.str() == "sources") r.Skip(k.str());
    r.RejectUnknownKeys();
  }

  WithTable(root, "structure", sink, ids, seen, [&](FactReader& r) { ReadStructure(r, p); });
  WithTable(root, "curriculum", sink, ids, seen, [&](FactReader& r) { ReadCurriculum(r, p); });
  WithTable(root, "modality", sink, ids, seen, [&](FactReader& r) { ReadModality(r, p); });
  WithTable(root, "admissions", sink, ids, seen, [&](FactReader& r) { ReadAdmissions(r, p); });
  ForEachTable(root, "deadlines", sink, ids, seen, [&](FactReader& r) { ReadDeadline(r, p); });
  WithTable(root, "tuition", sink, ids, seen, [&](FactReader& r) { ReadTuition(r, p); });
  ForEachTable(root, "fees", sink, ids, seen, [&](FactReader& r) { ReadFee(r, p); });
  WithTable(root, "industry", sink, ids, seen, [&](FactReader& r) { ReadIndustry(r, p); });
  WithTable(root, "outcomes", sink, ids, seen, [&](FactReader& r) { ReadOutcomes(r, p); });

  for (const auto& [k, v] : root)
    if ((v.is_table() || v.is_array_of_tables()) && !seen.count(std::string(k.str())))
      sink.Add(&v, std::string(k.str()), "unknown table (check the spelling; see docs/DATA.md)");
  return p;
}

std::vector<Institution> ReadInstitutions(const toml::table& root, ErrorSink& sink) {
  std::vector<Institution> out;
  for (const auto& [k, v] : root)
    if (k.str() != "institutions")
      sink.Add(&v, std::string(k.str()),
               "unknown key (an institutions file holds [[institutions]])");
  const toml::node* n = root.get("institutions");
  if (!n) return out;
  const toml::array* arr = n->as_array();
  if (!arr) {
    sink.Add(n, "institutions", "expected an array of tables [[institutions]]");
    return out;
  }
  for (size_t i = 0; i < arr->size(); ++i) {
    const toml::node& item = *arr->get(i);
    const std::string path = fmt::format("institutions[{}]", i);
    if (!item.is_table()) {
      sink.Add(&item, path, "expected a table");
      continue;
    }
    const toml::table& t = *item.as_table();
    Institution inst;
    inst.file = sink.file();
    auto ids = ReadSources(t.get("sources"), path + ".sources", sink, &inst.sources);
    FactReader r(t, path, sink, ids);
    r.Skip("sources");  // read above
    auto id = r.String("id", true);
    if (id && !ValidId(*id))
      r.Error("id", "'" + *id + "' must be lower-case letters, digits and '-'");
    inst.id = id.value_or("");
    inst.name = r.MakeFact("name", r.String("name"));
    inst.country = r.MakeFact("country", Country(r, "country"));
    inst.city = r.MakeFact("city", r.String("city"));
    inst.domain = r.MakeFact("domain", r.String("domain"));
    auto faculty = r.Integer("csrankings_faculty");
    if (faculty && r.CheckRange("csrankings_faculty", double(*faculty), 0, 5000))
      inst.csrankings_faculty = r.MakeFact("csrankings_faculty", std::optional<int>(int(*faculty)));
    inst.csrankings_name = r.String("csrankings_name").value_or("");
    inst.universities_name = r.String("universities_name").value_or("");
    inst.scorecard_unitid = r.String("scorecard_unitid").value_or("");
    if (inst.scorecard_unitid.find_first_not_of("0123456789") != std::string::npos)
      r.Error("scorecard_unitid",
              "'" + inst.scorecard_unitid + "' is not an IPEDS UNITID (digits)");
    inst.ipeds_graduate_charges = ReadInstitutionCharges(r, sink, ids);
    r.RejectUnknownKeys();
    out.push_back(std::move(inst));
  }
  return out;
}

}  // namespace gradfit::catalog_internal
