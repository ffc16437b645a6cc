#include "server/application_json.hpp"

#include <fmt/core.h>

#include "gradfit/iso_codes.hpp"

namespace gradfit::server {
namespace {

nlohmann::json MoneyJson(const std::optional<Money>& m) {
  if (!m) return nullptr;
  return {{"amount", m->amount}, {"currency", m->currency}};
}

std::optional<ApiResponse> ReadMoney(const nlohmann::json& v, const std::string& path,
                                     std::optional<Money>* out) {
  if (v.is_null()) {
    out->reset();
    return std::nullopt;
  }
  if (!v.is_object())
    return ErrorResponse(400, "expected {\"amount\", \"currency\"} or null", path);
  Fields f(v, path);
  if (auto e = f.OnlyKnown({"amount", "currency"})) return e;
  std::optional<double> amount;
  std::string currency;
  if (auto e = f.Number("amount", &amount)) return e;
  if (auto e = f.String("currency", &currency)) return e;
  if (!amount || *amount < 0) return ErrorResponse(400, "expected a number >= 0", path + ".amount");
  if (!IsIsoCurrency(currency))
    return ErrorResponse(400, "not an ISO 4217 code", path + ".currency");
  *out = Money{*amount, currency};
  return std::nullopt;
}

std::optional<ApiResponse> ReadChecklist(const nlohmann::json& v, ApplicationChecklist* c) {
  if (!v.is_object()) return ErrorResponse(400, "expected an object", "$.checklist");
  Fields f(v, "$.checklist");
  if (auto e =
          f.OnlyKnown({"statement_of_purpose", "transcripts", "test_scores", "fee", "letters"}))
    return e;
  for (auto e : {f.Bool("statement_of_purpose", &c->statement_of_purpose),
                 f.Bool("transcripts", &c->transcripts), f.Bool("test_scores", &c->test_scores),
                 f.Bool("fee", &c->fee)})
    if (e) return e;
  if (f.Has("letters")) {
    if (!v["letters"].is_array())
      return ErrorResponse(400, "expected an array of {who, sent}", "$.checklist.letters");
    c->letters.clear();
    for (size_t i = 0; i < v["letters"].size(); ++i) {
      const std::string path = fmt::format("$.checklist.letters[{}]", i);
      const auto& l = v["letters"][i];
      if (!l.is_object()) return ErrorResponse(400, "expected {who, sent}", path);
      Fields lf(l, path);
      RecommendationLetter letter;
      if (auto e = lf.OnlyKnown({"who", "sent"})) return e;
      if (auto e = lf.String("who", &letter.who)) return e;
      if (auto e = lf.Bool("sent", &letter.sent)) return e;
      c->letters.push_back(letter);
    }
  }
  return std::nullopt;
}

}  // namespace

nlohmann::json ApplicationJson(const Application& a, const Program* program, bool stored) {
  nlohmann::json catalog = nlohmann::json::array();
  if (program)
    for (const auto& d : program->deadlines) {
      if (!d.known()) continue;
      const int src = d.source();
      catalog.push_back(
          {{"term", d->term},
           {"date", d->NextOn(Today()).ToString()},
           {"url",
            src >= 0 && src < int(program->sources.size()) ? program->sources[src].url : ""}});
    }
  return {
      {"program_id", a.program_id},
      {"status", std::string(ToString(a.status))},
      {"deadline",
       {{"date", a.deadline ? nlohmann::json(a.deadline->ToString()) : nlohmann::json()},
        {"term", a.deadline_term},
        {"source", a.deadline_source == DeadlineSource::kNone
                       ? nlohmann::json()
                       : nlohmann::json(std::string(ToString(a.deadline_source)))},
        {"url", a.deadline_url}}},
      {"catalog_deadlines", catalog},
      {"checklist",
       {{"statement_of_purpose", a.checklist.statement_of_purpose},
        {"transcripts", a.checklist.transcripts},
        {"test_scores", a.checklist.test_scores},
        {"fee", a.checklist.fee},
        {"letters",
         [&] {
           nlohmann::json l = nlohmann::json::array();
           for (const auto& x : a.checklist.letters)
             l.push_back({{"who", x.who}, {"sent", x.sent}});
           return l;
         }()}}},
      {"notes", a.notes},
      {"figures", {{"fee_paid", MoneyJson(a.fee_paid)}, {"scholarship", MoneyJson(a.scholarship)}}},
      {"updated_at", a.updated_at.empty() ? nlohmann::json() : nlohmann::json(a.updated_at)},
      {"stored", stored}};
}

std::optional<ApiResponse> ApplyApplicationPatch(const nlohmann::json& body, Application* a) {
  Fields f(body, "$");
  // program_id, catalog_deadlines, updated_at and stored are accepted (a GET's answer
  // may be sent back whole) but are not the client's to change.
  if (auto e = f.OnlyKnown({"program_id", "status", "deadline", "catalog_deadlines", "checklist",
                            "notes", "figures", "updated_at", "stored"}))
    return e;
  if (f.Has("program_id") && body["program_id"] != a->program_id)
    return ErrorResponse(400, "does not match the program in the URL", "$.program_id");
  if (f.Has("status")) {
    std::string s;
    if (auto e = f.String("status", &s)) return e;
    auto status = ParseApplicationStatus(s);
    if (!status)
      return ErrorResponse(400,
                           "not one of: considering, preparing, submitted, interview, admitted, "
                           "rejected, waitlisted, decision",
                           "$.status");
    a->status = *status;
  }
  if (body.contains("deadline")) {
    const auto& d = body["deadline"];
    if (!d.is_object())
      return ErrorResponse(400, "expected {\"date\": \"YYYY-MM-DD\" | null}", "$.deadline");
    Fields df(d, "$.deadline");
    if (auto e = df.OnlyKnown({"date", "term", "source", "url"})) return e;
    if (d.contains("date")) {
      const auto& date = d["date"];
      if (date.is_null()) {
        a->deadline.reset();
        a->deadline_term.clear();
        a->deadline_url.clear();
        a->deadline_source = DeadlineSource::kNone;
      } else {
        auto parsed = date.is_string() ? ParseDate(date.get<std::string>()) : std::nullopt;
        if (!parsed || parsed->day == 0)
          return ErrorResponse(400, "expected a date YYYY-MM-DD", "$.deadline.date");
        if (!a->deadline || !(*a->deadline == *parsed)) {
          a->deadline = parsed;
          a->deadline_source =
              DeadlineSource::kUser;  // the user changed it: no longer the catalog's
        }
      }
    }
    if (auto e = df.String("term", &a->deadline_term)) return e;
  }
  if (body.contains("checklist"))
    if (auto e = ReadChecklist(body["checklist"], &a->checklist)) return e;
  if (auto e = f.String("notes", &a->notes)) return e;
  if (a->notes.size() > 100000)
    return ErrorResponse(400, "notes longer than 100000 characters", "$.notes");
  if (body.contains("figures")) {
    const auto& fig = body["figures"];
    if (!fig.is_object()) return ErrorResponse(400, "expected an object", "$.figures");
    Fields ff(fig, "$.figures");
    if (auto e = ff.OnlyKnown({"fee_paid", "scholarship"})) return e;
    if (fig.contains("fee_paid"))
      if (auto e = ReadMoney(fig["fee_paid"], "$.figures.fee_paid", &a->fee_paid)) return e;
    if (fig.contains("scholarship"))
      if (auto e = ReadMoney(fig["scholarship"], "$.figures.scholarship", &a->scholarship))
        return e;
  }
  return std::nullopt;
}

}  // namespace gradfit::server
