// Completeness and currency of the catalog per fact key (for `catalog stats`).
#include <map>

#include "gradfit/catalog_query.hpp"

namespace gradfit {
namespace {

// How good a row is, for merging repeated keys (deadlines, fees) into one per
// program: known beats unknown, current beats old, upcoming beats passed.
int Rank(const FactRow& row) {
  if (!row.known) return 0;
  return 1 + (!row.stale ? 2 : 0) + (!row.passed ? 1 : 0);
}

}  // namespace

CatalogStats ComputeCatalogStats(const Catalog& catalog, const Date& today) {
  CatalogStats s;
  s.programs = static_cast<int>(catalog.programs.size());
  s.institutions = static_cast<int>(catalog.institutions.size());
  std::map<std::string, size_t> index;
  for (const Program& p : catalog.programs) {
    s.sources += static_cast<int>(p.sources.size());
    for (const auto& src : p.sources) s.first_party_sources += src.first_party;
    // Repeated keys (deadlines, fees) count once per program, by their best row;
    // the newest date is taken over all of them.
    std::map<std::string, FactRow> merged;
    std::map<std::string, std::optional<Date>> newest;
    for (auto& row : ProgramFactRows(p, today)) {
      if (row.known && row.as_of) {
        auto& n = newest[row.key];
        if (!n || row.as_of->DaysSinceEpoch() > n->DaysSinceEpoch()) n = row.as_of;
      }
      auto [it, fresh] = merged.emplace(row.key, row);
      if (!fresh && Rank(row) > Rank(it->second)) it->second = row;
      if (fresh && !index.count(row.key)) {
        index[row.key] = s.fields.size();
        FieldStats field;
        field.key = row.key;
        s.fields.push_back(std::move(field));
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
      f.current += row.as_of && !row.stale;
      f.passed += row.passed;
      bool first_party = false;
      for (int i : row.sources)
        if (const Source* src = p.source_of(i); src && src->first_party) first_party = true;
      f.first_party += first_party;
      f.third_party += !first_party;
      if (const auto& n = newest[key];
          n && (!f.newest || n->DaysSinceEpoch() > f.newest->DaysSinceEpoch()))
        f.newest = n;
    }
  }
  for (const Program& p : catalog.programs) {
    if (p.tuition.known()) continue;
    const bool estimated = EstimateTuitionFromPeers(catalog, p, StudiedOnline(p)).range.has_value();
    ++(estimated ? s.tuition_estimated : s.tuition_neither);
  }
  return s;
}

}  // namespace gradfit
