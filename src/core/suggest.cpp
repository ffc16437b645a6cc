#include "gradfit/suggest.hpp"

#include <algorithm>
#include <cctype>
#include <tuple>

namespace gradfit {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

size_t EditDistance(std::string_view a_in, std::string_view b_in) {
  const std::string a = Lower(a_in), b = Lower(b_in);
  const size_t n = a.size(), m = b.size();
  std::vector<std::vector<size_t>> d(n + 1, std::vector<size_t>(m + 1));
  for (size_t i = 0; i <= n; ++i) d[i][0] = i;
  for (size_t j = 0; j <= m; ++j) d[0][j] = j;
  for (size_t i = 1; i <= n; ++i) {
    for (size_t j = 1; j <= m; ++j) {
      const size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[n][m];
}

std::vector<std::string> NearestNames(std::string_view typed,
                                      const std::vector<std::string>& candidates, size_t limit) {
  const std::string t = Lower(typed);
  if (t.empty()) return {};
  const size_t max_distance = std::max<size_t>(2, t.size() / 3);
  // (group, distance, not a continuation, name): group 0 = close in spelling,
  // 1 = contains the text; among equals, a name that continues what was typed first.
  std::vector<std::tuple<int, size_t, bool, std::string>> found;
  for (const auto& c : candidates)
    if (Lower(c) == t) return {};  // the name exists: nothing to suggest
  for (const auto& c : candidates) {
    const std::string lc = Lower(c);
    const size_t d = EditDistance(t, lc);
    if (d <= max_distance && d < lc.size()) {
      found.emplace_back(0, d, !lc.starts_with(t), c);
    } else if (t.size() >= 3 && lc.find(t) != std::string::npos) {
      found.emplace_back(1, lc.size() - t.size(), !lc.starts_with(t), c);
    }
  }
  std::sort(found.begin(), found.end());
  std::vector<std::string> out;
  for (const auto& f : found) {
    if (out.size() == limit) break;
    out.push_back(std::get<3>(f));
  }
  return out;
}

std::string DidYouMean(std::string_view typed, const std::vector<std::string>& candidates) {
  const auto near = NearestNames(typed, candidates);
  if (near.empty()) return "";
  std::string list;
  for (size_t i = 0; i < near.size(); ++i) {
    if (i > 0) list += i + 1 == near.size() ? " or " : ", ";
    list += near[i];
  }
  return "did you mean " + list + "?";
}

}  // namespace gradfit
