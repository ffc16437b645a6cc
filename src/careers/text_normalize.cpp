// Text normalisation for course titles: tokens, course-number removal and a
// light suffix stemmer. Works on bytes: only ASCII is case-folded or stemmed,
// UTF-8 letters pass through unchanged, so any title is safe to process.
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "gradfit/careers_match.hpp"

namespace gradfit {
namespace {

bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Length of a UTF-8 punctuation sequence starting at i (dashes, quotes,
// bullets in U+2000..U+206F, no-break space, middle dot), or 0.
size_t UnicodePunctuationAt(std::string_view s, size_t i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  if (i + 2 < s.size() && byte(i) == 0xE2 && (byte(i + 1) == 0x80 || byte(i + 1) == 0x81)) return 3;
  if (i + 1 < s.size() && byte(i) == 0xC2 && (byte(i + 1) == 0xA0 || byte(i + 1) == 0xB7)) return 2;
  return 0;
}

struct RawToken {
  std::string text;  // original case
  bool has_digit = false;
  bool all_upper = true;
};

std::vector<RawToken> Tokenize(std::string_view s) {
  std::vector<RawToken> out;
  RawToken cur;
  auto flush = [&] {
    if (!cur.text.empty()) out.push_back(cur);
    cur = RawToken{};
  };
  for (size_t i = 0; i < s.size();) {
    const char c = s[i];
    const auto u = static_cast<unsigned char>(c);
    if (size_t n = UnicodePunctuationAt(s, i); n > 0) {
      flush();
      i += n;
      continue;
    }
    const bool word = IsLower(c) || IsUpper(c) || IsDigit(c) || c == '+' || u >= 0x80;
    if (!word) {
      flush();
      ++i;
      continue;
    }
    cur.text.push_back(c);
    if (IsDigit(c)) cur.has_digit = true;
    if (!IsUpper(c)) cur.all_upper = false;
    ++i;
  }
  flush();
  return out;
}

bool IsKeptAcronym(std::string_view upper) {
  static constexpr std::array<std::string_view, 6> kKeep = {"AI", "ML", "NLP", "SQL", "ETL", "LLM"};
  for (auto k : kKeep)
    if (upper == k) return true;
  return false;
}

bool IsDoubleConsonantEnd(const std::string& w) {
  if (w.size() < 2) return false;
  const char a = w[w.size() - 1];
  return a == w[w.size() - 2] && a != 's' && a != 'a' && a != 'e' && a != 'i' && a != 'o' &&
         a != 'u';
}

}  // namespace

std::string StemWord(std::string_view word) {
  std::string w(word);
  if (w.size() <= 3) return w;
  for (char c : w)
    if (!IsLower(c)) return w;  // digits, '+', UTF-8: leave alone

  // Step 1: plurals.
  if (EndsWith(w, "sses")) {
    w.resize(w.size() - 2);
  } else if (EndsWith(w, "ies") && w.size() > 4) {
    w.resize(w.size() - 3);
    w += 'y';
  } else if (EndsWith(w, "s") && !EndsWith(w, "ss") && !EndsWith(w, "us") && !EndsWith(w, "is")) {
    w.pop_back();
  }

  // Step 2: derivational and inflectional suffixes, at most twice
  // ("visualization" -> "visual" -> "visu", the same stem as "visual").
  static constexpr std::array<std::string_view, 13> kSuffixes = {
      "ational", "ization", "isation", "ation", "izing", "ising", "ness",
      "ity",     "ize",     "ise",     "ing",   "ed",    "al"};
  for (int pass = 0; pass < 2; ++pass) {
    bool changed = false;
    for (auto suf : kSuffixes) {
      if (EndsWith(w, suf) && w.size() - suf.size() >= 3) {
        w.resize(w.size() - suf.size());
        if ((suf == "ing" || suf == "ed") && IsDoubleConsonantEnd(w)) w.pop_back();
        changed = true;
        break;
      }
    }
    if (!changed) break;
  }

  // Step 3: a final silent e ("database" = "databases").
  if (w.size() > 3 && w.back() == 'e') w.pop_back();
  return w;
}

std::vector<std::string> NormalizeCourseText(std::string_view text) {
  std::vector<RawToken> raw = Tokenize(text);
  std::vector<bool> drop(raw.size(), false);
  for (size_t i = 0; i < raw.size(); ++i) {
    if (!raw[i].has_digit) continue;
    drop[i] = true;  // "701", "CS5800", "209a", "W4771"
    // Upper-case department codes right before the number: "CS", "DS GA", "COMS STAT".
    for (size_t j = i; j-- > 0;) {
      const RawToken& t = raw[j];
      if (drop[j] || t.has_digit || !t.all_upper || t.text.size() < 2 || t.text.size() > 6 ||
          IsKeptAcronym(t.text))
        break;
      drop[j] = true;
    }
  }
  std::vector<std::string> out;
  for (size_t i = 0; i < raw.size(); ++i) {
    if (drop[i]) continue;
    std::string lower = raw[i].text;
    for (char& c : lower)
      if (IsUpper(c)) c = static_cast<char>(c - 'A' + 'a');
    out.push_back(StemWord(lower));
  }
  return out;
}

}  // namespace gradfit
