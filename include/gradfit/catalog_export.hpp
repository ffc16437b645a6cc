// The catalog as JSON, CSV and Excel: for machines (`--json`, the HTTP API)
// and for people who keep their own spreadsheet. Unknown facts are JSON null
// and empty cells, never zero.
#pragma once

#include <iosfwd>
#include <nlohmann/json_fwd.hpp>
#include <string>

#include "gradfit/catalog.hpp"
#include "gradfit/catalog_query.hpp"

namespace gradfit {

enum class ExportFormat { kCsv, kJson, kXlsx };
std::optional<ExportFormat> ParseExportFormat(std::string_view s);

// One program with every fact as {value, sources, as_of, age_years, stale}
// and its source list. `today` dates the facts' ages.
nlohmann::json ProgramJson(const Catalog& catalog, const Program& p, const Date& today);
// A short summary row used by `programs list --json`.
nlohmann::json ProgramSummaryJson(const Catalog& catalog, const Program& p);
// `programs list --json` and GET /api/v1/programs: {count, excluded_unknown, programs}.
nlohmann::json ProgramSelectionJson(const Catalog& catalog, const ProgramSelection& selection);
nlohmann::json SourceJson(const Source& s);

// The flat columns of the CSV / Excel export, in order.
const std::vector<std::string>& ExportColumns();
// The cells of one program for ExportColumns(); unknown facts are empty.
std::vector<std::string> ExportRow(const Catalog& catalog, const Program& p, const Date& today);

// Writes the whole catalog. CSV and JSON go to `out`; Excel needs a file
// `path` (written to a temporary name first, then renamed).
Status ExportCatalog(const Catalog& catalog, ExportFormat format, std::ostream& out,
                     const std::string& path, const Date& today);

}  // namespace gradfit
