#!/usr/bin/env bash
# The load test (make loadtest): wrk against `gradfit serve` on loopback with a
# throwaway database, read endpoints (programs, rank with its robustness check,
# compare) and writes (shortlist, applications) at 1, 16 and 256 connections.
# Prints one table row per run: throughput, p50/p99 latency, non-2xx answers and
# socket errors. Any error makes the exit status 1.
# Usage: scripts/loadtest/run.sh [BUILD_DIR]   (LOAD_SECONDS=5 per run, LOAD_CONNECTIONS="1 16 256")
#   LOAD_SERVE_ARGS="--threads 64" passes options to gradfit serve.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${1:-$root/build}"
bin="$build/gradfit"
seconds="${LOAD_SECONDS:-5}"
rank_seconds="${LOAD_RANK_SECONDS:-$((seconds * 3))}"  # slow answers: more time to count them
connections="${LOAD_CONNECTIONS:-1 16 256}"
lua="$root/scripts/loadtest/count_status.lua"
command -v wrk >/dev/null || { echo "loadtest: wrk not found (scripts/setup.sh installs it)" >&2; exit 2; }
[ -x "$bin" ] || { echo "loadtest: $bin not built" >&2; exit 2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/gradfit-load-XXXXXX")"
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
# Many connections at once need open files beyond the usual 1024 soft limit.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

"$bin" serve --port 0 --db "$work/load.db" --ui "$work/no-ui" ${LOAD_SERVE_ARGS:-} >"$work/serve.out" 2>"$work/serve.err" &
server_pid=$!
for _ in $(seq 1 600); do
  grep -q '^stop with' "$work/serve.out" 2>/dev/null && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/serve.err" >&2; exit 1; }
  sleep 0.1
done
port="$(sed -n 's|^gradfit serving on http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$work/serve.out")"
[ -n "$port" ] || { echo "loadtest: the server did not start" >&2; cat "$work/serve.err" >&2; exit 1; }
base="http://127.0.0.1:$port/api/v1"

# A stored profile for rank and compare (a persona's answers).
profile_json="$(python3 - "$root/tests/fit/personas/analyst_small_budget.toml" <<'PY'
import json, sys, tomllib
print(json.dumps(tomllib.loads(open(sys.argv[1]).read())))
PY
)"
curl -sf -X POST -H 'Content-Type: application/json' --data "$profile_json" "$base/profiles" >/dev/null

# name | method | path | body. Rank runs its robustness check (SMAA) with 1,000 samples: with
# the default 10,000 one answer takes ~0.5 s of CPU, and 256 connections would wait minutes.
runs=(
  "programs|GET|/programs?sort=tuition|"
  "rank (robustness)|POST|/rank|{\"profile_id\": 1, \"samples\": 1000}"
  "compare|GET|/compare?ids=cmu-msml,gatech-omscs,stanford-mscs-ai&profile_id=1|"
  "shortlist (write)|POST|/shortlist|{\"program_id\": \"gatech-omscs\", \"note\": \"load test\"}"
  "applications (write)|PUT|/applications/cmu-msml|{\"notes\": \"load test\", \"status\": \"preparing\"}"
)

echo "gradfit load test: $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)), ${seconds} s per run (rank ${rank_seconds} s), wrk --timeout 30s, load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '| %-22s | %5s | %9s | %9s | %9s | %7s | %13s |\n' endpoint conns "req/s" "p50 ms" "p99 ms" "non-2xx" "socket errors"
printf '|%s|\n' "------------------------|-------|-----------|-----------|-----------|---------|---------------"
failed=0
for run in "${runs[@]}"; do
  IFS='|' read -r name method path body <<<"$run"
  for c in $connections; do
    threads=$(( c < 2 ? 1 : 2 ))
    d=$seconds
    [[ $name == rank* ]] && d=$rank_seconds
    # The server has finished the previous run (its abandoned requests are skipped).
    curl -sf -m 120 -o /dev/null "$base/openapi.json"
    out="$(LOAD_METHOD="$method" LOAD_BODY="$body" wrk -t"$threads" -c"$c" -d"${d}s" \
      --timeout 30s -s "$lua" "$base$path" 2>"$work/wrk.err")" || { cat "$work/wrk.err" >&2; failed=1; continue; }
    line="$(grep '^RESULT' <<<"$out")"
    val() { sed -n "s/.* $1=\([0-9.]*\).*/\1/p" <<<"$line"; }
    socket=$(( $(val connect) + $(val read) + $(val write) + $(val timeout) ))
    printf '| %-22s | %5d | %9s | %9s | %9s | %7s | %13s |\n' "$name" "$c" "$(val rps)" \
      "$(val p50_ms)" "$(val p99_ms)" "$(val not_2xx)" "$socket"
    if [ "$(val not_2xx)" != 0 ] || [ "$socket" != 0 ]; then
      failed=1
      echo "  errors: $line" >&2
      cat "$work/wrk.err" >&2
    fi
  done
done
kill -0 "$server_pid" 2>/dev/null || { echo "loadtest: the server died" >&2; cat "$work/serve.err" >&2; exit 1; }
exit "$failed"
