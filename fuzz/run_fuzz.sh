#!/usr/bin/env bash
# Runs one libFuzzer target for a bounded time: new inputs go to a corpus folder
# in the build tree, the seeds (real catalog, profile and matrix files) are read only.
# Usage: run_fuzz.sh TARGET_BINARY WORK_DIR SECONDS SEED_DIR...
set -euo pipefail
bin=$1 work=$2 seconds=$3
shift 3
mkdir -p "$work/corpus" "$work/crashes"
# A fixed seed under ctest (FUZZ_SEED=0 for a random one): the same inputs each run, so a
# test run is repeatable; `make fuzz` explores further with more time.
exec "$bin" -seed="${FUZZ_SEED:-1}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
  -print_final_stats=1 -artifact_prefix="$work/crashes/" "$work/corpus" "$@"
