// Internal: the table of profile fields behind SetProfileField/GetProfileField,
// the file readers (TOML/JSON are flattened to key paths and text values) and
// the writers. One place defines every key, its aliases, form and parser.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gradfit/profile.hpp"

namespace gradfit::fit {

// How a field is written in TOML/JSON.
enum class FieldKind { kNumber, kBool, kText, kList, kMoney, kScoreOrNone, kTestStatus };

struct FieldDef {
  ProfileFieldInfo info;
  FieldKind kind;
  // Sets the field from text; returns an error message ("" when fine).
  // The text "unknown" clears the field before this is called.
  std::function<std::string(Profile&, std::string_view)> set;
  std::function<void(Profile&)> clear;
  // The value as text, or nullopt when unknown.
  std::function<std::optional<std::string>(const Profile&)> get;
  // What a successful `set` understood from `input`, in words ("65,000 USD
  // (no currency given: …)"); nullptr: the value as `get` prints it.
  std::function<std::string(const Profile&, std::string_view input)> understood;
};

const std::vector<FieldDef>& FieldDefs();
// By key path or alias; nullptr when unknown.
const FieldDef* FindField(std::string_view key_or_alias);

// A leaf value read from a file: its key path, the value as text, its line.
struct FlatEntry {
  std::string path;
  std::string text;
  int line = 0;
};

// Applies entries in order; reports unknown keys and bad values into `errors`.
void ApplyEntries(Profile& p, const std::vector<FlatEntry>& entries, const std::string& file,
                  std::vector<ProfileError>& errors);
// Runs ValidateProfile and locates each error with the line of its key (or
// the closest parent key) from `entries`.
void ValidateLocated(const Profile& p, const std::vector<FlatEntry>& entries,
                     const std::string& file, std::vector<ProfileError>& errors);
// A Status listing every error, one per line.
Status ErrorsToStatus(const std::vector<ProfileError>& errors);

// Text helpers shared by parsers.
std::optional<double> ParseNumberText(std::string_view s);
std::string FormatNumber(double v);
std::vector<std::string> SplitList(std::string_view s);
std::string Trim(std::string_view s);
std::string ToLower(std::string_view s);

}  // namespace gradfit::fit
