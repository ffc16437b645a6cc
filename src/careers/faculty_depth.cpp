// Faculty depth: the CSRankings-listed faculty count recorded on the
// institution (by the enrich tool), with its source for display.
#include "gradfit/careers_coverage.hpp"

namespace gradfit {

FacultyDepth GetFacultyDepth(const Institution* institution) {
  FacultyDepth d;
  if (institution == nullptr) {
    d.note = "institution not in the catalog";
    return d;
  }
  d.institution_id = institution->id;
  if (institution->name.known()) d.institution_name = *institution->name;
  const Fact<int>& f = institution->csrankings_faculty;
  if (!f.known()) {
    d.note = "not listed in CSRankings (or not yet enriched): unknown";
    return d;
  }
  d.count = *f;
  if (const Source* s = institution->source_of(f.source())) {
    d.source_url = s->url;
    if (s->as_of().valid()) d.retrieved = s->as_of().ToString();
    d.attribution = s->attribution;
    d.note = s->note;
  }
  return d;
}

}  // namespace gradfit
