// The TOML reader shared by the money data parsers: typed getters that record
// every problem with file, line and key, and reject the file whole on any problem.
#pragma once

#include <fmt/format.h>
#include <toml++/toml.h>

#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "gradfit/bounds.hpp"
#include "gradfit/iso_codes.hpp"
#include "gradfit/money_data.hpp"

namespace gradfit::money_internal {

class Reader {
 public:
  Reader(const std::string& file, std::vector<MoneyDataError>* out) : file_(file), out_(out) {}

  void Error(const toml::node* node, const std::string& key, const std::string& msg) {
    int line = node ? static_cast<int>(node->source().begin.line) : 0;
    errors_.push_back({file_, line, 0, key, msg});
  }
  void Error(int line, const std::string& key, const std::string& msg) {
    errors_.push_back({file_, line, 0, key, msg});
  }

  // A required code of `kind` (ISO 3166 country, ISO 4217 currency, US state).
  std::string Code(const toml::table& t, const std::string& key, const std::string& path,
                   CodeKind kind) {
    std::string v = Str(t, key, path);
    if (!v.empty())
      if (auto error = CheckCode(kind, v)) Error(t.get(key), path, *error);
    return v;
  }

  // A required string.
  std::string Str(const toml::table& t, const std::string& key, const std::string& path) {
    const toml::node* n = t.get(key);
    if (!n) {
      Error(&t, path, "missing");
      return {};
    }
    if (!n->is_string()) {
      Error(n, path, "must be a string");
      return {};
    }
    return std::string(*n->value<std::string>());
  }
  std::string OptStr(const toml::table& t, const std::string& key, const std::string& path) {
    if (!t.get(key)) return {};
    return Str(t, key, path);
  }
  // A number (integer or float); `positive` rejects <= 0.
  std::optional<double> Num(const toml::table& t, const std::string& key, const std::string& path,
                            bool required, bool positive = true) {
    const toml::node* n = t.get(key);
    if (!n) {
      if (required) Error(&t, path, "missing");
      return std::nullopt;
    }
    if (!n->is_number()) {
      Error(n, path, "must be a number");
      return std::nullopt;
    }
    double v = *n->value<double>();
    // Finite and within the bound of a data value (gradfit/bounds.hpp).
    if (auto error = CheckNumber("data_value", v)) {
      Error(n, path, *error);
      return std::nullopt;
    }
    if (positive && !(v > 0)) {
      Error(n, path, fmt::format("must be > 0 (got {})", v));
      return std::nullopt;
    }
    return v;
  }
  int Int(const toml::table& t, const std::string& key, const std::string& path, bool required) {
    const toml::node* n = t.get(key);
    if (!n) {
      if (required) Error(&t, path, "missing");
      return 0;
    }
    if (!n->is_integer()) {
      Error(n, path, "must be an integer");
      return 0;
    }
    return static_cast<int>(*n->value<int64_t>());
  }
  const toml::table* Table(const toml::table& root, const std::string& key, bool required) {
    const toml::node* n = root.get(key);
    if (!n) {
      if (required) Error(1, key, "missing table");
      return nullptr;
    }
    if (!n->is_table()) {
      Error(n, key, "must be a table");
      return nullptr;
    }
    return n->as_table();
  }
  // Calls f(table, "key[i]") for each table of an array of tables.
  template <typename F>
  void EachTable(const toml::table& root, const std::string& key, bool required, F f) {
    const toml::node* n = root.get(key);
    if (!n) {
      if (required) Error(1, key, "missing array of tables [[" + key + "]]");
      return;
    }
    const toml::array* a = n->as_array();
    if (!a) {
      Error(n, key, "must be an array of tables [[" + key + "]]");
      return;
    }
    for (size_t i = 0; i < a->size(); ++i) {
      const toml::table* t = (*a)[i].as_table();
      std::string path = fmt::format("{}[{}]", key, i);
      if (!t) {
        Error(&(*a)[i], path, "must be a table");
        continue;
      }
      f(*t, path);
    }
  }
  // Rejects keys outside `allowed` (typos would otherwise be silently ignored).
  void OnlyKeys(const toml::table& t, const std::string& path,
                std::initializer_list<const char*> allowed) {
    for (auto&& [k, v] : t) {
      bool ok = false;
      for (const char* a : allowed) ok = ok || k.str() == a;
      if (!ok)
        Error(&v, path.empty() ? std::string(k.str()) : path + "." + std::string(k.str()),
              "unknown key");
    }
  }

  std::optional<toml::table> Parse(std::string_view text) {
    try {
      return toml::parse(text, file_);
    } catch (const toml::parse_error& e) {
      Error(static_cast<int>(e.source().begin.line), "", std::string(e.description()));
      return std::nullopt;
    }
  }

  template <typename T>
  Result<T> Finish(T value) {
    if (errors_.empty()) return value;
    std::string msg;
    for (const auto& e : errors_) msg += e.ToString() + "\n";
    if (out_) out_->insert(out_->end(), errors_.begin(), errors_.end());
    return Status::InvalidData(msg);
  }

 private:
  std::string file_;
  std::vector<MoneyDataError>* out_;
  std::vector<MoneyDataError> errors_;
};

}  // namespace gradfit::money_internal
