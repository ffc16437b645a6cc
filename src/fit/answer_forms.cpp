// Parsers for money and grades as people type them (answer_forms.hpp).
#include "fit/answer_forms.hpp"

#include <fmt/format.h>

#include <array>
#include <cctype>
#include <cmath>
#include <utility>

#include "fit/profile_fields.hpp"
#include "gradfit/iso_codes.hpp"

namespace gradfit::fit {
namespace {

constexpr std::string_view kMoneyForms = "type e.g. 65000, 65k, $65,000 or 65000 EUR";

// Countries and their currency: the catalog's countries and the ones applicants
// most often come from. Others get no default currency (the answer then needs one).
constexpr std::array<std::pair<std::string_view, std::string_view>, 62> kCountryCurrency = {{
    {"US", "USD"}, {"CA", "CAD"}, {"GB", "GBP"}, {"IE", "EUR"}, {"DE", "EUR"}, {"FR", "EUR"},
    {"NL", "EUR"}, {"BE", "EUR"}, {"LU", "EUR"}, {"AT", "EUR"}, {"ES", "EUR"}, {"PT", "EUR"},
    {"IT", "EUR"}, {"GR", "EUR"}, {"FI", "EUR"}, {"EE", "EUR"}, {"LV", "EUR"}, {"LT", "EUR"},
    {"SK", "EUR"}, {"SI", "EUR"}, {"HR", "EUR"}, {"MT", "EUR"}, {"CY", "EUR"}, {"CH", "CHF"},
    {"SE", "SEK"}, {"NO", "NOK"}, {"DK", "DKK"}, {"IS", "ISK"}, {"PL", "PLN"}, {"CZ", "CZK"},
    {"HU", "HUF"}, {"RO", "RON"}, {"BG", "BGN"}, {"UA", "UAH"}, {"TR", "TRY"}, {"IL", "ILS"},
    {"AE", "AED"}, {"SA", "SAR"}, {"EG", "EGP"}, {"NG", "NGN"}, {"KE", "KES"}, {"ZA", "ZAR"},
    {"IN", "INR"}, {"PK", "PKR"}, {"BD", "BDT"}, {"LK", "LKR"}, {"NP", "NPR"}, {"CN", "CNY"},
    {"HK", "HKD"}, {"TW", "TWD"}, {"JP", "JPY"}, {"KR", "KRW"}, {"SG", "SGD"}, {"MY", "MYR"},
    {"TH", "THB"}, {"VN", "VND"}, {"ID", "IDR"}, {"PH", "PHP"}, {"AU", "AUD"}, {"NZ", "NZD"},
    {"BR", "BRL"}, {"MX", "MXN"},
}};

// Currency symbols; "$" and "¥" are resolved against the person's country.
struct Symbol {
  std::string_view text;
  std::string_view currency;  // "" = depends on the country
};
constexpr std::array<Symbol, 12> kSymbols = {{
    {"US$", "USD"},
    {"CA$", "CAD"},
    {"C$", "CAD"},
    {"AU$", "AUD"},
    {"A$", "AUD"},
    {"S$", "SGD"},
    {"$", ""},
    {"\xE2\x82\xAC", "EUR"},  // €
    {"\xC2\xA3", "GBP"},      // £
    {"\xE2\x82\xB9", "INR"},  // ₹
    {"\xC2\xA5", ""},         // ¥
    {"Fr.", "CHF"},
}};

bool IsDollar(std::string_view currency) {
  return currency == "USD" || currency == "CAD" || currency == "AUD" || currency == "NZD" ||
         currency == "SGD" || currency == "HKD" || currency == "TWD" || currency == "MXN";
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Removes a trailing period word ("a year", "/month", …); returns the
// multiplier to a yearly amount (1 or 12).
double StripPeriod(std::string& t, std::string& note) {
  static const std::array<std::pair<std::string_view, double>, 14> kPeriods = {{
      {"per year", 1},
      {"a year", 1},
      {"/year", 1},
      {"/yr", 1},
      {"/y", 1},
      {"yearly", 1},
      {"annually", 1},
      {"p.a.", 1},
      {"pa", 1},
      {"per month", 12},
      {"a month", 12},
      {"/month", 12},
      {"/mo", 12},
      {"monthly", 12},
  }};
  const std::string lower = Lower(t);
  for (const auto& [word, factor] : kPeriods) {
    if (lower.size() >= word.size() && lower.ends_with(word)) {
      // A bare "pa" must stand alone ("65000 pa"), not end a word.
      if (word == "pa" && lower.size() > 2 &&
          !std::isspace(static_cast<unsigned char>(lower[lower.size() - 3])))
        continue;
      t = Trim(t.substr(0, t.size() - word.size()));
      if (factor != 1) note = "a monthly amount, times 12";
      return factor;
    }
  }
  return 1;
}

// Reads "65,000", "65 000", "65000.50", "65k", "1.2m". nullopt when it is not a number.
std::optional<double> ParseAmount(std::string_view s) {
  std::string digits;
  double factor = 1;
  std::string t = Trim(s);
  if (!t.empty() && (t.back() == 'k' || t.back() == 'K'))
    factor = 1e3, t.pop_back();
  else if (!t.empty() && (t.back() == 'm' || t.back() == 'M'))
    factor = 1e6, t.pop_back();
  t = Trim(t);
  for (size_t i = 0; i < t.size(); ++i) {
    const char c = t[i];
    if (c == ',' || c == '_' || c == '\'' || c == ' ') continue;  // thousands separators
    if (c == '\xC2' && i + 1 < t.size() && t[i + 1] == '\xA0') {  // no-break space
      ++i;
      continue;
    }
    digits += c;
  }
  if (digits.empty() || !std::isdigit(static_cast<unsigned char>(digits[0]))) return std::nullopt;
  auto v = ParseNumberText(digits);
  if (!v) return std::nullopt;
  return *v * factor;
}

}  // namespace

std::optional<std::string> CurrencyOfCountry(std::string_view alpha2) {
  for (const auto& [country, currency] : kCountryCurrency)
    if (country == alpha2) return std::string(currency);
  return std::nullopt;
}

std::string FormatAmount(double amount) {
  const double rounded = std::round(amount);
  if (std::fabs(amount - rounded) > 0.005) return fmt::format("{:.2f}", amount);
  std::string digits = fmt::format("{:.0f}", std::fabs(rounded));
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return (rounded < 0 ? "-" : "") + out;
}

Result<MoneyAnswer> ParseMoneyAnswer(std::string_view text,
                                     const std::optional<std::string>& country) {
  std::string t = Trim(text);
  if (t.empty()) return Status::InvalidArgument(fmt::format("no amount given: {}", kMoneyForms));
  if (const std::string word = Lower(t); word == "none" || word == "no" || word == "nothing")
    t.assign(1, '0');  // not t = "0": g++ 12 warns falsely (-Wrestrict)
  std::string period_note;
  const double per_year = StripPeriod(t, period_note);
  const std::optional<std::string> home =
      country ? CurrencyOfCountry(*country) : std::optional<std::string>();

  std::string currency, currency_note;
  // An ISO code before or after the number, with or without a space.
  auto take_code = [&](bool prefix) {
    if (t.size() < 3) return;
    std::string code = prefix ? t.substr(0, 3) : t.substr(t.size() - 3);
    for (char& c : code) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (!IsIsoCurrency(code)) return;
    const std::string rest = prefix ? t.substr(3) : t.substr(0, t.size() - 3);
    if (!ParseAmount(rest)) return;  // "65k" must not read "65K" … only codes of letters
    currency = code;
    t = Trim(rest);
  };
  take_code(false);
  if (currency.empty()) take_code(true);
  if (currency.empty()) {
    for (const Symbol& s : kSymbols) {
      const bool front = t.starts_with(s.text);
      const bool back = !front && t.ends_with(s.text);
      if (!front && !back) continue;
      t = Trim(front ? t.substr(s.text.size()) : t.substr(0, t.size() - s.text.size()));
      if (!s.currency.empty()) {
        currency = s.currency;
      } else if (s.text == "$") {
        currency = home && IsDollar(*home) ? *home : "USD";
        if (currency != "USD")
          currency_note = fmt::format("'$' read as the dollar of {}", *country);
      } else {  // ¥
        currency = country == "CN" ? "CNY" : "JPY";
      }
      break;
    }
  }
  if (t.starts_with("-")) return Status::InvalidArgument("the amount is negative");
  auto amount = ParseAmount(t);
  if (!amount)
    return Status::InvalidArgument(
        fmt::format("'{}' is not an amount: {}", Trim(text), kMoneyForms));
  if (currency.empty()) {
    if (home) {
      currency = *home;
      currency_note = fmt::format("no currency given: took {}, the currency of {}", *home,
                                  CountryName(*country));
    } else {
      currency = "USD";
      currency_note = "no currency given: took USD; type e.g. 65000 EUR for another";
    }
  }
  MoneyAnswer out;
  out.money = {*amount * per_year, currency};
  out.note = period_note;
  if (!currency_note.empty()) out.note += (out.note.empty() ? "" : "; ") + currency_note;
  return out;
}

std::string MoneyAnswer::Understood(std::string_view per) const {
  std::string s = FormatAmount(money.amount) + " " + money.currency;
  if (!per.empty()) s.append(" ").append(per);  // appends: g++ 12 warns on " " + string
  if (!note.empty()) s.append(" (").append(note).append(")");
  return s;
}

Result<GpaAnswer> ParseGpaAnswer(std::string_view text) {
  const std::string t = Trim(text);
  std::string lower = Lower(t);
  GpaAnswer out;
  // UK degree classes: the lower end of the usual 4.0-scale equivalents, so a
  // converted grade never clears a minimum the person might not.
  static const std::array<std::pair<std::string_view, double>, 10> kUkClasses = {{
      {"first", 3.7},
      {"1st", 3.7},
      {"2:1", 3.3},
      {"2.i", 3.3},
      {"upper second", 3.3},
      {"2:2", 3.0},
      {"2.ii", 3.0},
      {"lower second", 3.0},
      {"third", 2.3},
      {"3rd", 2.3},
  }};
  std::string uk = lower;
  for (std::string_view suffix : {" (uk)", " uk", " degree", " honours", " honors", " class"})
    if (uk.ends_with(suffix)) uk = Trim(uk.substr(0, uk.size() - suffix.size()));
  for (const auto& [name, value] : kUkClasses) {
    if (uk == name) {
      out.value = value;
      out.scale = 4.0;
      out.understood = fmt::format(
          "a UK {} degree, counted as {} on the 4.0 scale (the low end of its usual equivalents)",
          name, FormatNumber(value));
      return out;
    }
  }
  // German grades: 1.0 is best, 4.0 the lowest pass.
  for (std::string_view word : {"(german)", "german", "(de)", "(germany)"}) {
    const size_t at = lower.find(word);
    if (at == std::string::npos) continue;
    std::string number = Trim(lower.substr(0, at) + lower.substr(at + word.size()));
    for (char& c : number)
      if (c == ',') c = '.';  // "1,7"
    auto g = ParseNumberText(number);
    if (!g)
      return Status::InvalidArgument(
          fmt::format("'{}' is not a German grade: type e.g. 1.7 (German)", t));
    if (*g < 1 || *g > 4)
      return Status::InvalidArgument(fmt::format(
          "a German grade runs from 1.0 (best) to 4.0 (lowest pass); {} is outside", number));
    out.value = std::round((5 - *g) * 100) / 100;  // 3.3, not 3.3000000000000003
    out.scale = 4.0;
    out.understood = fmt::format(
        "German {}, which is {} on the 4.0 scale (modified Bavarian formula: 5 - grade)",
        FormatNumber(*g), FormatNumber(out.value));
    return out;
  }
  std::string body = lower;
  bool percent = false;
  if (!body.empty() && body.back() == '%') {
    percent = true;
    body.pop_back();
  }
  for (std::string_view sep : {" out of ", " of "})
    if (auto at = body.find(sep); at != std::string::npos)
      body = body.substr(0, at) + "/" + body.substr(at + sep.size());
  std::optional<double> scale;
  if (auto slash = body.find('/'); slash != std::string::npos) {
    scale = ParseNumberText(body.substr(slash + 1));
    if (!scale || *scale <= 0)
      return Status::InvalidArgument(
          fmt::format("'{}' has no valid scale after '/': type e.g. 8.6/10", t));
    body = body.substr(0, slash);
  }
  auto v = ParseNumberText(body);
  if (!v)
    return Status::InvalidArgument(fmt::format(
        "'{}' is not a grade: type e.g. 3.4/4, 8.6/10, 85%, 1.7 (German) or 2:1 (UK)", t));
  if (*v < 0) return Status::InvalidArgument(fmt::format("GPA {} is negative", FormatNumber(*v)));
  if (percent) {
    if (scale) return Status::InvalidArgument(fmt::format("'{}' has both '%' and '/'", t));
    scale = 100;
  }
  if (scale && *v > *scale)
    return Status::InvalidArgument(fmt::format("{} is above the maximum {} of the scale you gave",
                                               FormatNumber(*v), FormatNumber(*scale)));
  out.value = *v;
  out.scale = scale;
  if (percent)
    out.understood = fmt::format("{}%", FormatNumber(*v));
  else if (scale)
    out.understood = fmt::format("{} on a {}-point scale", FormatNumber(*v), FormatNumber(*scale));
  else
    out.understood = FormatNumber(*v);
  return out;
}

}  // namespace gradfit::fit
