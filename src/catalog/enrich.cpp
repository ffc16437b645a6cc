// gradfit catalog enrich: derive institution facts from the shared public data
// sets (University Domains list, CSRankings) into institutions-derived.toml.
#include "gradfit/enrich.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <toml++/toml.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>

namespace gradfit {
namespace {

namespace fs = std::filesystem;

// The snapshots in the shared data folder (their PROVENANCE.md files).
constexpr const char* kUniversitiesCommit = "bb07faf064e1c68be9b26fb71de31f01e361f974";
constexpr const char* kUniversitiesDate = "2026-06-20";
constexpr const char* kCsrankingsDate = "2024-10-23";

struct InstitutionNames {
  std::string id;
  std::string country;
  std::string csrankings_name;
  std::string universities_name;
};

struct UniversityEntry {
  std::string domain;
  std::string country;
};

Result<std::string> ReadWholeFile(const fs::path& path) {
  std::error_code ec;
  if (!fs::exists(path, ec))
    return Status::NotFound(fmt::format("{}: file not found", path.string()));
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(fmt::format("{}: cannot open for reading", path.string()));
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status::IoError(fmt::format("{}: read error", path.string()));
  return ss.str();
}

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
                   OptionalString(*t, "universities_name")});
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

// Splits one CSV record (RFC 4180 quoting) that fits on one line; nullopt when
// a quoted field is not closed.
std::optional<std::vector<std::string>> SplitCsvLine(std::string_view line) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        fields.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        fields.back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.emplace_back();
    } else {
      fields.back() += c;
    }
  }
  if (quoted) return std::nullopt;
  return fields;
}

// affiliation -> number of faculty rows in csrankings.csv.
Result<std::map<std::string, int>> CountCsrankingsFaculty(const fs::path& path) {
  auto text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  std::istringstream in(*text);
  std::string line;
  int line_no = 0;
  int affiliation_col = -1;
  size_t columns = 0;
  std::map<std::string, int> counts;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    auto fields = SplitCsvLine(line);
    if (!fields)
      return Status::InvalidData(
          fmt::format("{}:{}: unterminated quoted field", path.string(), line_no));
    if (affiliation_col < 0) {
      for (size_t c = 0; c < fields->size(); ++c)
        if ((*fields)[c] == "affiliation") affiliation_col = static_cast<int>(c);
      if (affiliation_col < 0)
        return Status::InvalidData(
            fmt::format("{}:{}: header has no `affiliation` column", path.string(), line_no));
      columns = fields->size();
      continue;
    }
    if (fields->size() != columns)
      return Status::InvalidData(fmt::format("{}:{}: expected {} fields, found {}", path.string(),
                                             line_no, columns, fields->size()));
    ++counts[(*fields)[affiliation_col]];
  }
  if (affiliation_col < 0)
    return Status::InvalidData(fmt::format("{}: empty file (no header)", path.string()));
  return counts;
}

// A TOML basic string.
std::string Quote(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + "\"";
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
      kUniversitiesDate, Quote(note));
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
      kCsrankingsDate, Quote(note));
}

std::string RenderDerived(const std::vector<InstitutionNames>& insts, const UniversityIndex& unis,
                          const std::map<std::string, int>& faculty, EnrichReport* report) {
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
    if (!uni && !count) continue;
    if (uni) ++report->with_domain;
    if (count) ++report->with_csrankings;

    out += fmt::format("\n[[institutions]]\nid = {}\n", Quote(inst.id));
    std::vector<std::string> source_for;
    if (uni) {
      if (!uni->domain.empty()) {
        out += fmt::format("domain = {}\n", Quote(uni->domain));
        source_for.push_back("domain = \"universities\"");
      }
      out += fmt::format("country = {}\n", Quote(uni->country));
      source_for.push_back("country = \"universities\"");
    }
    if (count) {
      out += fmt::format("csrankings_faculty = {}\n", *count);
      source_for.push_back("csrankings_faculty = \"csrankings\"");
    }
    out += fmt::format("source = \"{}\"\n", uni ? "universities" : "csrankings");
    out += fmt::format("source_for = {{ {} }}\n", fmt::join(source_for, ", "));
    if (uni) out += UniversitiesSource(inst);
    if (count) out += CsrankingsSource(inst);
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

  rep.institutions = static_cast<int>(insts->size());
  const fs::path out_path = catalog / "institutions-derived.toml";
  rep.output_file = out_path.string();
  return WriteAtomically(out_path, RenderDerived(*insts, *unis, *faculty, &rep));
}

}  // namespace gradfit
