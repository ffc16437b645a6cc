// Every API handler (one file per resource: handlers_<resource>.cpp).
#pragma once

#include "server/api.hpp"

namespace gradfit::server {

// handlers_catalog.cpp
ApiResponse ListPrograms(const ApiRequest&, AppContext&);
ApiResponse ShowProgram(const ApiRequest&, AppContext&);
ApiResponse ListCareers(const ApiRequest&, AppContext&);
ApiResponse ShowCareer(const ApiRequest&, AppContext&);
ApiResponse Coverage(const ApiRequest&, AppContext&);
// handlers_questions.cpp
ApiResponse AssessProfile(const ApiRequest&, AppContext&);
ApiResponse RankForUser(const ApiRequest&, AppContext&);
ApiResponse CompareForUser(const ApiRequest&, AppContext&);
// handlers_money.cpp
ApiResponse CostForUser(const ApiRequest&, AppContext&);
ApiResponse RoiForUser(const ApiRequest&, AppContext&);
// handlers_decide.cpp
ApiResponse DecideMatrix(const ApiRequest&, AppContext&);
// handlers_profiles.cpp
ApiResponse ListProfiles(const ApiRequest&, AppContext&);
ApiResponse CreateProfile(const ApiRequest&, AppContext&);
ApiResponse GetProfile(const ApiRequest&, AppContext&);
ApiResponse UpdateProfile(const ApiRequest&, AppContext&);
ApiResponse DeleteProfile(const ApiRequest&, AppContext&);
ApiResponse ImportProfile(const ApiRequest&, AppContext&);
ApiResponse ExportProfileToml(const ApiRequest&, AppContext&);
// handlers_shortlist.cpp
ApiResponse GetShortlist(const ApiRequest&, AppContext&);
ApiResponse AddToShortlist(const ApiRequest&, AppContext&);
ApiResponse RemoveFromShortlist(const ApiRequest&, AppContext&);
ApiResponse ShortlistCsvFile(const ApiRequest&, AppContext&);
ApiResponse ShortlistXlsxFile(const ApiRequest&, AppContext&);
// handlers_applications.cpp
ApiResponse ListApplications(const ApiRequest&, AppContext&);
ApiResponse GetApplication(const ApiRequest&, AppContext&);
ApiResponse PutApplication(const ApiRequest&, AppContext&);
ApiResponse ApplicationsCalendar(const ApiRequest&, AppContext&);
// openapi.cpp
ApiResponse OpenApi(const ApiRequest&, AppContext&);

}  // namespace gradfit::server
