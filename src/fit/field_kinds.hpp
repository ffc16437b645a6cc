// Internal to src/fit: how each kind of profile field (number, yes/no, text,
// choice, country, money, test score, list) is parsed, range-checked and
// printed. profile_fields.cpp builds the table of fields from these.
#pragma once

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <functional>

#include "fit/answer_forms.hpp"
#include "fit/profile_fields.hpp"
#include "gradfit/bounds.hpp"
#include "gradfit/iso_codes.hpp"

namespace gradfit::fit::field_kinds {

using Getter = std::function<std::optional<std::string>(const Profile&)>;

inline std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

inline std::optional<bool> ParseBoolText(std::string_view s) {
  std::string v = ToLower(s);
  if (v == "true" || v == "yes" || v == "y") return true;
  if (v == "false" || v == "no" || v == "n") return false;
  return std::nullopt;
}

inline std::string FormatMoney(const Money& m) { return FormatNumber(m.amount) + " " + m.currency; }

inline std::string JoinList(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) {
    if (!out.empty()) out += ",";
    out += s;
  }
  return out;
}

inline std::string RangeError(double v, double lo, double hi) {
  if (v < lo || v > hi)
    return fmt::format("{} is out of range: expected {} to {}", FormatNumber(v), FormatNumber(lo),
                       FormatNumber(hi));
  return "";
}

inline FieldDef Number(std::string key, std::vector<std::string> aliases, std::string help,
                       std::function<std::optional<double>&(Profile&)> at, double lo, double hi,
                       bool integer = false, double step = 0) {
  FieldDef f;
  f.info = {std::move(key), std::move(aliases), std::move(help),
            fmt::format("{} {} to {}", integer ? "whole number" : "number", FormatNumber(lo),
                        FormatNumber(hi))};
  f.kind = FieldKind::kNumber;
  f.set = [at, lo, hi, integer, step](Profile& p, std::string_view s) -> std::string {
    auto v = ParseNumberText(s);
    if (!v) return fmt::format("'{}' is not a number", s);
    if (integer && std::floor(*v) != *v) return fmt::format("{} is not a whole number", s);
    if (step > 0 && std::fmod(*v, step) != 0)
      return fmt::format("{} is not a multiple of {}", s, FormatNumber(step));
    if (auto e = RangeError(*v, lo, hi); !e.empty()) return e;
    at(p) = *v;
    return "";
  };
  f.clear = [at](Profile& p) { at(p).reset(); };
  f.get = [at](const Profile& p) -> std::optional<std::string> {
    auto& v = at(const_cast<Profile&>(p));
    if (!v) return std::nullopt;
    return FormatNumber(*v);
  };
  return f;
}

inline FieldDef Bool(std::string key, std::vector<std::string> aliases, std::string help,
                     std::function<std::optional<bool>&(Profile&)> at) {
  FieldDef f;
  f.info = {std::move(key), std::move(aliases), std::move(help), "yes or no"};
  f.kind = FieldKind::kBool;
  f.set = [at](Profile& p, std::string_view s) -> std::string {
    auto v = ParseBoolText(s);
    if (!v) return fmt::format("'{}' is not yes/no (true/false)", s);
    at(p) = *v;
    return "";
  };
  f.clear = [at](Profile& p) { at(p).reset(); };
  f.get = [at](const Profile& p) -> std::optional<std::string> {
    auto& v = at(const_cast<Profile&>(p));
    if (!v) return std::nullopt;
    return *v ? "true" : "false";
  };
  return f;
}

inline FieldDef Text(std::string key, std::vector<std::string> aliases, std::string help,
                     std::function<std::optional<std::string>&(Profile&)> at) {
  FieldDef f;
  f.info = {std::move(key), std::move(aliases), std::move(help), "text"};
  f.kind = FieldKind::kText;
  f.set = [at](Profile& p, std::string_view s) -> std::string {
    std::string v = Trim(s);
    if (v.empty()) return "empty text";
    at(p) = v;
    return "";
  };
  f.clear = [at](Profile& p) { at(p).reset(); };
  f.get = [at](const Profile& p) { return at(const_cast<Profile&>(p)); };
  return f;
}

template <typename E, size_t N>
std::string NamesOf(const std::array<E, N>& values) {
  std::string out;
  for (E v : values) {
    if (!out.empty()) out += " | ";
    out += std::string(ToString(v));
  }
  return out;
}

// A choice typed loosely: "Self study" and "self-study" for self_study, or an
// unambiguous start of a name ("phys" for physics). nullopt when none or several fit.
template <typename E, size_t N>
std::optional<E> ForgivingChoice(std::string_view typed, const std::array<E, N>& values) {
  std::string t = ToLower(Trim(typed));
  for (char& c : t)
    if (c == ' ' || c == '-') c = '_';
  if (t.empty()) return std::nullopt;
  std::optional<E> found;
  for (E v : values) {
    const std::string_view name = ToString(v);
    if (name == t) return v;
    if (name.starts_with(t)) {
      if (found) return std::nullopt;  // ambiguous
      found = v;
    }
  }
  return found;
}

template <typename E, size_t N>
FieldDef Enum(std::string key, std::vector<std::string> aliases, std::string help,
              std::function<std::optional<E>&(Profile&)> at,
              std::optional<E> (*parse)(std::string_view), std::array<E, N> values) {
  FieldDef f;
  std::string names = NamesOf(values);
  f.info = {std::move(key), std::move(aliases), std::move(help), "one of: " + names};
  f.kind = FieldKind::kText;
  f.set = [at, parse, names, values](Profile& p, std::string_view s) -> std::string {
    auto v = parse(ToLower(Trim(s)));
    if (!v) v = ForgivingChoice(s, values);
    if (!v) return fmt::format("unknown value '{}': expected one of {}", s, names);
    at(p) = *v;
    return "";
  };
  f.clear = [at](Profile& p) { at(p).reset(); };
  f.get = [at](const Profile& p) -> std::optional<std::string> {
    auto& v = at(const_cast<Profile&>(p));
    if (!v) return std::nullopt;
    return std::string(ToString(*v));
  };
  return f;
}

inline FieldDef Country(std::string key, std::vector<std::string> aliases, std::string help,
                        std::function<std::optional<std::string>&(Profile&)> at) {
  FieldDef f;
  f.info = {std::move(key), std::move(aliases), std::move(help),
            "ISO 3166-1 alpha-2 code, e.g. US, IN, DE"};
  f.kind = FieldKind::kText;
  f.set = [at](Profile& p, std::string_view s) -> std::string {
    std::string v = Upper(Trim(s));
    if (!IsIsoCountry(v)) return fmt::format("'{}' is not an ISO 3166-1 alpha-2 country code", s);
    at(p) = v;
    return "";
  };
  f.clear = [at](Profile& p) { at(p).reset(); };
  f.get = [at](const Profile& p) { return at(const_cast<Profile&>(p)); };
  return f;
}

// Money as people type it (answer_forms.hpp); a bare number takes the
// currency of the person's country.
inline FieldDef MoneyField(std::string key, std::vector<std::string> aliases, std::string help,
                           std::function<std::optional<Money>&(Profile&)> at,
                           std::string per = "") {
  FieldDef f;
  f.info = {std::move(key), std::move(aliases), std::move(help),
            "amount with a currency, e.g. 65000 USD, $65,000, 65k (your country's currency)"};
  f.kind = FieldKind::kMoney;
  f.set = [at](Profile& p, std::string_view s) -> std::string {
    auto v = ParseMoneyAnswer(s, p.location.country);
    if (!v.ok()) return v.status().message();
    // The documented bound of every amount of money (gradfit/bounds.hpp).
    if (auto error = CheckNumber("amount", v->money.amount)) return *error;
    at(p) = v->money;
    return "";
  };
  f.clear = [at](Profile& p) { at(p).reset(); };
  f.get = [at](const Profile& p) -> std::optional<std::string> {
    auto& v = at(const_cast<Profile&>(p));
    if (!v) return std::nullopt;
    return FormatMoney(*v);
  };
  f.understood = [per](const Profile& p, std::string_view s) -> std::string {
    auto v = ParseMoneyAnswer(s, p.location.country);
    return v.ok() ? v->Understood(per) : "";
  };
  return f;
}

// TOEFL / IELTS: a score or "none".
inline FieldDef EnglishScore(std::string key, std::vector<std::string> aliases, std::string help,
                             EnglishTest TestScores::*member, double hi, double step) {
  FieldDef f;
  f.info = {std::move(key), std::move(aliases), std::move(help),
            fmt::format("score 0 to {}, or none", FormatNumber(hi))};
  f.kind = FieldKind::kScoreOrNone;
  f.set = [member, hi, step](Profile& p, std::string_view s) -> std::string {
    EnglishTest& t = p.tests.*member;
    if (ToLower(Trim(s)) == "none") {
      t = {TestStatus::kNone, std::nullopt};
      return "";
    }
    auto v = ParseNumberText(s);
    if (!v) return fmt::format("'{}' is neither a score nor 'none'", s);
    if (auto e = RangeError(*v, 0, hi); !e.empty()) return e;
    if (std::fmod(*v, step) != 0)
      return fmt::format("{} is not a multiple of {}", s, FormatNumber(step));
    t = {TestStatus::kTaken, *v};
    return "";
  };
  f.clear = [member](Profile& p) { p.tests.*member = {}; };
  f.get = [member](const Profile& p) -> std::optional<std::string> {
    const EnglishTest& t = p.tests.*member;
    if (t.status == TestStatus::kNone) return "none";
    if (t.score) return FormatNumber(*t.score);
    return std::nullopt;
  };
  return f;
}

inline FieldDef GreScore(std::string key, std::vector<std::string> aliases, std::string help,
                         std::function<std::optional<double>&(Profile&)> at, double lo, double hi,
                         double step) {
  FieldDef f = Number(std::move(key), std::move(aliases), std::move(help), at, lo, hi, false, step);
  auto inner = f.set;
  f.set = [inner](Profile& p, std::string_view s) -> std::string {
    std::string e = inner(p, s);
    if (e.empty()) p.tests.gre.status = TestStatus::kTaken;
    return e;
  };
  return f;
}

template <typename E>
FieldDef EnumList(std::string key, std::vector<std::string> aliases, std::string help,
                  std::function<std::vector<E>&(Profile&)> at,
                  std::optional<E> (*parse)(std::string_view), std::string names,
                  std::function<void(Profile&)> on_set = nullptr) {
  FieldDef f;
  f.info = {std::move(key), std::move(aliases), std::move(help),
            "comma-separated list of: " + names};
  f.kind = FieldKind::kList;
  f.set = [at, parse, names, on_set](Profile& p, std::string_view s) -> std::string {
    std::vector<E> out;
    for (const auto& item : SplitList(s)) {
      std::string normal = ToLower(item);  // "ML engineer" for ml_engineer
      for (char& c : normal)
        if (c == ' ' || c == '-') c = '_';
      auto v = parse(normal);
      if (!v) return fmt::format("unknown value '{}': expected {}", item, names);
      if (std::find(out.begin(), out.end(), *v) != out.end())
        return fmt::format("'{}' is listed twice", item);
      out.push_back(*v);
    }
    if (out.empty()) return "empty list";
    at(p) = out;
    if (on_set) on_set(p);
    return "";
  };
  f.clear = [at](Profile& p) { at(p).clear(); };
  f.get = [at](const Profile& p) -> std::optional<std::string> {
    auto& v = at(const_cast<Profile&>(p));
    if (v.empty()) return std::nullopt;
    std::vector<std::string> names;
    for (E e : v) names.emplace_back(ToString(e));
    return JoinList(names);
  };
  return f;
}

}  // namespace gradfit::fit::field_kinds
