// Reading and writing profile files. TOML and JSON are both flattened into
// (key path, text, line) entries and applied through the one field table, so
// the two formats, --set flags and the questionnaire accept the same values.
#include <fmt/format.h>
#include <toml++/toml.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "fit/profile_fields.hpp"
#include "gradfit/file_io.hpp"

namespace gradfit {
namespace {

using fit::FieldDef;
using fit::FieldKind;
using fit::FlatEntry;

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool IsMoneyField(const std::string& path) {
  const FieldDef* f = fit::FindField(path);
  return f && f->kind == FieldKind::kMoney;
}

// --- TOML -------------------------------------------------------------------

std::optional<std::string> TomlLeafText(const toml::node& n) {
  if (auto s = n.as_string()) return s->get();
  if (auto i = n.as_integer()) return std::to_string(i->get());
  if (auto d = n.as_floating_point()) return fit::FormatNumber(d->get());
  if (auto b = n.as_boolean()) return b->get() ? "true" : "false";
  return std::nullopt;
}

void FlattenToml(const toml::table& table, const std::string& prefix, std::vector<FlatEntry>& out,
                 std::vector<ProfileError>& errors, const std::string& file) {
  for (auto&& [k, node] : table) {
    std::string path = prefix.empty() ? std::string(k.str()) : prefix + "." + std::string(k.str());
    int line = static_cast<int>(node.source().begin.line);
    if (auto t = node.as_table()) {
      if (IsMoneyField(path)) {
        auto amount = (*t)["amount"].node();
        auto currency = (*t)["currency"].node();
        if (!amount || !currency || t->size() != 2) {
          errors.push_back(
              {file, line, 0, path, "expected { amount = <number>, currency = \"USD\" }"});
          continue;
        }
        out.push_back(
            {path,
             TomlLeafText(*amount).value_or("?") + " " + TomlLeafText(*currency).value_or("?"),
             line});
      } else {
        FlattenToml(*t, path, out, errors, file);
      }
    } else if (auto a = node.as_array()) {
      std::string text;
      bool ok = true;
      for (auto&& item : *a) {
        auto t = TomlLeafText(item);
        if (!t) ok = false;
        {
          if (!text.empty()) text += ",";
          text += t.value_or("");
        }
      }
      if (!ok) {
        errors.push_back({file, line, 0, path, "expected a list of strings"});
        continue;
      }
      out.push_back({path, text, line});
    } else if (auto text = TomlLeafText(node)) {
      out.push_back({path, *text, line});
    } else {
      errors.push_back({file, line, 0, path, "dates and times are not used in profiles"});
    }
  }
}

std::string TomlQuote(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20)
          out += fmt::format("\\u{:04x}", c);
        else
          out += c;
    }
  }
  return out + "\"";
}

std::pair<std::string, std::string> SplitMoney(const std::string& text) {
  auto space = text.find(' ');
  return {text.substr(0, space), text.substr(space + 1)};
}

std::string TomlValue(const FieldDef& f, const std::string& text) {
  switch (f.kind) {
    case FieldKind::kNumber:
    case FieldKind::kBool:
      return text;
    case FieldKind::kScoreOrNone:
      return text == "none" ? TomlQuote(text) : text;
    case FieldKind::kText:
    case FieldKind::kTestStatus:
      return TomlQuote(text);
    case FieldKind::kList: {
      std::string out = "[";
      for (const auto& item : fit::SplitList(text)) {
        if (out.size() > 1) out += ", ";
        out += TomlQuote(item);
      }
      return out + "]";
    }
    case FieldKind::kMoney: {
      auto [amount, currency] = SplitMoney(text);
      return fmt::format("{{ amount = {}, currency = {} }}", amount, TomlQuote(currency));
    }
  }
  return TomlQuote(text);
}

// --- JSON -------------------------------------------------------------------

void FlattenJson(const nlohmann::json& obj, const std::string& prefix, std::vector<FlatEntry>& out,
                 std::vector<ProfileError>& errors, const std::string& file) {
  for (auto it = obj.begin(); it != obj.end(); ++it) {
    std::string path = prefix.empty() ? it.key() : prefix + "." + it.key();
    const auto& v = it.value();
    auto leaf = [](const nlohmann::json& j) -> std::optional<std::string> {
      if (j.is_string()) return j.get<std::string>();
      if (j.is_number_integer()) return std::to_string(j.get<long long>());
      if (j.is_number()) return fit::FormatNumber(j.get<double>());
      if (j.is_boolean()) return j.get<bool>() ? "true" : "false";
      return std::nullopt;
    };
    if (v.is_null()) continue;  // null: unknown
    if (v.is_object()) {
      if (IsMoneyField(path)) {
        if (v.size() != 2 || !v.contains("amount") || !v.contains("currency") ||
            !leaf(v["amount"]) || !leaf(v["currency"])) {
          errors.push_back(
              {file, 0, 0, path, "expected {\"amount\": <number>, \"currency\": \"USD\"}"});
          continue;
        }
        out.push_back({path, *leaf(v["amount"]) + " " + *leaf(v["currency"]), 0});
      } else {
        FlattenJson(v, path, out, errors, file);
      }
    } else if (v.is_array()) {
      std::string text;
      bool ok = true;
      for (const auto& item : v) {
        auto t = leaf(item);
        if (!t) ok = false;
        {
          if (!text.empty()) text += ",";
          text += t.value_or("");
        }
      }
      if (!ok)
        errors.push_back({file, 0, 0, path, "expected a list of strings"});
      else
        out.push_back({path, text, 0});
    } else {
      out.push_back({path, *leaf(v), 0});
    }
  }
}

nlohmann::json JsonValue(const FieldDef& f, const std::string& text) {
  auto number = [](const std::string& t) -> nlohmann::json {
    double d = *fit::ParseNumberText(t);
    if (d == static_cast<double>(static_cast<long long>(d)) && std::abs(d) < 1e15)
      return static_cast<long long>(d);
    return d;
  };
  switch (f.kind) {
    case FieldKind::kNumber:
      return number(text);
    case FieldKind::kBool:
      return text == "true";
    case FieldKind::kScoreOrNone:
      return text == "none" ? nlohmann::json(text) : number(text);
    case FieldKind::kList:
      return fit::SplitList(text);
    case FieldKind::kMoney: {
      auto [amount, currency] = SplitMoney(text);
      return {{"amount", number(amount)}, {"currency", currency}};
    }
    default:
      return text;
  }
}

Result<Profile> FinishParse(std::vector<FlatEntry> entries, std::vector<ProfileError> errors,
                            const std::string& file, std::vector<ProfileError>* errors_out) {
  // toml++ iterates tables in key order; apply and report in file order.
  std::stable_sort(entries.begin(), entries.end(),
                   [](const FlatEntry& a, const FlatEntry& b) { return a.line < b.line; });
  Profile p;
  fit::ApplyEntries(p, entries, file, errors);
  std::stable_sort(errors.begin(), errors.end(),
                   [](const ProfileError& a, const ProfileError& b) { return a.line < b.line; });
  if (errors.empty()) fit::ValidateLocated(p, entries, file, errors);
  if (errors_out) *errors_out = errors;
  if (!errors.empty()) return fit::ErrorsToStatus(errors);
  return p;
}

}  // namespace

Result<Profile> ParseProfileToml(std::string_view text, const std::string& file_name,
                                 std::vector<ProfileError>* errors_out) {
  std::vector<ProfileError> errors;
  std::vector<FlatEntry> entries;
  try {
    toml::table table = toml::parse(text, file_name);
    FlattenToml(table, "", entries, errors, file_name);
  } catch (const toml::parse_error& e) {
    errors.push_back({file_name, static_cast<int>(e.source().begin.line), 0, "",
                      fmt::format("TOML syntax error: {}", e.description())});
    if (errors_out) *errors_out = errors;
    return fit::ErrorsToStatus(errors);
  }
  return FinishParse(std::move(entries), std::move(errors), file_name, errors_out);
}

Result<Profile> ParseProfileJson(std::string_view text, const std::string& file_name,
                                 std::vector<ProfileError>* errors_out) {
  std::vector<ProfileError> errors;
  std::vector<FlatEntry> entries;
  try {
    auto j = nlohmann::json::parse(text);
    if (!j.is_object()) {
      errors.push_back({file_name, 0, 0, "", "a profile must be a JSON object"});
    } else {
      FlattenJson(j, "", entries, errors, file_name);
    }
  } catch (const nlohmann::json::parse_error& e) {
    errors.push_back({file_name, 0, 0, "", fmt::format("JSON syntax error: {}", e.what())});
  } catch (const nlohmann::json::exception& e) {
    // E.g. a number too large for a double (found by the profile fuzzer).
    errors.push_back({file_name, 0, 0, "", fmt::format("invalid JSON: {}", e.what())});
  }
  if (!errors.empty()) {
    if (errors_out) *errors_out = errors;
    return fit::ErrorsToStatus(errors);
  }
  return FinishParse(std::move(entries), std::move(errors), file_name, errors_out);
}

Result<Profile> LoadProfile(const std::string& path, std::vector<ProfileError>* errors) {
  ReadLimits limits;
  limits.max_bytes = std::size_t{1} << 20;  // a profile is a few hundred bytes
  auto text = ReadInputFile(path, limits);
  if (!text.ok()) {
    if (text.status().code() == Status::Code::kNotFound)
      return Status::NotFound(fmt::format("{}: no such profile file", path));
    return text.status();
  }
  if (EndsWith(path, ".json")) return ParseProfileJson(*text, path, errors);
  return ParseProfileToml(*text, path, errors);
}

std::string ProfileToToml(const Profile& p) {
  std::string out = "# gradfit applicant profile (format: docs/DATA.md, section \"Profile\").\n";
  out += "# A missing key means \"unknown\".\n";
  std::string section;
  for (const auto& f : fit::FieldDefs()) {
    auto text = f.get(p);
    if (!text) continue;
    const std::string& key = f.info.key;
    size_t dot = key.find('.');
    std::string sec = dot == std::string::npos ? "" : key.substr(0, dot);
    std::string rest = dot == std::string::npos ? key : key.substr(dot + 1);
    if (sec != section) {
      out += fmt::format("\n[{}]\n", sec);
      section = sec;
    }
    out += fmt::format("{} = {}\n", rest, TomlValue(f, *text));
  }
  return out;
}

std::string ProfileToJson(const Profile& p) {
  nlohmann::json j = nlohmann::json::object();
  for (const auto& f : fit::FieldDefs()) {
    auto text = f.get(p);
    if (!text) continue;
    nlohmann::json* at = &j;
    std::string key = f.info.key;
    for (size_t dot; (dot = key.find('.')) != std::string::npos; key = key.substr(dot + 1))
      at = &(*at)[key.substr(0, dot)];
    (*at)[key] = JsonValue(f, *text);
  }
  return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

Status SaveProfile(const Profile& p, const std::string& path) {
  auto errors = ValidateProfile(p);
  if (!errors.empty()) {
    Status s = fit::ErrorsToStatus(errors);
    return Status::InvalidArgument("profile not saved: " + s.message());
  }
  std::string text = EndsWith(path, ".json") ? ProfileToJson(p) : ProfileToToml(p);
  // Atomic: a unique temporary file, fsync, rename; an existing file keeps its mode.
  Status written = WriteFileAtomic(path, text);
  if (!written.ok()) return written;
  return Status::Ok();
}

}  // namespace gradfit
