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

// One program with every fact as {value, sources, as_of, age_years, stale,
// scope, yours (and passed, for deadlines)} and its source list. `today` dates
// the facts' ages.
nlohmann::json ProgramJson(const Catalog& catalog, const Program& p, const Date& today);
struct LivingCosts;
// `programs show --json` and GET /api/v1/programs/{id}: ProgramJson plus `outcome_tests`
// (the earnings-premium and debt-to-earnings tests, null without Scorecard data; `living`
// gives the debt test's floor and may be null).
nlohmann::json ProgramDetailJson(const Catalog& catalog, const Program& p, const Date& today,
                                 const LivingCosts* living);
// A short summary row used by `programs list --json`, with the keys of its old
// facts (`stale_facts`) and of the user's own (`your_facts`).
nlohmann::json ProgramSummaryJson(const Catalog& catalog, const Program& p, const Date& today);
// A tuition total (catalog_query.hpp) with its basis and marks.
nlohmann::json TuitionTotalJson(const TuitionTotal& t);
// `programs list --json` and GET /api/v1/programs: {count, excluded_unknown, programs}; each
// row is the summary plus `tuition_total`, the whole-program estimate in `totals.currency`.
nlohmann::json ProgramSelectionJson(const Catalog& catalog, const ProgramSelection& selection,
                                    const Date& today, const TuitionTotalOptions& totals);
nlohmann::json SourceJson(const Source& s);

// The flat columns of the CSV / Excel export, in order.
const std::vector<std::string>& ExportColumns();
// The cells of one program for ExportColumns(); unknown facts are empty.
std::vector<std::string> ExportRow(const Catalog& catalog, const Program& p, const Date& today);

// Writes the whole catalog. CSV and JSON go to `out`; Excel needs a file
// `path` (written to a temporary name first, then renamed).
Status ExportCatalog(const Catalog& catalog, ExportFormat format, std::ostream& out,
                     const std::string& path, const Date& today);

// The Excel workbook's bytes (written to a private temporary file and read back),
// for callers that write it atomically themselves.
Result<std::string> RenderXlsx(const Catalog& catalog, const Date& today);

}  // namespace gradfit
