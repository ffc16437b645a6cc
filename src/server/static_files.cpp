// The compiled UI: which file a URL path names (never one outside the folder),
// its content type and how long a browser may keep it.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "gradfit/server.hpp"

namespace gradfit {
namespace fs = std::filesystem;

namespace {

bool Inside(const fs::path& root, const fs::path& file) {
  std::error_code ec;
  const fs::path r = fs::weakly_canonical(root, ec);
  if (ec) return false;
  const fs::path f = fs::weakly_canonical(file, ec);
  if (ec) return false;
  auto [ri, fi] = std::mismatch(r.begin(), r.end(), f.begin(), f.end());
  return ri == r.end() && fi != f.end();
}

}  // namespace

std::string ResolveStaticFile(const std::string& root, const std::string& path) {
  if (root.empty() || path.empty() || path.front() != '/') return "";
  // Decoded paths: %2e%2e and %2f arrive here as ".." and "/". Backslashes, NUL
  // and control characters have no place in a UI file name.
  for (unsigned char c : path)
    if (c < 0x20 || c == 0x7f || c == '\\') return "";
  std::vector<std::string> segments;
  for (size_t start = 1; start <= path.size();) {
    size_t slash = path.find('/', start);
    if (slash == std::string::npos) slash = path.size();
    std::string seg = path.substr(start, slash - start);
    start = slash + 1;
    if (seg.empty()) continue;
    if (seg == "." || seg == ".." || seg.front() == '.') return "";  // also hidden files
    segments.push_back(seg);
  }
  const fs::path base(root);
  fs::path file = base;
  for (const auto& s : segments) file /= s;
  std::error_code ec;
  if (segments.empty()) file = base / "index.html";
  if (fs::is_regular_file(file, ec) && Inside(base, file)) return file.string();
  // A client-side route (no extension): the app's page.
  if (!segments.empty() && segments.back().find('.') == std::string::npos) {
    const fs::path index = base / "index.html";
    if (fs::is_regular_file(index, ec) && Inside(base, index)) return index.string();
  }
  return "";
}

std::string ContentTypeFor(const std::string& file) {
  static const std::map<std::string, std::string> kTypes = {
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json; charset=utf-8"},
      {".map", "application/json; charset=utf-8"},
      {".webmanifest", "application/manifest+json"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".jpeg", "image/jpeg"},
      {".webp", "image/webp"},
      {".ico", "image/x-icon"},
      {".woff2", "font/woff2"},
      {".woff", "font/woff"},
      {".wasm", "application/wasm"},
      {".txt", "text/plain; charset=utf-8"},
  };
  std::string ext = fs::path(file).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  auto it = kTypes.find(ext);
  return it == kTypes.end() ? "application/octet-stream" : it->second;
}

std::string CacheControlFor(const std::string& url_path) {
  // Vite names everything under /assets/ by its content hash: safe to keep for a year.
  if (url_path.rfind("/assets/", 0) == 0) return "public, max-age=31536000, immutable";
  return "no-cache";
}

}  // namespace gradfit
