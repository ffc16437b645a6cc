// Loads a catalog directory all-or-nothing: every file is parsed (in parallel
// for large catalogs), every error of the run is collected, and the catalog is
// returned only when there are none.
#include <fmt/core.h>
#include <toml++/toml.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <thread>

#include "catalog/derived_programs.hpp"
#include "catalog/program_reader.hpp"
#include "gradfit/catalog.hpp"
#include "gradfit/file_io.hpp"

namespace gradfit {
namespace fs = std::filesystem;
using catalog_internal::ErrorSink;

namespace {

// Reads and parses one TOML file; on failure records the error and returns nullopt.
std::optional<toml::table> ParseFile(const fs::path& path, ErrorSink& sink) {
  // Bounded: a regular file, under the cap, valid UTF-8, and (through symlinks)
  // inside the folder it is listed in, so a link to /etc/passwd is refused.
  ReadLimits limits;
  limits.confine_to_dir = path.has_parent_path() ? path.parent_path().string() : ".";
  auto text = ReadInputFile(path.string(), limits);
  if (!text.ok()) {
    std::string message = text.status().message();
    // The sink already names the file: keep only what follows "path: ".
    if (auto at = message.find(": "); at != std::string::npos) message = message.substr(at + 2);
    int line = 0;
    if (text.status().code() == Status::Code::kInvalidData) {
      // "path:LINE: invalid UTF-8 ..."
      std::string full = text.status().message();
      auto colon = full.find(':', path.string().size());
      if (colon != std::string::npos) {
        line = std::atoi(full.c_str() + colon + 1);
        auto rest = full.find(": ", colon + 1);
        message = rest == std::string::npos ? full : full.substr(rest + 2);
      }
    }
    sink.AddAt(line, 0, "", message);
    return std::nullopt;
  }
  try {
    return toml::parse(*text, path.string());
  } catch (const toml::parse_error& e) {
    sink.AddAt(static_cast<int>(e.source().begin.line), static_cast<int>(e.source().begin.column),
               "", std::string("malformed TOML: ") + std::string(e.description()));
    return std::nullopt;
  }
}

struct ProgramSlot {
  Program program;
  std::vector<CatalogError> errors;
};

void LoadProgramFile(const fs::path& path, ProgramSlot* slot) {
  ErrorSink sink(path.string());
  if (auto root = ParseFile(path, sink)) {
    slot->program = catalog_internal::ReadProgram(*root, sink);
    slot->program.file = path.string();
    const std::string stem = path.stem().string();
    if (!slot->program.id.empty() && slot->program.id != stem)
      sink.Add(
          root->get("id"), "id",
          fmt::format("id '{}' does not match the file name '{}.toml'", slot->program.id, stem));
  }
  slot->errors = std::move(sink.errors());
}

void LoadPrograms(const fs::path& dir, std::vector<ProgramSlot>* slots, bool parallel,
                  std::vector<CatalogError>* errors) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    if (it->path().extension() == ".toml") files.push_back(it->path());
  if (ec) {
    errors->push_back({dir.string(), 0, 0, "", "cannot list the directory: " + ec.message()});
    return;
  }
  std::sort(files.begin(), files.end());
  slots->resize(files.size());
  const unsigned threads =
      parallel ? std::max(1u, std::min<unsigned>(std::thread::hardware_concurrency(), 16)) : 1;
  // Threads take runs of consecutive files: interleaving single files between threads
  // measured no faster than one thread (bench/catalog_load_bench.cpp).
  constexpr size_t kRun = 256;
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t begin; (begin = next.fetch_add(kRun)) < files.size();)
      for (size_t i = begin; i < std::min(files.size(), begin + kRun); ++i)
        LoadProgramFile(files[i], &(*slots)[i]);
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads && files.size() > 64; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
}

// Adds the derived facts of `derived` to `base` (hand-written facts win).
void MergeDerived(Institution& base, Institution derived) {
  const int offset = static_cast<int>(base.sources.size());
  for (auto& s : derived.sources) base.sources.push_back(std::move(s));
  auto shift = [&](auto& fact) {
    for (int& i : fact.sources) i += offset;
    return fact;
  };
  if (!base.domain.known()) base.domain = shift(derived.domain);
  if (!base.country.known()) base.country = shift(derived.country);
  if (!base.csrankings_faculty.known()) base.csrankings_faculty = shift(derived.csrankings_faculty);
  if (!base.ipeds_graduate_charges.known())
    base.ipeds_graduate_charges = shift(derived.ipeds_graduate_charges);
}

// A program fact the program's own file leaves unknown takes the institution's value; the
// institution's sources are copied into the program's source list so the fact stays cited.
void InheritFact(Program& p, Fact<std::string>& fact, const Institution& inst,
                 const Fact<std::string>& from) {
  if (fact.known() || !from.known()) return;
  Fact<std::string> f;
  f.value = *from.value;
  for (int s : from.sources) {
    const Source& src = inst.sources[s];
    auto same = std::find_if(p.sources.begin(), p.sources.end(),
                             [&](const Source& x) { return x.id == src.id && x.url == src.url; });
    f.sources.push_back(static_cast<int>(same - p.sources.begin()));
    if (same == p.sources.end()) p.sources.push_back(src);
  }
  fact = std::move(f);
}

}  // namespace

Result<Catalog> LoadCatalog(const std::string& dir_name, std::vector<CatalogError>* errors,
                            const LoadOptions& options) {
  std::vector<CatalogError> local;
  if (!errors) errors = &local;
  errors->clear();
  const fs::path dir(dir_name);
  if (!fs::is_directory(dir)) {
    errors->push_back({dir_name, 0, 0, "", "not a catalog directory"});
    return Status::NotFound(dir_name + ": not a catalog directory");
  }
  Catalog catalog;

  // Institutions: hand-written, then the enrich tool's derived facts.
  const fs::path inst_file = dir / "institutions.toml";
  if (!fs::exists(inst_file)) {
    errors->push_back({inst_file.string(), 0, 0, "", "missing institutions file"});
  } else {
    ErrorSink sink(inst_file.string());
    if (auto root = ParseFile(inst_file, sink))
      catalog.institutions = catalog_internal::ReadInstitutions(*root, sink);
    for (auto& e : sink.errors()) errors->push_back(std::move(e));
  }
  std::map<std::string, size_t> inst_index;
  for (size_t i = 0; i < catalog.institutions.size(); ++i) {
    const Institution& inst = catalog.institutions[i];
    if (inst.id.empty()) continue;
    if (!inst_index.emplace(inst.id, i).second)
      errors->push_back(
          {inst_file.string(), 0, 0, "institutions", "duplicate institution id '" + inst.id + "'"});
  }
  const fs::path derived_file = dir / "institutions-derived.toml";
  if (fs::exists(derived_file)) {
    ErrorSink sink(derived_file.string());
    if (auto root = ParseFile(derived_file, sink)) {
      for (auto& d : catalog_internal::ReadInstitutions(*root, sink)) {
        auto it = inst_index.find(d.id);
        if (it == inst_index.end())
          sink.AddAt(0, 0, "institutions", "derived facts for unknown institution '" + d.id + "'");
        else
          MergeDerived(catalog.institutions[it->second], std::move(d));
      }
    }
    for (auto& e : sink.errors()) errors->push_back(std::move(e));
  }

  // Programs.
  std::vector<ProgramSlot> slots;
  const fs::path programs_dir = dir / "programs";
  if (!fs::is_directory(programs_dir))
    errors->push_back({programs_dir.string(), 0, 0, "", "missing programs directory"});
  else
    LoadPrograms(programs_dir, &slots, options.parallel, errors);
  std::map<std::string, std::string> seen_ids;
  for (auto& slot : slots) {
    for (auto& e : slot.errors) errors->push_back(std::move(e));
    Program& p = slot.program;
    if (!p.id.empty()) {
      auto [it, fresh] = seen_ids.emplace(p.id, p.file);
      if (!fresh)
        errors->push_back(
            {p.file, 0, 0, "id",
             fmt::format("duplicate program id '{}' (also in {})", p.id, it->second)});
    }
    if (!p.institution_id.empty() && !inst_index.count(p.institution_id))
      errors->push_back(
          {p.file, 0, 0, "institution",
           "unknown institution '" + p.institution_id + "' (not in institutions.toml)"});
    catalog.programs.push_back(std::move(p));
  }

  // Program facts the enrich tool derived (College Scorecard outcomes).
  const fs::path derived_programs = dir / "programs-derived.toml";
  if (fs::exists(derived_programs)) {
    ErrorSink sink(derived_programs.string());
    if (auto root = ParseFile(derived_programs, sink))
      catalog_internal::MergeDerivedPrograms(*root, catalog.programs, sink);
    for (auto& e : sink.errors()) errors->push_back(std::move(e));
  }

  if (!errors->empty())
    return Status::InvalidData(fmt::format("{} error(s) in catalog {}", errors->size(), dir_name));
  for (auto& p : catalog.programs) {
    const Institution* inst = catalog.find_institution(p.institution_id);
    if (!inst) continue;
    // Carry the institution's country and city as program facts with their sources, so every
    // reader (show, filters, export, living costs) sees the same value and where it came from.
    InheritFact(p, p.country, *inst, inst->country);
    InheritFact(p, p.city, *inst, inst->city);
  }
  catalog.Renew();
  return catalog;
}

}  // namespace gradfit
