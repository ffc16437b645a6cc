// The personal overlay: the user's own figures for programs of the catalog.
#include <fmt/core.h>
#include <toml++/toml.h>

#include <algorithm>
#include <filesystem>

#include "catalog/program_reader.hpp"
#include "gradfit/catalog_overlay.hpp"

namespace gradfit {
namespace {

using catalog_internal::ErrorSink;
using catalog_internal::FactReader;

constexpr std::string_view kOverlayTables = "sources, tuition, fees, deadlines, aid";

// The user's sources: like catalog sources, but the URL is optional (an offer
// letter has none) and every one is user_supplied. Without any, the program's
// facts cite an implicit source "yours".
std::map<std::string, int> ReadUserSources(const toml::node* node, const std::string& path,
                                           const std::string& file, ErrorSink& sink,
                                           std::vector<Source>* out) {
  std::map<std::string, int> ids;
  if (!node) return ids;
  const toml::array* arr = node->as_array();
  if (!arr) {
    sink.Add(node, path, "expected an array of tables [[" + path + "]]");
    return ids;
  }
  const std::map<std::string, int> none;
  for (size_t i = 0; i < arr->size(); ++i) {
    const toml::node& item = *arr->get(i);
    const std::string item_path = fmt::format("{}[{}]", path, i);
    if (!item.is_table()) {
      sink.Add(&item, item_path, "expected a table");
      continue;
    }
    FactReader r(*item.as_table(), item_path, sink, none);
    auto id = r.String("id", true);
    auto url = r.String("url");
    auto date = r.DateValue("date");
    auto note = r.String("note");
    r.RejectUnknownKeys();
    if (!id) continue;
    if (ids.count(*id)) {
      r.Error("id", "duplicate source id '" + *id + "'");
      continue;
    }
    Source s;
    s.id = *id;
    // Outputs print a source by its URL: this one always says whose it is.
    s.url = "yours: " + url.value_or(file);
    s.user_supplied = true;
    s.retrieved = date ? *date : Today();
    s.page_date = date;
    s.note = note.value_or("your own figure");
    ids[s.id] = static_cast<int>(out->size());
    out->push_back(std::move(s));
  }
  return ids;
}

// Reads one program's table of the overlay into a Program holding only the user's facts.
Program ReadOverlayProgram(const std::string& id, const toml::table& t, const std::string& file,
                           ErrorSink& sink) {
  Program p;
  p.id = id;
  p.file = file;
  auto ids = ReadUserSources(t.get("sources"), id + ".sources", file, sink, &p.sources);
  std::vector<int> fallback;
  if (!t.contains("sources")) {
    Source yours;
    yours.id = "yours";
    yours.url = "yours: " + file;
    yours.user_supplied = true;
    yours.retrieved = Today();
    yours.note = "your own figure";
    p.sources.push_back(std::move(yours));
    fallback = {0};
    ids["yours"] = 0;
  }
  auto one = [&](std::string_view key, auto read) {
    const toml::node* n = t.get(key);
    if (!n) return;
    const std::string path = id + "." + std::string(key);
    if (!n->is_table()) return sink.Add(n, path, "expected a table [" + path + "]");
    FactReader r(*n->as_table(), path, sink, ids, fallback);
    read(r, p);
    r.RejectUnknownKeys();
  };
  auto each = [&](std::string_view key, auto read) {
    const toml::node* n = t.get(key);
    if (!n) return;
    const std::string path = id + "." + std::string(key);
    const toml::array* arr = n->as_array();
    if (!arr) return sink.Add(n, path, "expected an array of tables [[" + path + "]]");
    for (size_t i = 0; i < arr->size(); ++i) {
      const toml::node& item = *arr->get(i);
      const std::string item_path = fmt::format("{}[{}]", path, i);
      if (!item.is_table()) {
        sink.Add(&item, item_path, "expected a table");
        continue;
      }
      FactReader r(*item.as_table(), item_path, sink, ids, fallback);
      read(r, p);
      r.RejectUnknownKeys();
    }
  };
  one("tuition", catalog_internal::ReadTuition);
  each("fees", catalog_internal::ReadFee);
  each("deadlines", catalog_internal::ReadDeadline);
  each("aid", catalog_internal::ReadAid);
  for (const auto& [k, v] : t) {
    const std::string_view key = k.str();
    if (key != "sources" && key != "tuition" && key != "fees" && key != "deadlines" && key != "aid")
      sink.Add(&v, id + "." + std::string(key),
               "not a fact the overlay holds (" + std::string(kOverlayTables) + ")");
  }
  return p;
}

// Moves `from`'s source indices to their place after `offset` sources.
template <typename T>
Fact<T> Shifted(Fact<T> f, int offset) {
  for (int& i : f.sources) i += offset;
  return f;
}

}  // namespace

Result<FactsOverlay> LoadFactsOverlay(const std::string& path, const Catalog& catalog,
                                      std::vector<InputError>* errors) {
  std::vector<InputError> local;
  if (!errors) errors = &local;
  errors->clear();
  ErrorSink sink(path);
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    sink.AddAt(0, 0, "", "no such file");
    *errors = std::move(sink.errors());
    return Status::NotFound(path + ": no such file");
  }
  toml::table root;
  try {
    root = toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    sink.AddAt(static_cast<int>(e.source().begin.line), static_cast<int>(e.source().begin.column),
               "", std::string("malformed TOML: ") + std::string(e.description()));
    *errors = std::move(sink.errors());
    return Status::InvalidData(path + ": malformed TOML");
  }
  FactsOverlay overlay;
  overlay.file = path;
  for (const auto& [k, v] : root) {
    const std::string id(k.str());
    if (!v.is_table()) {
      sink.Add(&v, id, "expected a table [<program id>] holding " + std::string(kOverlayTables));
      continue;
    }
    if (!catalog.find_program(id)) {
      sink.Add(&v, id, "no program '" + id + "' in the catalog (`gradfit programs list`)");
      continue;
    }
    overlay.programs.push_back(ReadOverlayProgram(id, *v.as_table(), path, sink));
  }
  *errors = std::move(sink.errors());
  if (!errors->empty())
    return Status::InvalidData(
        fmt::format("{} error(s) in your facts file {}", errors->size(), path));
  return overlay;
}

Status ApplyFactsOverlay(Catalog& catalog, const FactsOverlay& overlay) {
  catalog.Renew();  // new content (even when an unknown id stops it half way)
  for (const Program& mine : overlay.programs) {
    auto it = std::find_if(catalog.programs.begin(), catalog.programs.end(),
                           [&](const Program& p) { return p.id == mine.id; });
    if (it == catalog.programs.end())
      return Status::InvalidData(overlay.file + ": no program '" + mine.id + "' in the catalog");
    Program& p = *it;
    const int offset = static_cast<int>(p.sources.size());
    for (const Source& s : mine.sources) p.sources.push_back(s);
    if (mine.tuition.known()) p.tuition = Shifted(mine.tuition, offset);
    for (const auto& fee : mine.fees) {
      auto same = std::find_if(p.fees.begin(), p.fees.end(), [&](const Fact<Fee>& f) {
        return f.known() && f->name == fee->name;
      });
      if (same != p.fees.end())
        *same = Shifted(fee, offset);
      else
        p.fees.push_back(Shifted(fee, offset));
    }
    for (const auto& d : mine.deadlines) {
      auto same =
          std::find_if(p.deadlines.begin(), p.deadlines.end(),
                       [&](const Fact<Deadline>& x) { return x.known() && x->term == d->term; });
      if (same != p.deadlines.end())
        *same = Shifted(d, offset);
      else
        p.deadlines.push_back(Shifted(d, offset));
    }
    for (const auto& a : mine.user_aid) p.user_aid.push_back(Shifted(a, offset));
  }
  return Status::Ok();
}

}  // namespace gradfit
