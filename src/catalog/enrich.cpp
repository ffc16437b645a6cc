// gradfit catalog enrich: derive institution facts from the shared public data
// sets (University Domains list, CSRankings, IPEDS charges) into
// institutions-derived.toml, and program outcomes (College Scorecard) into
// programs-derived.toml.
#include "gradfit/enrich.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <toml++/toml.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>

#include "catalog/csv_reading.hpp"
#include "catalog/enrich_sources.hpp"
#include "gradfit/catalog.hpp"

namespace gradfit {
namespace {

namespace fs = std::filesystem;
using catalog_internal::ReadCsvTable;
using catalog_internal::ReadWholeFile;
using catalog_internal::TomlQuote;

// The snapshots in the shared data folder (their PROVENANCE.md files).
constexpr const char* kUniversitiesCommit = "bb07faf064e1c68be9b26fb71de31f01e361f974";
constexpr const char* kUniversitiesDate = "2026-06-20";
constexpr const char* kCsrankingsDate = "2024-10-23";

struct InstitutionNames {
  std::string id;
  std::string country;
  std::string csrankings_name;
  std::string universities_name;
  std::string scorecard_unitid;
};

struct UniversityEntry {
  std::string domain;
  std::string country;
};

std::string OptionalString(const toml::table& t, std::string_view key) {
  if (auto v = t[key].value<std::string>()) return *v;
  return "";
}

Result<std::vector<InstitutionNames>> ReadInstitutionNames(const fs::path& path) {
  auto text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  toml::table doc;
  try {
    doc = toml::parse(*text, path.string());
  } catch (const toml::parse_error& e) {
    return Status::InvalidData(fmt::format("{}:{}:{}: {}", path.string(), e.source().begin.line,
                                           e.source().begin.column, e.description()));
  }
  std::vector<InstitutionNames> out;
  const toml::array* arr = doc["institutions"].as_array();
  if (!arr)
    return Status::InvalidData(fmt::format("{}: no [[institutions]] tables", path.string()));
  for (size_t i = 0; i < arr->size(); ++i) {
    const toml::table* t = arr->get(i)->as_table();
    auto id = t ? (*t)["id"].value<std::string>() : std::nullopt;
    if (!id || id->empty()) {
      return Status::InvalidData(fmt::format("{}:{}: institutions[{}]: missing string key `id`",
                                             path.string(), arr->get(i)->source().begin.line, i));
    }
    out.push_back({*id, OptionalString(*t, "country"), OptionalString(*t, "csrankings_name"),
                   OptionalString(*t, "universities_name"),
                   OptionalString(*t, "scorecard_unitid")});
  }
  return out;
}

// name -> entries with that exact name (names are not unique: "City University").
using UniversityIndex = std::map<std::string, std::vector<UniversityEntry>>;

Result<UniversityIndex> ReadUniversities(const fs::path& path) {
  auto text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  nlohmann::json doc = nlohmann::json::parse(*text, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded())
    return Status::InvalidData(fmt::format("{}: malformed JSON", path.string()));
  if (!doc.is_array())
    return Status::InvalidData(
        fmt::format("{}: expected a JSON array of universities", path.string()));
  UniversityIndex index;
  for (size_t i = 0; i < doc.size(); ++i) {
    const auto& u = doc[i];
    auto bad = [&](const char* what) {
      return Status::InvalidData(fmt::format("{}: [{}]: {}", path.string(), i, what));
    };
    if (!u.is_object()) return bad("expected an object");
    if (!u.contains("name") || !u["name"].is_string()) return bad("`name` must be a string");
    if (!u.contains("domains") || !u["domains"].is_array())
      return bad("`domains` must be an array");
    if (!u.contains("alpha_two_code") || !u["alpha_two_code"].is_string())
      return bad("`alpha_two_code` must be a string");
    UniversityEntry e;
    if (!u["domains"].empty()) {
      if (!u["domains"][0].is_string()) return bad("`domains` must hold strings");
      e.domain = u["domains"][0].get<std::string>();
    }
    e.country = u["alpha_two_code"].get<std::string>();
    index[u["name"].get<std::string>()].push_back(std::move(e));
  }
  return index;
}

// affiliation -> number of faculty rows in csrankings.csv.
Result<std::map<std::string, int>> CountCsrankingsFaculty(const fs::path& path) {
  auto table = ReadCsvTable(path, {"affiliation"});
  if (!table.ok()) return table.status();
  const size_t affiliation = static_cast<size_t>(table->Column("affiliation"));
  std::map<std::string, int> counts;
  for (const auto& row : table->rows) ++counts[row[affiliation]];
  return counts;
}

const UniversityEntry* FindUniversity(const UniversityIndex& index, const InstitutionNames& inst) {
  auto it = index.find(inst.universities_name);
  if (it == index.end()) return nullptr;
  for (const auto& e : it->second)
    if (e.country == inst.country) return &e;
  return &it->second.front();
}

std::string UniversitiesSource(const InstitutionNames& inst) {
  const std::string note =
      fmt::format("world_universities_and_domains.json at commit {} ({}); entry named '{}'",
                  kUniversitiesCommit, kUniversitiesDate, inst.universities_name);
  return fmt::format(
      "\n[[institutions.sources]]\nid = \"universities\"\n"
      "url = \"https://github.com/Hipo/university-domains-list\"\nfirst_party = false\n"
      "page_date = \"{}\"\nnote = {}\n"
      "attribution = \"University Domains and Names Data List, Hipo (MIT licence)\"\n",
      kUniversitiesDate, TomlQuote(note));
}

std::string CsrankingsSource(const InstitutionNames& inst) {
  const std::string note = fmt::format(
      "snapshot commit e8a1a32 of emeryberger/CSrankings; faculty rows in csrankings.csv "
      "with affiliation '{}'",
      inst.csrankings_name);
  return fmt::format(
      "\n[[institutions.sources]]\nid = \"csrankings\"\nurl = \"https://csrankings.org\"\n"
      "first_party = false\npage_date = \"{}\"\nnote = {}\n"
      "attribution = \"CSRankings (csrankings.org), Emery Berger, CC BY-NC-ND 4.0\"\n",
      kCsrankingsDate, TomlQuote(note));
}

using IpedsIndex = std::map<std::string, catalog_internal::IpedsCharges>;

std::string RenderDerived(const std::vector<InstitutionNames>& insts, const UniversityIndex& unis,
                          const std::map<std::string, int>& faculty, const IpedsIndex& ipeds,
                          EnrichReport* report) {
  std::string out =
      "# generated by gradfit catalog enrich; do not edit\n"
      "# Re-create with: gradfit catalog enrich --shared <shared data dir>\n";
  for (const auto& inst : insts) {
    const UniversityEntry* uni = nullptr;
    if (!inst.universities_name.empty()) {
      uni = FindUniversity(unis, inst);
      if (!uni)
        report->unmatched.push_back(
            fmt::format("{}: universities list has no \"{}\"", inst.id, inst.universities_name));
    }
    std::optional<int> count;
    if (!inst.csrankings_name.empty()) {
      if (auto it = faculty.find(inst.csrankings_name); it != faculty.end())
        count = it->second;
      else
        report->unmatched.push_back(
            fmt::format("{}: CSRankings has no faculty for \"{}\"", inst.id, inst.csrankings_name));
    }
    const catalog_internal::IpedsCharges* charges = nullptr;
    if (auto it = ipeds.find(inst.scorecard_unitid);
        !inst.scorecard_unitid.empty() && it != ipeds.end())
      charges = &it->second;
    if (!uni && !count && !charges) continue;
    if (uni) ++report->with_domain;
    if (count) ++report->with_csrankings;
    if (charges) ++report->with_ipeds_charges;

    out += fmt::format("\n[[institutions]]\nid = {}\n", TomlQuote(inst.id));
    std::vector<std::string> source_for;
    if (uni) {
      if (!uni->domain.empty()) {
        out += fmt::format("domain = {}\n", TomlQuote(uni->domain));
        source_for.push_back("domain = \"universities\"");
      }
      out += fmt::format("country = {}\n", TomlQuote(uni->country));
      source_for.push_back("country = \"universities\"");
    }
    if (count) {
      out += fmt::format("csrankings_faculty = {}\n", *count);
      source_for.push_back("csrankings_faculty = \"csrankings\"");
    }
    if (!source_for.empty()) {
      out += fmt::format("source = \"{}\"\n", uni ? "universities" : "csrankings");
      out += fmt::format("source_for = {{ {} }}\n", fmt::join(source_for, ", "));
    }
    if (charges) out += catalog_internal::RenderIpedsCharges(inst.scorecard_unitid, *charges);
    if (uni) out += UniversitiesSource(inst);
    if (count) out += CsrankingsSource(inst);
    if (charges) out += catalog_internal::RenderIpedsSource(inst.scorecard_unitid, *charges);
  }
  return out;
}

struct ProgramKey {
  std::string id, institution_id;
  std::optional<Label> label;
};

// Each program file's id, institution and label (the rest is the loader's business).
Result<std::vector<ProgramKey>> ReadProgramKeys(const fs::path& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    return Status::NotFound(fmt::format("{}: programs directory not found", dir.string()));
  std::vector<fs::path> files;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    if (it->path().extension() == ".toml") files.push_back(it->path());
  if (ec) return Status::IoError(fmt::format("{}: cannot list: {}", dir.string(), ec.message()));
  std::sort(files.begin(), files.end());
  std::vector<ProgramKey> out;
  for (const fs::path& f : files) {
    auto text = ReadWholeFile(f);
    if (!text.ok()) return text.status();
    toml::table doc;
    try {
      doc = toml::parse(*text, f.string());
    } catch (const toml::parse_error& e) {
      return Status::InvalidData(fmt::format("{}:{}:{}: {}", f.string(), e.source().begin.line,
                                             e.source().begin.column, e.description()));
    }
    ProgramKey k{OptionalString(doc, "id"), OptionalString(doc, "institution"),
                 ParseLabel(OptionalString(doc, "label"))};
    if (k.id.empty())
      return Status::InvalidData(fmt::format("{}: missing string key `id`", f.string()));
    out.push_back(std::move(k));
  }
  return out;
}

std::string RenderProgramsDerived(const std::vector<ProgramKey>& programs,
                                  const std::vector<InstitutionNames>& insts,
                                  const std::vector<catalog_internal::ScorecardRow>& rows,
                                  EnrichReport* report) {
  std::map<std::string, std::vector<const catalog_internal::ScorecardRow*>> by_unitid;
  for (const auto& r : rows) by_unitid[r.outcome.unitid].push_back(&r);
  std::map<std::string, const InstitutionNames*> inst_by_id;
  for (const auto& inst : insts) {
    inst_by_id[inst.id] = &inst;
    if (!inst.scorecard_unitid.empty() && !by_unitid.count(inst.scorecard_unitid))
      report->unmatched.push_back(
          fmt::format("{}: College Scorecard has no UNITID {}", inst.id, inst.scorecard_unitid));
  }
  std::string out =
      "# generated by gradfit catalog enrich; do not edit\n"
      "# Re-create with: gradfit catalog enrich --shared <shared data dir>\n";
  for (const ProgramKey& p : programs) {
    auto inst = inst_by_id.find(p.institution_id);
    if (inst == inst_by_id.end() || inst->second->scorecard_unitid.empty()) continue;
    auto rows_of = by_unitid.find(inst->second->scorecard_unitid);
    if (rows_of == by_unitid.end()) continue;
    std::string why_not;
    auto match = catalog_internal::MatchProgramRows(rows_of->second, p.label, &why_not);
    if (!match) {
      report->unmatched.push_back(fmt::format("{}: {}", p.id, why_not));
      continue;
    }
    ++report->with_scorecard;
    out += catalog_internal::RenderProgramOutcomes(p.id, *match);
  }
  return out;
}

Status WriteAtomically(const fs::path& path, const std::string& content) {
  fs::path tmp = path;
  tmp += ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return Status::IoError(fmt::format("{}: cannot open for writing", tmp.string()));
    out << content;
    out.flush();
    if (!out) return Status::IoError(fmt::format("{}: write failed", tmp.string()));
  }
  std::error_code ec;
  fs::rename(tmp, path, ec);
  if (ec) {
    fs::remove(tmp, ec);
    return Status::IoError(fmt::format("{}: cannot replace: {}", path.string(), ec.message()));
  }
  return Status::Ok();
}

}  // namespace

Status EnrichCatalog(const std::string& catalog_dir, const std::string& shared_dir,
                     EnrichReport* report) {
  EnrichReport local;
  EnrichReport& rep = report ? *report : local;
  rep = EnrichReport{};
  std::error_code ec;
  if (!fs::is_directory(shared_dir, ec))
    return Status::NotFound(fmt::format("{}: shared data directory not found", shared_dir));
  if (!fs::is_directory(catalog_dir, ec))
    return Status::NotFound(fmt::format("{}: catalog directory not found", catalog_dir));

  const fs::path catalog(catalog_dir);
  const fs::path shared(shared_dir);
  auto insts = ReadInstitutionNames(catalog / "institutions.toml");
  if (!insts.ok()) return insts.status();
  auto unis = ReadUniversities(shared / "universities" / "world_universities_and_domains.json");
  if (!unis.ok()) return unis.status();
  auto faculty = CountCsrankingsFaculty(shared / "csrankings" / "csrankings.csv");
  if (!faculty.ok()) return faculty.status();
  auto ipeds = catalog_internal::ReadIpedsCharges(shared / "ipeds-ic-ay" /
                                                  "ipeds_ic2023_ay_grad_tuition_selected.csv");
  if (!ipeds.ok()) return ipeds.status();
  auto scorecard = catalog_internal::ReadScorecardRows(shared / "scorecard-fos" /
                                                       "scorecard_fos_cs_ds_stats.csv");
  if (!scorecard.ok()) return scorecard.status();
  auto programs = ReadProgramKeys(catalog / "programs");
  if (!programs.ok()) return programs.status();

  rep.institutions = static_cast<int>(insts->size());
  rep.programs = static_cast<int>(programs->size());
  const fs::path out_path = catalog / "institutions-derived.toml";
  const fs::path programs_out = catalog / "programs-derived.toml";
  rep.output_file = out_path.string();
  rep.programs_output_file = programs_out.string();
  // Both texts are rendered before either file is written: an error leaves both untouched.
  const std::string institutions_text = RenderDerived(*insts, *unis, *faculty, *ipeds, &rep);
  const std::string programs_text = RenderProgramsDerived(*programs, *insts, *scorecard, &rep);
  // What is about to be written is loaded with the catalog first, by the same
  // loader every command uses: an out-of-range or malformed figure stops here.
  LoadOptions check;
  check.institutions_derived_text = &institutions_text;
  check.programs_derived_text = &programs_text;
  // Only the derived files' own errors count: a hand-written file with an
  // error is `catalog validate`'s to report, and enrich never touches it.
  std::vector<CatalogError> errors, derived_errors;
  if (!LoadCatalog(catalog_dir, &errors, check).ok())
    for (auto& e : errors)
      if (e.file == out_path.string() || e.file == programs_out.string())
        derived_errors.push_back(std::move(e));
  if (!derived_errors.empty()) {
    std::string message =
        fmt::format("enrich wrote nothing: {} error(s) in the derived facts it was about to write",
                    derived_errors.size());
    for (size_t i = 0; i < derived_errors.size() && i < 5; ++i)
      message += "\n  " + derived_errors[i].ToString();
    return Status::InvalidData(message);
  }
  if (Status s = WriteAtomically(out_path, institutions_text); !s.ok()) return s;
  return WriteAtomically(programs_out, programs_text);
}

}  // namespace gradfit
