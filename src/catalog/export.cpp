// Catalog → CSV and Excel (flat columns), and the export entry point.
#include <fmt/core.h>
#include <fmt/format.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <ostream>

#include "gradfit/catalog_export.hpp"
#include "gradfit/file_io.hpp"

namespace gradfit {
namespace {

std::string Num(double v) { return fmt::format("{:g}", v); }

template <typename T, typename F>
std::string Cell(const Fact<T>& f, F get) {
  return f.known() ? get(*f) : std::string();
}

std::string CsvEscape(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

// libxlsxwriter writes to a named file: a private temporary one (mkstemp), read back.
Result<std::string> RenderXlsxBytes(const Catalog& catalog, const Date& today) {
  std::string tmp = (std::filesystem::temp_directory_path() / "gradfit-xlsx-XXXXXX").string();
  int fd = ::mkstemp(tmp.data());
  if (fd < 0) return Status::IoError("cannot create a temporary file for the workbook");
  ::close(fd);
  struct Remover {
    std::string path;
    ~Remover() { std::remove(path.c_str()); }
  } remover{tmp};
  lxw_workbook* wb = workbook_new(tmp.c_str());
  if (!wb) return Status::IoError("cannot create the workbook");
  lxw_worksheet* ws = workbook_add_worksheet(wb, "programs");
  lxw_format* bold = workbook_add_format(wb);
  format_set_bold(bold);
  const auto& cols = ExportColumns();
  for (size_t c = 0; c < cols.size(); ++c) worksheet_write_string(ws, 0, c, cols[c].c_str(), bold);
  lxw_row_t r = 1;
  for (const Program& p : catalog.programs) {
    const auto cells = ExportRow(catalog, p, today);
    for (size_t c = 0; c < cells.size(); ++c) {
      if (cells[c].empty()) continue;  // unknown stays an empty cell
      char* end = nullptr;
      const double v = std::strtod(cells[c].c_str(), &end);
      if (end && *end == '\0' && cols[c] != "id")
        worksheet_write_number(ws, r, c, v, nullptr);
      else
        worksheet_write_string(ws, r, c, cells[c].c_str(), nullptr);
    }
    ++r;
  }
  worksheet_freeze_panes(ws, 1, 1);
  if (workbook_close(wb) != LXW_NO_ERROR) return Status::IoError("cannot write the workbook");
  ReadLimits limits;
  limits.require_utf8 = false;
  limits.max_bytes = std::size_t{512} << 20;
  return ReadInputFile(tmp, limits);
}

}  // namespace

Result<std::string> RenderXlsx(const Catalog& catalog, const Date& today) {
  return RenderXlsxBytes(catalog, today);
}

std::optional<ExportFormat> ParseExportFormat(std::string_view s) {
  if (s == "csv") return ExportFormat::kCsv;
  if (s == "json") return ExportFormat::kJson;
  if (s == "xlsx") return ExportFormat::kXlsx;
  return std::nullopt;
}

const std::vector<std::string>& ExportColumns() {
  static const std::vector<std::string> kColumns = {"id",
                                                    "name",
                                                    "institution",
                                                    "label",
                                                    "country",
                                                    "city",
                                                    "url",
                                                    "duration_months",
                                                    "credits",
                                                    "credit_unit",
                                                    "us_credit_hours",
                                                    "modality",
                                                    "part_time",
                                                    "min_gpa",
                                                    "gpa_scale",
                                                    "gre",
                                                    "toefl_ibt_min",
                                                    "ielts_min",
                                                    "prerequisite_subjects",
                                                    "tuition_amount",
                                                    "tuition_currency",
                                                    "tuition_basis",
                                                    "tuition_academic_year",
                                                    "internship",
                                                    "median_salary",
                                                    "salary_currency",
                                                    "placement_rate",
                                                    "outcomes_year",
                                                    "scorecard_cip",
                                                    "scorecard_completers",
                                                    "scorecard_earnings_1yr",
                                                    "scorecard_earnings_4yr",
                                                    "scorecard_median_debt",
                                                    "scorecard_bachelor_earnings_1yr",
                                                    "sources",
                                                    "first_party_sources",
                                                    "stale_facts",
                                                    "passed_deadlines",
                                                    "your_facts"};
  return kColumns;
}

std::vector<std::string> ExportRow(const Catalog& catalog, const Program& p, const Date& today) {
  auto str = [](const std::string& s) { return s; };
  auto list = [](const std::vector<std::string>& v) {
    return fmt::format("{}", fmt::join(v, "; "));
  };
  const Institution* inst = catalog.find_institution(p.institution_id);
  int first_party = 0;
  for (const auto& s : p.sources) first_party += s.first_party;
  // Old facts and the user's own are named by key, so a spreadsheet shows which to check.
  const MarkedFacts marked = MarkFacts(p, today);
  const Admissions& a = p.admissions;
  const bool tuition = p.tuition.known();
  const bool salary = p.outcomes.known() && p.outcomes->median_salary.has_value();
  const bool placement = p.outcomes.known() && p.outcomes->placement_rate.has_value();
  const bool grad = p.graduate_outcomes.known();
  const FieldOutcome g = grad ? *p.graduate_outcomes : FieldOutcome{};
  std::string hours;
  if (p.credits.known())
    if (auto h = NormalizedCreditHours(*p.credits)) hours = fmt::format("{:.1f}", *h);
  return {
      p.id,
      Cell(p.name, str),
      inst && inst->name.known() ? *inst->name : p.institution_id,
      Cell(p.label, [](Label l) { return std::string(ToString(l)); }),
      Cell(p.country, str),
      Cell(p.city, str),
      Cell(p.url, str),
      Cell(p.duration_months, Num),
      Cell(p.credits, [](const Credits& c) { return Num(c.amount); }),
      Cell(p.credits, [](const Credits& c) { return std::string(ToString(c.unit)); }),
      hours,
      Cell(p.modality,
           [](const auto& v) {
             std::vector<std::string> n;
             for (auto m : v) n.emplace_back(ToString(m));
             return fmt::format("{}", fmt::join(n, "; "));
           }),
      Cell(p.part_time, [](bool b) { return std::string(b ? "yes" : "no"); }),
      Cell(a.min_gpa, [](const Gpa& g) { return Num(g.minimum); }),
      Cell(a.min_gpa, [](const Gpa& g) { return Num(g.scale); }),
      Cell(a.gre, [](GrePolicy g) { return std::string(ToString(g)); }),
      Cell(a.toefl_ibt_min, Num),
      Cell(a.ielts_min, Num),
      Cell(a.prerequisite_subjects, list),
      tuition ? Num(p.tuition->amount) : "",
      tuition ? p.tuition->currency : "",
      tuition ? std::string(ToString(p.tuition->basis)) : "",
      tuition ? p.tuition->academic_year : "",
      Cell(p.industry.internship, [](Internship i) { return std::string(ToString(i)); }),
      salary ? Num(*p.outcomes->median_salary) : "",
      salary ? p.outcomes->currency : "",
      placement ? Num(*p.outcomes->placement_rate) : "",
      p.outcomes.known() ? std::to_string(p.outcomes->year) : "",
      grad ? g.cip : "",
      grad && g.completers ? std::to_string(*g.completers) : "",
      grad && g.earnings_1yr ? Num(*g.earnings_1yr) : "",
      grad && g.earnings_4yr ? Num(*g.earnings_4yr) : "",
      grad && g.median_debt ? Num(*g.median_debt) : "",
      p.bachelor_outcomes.known() && p.bachelor_outcomes->earnings_1yr
          ? Num(*p.bachelor_outcomes->earnings_1yr)
          : "",
      std::to_string(p.sources.size()),
      std::to_string(first_party),
      list(marked.stale),
      std::to_string(marked.passed_deadlines),
      list(marked.yours),
  };
}

Status ExportCatalog(const Catalog& catalog, ExportFormat format, std::ostream& out,
                     const std::string& path, const Date& today) {
  switch (format) {
    case ExportFormat::kJson: {
      nlohmann::json all = nlohmann::json::array();
      for (const Program& p : catalog.programs) all.push_back(ProgramJson(catalog, p, today));
      out << all.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
      break;
    }
    case ExportFormat::kCsv: {
      const auto& cols = ExportColumns();
      for (size_t c = 0; c < cols.size(); ++c) out << (c ? "," : "") << cols[c];
      out << "\n";
      for (const Program& p : catalog.programs) {
        const auto cells = ExportRow(catalog, p, today);
        for (size_t c = 0; c < cells.size(); ++c) out << (c ? "," : "") << CsvEscape(cells[c]);
        out << "\n";
      }
      break;
    }
    case ExportFormat::kXlsx: {
      if (path.empty() || path == "-")
        return Status::InvalidArgument("xlsx export needs an output file (--out FILE.xlsx)");
      auto bytes = RenderXlsxBytes(catalog, today);
      if (!bytes.ok()) return Status::IoError(path + ": " + bytes.status().message());
      return WriteFileAtomic(path, *bytes);
    }
  }
  if (!out) return Status::IoError("cannot write the export");
  return Status::Ok();
}

}  // namespace gradfit
