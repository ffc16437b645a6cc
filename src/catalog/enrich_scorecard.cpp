// The College Scorecard field-of-study extract at enrich time: rows, the choice
// of a program's row and the derived TOML (docs/METHODS.md, "Outcomes of graduates").
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "catalog/csv_reading.hpp"
#include "catalog/enrich_sources.hpp"

namespace gradfit::catalog_internal {
namespace {

namespace fs = std::filesystem;

// A non-negative number, or nullopt for an empty (suppressed) cell; `ok` false when malformed.
std::optional<double> Cell(const std::string& text, bool* ok) {
  *ok = true;
  if (text.empty()) return std::nullopt;
  char* end = nullptr;
  const double v = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size() || !(v >= 0) || v > 1e9) {
    *ok = false;
    return std::nullopt;
  }
  return v;
}

std::string CipWithDot(const std::string& four_digits) {
  return four_digits.substr(0, 2) + "." + four_digits.substr(2);
}

int Completers(const ScorecardRow* r) { return r->outcome.completers.value_or(0); }

std::string CompletersText(const ScorecardRow* r) {
  return r->outcome.completers ? fmt::format("{} completers", *r->outcome.completers)
                               : "completers not reported";
}

const ScorecardRow* FindRow(const std::vector<const ScorecardRow*>& rows, std::string_view cip,
                            int level) {
  for (const ScorecardRow* r : rows)
    if (r->outcome.cip == cip && r->outcome.credential_level == level) return r;
  return nullptr;
}

// The computer-science rule: the larger of the master's rows 11.01 and 11.07.
std::optional<OutcomeMatch> ComputerScienceRow(const std::vector<const ScorecardRow*>& rows,
                                               std::string_view why_prefix) {
  const ScorecardRow* general = FindRow(rows, "11.01", 5);
  const ScorecardRow* cs = FindRow(rows, "11.07", 5);
  if (!general && !cs) return std::nullopt;
  OutcomeMatch m;
  if (general && cs) {
    // Ties go to 11.01 so the choice is deterministic.
    m.graduate = Completers(cs) > Completers(general) ? cs : general;
    const ScorecardRow* other = m.graduate == cs ? general : cs;
    m.cip_basis = fmt::format(
        "{}CIP {} ({}) is the larger of the institution's two computer-science master's rows "
        "({}; CIP {}: {}); the Scorecard does not say which CIP this program reports under, so "
        "the larger row stands for it.",
        why_prefix, m.graduate->outcome.cip, m.graduate->outcome.cip_title,
        CompletersText(m.graduate), other->outcome.cip, CompletersText(other));
  } else {
    m.graduate = general ? general : cs;
    m.cip_basis = fmt::format(
        "{}CIP {} ({}) is the institution's only computer-science master's row ({}).", why_prefix,
        m.graduate->outcome.cip, m.graduate->outcome.cip_title, CompletersText(m.graduate));
  }
  return m;
}

std::string Field(std::string_view key, const std::optional<double>& v) {
  return v ? fmt::format("{} = {:.0f}\n", key, *v) : "";
}

std::string RenderRow(std::string_view table, const FieldOutcome& o) {
  std::string out = fmt::format("\n[programs.{}]\n", table);
  out += fmt::format("unitid = {}\nstate = {}\ncip = {}\ncip_title = {}\ncredential_level = {}\n",
                     TomlQuote(o.unitid), TomlQuote(o.state), TomlQuote(o.cip),
                     TomlQuote(o.cip_title), o.credential_level);
  if (o.completers) out += fmt::format("completers = {}\n", *o.completers);
  out += Field("earnings_1yr", o.earnings_1yr);
  out += Field("earnings_4yr", o.earnings_4yr);
  out += Field("median_debt", o.median_debt);
  out += Field("threshold_state", o.threshold_state);
  out += Field("threshold_national", o.threshold_national);
  out += fmt::format("release = {}\ncip_basis = {}\nsource = \"scorecard\"\n", TomlQuote(o.release),
                     TomlQuote(o.cip_basis));
  return out;
}

}  // namespace

std::string TomlQuote(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

Result<std::vector<ScorecardRow>> ReadScorecardRows(const fs::path& path) {
  static const std::vector<std::string> kColumns = {
      "UNITID",         "INSTNM",      "STABBR",       "CIPCODE",      "CIPDESC",
      "CREDLEV",        "IPEDSCOUNT1", "EARN_MDN_1YR", "EARN_MDN_4YR", "DEBT_ALL_STGP_EVAL_MDN",
      "EARN_THR_STATE", "EARN_THR_NAT"};
  auto table = ReadCsvTable(path, kColumns);
  if (!table.ok()) return table.status();
  auto col = [&](const char* name) { return static_cast<size_t>(table->Column(name)); };
  std::vector<ScorecardRow> rows;
  rows.reserve(table->rows.size());
  for (size_t i = 0; i < table->rows.size(); ++i) {
    const auto& f = table->rows[i];
    const int line = table->lines[i];
    auto bad = [&](const char* column, const std::string& text, const char* what) {
      return Status::InvalidData(
          fmt::format("{}:{}: {}: '{}' {}", path.string(), line, column, text, what));
    };
    ScorecardRow r;
    r.line = line;
    r.institution_name = f[col("INSTNM")];
    FieldOutcome& o = r.outcome;
    o.unitid = f[col("UNITID")];
    o.state = f[col("STABBR")];
    const std::string& cip = f[col("CIPCODE")];
    if (cip.size() != 4 || !std::all_of(cip.begin(), cip.end(), ::isdigit))
      return bad("CIPCODE", cip, "is not a 4-digit CIP code");
    o.cip = CipWithDot(cip);
    o.cip_title = f[col("CIPDESC")];
    const std::string& level = f[col("CREDLEV")];
    if (level.size() != 1 || level[0] < '1' || level[0] > '8')
      return bad("CREDLEV", level, "is not a credential level (1-8)");
    o.credential_level = level[0] - '0';
    o.release = kScorecardRelease;
    struct Numeric {
      const char* column;
      std::optional<double>* out;
    };
    std::optional<double> completers;
    const Numeric numeric[] = {
        {"IPEDSCOUNT1", &completers},           {"EARN_MDN_1YR", &o.earnings_1yr},
        {"EARN_MDN_4YR", &o.earnings_4yr},      {"DEBT_ALL_STGP_EVAL_MDN", &o.median_debt},
        {"EARN_THR_STATE", &o.threshold_state}, {"EARN_THR_NAT", &o.threshold_national}};
    for (const Numeric& n : numeric) {
      bool ok = true;
      const std::string& text = f[col(n.column)];
      *n.out = Cell(text, &ok);
      if (!ok) return bad(n.column, text, "is not a number");
    }
    if (completers) o.completers = static_cast<int>(*completers);
    rows.push_back(std::move(r));
  }
  return rows;
}

std::optional<OutcomeMatch> MatchProgramRows(const std::vector<const ScorecardRow*>& rows,
                                             std::optional<Label> label, std::string* why_not) {
  std::optional<OutcomeMatch> m;
  if (label == Label::kDataScience) {
    for (const char* cip : {"30.70", "30.71"})
      if (const ScorecardRow* r = FindRow(rows, cip, 5)) {
        m = OutcomeMatch{r, nullptr,
                         fmt::format("CIP {} ({}) is the institution's master's row for the "
                                     "program's field ({}).",
                                     r->outcome.cip, r->outcome.cip_title, CompletersText(r))};
        break;
      }
    if (!m)
      m = ComputerScienceRow(
          rows,
          "Uncertain: the institution reports no Data Science (30.70) or Data Analytics (30.71) "
          "master's row, so its computer-science row stands in (data science master's are also "
          "reported under statistics or information science). ");
  } else {
    m = ComputerScienceRow(rows, "");
  }
  if (!m) {
    *why_not = "no computer-science (11.01/11.07)" +
               std::string(label == Label::kDataScience ? " or data-science (30.70/30.71)" : "") +
               " master's row for this institution";
    return std::nullopt;
  }
  m->bachelor = FindRow(rows, m->graduate->outcome.cip, 3);
  return m;
}

std::string RenderProgramOutcomes(const std::string& program_id, const OutcomeMatch& match) {
  FieldOutcome grad = match.graduate->outcome;
  grad.cip_basis = match.cip_basis;
  std::string out = fmt::format("\n[[programs]]\nid = {}\n", TomlQuote(program_id));
  out += RenderRow("graduate_outcomes", grad);
  if (match.bachelor) {
    FieldOutcome bach = match.bachelor->outcome;
    bach.cip_basis = fmt::format(
        "The bachelor's row of the same institution and CIP ({}) as the master's row.", bach.cip);
    out += RenderRow("bachelor_outcomes", bach);
  }
  const std::string note = fmt::format(
      "College Scorecard Most Recent Cohorts Field of Study, release {}: UNITID {} '{}', CIP {} "
      "(master's: CSV line {}{}). One row pools all of the institution's programs in that CIP and "
      "credential level; only federally aided completers are measured (international students "
      "and employer-funded part-timers are under-represented); earnings are medians of "
      "completers working and not enrolled, 1 and 4 years after completion, two pooled cohorts, "
      "nominal USD; empty cells are suppressed (small cohorts) and stay unknown.",
      kScorecardRelease, grad.unitid, match.graduate->institution_name, grad.cip,
      match.graduate->line,
      match.bachelor ? fmt::format("; bachelor's: line {}", match.bachelor->line) : "");
  out += fmt::format(
      "\n[[programs.sources]]\nid = \"scorecard\"\nurl = {}\nfirst_party = false\n"
      "page_date = {}\nnote = {}\nattribution = {}\n",
      TomlQuote(kScorecardUrl), TomlQuote(kScorecardRelease), TomlQuote(note),
      TomlQuote(kScorecardAttribution));
  return out;
}

}  // namespace gradfit::catalog_internal
