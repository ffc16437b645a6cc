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
