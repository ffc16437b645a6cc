// Completeness of the catalog per fact key (for `catalog stats`).
#include <map>

#include "gradfit/catalog_query.hpp"

namespace gradfit {

CatalogStats ComputeCatalogStats(const Catalog& catalog, const Date& today) {
  CatalogStats s;
  s.programs = static_cast<int>(catalog.programs.size());
  s.institutions = static_cast<int>(catalog.institutions.size());
  std::map<std::string, size_t> index;
  for (const Program& p : catalog.programs) {
    s.sources += static_cast<int>(p.sources.size());
    for (const auto& src : p.sources) s.first_party_sources += src.first_party;
    // Repeated keys (deadlines, fees) count once per program: known if any is.
    std::map<std::string, FactRow> merged;
    for (auto& row : ProgramFactRows(p, today)) {
      auto [it, fresh] = merged.emplace(row.key, row);
      if (!fresh && row.known && !it->second.known) it->second = row;
      if (fresh && !index.count(row.key)) {
        index[row.key] = s.fields.size();
        s.fields.push_back({row.key});
      }
    }
    for (const auto& [key, row] : merged) {
      FieldStats& f = s.fields[index[key]];
      if (!row.known) {
        ++f.unknown;
        continue;
      }
      ++f.known;
      f.stale += row.stale;
      for (int i : row.sources)
        if (const Source* src = p.source_of(i); src && src->first_party) {
          ++f.first_party;
          break;
        }
    }
  }
  return s;
}

}  // namespace gradfit
