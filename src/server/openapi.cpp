// The OpenAPI 3 document of /api/v1, written by hand from the route table and
// docs/API.md; api_tests checks that its paths and methods are exactly the routes.
#include "server/handlers.hpp"

namespace gradfit {

const std::string& OpenApiDocument() {
  static const std::string kDocument = R"json({
 "openapi": "3.0.3",
 "info": {"title": "gradfit API", "version": "1.0.0", "description": "The JSON API of `gradfit serve` (docs/API.md). Errors: {\"error\": {\"message\", \"path\"}}. Beyond loopback every request needs `Authorization: Bearer TOKEN`."},
 "servers": [{"url": "/"}],
 "components": {
  "securitySchemes": {
   "bearer": {"type": "http", "scheme": "bearer"}
  },
  "responses": {
   "Error": {"description": "An error naming the field", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
   "Unauthorized": {"description": "Missing or wrong access token", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
  },
  "schemas": {
   "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "object", "required": ["message"], "properties": {"message": {"type": "string"}, "path": {"type": "string", "description": "JSON path ($.profile.education.gpa) or ?query_parameter"}}}}},
   "Profile": {"type": "object", "description": "The profile file's keys as JSON (docs/DATA.md, Profile)"},
   "StoredProfile": {"type": "object", "properties": {"id": {"type": "integer"}, "name": {"type": "string"}, "created_at": {"type": "string"}, "updated_at": {"type": "string"}, "profile": {"$ref": "#/components/schemas/Profile"}}},
   "Money": {"type": "object", "nullable": true, "properties": {"amount": {"type": "number"}, "currency": {"type": "string"}}},
   "Application": {"type": "object", "properties": {"program_id": {"type": "string"}, "status": {"type": "string", "enum": ["considering", "preparing", "submitted", "interview", "admitted", "rejected", "waitlisted", "decision"]}, "deadline": {"type": "object", "properties": {"date": {"type": "string", "format": "date", "nullable": true}, "term": {"type": "string"}, "source": {"type": "string", "enum": ["catalog", "user"], "nullable": true}, "url": {"type": "string"}}}, "catalog_deadlines": {"type": "array", "items": {"type": "object"}}, "checklist": {"type": "object", "properties": {"statement_of_purpose": {"type": "boolean"}, "transcripts": {"type": "boolean"}, "test_scores": {"type": "boolean"}, "fee": {"type": "boolean"}, "letters": {"type": "array", "items": {"type": "object", "properties": {"who": {"type": "string"}, "sent": {"type": "boolean"}}}}}}, "notes": {"type": "string"}, "figures": {"type": "object", "properties": {"fee_paid": {"$ref": "#/components/schemas/Money"}, "scholarship": {"$ref": "#/components/schemas/Money"}}}, "updated_at": {"type": "string", "nullable": true}, "stored": {"type": "boolean"}}}
  }
 },
 "paths": {
  "/api/v1/programs": {
   "get": {"summary": "Programs, filtered and sorted; mirrors `gradfit programs list --json`", "parameters": [{"name": "label", "in": "query", "required": false, "description": "program label", "schema": {"type": "string", "enum": ["ml", "cs_ml_specialization", "data_science", "ai_ml", "ai", "other"]}}, {"name": "modality", "in": "query", "required": false, "description": "", "schema": {"type": "string", "enum": ["on_campus", "online", "hybrid"]}}, {"name": "part_time", "in": "query", "required": false, "description": "true: part-time study allowed", "schema": {"type": "boolean"}}, {"name": "country", "in": "query", "required": false, "description": "ISO 3166 alpha-2", "schema": {"type": "string"}}, {"name": "gre", "in": "query", "required": false, "description": "", "schema": {"type": "string", "enum": ["required", "optional", "not_required", "not_accepted"]}}, {"name": "max_tuition", "in": "query", "required": false, "description": "maximum published tuition", "schema": {"type": "number"}}, {"name": "currency", "in": "query", "required": false, "description": "ISO 4217 of max_tuition", "schema": {"type": "string"}}, {"name": "keyword", "in": "query", "required": false, "description": "search names, institutions, courses", "schema": {"type": "string"}}, {"name": "sort", "in": "query", "required": false, "description": "", "schema": {"type": "string", "enum": ["id", "name", "tuition", "duration", "country"]}}, {"name": "desc", "in": "query", "required": false, "description": "descending", "schema": {"type": "boolean"}}], "responses": {"200": {"description": "count, excluded_unknown, programs", "content": {"application/json": {"schema": {"type": "object", "properties": {"count": {"type": "integer"}, "excluded_unknown": {"type": "integer"}, "programs": {"type": "array", "items": {"type": "object"}}}}}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Unauthorized"}}}
  },
  "/api/v1/programs/{id}": {
   "get": {"summary": "Every fact of one program with its source and age; mirrors `gradfit programs show ID --json`", "parameters": [{"name": "id", "in": "path", "required": true, "description": "program id", "schema": {"type": "string"}}], "responses": {"200": {"description": "the program", "content": {"application/json": {"schema": {"type": "object"}}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Unauthorized"}, "404": {"$ref": "#/components/responses/Error"}}}
  },
  "/api/v1/careers": {
   "get": {"summary": "Roles with wages; mirrors `gradfit careers --json`", "responses": {"200": {"description": "roles", "content": {"application/json": {"schema": {"type": "array", "items": {"type": "object"}}}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Unauthorized"}}}
  },
  "/api/v1/careers/{role}": {
   "get": {"summary": "One role; mirrors `gradfit careers ROLE --json`", "parameters": [{"name": "role", "in": "path", "required": true, "description": "role id", "schema": {"type": "string"}}], "responses": {"200": {"description": "the role", "content": {"application/json": {"schema": {"type": "object"}}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Unauthorized"}, "404": {"$ref": "#/components/responses/Error"}}}
  },
  "/api/v1/coverage": {
   "get": {"summary": "Curriculum coverage; mirrors `gradfit coverage ID [--role R] --json` or `--matrix --json`", "parameters": [{"name": "program", "in": "query", "required": false, "description": "program id (absent: the matrix)", "schema": {"type": "string"}}, {"name": "role", "in": "query", "required": false, "description": "role id (absent: every role)", "schema": {"type": "string"}}], "responses": {"200": {"description": "coverage", "content": {"application/json": {"schema": {}}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Unauthorized"}, "404": {"$ref": "#/components/responses/Error"}}}
  },
  "/api/v1/assess": {
   "post": {"summary": "Pathway verdict and eligibility; mirrors `gradfit assess --json`", "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "properties": {"profile": {"$ref": "#/components/schemas/Profile"}, "profile_id": {"type": "integer"}, "programs": {"type": "array", "items": {"type": "string"}}, "what_if": {"type": "array", "items": {"type": "string"}}}}}}}, "responses": {"200": {"description": "the assessment", "content": {"application/json": {"schema": {"type": "object"}}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Unauthorized"}, "404": {"$ref": "#/components/responses/Error"}}}
  },
  "/api/v1/rank": {
   "post": {"summary": "Rank programs for a user with SMAA-2 robustness and explanations; mirrors `gradfit rank --json`", "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "properties": {"profile": {"$ref": "#/components/schemas/Profile"}, "profile_id": {"type": "integer"}, "weights": {"type": "object", "properties": {"admissions": {"type": "number"}, "curriculum": {"type": "number"}, "industry": {"type": "number"}, "modality": {"type": "number"}, "outcomes": {"type": "number"}, "cost": {"type": "number"}}, "additionalProperties": false}, "criteria_order": {"type": "array", "items": {"type": "string", "enum": ["admissions", "curriculum", "industry", "modality", "outcomes", "cost"]}}, "method": {"type": "string", "enum": ["topsis", "weighted"]}, "missing": {"type": "string", "enum": ["sample", "penalise", "exclude"]}, "samples": {"type": "integer"}, "seed": {"type": "integer"}, "eligible_only": {"type": "boolean"}, "explain": {"type": "integer"}, "programs": {"type": "array", "items": {"type": "string"}}}}}}}, "responses": {"200": {"description": "the ranking", "content": {"application/json": {"schema": {"type": "object"}}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Unauthorized"}, "404": {"$ref": "#/components/responses/Error"}}}
  },
  "/api/v1/compare": {
   "get": {"summary": "Programs side by side; mirrors `gradfit compare A B --json`", "parameters": [{"name": "ids", "in": "query", "required": true, "description": "comma-separated program ids (2 or more)", "schema": {"type": "string"}}, {"name": "profile_id", "in": "query", "required": false, "description": "stored profile", "schema": {"type": "integer"}}], "responses": {"200": {"description": "the comparison", "content": {"application/json": {"schema": {"type": "object"}}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Unauthorized"}, "404": {"$ref": "#/components/responses/Error"}}}
  },
  "/api/v1/cost": {
   "post": {"summary": "Itemised cost; mirrors `gradfit cost ID --json`", "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "properties": {"profile": {"$ref": "#/components/schemas/Profile"}, "profile_id": {"type": "integer"}, "program": {"type": "string"}, "salary": {"type": "number"}, "salary_currency": {"type": "string"}, "country": {"type": "string"}, "state": {"type": "string"}, "part_time_share": {"type": "number"}, "online": {"type": "boolean"}, "months": {"type": "number"}, "relocate": {"type": "string", "enum": ["auto", "yes", "no"]}, "relocation_cost": {"type": "number"}, "scholarship": {"type": "number"}, "stipend": {"type": "number"}, "assistantship": {"type": "number"}, "employer_support": {"type": "number"}, "aid_currency": {"type": "string"}, "currency": {"type": "string"}, "tuition_inflation": {"type": "number"}, "estimate_unknown": {"type": "boolean"}}}}}}, "responses": {"200": {"description": "the bill", "content": {"application/json": {"schema": {"type": "object"}}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Unauthorized"}, "404": {"$ref": "#/components/responses/Error"}}}
  },
  "/api/v1/roi": {
   "post": {"summary": "Return on investment; mirrors `gradfit roi ID --json`", "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "properties": {"profile": {"$ref": "#/components/schemas/Profile"}, "profile_id": {"type": "integer"}, "program": {"type": "string"}, "salary": {"type": "number"}, "salary_currency": {"type": "string"}, "country": {"type": "string"}, "state": {"type": "string"}, "part_time_share": {"type": "number"}, "online": {"type": "boolean"}, "months": {"type": "number"}, "relocate": {"type": "string", "enum": ["auto", "yes", "no"]}, "relocation_cost": {"type": "number"}, "scholarship": {"type": "number"}, "stipend": {"type": "number"}, "assistantship": {"type": "number"}, "employer_support": {"type": "number"}, "aid_currency": {"type": "string"}, "currency": {"type": "string"}, "tuition_inflation": {"type": "number"}, "estimate_unknown": {"type": "boolean"}, "role": {"type": "string"}, "runs": {"type": "integer"}, "seed": {"type": "integer"}, "discount": {"type": "number"}, "horizon": {"type": "integer"}, "completion": {"type": "number"}}}}}}, "responses": {"200": {"description": "bill, model, NPV, payback, Monte Carlo", "content": {"application/json": {"schema": {"type": "object"}}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Unauthorized"}, "404": {"$ref": "#/components/responses/Error"}}}
  },
  "/api/v1/decide": {
   "post": {"summary": "Decision methods on the user's own matrix; mirrors `gradfit decide --json`", "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["alternatives", "criteria", "types", "matrix"], "properties": {"alternatives": {"type": "array", "items": {"type": "string"}}, "criteria": {"type": "array", "items": {"type": "string"}}, "types": {"type": "array", "items": {"type": "string", "enum": ["benefit", "cost"]}}, "matrix": {"type": "array", "items": {"type": "array", "items": {"type": "number", "nullable": true}}}, "weights": {"type": "array", "items": {"type": "number"}}, "method": {"type": "string", "enum": ["weighted", "topsis"]}, "missing": {"type": "string", "enum": ["penalise", "sample", "exclude"]}, "samples": {"type": "integer"}, "seed": {"type": "integer"}, "explain": {"type": "integer"}}}}}}, "responses": {"200": {"description": "the decision report", "content": {"application/json": {"schema": {"type": "object"}}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Unauthorized"}}}
  },
  "/api/v1/profiles": {
   "get": {"summary": "Stored profiles", "responses": {"200": {"description": "profiles", "content": {"application/json": {"schema": {"type": "object", "properties": {"profiles": {"type": "array", "items": {"type": "object"}}}}}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Unauthorized"}}},
   "post": {"summary": "Store a profile", "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Profile"}}}}, "responses": {"201": {"description": "stored", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/StoredProfile"}}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Unauthorized"}}}
  },
  "/api/v1/profiles/import": {
   "post": {"summary": "Store a profile from its TOML text", "requestBody": {"required": true, "content": {"application/toml": {"schema": {"type": "string"}}}}, "responses": {"201": {"description": "stored", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/StoredProfile"}}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Unauthorized"}}}
  },
  "/api/v1/profiles/{id}": {
   "get": {"summary": "One stored profile", "parameters": [{"name": "id", "in": "path", "required": true, "description": "profile id", "schema": {"type": "string"}}], "responses": {"200": {"description": "the profile", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/StoredProfile"}}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Unauthorized"}, "404": {"$ref": "#/components/responses/Error"}}},
   "put": {"summary": "Replace a stored profile", "parameters": [{"name": "id", "in": "path", "required": true, "description": "profile id", "schema": {"type": "string"}}], "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Profile"}}}}, "responses": {"200": {"description": "the profile", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/StoredProfile"}}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Unauthorized"}, "404": {"$ref": "#/components/responses/Error"}}},
   "delete": {"summary": "Delete a stored profile", "parameters": [{"name": "id", "in": "path", "required": true, "description": "profile id", "schema": {"type": "string"}}], "responses": {"204": {"description": "deleted"}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Unauthorized"}, "404": {"$ref": "#/components/responses/Error"}}}
  },
  "/api/v1/profiles/{id}/toml": {
   "get": {"summary": "A stored profile as a TOML file", "parameters": [{"name": "id", "in": "path", "required": true, "description": "profile id", "schema": {"type": "string"}}], "responses": {"200": {"description": "TOML", "content": {"application/toml": {"schema": {"type": "string"}}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Unauthorized"}, "404": {"$ref": "#/components/responses/Error"}}}
  },
  "/api/v1/shortlist": {
   "get": {"summary": "The shortlist", "responses": {"200": {"description": "items", "content": {"application/json": {"schema": {"type": "object", "properties": {"items": {"type": "array", "items": {"type": "object"}}}}}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Unauthorized"}}},
   "post": {"summary": "Add a program (again: update its note)", "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["program_id"], "properties": {"program_id": {"type": "string"}, "note": {"type": "string"}}}}}}, "responses": {"201": {"description": "added", "content": {"application/json": {"schema": {"type": "object"}}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Unauthorized"}, "404": {"$ref": "#/components/responses/Error"}}}
  },
  "/api/v1/shortlist/{program_id}": {
   "delete": {"summary": "Remove a program from the shortlist", "parameters": [{"name": "program_id", "in": "path", "required": true, "description": "program id", "schema": {"type": "string"}}], "responses": {"204": {"description": "removed"}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Unauthorized"}, "404": {"$ref": "#/components/responses/Error"}}}
  },
  "/api/v1/shortlist.csv": {
   "get": {"summary": "The shortlist as CSV", "responses": {"200": {"description": "CSV", "content": {"text/csv": {"schema": {"type": "string"}}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Unauthorized"}}}
  },
  "/api/v1/shortlist.xlsx": {
   "get": {"summary": "The shortlist as an Excel workbook", "responses": {"200": {"description": "XLSX", "content": {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {"schema": {"type": "string", "format": "binary"}}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Unauthorized"}}}
  },
  "/api/v1/applications": {
   "get": {"summary": "Every tracked application", "responses": {"200": {"description": "applications", "content": {"application/json": {"schema": {"type": "object", "properties": {"applications": {"type": "array", "items": {"$ref": "#/components/schemas/Application"}}}}}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Unauthorized"}}}
  },
  "/api/v1/applications/{program_id}": {
   "get": {"summary": "One application, or a fresh one pre-filled from the catalog", "parameters": [{"name": "program_id", "in": "path", "required": true, "description": "program id", "schema": {"type": "string"}}], "responses": {"200": {"description": "the application", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Application"}}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Unauthorized"}, "404": {"$ref": "#/components/responses/Error"}}},
   "put": {"summary": "Update an application (missing keys keep their value)", "parameters": [{"name": "program_id", "in": "path", "required": true, "description": "program id", "schema": {"type": "string"}}], "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Application"}}}}, "responses": {"200": {"description": "the stored application", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Application"}}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Unauthorized"}, "404": {"$ref": "#/components/responses/Error"}}}
  },
  "/api/v1/applications.ics": {
   "get": {"summary": "Application deadlines as iCalendar (RFC 5545)", "responses": {"200": {"description": "calendar", "content": {"text/calendar": {"schema": {"type": "string"}}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Unauthorized"}}}
  },
  "/api/v1/openapi.json": {
   "get": {"summary": "This document", "responses": {"200": {"description": "OpenAPI 3.0", "content": {"application/json": {"schema": {"type": "object"}}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Unauthorized"}}}
  }
 }
})json";
  return kDocument;
}

}  // namespace gradfit

namespace gradfit::server {

ApiResponse OpenApi(const ApiRequest&, AppContext&) { return JsonTextResponse(OpenApiDocument()); }

}  // namespace gradfit::server
