// The shortlist as a table, CSV (RFC 4180) and an Excel workbook.
#include <fmt/core.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "gradfit/store.hpp"

namespace gradfit {
namespace {

std::string TuitionText(const Program& p) {
  if (!p.tuition.known()) return "";
  const Tuition& t = *p.tuition;
  return fmt::format("{:.0f} {} {} ({})", t.amount, t.currency, ToString(t.basis), t.academic_year);
}

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace

std::vector<std::string> ShortlistColumns() {
  return {"program_id", "name", "institution", "country", "tuition", "deadline", "status", "note"};
}

std::vector<std::vector<std::string>> ShortlistTable(const std::vector<ShortlistItem>& items,
                                                     const std::vector<Application>& apps,
                                                     const Catalog& catalog) {
  std::vector<std::vector<std::string>> table = {ShortlistColumns()};
  for (const ShortlistItem& item : items) {
    const Program* p = catalog.find_program(item.program_id);
    const Institution* inst = p ? catalog.find_institution(p->institution_id) : nullptr;
    auto app = std::find_if(apps.begin(), apps.end(),
                            [&](const Application& a) { return a.program_id == item.program_id; });
    const bool tracked = app != apps.end();
    table.push_back({item.program_id, p ? p->name.value_or("") : "",
                     inst ? inst->name.value_or("") : "", p ? p->country.value_or("") : "",
                     p ? TuitionText(*p) : "",
                     tracked && app->deadline ? app->deadline->ToString() : "",
                     tracked ? std::string(ToString(app->status)) : "", item.note});
  }
  return table;
}

std::string ShortlistCsv(const std::vector<std::vector<std::string>>& table) {
  std::string out;
  for (const auto& row : table) {
    for (size_t c = 0; c < row.size(); ++c) {
      if (c > 0) out += ',';
      out += CsvField(row[c]);
    }
    out += "\r\n";
  }
  return out;
}

Result<std::string> ShortlistXlsx(const std::vector<std::vector<std::string>>& table) {
  // libxlsxwriter writes files only: a private temporary file, read back and removed.
  std::string tmpl = (std::filesystem::temp_directory_path() / "gradfit-shortlist-XXXXXX").string();
  const int fd = mkstemp(tmpl.data());
  if (fd < 0) return Status::IoError("cannot create a temporary file for the workbook");
  close(fd);
  const std::string path = tmpl;
  lxw_workbook* wb = workbook_new(path.c_str());
  if (!wb) {
    std::remove(path.c_str());
    return Status::IoError("cannot create the workbook");
  }
  lxw_worksheet* ws = workbook_add_worksheet(wb, "shortlist");
  lxw_format* bold = workbook_add_format(wb);
  format_set_bold(bold);
  for (size_t r = 0; r < table.size(); ++r)
    for (size_t c = 0; c < table[r].size(); ++c)
      worksheet_write_string(ws, static_cast<lxw_row_t>(r), static_cast<lxw_col_t>(c),
                             table[r][c].c_str(), r == 0 ? bold : nullptr);
  worksheet_set_column(ws, 0, 0, 28, nullptr);
  worksheet_set_column(ws, 1, 2, 40, nullptr);
  worksheet_set_column(ws, 4, 4, 30, nullptr);
  worksheet_set_column(ws, 7, 7, 40, nullptr);
  const bool ok = workbook_close(wb) == LXW_NO_ERROR;
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  std::remove(path.c_str());
  if (!ok || bytes.str().empty()) return Status::IoError("cannot write the workbook");
  return bytes.str();
}

}  // namespace gradfit
