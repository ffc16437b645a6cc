// Reads one TOML table of catalog facts strictly: typed getters that record
// every key they consume, source resolution (`source` / `source_for`), and an
// error for every key nobody asked for (a typo must not pass silently).
// Internal to src/catalog; toml++ stays out of public headers.
#pragma once

#include <toml++/toml.h>

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "gradfit/catalog.hpp"

namespace gradfit::catalog_internal {

// Collects the errors of one file.
class ErrorSink {
 public:
  explicit ErrorSink(std::string file) : file_(std::move(file)) {}
  void Add(const toml::node* at, std::string key_path, std::string message);
  void AddAt(int line, int column, std::string key_path, std::string message);
  const std::string& file() const { return file_; }
  std::vector<CatalogError>& errors() { return errors_; }
  bool empty() const { return errors_.empty(); }

 private:
  std::string file_;
  std::vector<CatalogError> errors_;
};

// Parses a [[sources]] array into `out`, returning id → index.
std::map<std::string, int> ReadSources(const toml::node* array, const std::string& path,
                                       ErrorSink& sink, std::vector<Source>* out);

class FactReader {
 public:
  // `path` is the key path of the table ("admissions", "deadlines[2]"); the
  // table's own `source`/`source_for` are resolved against `source_ids`.
  // `fallback_sources` cite facts of a table that names no source (the personal
  // overlay's implicit "yours" source); empty: such a fact is an error.
  FactReader(const toml::table& table, std::string path, ErrorSink& sink,
             const std::map<std::string, int>& source_ids, std::vector<int> fallback_sources = {});

  // Plain (unsourced) values.
  std::optional<std::string> String(std::string_view key, bool required = false);
  std::optional<double> Number(std::string_view key, bool required = false);
  std::optional<int64_t> Integer(std::string_view key, bool required = false);
  std::optional<bool> Bool(std::string_view key);
  std::optional<std::vector<std::string>> StringArray(std::string_view key);
  // A string that must be one of `allowed`; parsed with `parse`.
  template <typename E>
  std::optional<E> Enum(std::string_view key, std::optional<E> (*parse)(std::string_view),
                        std::string_view allowed, bool required = false) {
    auto s = String(key, required);
    if (!s) return std::nullopt;
    auto v = parse(*s);
    if (!v) Error(key, "'" + *s + "' is not one of: " + std::string(allowed));
    return v;
  }
  std::optional<Date> DateValue(std::string_view key, bool required = false);

  // Wraps a value read from `key` as a fact with its resolved sources. An
  // absent value yields an unknown fact; a present one without a source is an
  // error ("fact without a source").
  // The fact also takes the table's `scope`, or its own from `scope_for`.
  template <typename T>
  Fact<T> MakeFact(std::string_view key, std::optional<T> value) {
    Fact<T> f;
    if (!value) return f;
    f.sources = SourcesFor(key);
    f.scope = ScopeFor(key);
    f.value = std::move(value);
    return f;
  }
  // The scope of `key`: its `scope_for` entry, else the table's `scope`.
  Scope ScopeFor(std::string_view key);
  // Resolves a source reference (an id or a list of ids) found at `at`.
  std::vector<int> SourceRefs(const toml::node& node, const std::string& at) {
    return ResolveSourceRefs(node, at);
  }

  // Range check helper: error unless lo <= v <= hi.
  bool CheckRange(std::string_view key, double v, double lo, double hi);
  void Error(std::string_view key, std::string message);
  const toml::node* Node(std::string_view key) const { return table_.get(key); }
  // Marks a key as handled elsewhere.
  void Skip(std::string_view key) { consumed_.insert(std::string(key)); }
  bool Has(std::string_view key) const { return table_.contains(key); }
  const std::string& path() const { return path_; }

  // Reports every key of the table that no getter consumed.
  void RejectUnknownKeys();

 private:
  std::vector<int> SourcesFor(std::string_view key);
  Scope ReadScope(const toml::node& node, const std::string& at);
  void ReadScopes();
  std::vector<int> ResolveSourceRefs(const toml::node& node, const std::string& at);
  std::string KeyPath(std::string_view key) const;
  const toml::node* Take(std::string_view key);

  const toml::table& table_;
  std::string path_;
  ErrorSink& sink_;
  const std::map<std::string, int>& source_ids_;
  std::set<std::string, std::less<>> consumed_;
  std::optional<std::vector<int>> default_sources_;
  bool sources_read_ = false;
  std::vector<int> fallback_sources_;
  bool scopes_read_ = false;
  Scope table_scope_;
  std::map<std::string, Scope, std::less<>> key_scopes_;
};

}  // namespace gradfit::catalog_internal
