// Where the tests find the checkout's bundled data and the persona profiles: one definition
// for every test binary (GRADFIT_SOURCE_DIR and GRADFIT_TEST_DIR come from CMakeLists.txt).
#pragma once

#include <string>

namespace gradfit::test {

// data/ of the checkout: the bundled catalog and the money, careers and fit data.
inline const std::string kData = std::string(GRADFIT_SOURCE_DIR) + "/data";

// tests/fit/personas/, with the trailing slash: kPersonas + "name.toml".
inline const std::string kPersonas = std::string(GRADFIT_TEST_DIR) + "/fit/personas/";

// tests/catalog/fixtures: small catalogs, good and broken.
inline const std::string kCatalogFixtures = std::string(GRADFIT_TEST_DIR) + "/catalog/fixtures";

// tests/catalog/fixtures/overlay/, with the trailing slash: personal overlay files.
inline const std::string kOverlays = kCatalogFixtures + "/overlay/";

}  // namespace gradfit::test
