#!/usr/bin/env bash
# Installs what gradfit needs to build, test and run on Debian 12.
# Idempotent: installs only the packages that are missing.
set -euo pipefail

packages=(
  g++ cmake make pkg-config
  libtomlplusplus-dev nlohmann-json3-dev libsqlite3-dev libsqlitecpp-dev
  libcli11-dev libfmt-dev libgtest-dev libgmock-dev libbenchmark-dev
  libxlsxwriter-dev libcpp-httplib-dev
  python3 python3-numpy
  clang libclang-rt-14-dev   # the sanitizer build (float-cast-overflow) and libFuzzer
  chromium
  wrk curl   # make loadtest
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The web app's front end (web/): the machine's Node >= 20.19 and npm, never Debian's nodejs (18).
# Chromium above is what the browser tests drive (playwright-core never downloads a browser).
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  web="$root/web"
  # npm ci only when the lock file changed since the last install.
  if [ ! -f "$web/node_modules/.package-lock.json" ] ||
     [ "$web/package-lock.json" -nt "$web/node_modules/.package-lock.json" ]; then
    (cd "$web" && npm ci --no-audit --no-fund --loglevel=error)
  fi
  (cd "$web" && npm run --silent build)
else
  echo "setup: node/npm not found; the web UI (web/) is not built and its browser tests are skipped" >&2
fi
