#include "catalog/fact_reader.hpp"

#include <fmt/core.h>

#include <cmath>

#include "gradfit/bounds.hpp"

namespace gradfit::catalog_internal {

void ErrorSink::Add(const toml::node* at, std::string key_path, std::string message) {
  int line = 0, column = 0;
  if (at) {
    line = static_cast<int>(at->source().begin.line);
    column = static_cast<int>(at->source().begin.column);
  }
  AddAt(line, column, std::move(key_path), std::move(message));
}

void ErrorSink::AddAt(int line, int column, std::string key_path, std::string message) {
  errors_.push_back({file_, line, column, std::move(key_path), std::move(message)});
}

FactReader::FactReader(const toml::table& table, std::string path, ErrorSink& sink,
                       const std::map<std::string, int>& source_ids,
                       std::vector<int> fallback_sources)
    : table_(table),
      path_(std::move(path)),
      sink_(sink),
      source_ids_(source_ids),
      fallback_sources_(std::move(fallback_sources)) {}

std::string FactReader::KeyPath(std::string_view key) const {
  return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

void FactReader::Error(std::string_view key, std::string message) {
  const toml::node* at = table_.get(key);
  sink_.Add(at ? at : &table_, KeyPath(key), std::move(message));
}

const toml::node* FactReader::Take(std::string_view key) {
  consumed_.insert(std::string(key));
  return table_.get(key);
}

std::optional<std::string> FactReader::String(std::string_view key, bool required) {
  const toml::node* n = Take(key);
  if (!n) {
    if (required) Error(key, "required key is missing");
    return std::nullopt;
  }
  if (!n->is_string()) {
    Error(key, fmt::format("expected a string, found {}",
                           toml::impl::node_type_friendly_names[static_cast<int>(n->type())]));
    return std::nullopt;
  }
  std::string s = n->as_string()->get();
  if (s.empty()) {
    Error(key, "empty string: leave the key out when the value is unknown");
    return std::nullopt;
  }
  return s;
}

std::optional<double> FactReader::Number(std::string_view key, bool required) {
  const toml::node* n = Take(key);
  if (!n) {
    if (required) Error(key, "required key is missing");
    return std::nullopt;
  }
  if (n->is_number()) {
    const double v = n->is_integer() ? static_cast<double>(n->as_integer()->get())
                                     : n->as_floating_point()->get();
    if (!std::isfinite(v)) {
      Error(key, "expected a finite number");
      return std::nullopt;
    }
    // Prices, months, credits, scores: the bound of a data value (gradfit/bounds.hpp).
    if (auto error = CheckNumber("data_value", v)) {
      Error(key, *error);
      return std::nullopt;
    }
    return v;
  }
  Error(key, "expected a number");
  return std::nullopt;
}

std::optional<int64_t> FactReader::Integer(std::string_view key, bool required) {
  const toml::node* n = Take(key);
  if (!n) {
    if (required) Error(key, "required key is missing");
    return std::nullopt;
  }
  if (!n->is_integer()) {
    Error(key, "expected an integer");
    return std::nullopt;
  }
  return n->as_integer()->get();
}

std::optional<bool> FactReader::Bool(std::string_view key) {
  const toml::node* n = Take(key);
  if (!n) return std::nullopt;
  if (!n->is_boolean()) {
    Error(key, "expected true or false");
    return std::nullopt;
  }
  return n->as_boolean()->get();
}

std::optional<std::vector<std::string>> FactReader::StringArray(std::string_view key) {
  const toml::node* n = Take(key);
  if (!n) return std::nullopt;
  const toml::array* arr = n->as_array();
  if (!arr) {
    Error(key, "expected an array of strings");
    return std::nullopt;
  }
  std::vector<std::string> out;
  bool ok = true;
  for (size_t i = 0; i < arr->size(); ++i) {
    const toml::node& item = *arr->get(i);
    if (!item.is_string() || item.as_string()->get().empty()) {
      sink_.Add(&item, fmt::format("{}[{}]", KeyPath(key), i), "expected a non-empty string");
      ok = false;
      continue;
    }
    out.push_back(item.as_string()->get());
  }
  if (!ok) return std::nullopt;
  if (out.empty()) {
    Error(key, "empty array: leave the key out when the value is unknown");
    return std::nullopt;
  }
  return out;
}

std::optional<Date> FactReader::DateValue(std::string_view key, bool required) {
  const toml::node* n = table_.get(key);
  if (n && n->is_date()) {  // accept a bare TOML date too
    consumed_.insert(std::string(key));
    const toml::date d = n->as_date()->get();
    return Date{int(d.year), int(d.month), int(d.day)};
  }
  auto s = String(key, required);
  if (!s) return std::nullopt;
  auto d = ParseDate(*s);
  if (!d) Error(key, "'" + *s + "' is not a real date (YYYY, YYYY-MM or YYYY-MM-DD)");
  return d;
}

bool FactReader::CheckRange(std::string_view key, double v, double lo, double hi) {
  if (v >= lo && v <= hi) return true;
  Error(key, fmt::format("{} is out of range [{}, {}]", v, lo, hi));
  return false;
}

std::vector<int> FactReader::ResolveSourceRefs(const toml::node& node, const std::string& at) {
  std::vector<int> out;
  auto resolve_one = [&](const toml::node& item, const std::string& item_path) {
    if (!item.is_string()) {
      sink_.Add(&item, item_path, "a source reference must be a source id (string)");
      return;
    }
    const std::string& id = item.as_string()->get();
    auto it = source_ids_.find(id);
    if (it == source_ids_.end()) {
      sink_.Add(&item, item_path, "unknown source id '" + id + "' (not in [[sources]])");
      return;
    }
    out.push_back(it->second);
  };
  if (const toml::array* arr = node.as_array()) {
    for (size_t i = 0; i < arr->size(); ++i)
      resolve_one(*arr->get(i), fmt::format("{}[{}]", at, i));
    if (arr->empty()) sink_.Add(&node, at, "empty source list");
  } else {
    resolve_one(node, at);
  }
  return out;
}

std::vector<int> FactReader::SourcesFor(std::string_view key) {
  if (!sources_read_) {
    sources_read_ = true;
    consumed_.insert("source");
    consumed_.insert("source_for");
    if (const toml::node* s = table_.get("source"))
      default_sources_ = ResolveSourceRefs(*s, KeyPath("source"));
    if (const toml::node* sf = table_.get("source_for")) {
      if (!sf->is_table())
        sink_.Add(sf, KeyPath("source_for"), "expected a table key = source");
      else
        for (const auto& [k, v] : *sf->as_table())
          if (!table_.contains(k.str()))
            sink_.Add(&v, KeyPath("source_for." + std::string(k.str())),
                      "names a key that is not in this table");
    }
  }
  if (const toml::node* sf = table_.get("source_for"); sf && sf->is_table())
    if (const toml::node* own = sf->as_table()->get(key))
      return ResolveSourceRefs(*own, KeyPath("source_for." + std::string(key)));
  if (default_sources_ && !default_sources_->empty()) return *default_sources_;
  if (!default_sources_ && !fallback_sources_.empty()) return fallback_sources_;
  if (!default_sources_)
    Error(key,
          "fact without a source: add `source = \"<id>\"` to the table or "
          "`source_for = { " +
              std::string(key) + " = \"<id>\" }`");
  return {};
}

Scope FactReader::ReadScope(const toml::node& node, const std::string& at) {
  Scope scope;
  const toml::table* t = node.as_table();
  if (!t) {
    sink_.Add(&node, at,
              "expected a table like { modality = \"online\" } (keys: modality, residency, "
              "track)");
    return scope;
  }
  for (const auto& [k, v] : *t) {
    const std::string key_path = at + "." + std::string(k.str());
    if (!v.is_string() || v.as_string()->get().empty()) {
      sink_.Add(&v, key_path, "expected a non-empty string");
      continue;
    }
    const std::string& value = v.as_string()->get();
    if (k.str() == "modality") {
      scope.modality = ParseModality(value);
      if (!scope.modality)
        sink_.Add(&v, key_path, "'" + value + "' is not one of: on_campus, online, hybrid");
    } else if (k.str() == "residency") {
      scope.residency = ParseResidency(value);
      if (!scope.residency)
        sink_.Add(&v, key_path,
                  "'" + value +
                      "' is not one of: residents, international, in_state, out_of_state, eu, "
                      "non_eu");
    } else if (k.str() == "track") {
      scope.track = value;
    } else {
      sink_.Add(&v, key_path, "unknown scope key (modality, residency, track)");
    }
  }
  if (t->empty()) sink_.Add(&node, at, "empty scope: leave it out for the whole program");
  return scope;
}

void FactReader::ReadScopes() {
  if (scopes_read_) return;
  scopes_read_ = true;
  consumed_.insert("scope");
  consumed_.insert("scope_for");
  if (const toml::node* s = table_.get("scope")) table_scope_ = ReadScope(*s, KeyPath("scope"));
  const toml::node* sf = table_.get("scope_for");
  if (!sf) return;
  if (!sf->is_table()) {
    sink_.Add(sf, KeyPath("scope_for"), "expected a table key = { modality = ..., ... }");
    return;
  }
  for (const auto& [k, v] : *sf->as_table()) {
    const std::string at = KeyPath("scope_for." + std::string(k.str()));
    if (!table_.contains(k.str())) {
      sink_.Add(&v, at, "names a key that is not in this table");
      continue;
    }
    key_scopes_[std::string(k.str())] = ReadScope(v, at);
  }
}

Scope FactReader::ScopeFor(std::string_view key) {
  ReadScopes();
  if (auto it = key_scopes_.find(key); it != key_scopes_.end()) return it->second;
  return table_scope_;
}

void FactReader::RejectUnknownKeys() {
  // A scope on a table without facts must still be well formed.
  if (table_.contains("scope") || table_.contains("scope_for")) ReadScopes();
  for (const auto& [k, v] : table_) {
    if (consumed_.count(k.str())) continue;
    if (k.str() == "source" || k.str() == "source_for") {
      // A source on a table whose keys are all unknown is harmless, but must
      // still name real sources.
      if (k.str() == "source") ResolveSourceRefs(v, KeyPath("source"));
      continue;
    }
    sink_.Add(&v, KeyPath(k.str()), "unknown key (check the spelling; see docs/DATA.md)");
  }
}

std::map<std::string, int> ReadSources(const toml::node* node, const std::string& path,
                                       ErrorSink& sink, std::vector<Source>* out) {
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
    Source s;
    auto id = r.String("id", true);
    auto url = r.String("url", true);
    auto first_party = r.Bool("first_party");
    auto retrieved = r.DateValue("retrieved");
    auto page_date = r.DateValue("page_date");
    auto note = r.String("note");
    auto attribution = r.String("attribution");
    r.RejectUnknownKeys();
    if (!first_party && r.Has("first_party") == false)
      r.Error("first_party", "required key is missing (is the URL the institution's own page?)");
    if (url && url->rfind("https://", 0) != 0 && url->rfind("http://", 0) != 0)
      r.Error("url", "'" + *url + "' is not an http(s) URL");
    if (!retrieved && !page_date && !r.Has("retrieved") && !r.Has("page_date"))
      r.Error("retrieved", "a source needs a retrieval date or a page date");
    if (retrieved && retrieved->valid() && retrieved->DaysSinceEpoch() > Today().DaysSinceEpoch())
      r.Error("retrieved", "retrieval date " + retrieved->ToString() + " is in the future");
    if (!id) continue;
    if (ids.count(*id)) {
      r.Error("id", "duplicate source id '" + *id + "'");
      continue;
    }
    s.id = *id;
    s.url = url.value_or("");
    s.first_party = first_party.value_or(false);
    if (retrieved) s.retrieved = *retrieved;
    s.page_date = page_date;
    s.note = note.value_or("");
    s.attribution = attribution.value_or("");
    ids[s.id] = static_cast<int>(out->size());
    out->push_back(std::move(s));
  }
  return ids;
}

}  // namespace gradfit::catalog_internal
