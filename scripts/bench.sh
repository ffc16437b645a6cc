#!/usr/bin/env bash
# Runs every benchmark binary (*_bench) of build directory $1 (default: build), then the
# NumPy reference for SMAA-2 (bench/numpy_smaa.py), and prints the ratio of the C++ time
# to the NumPy time for the same configurations, measured in this same run.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

shopt -s nullglob
benches=("$build"/*_bench)
if [ ${#benches[@]} -eq 0 ]; then
  echo "bench: no *_bench binaries in $build (build first: make build)" >&2
  exit 1
fi
for b in "${benches[@]}"; do
  name="$(basename "$b")"
  echo "== $name"
  "$b" --benchmark_out="$out/$name.json" --benchmark_out_format=json
done

# A python3 with NumPy (pyenv shims may hide Debian's python3-numpy).
py=""
for cand in python3 /usr/bin/python3; do
  if command -v "$cand" >/dev/null && "$cand" -c "import numpy" 2>/dev/null; then py="$cand"; break; fi
done
if [ -z "$py" ]; then
  echo "bench: no python3 with numpy (scripts/setup.sh installs python3-numpy); no ratio" >&2
  exit 0
fi
echo "== numpy reference (bench/numpy_smaa.py)"
# OpenBLAS overrides of this environment would distort the reference: run without them.
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE "$py" bench/numpy_smaa.py | tee "$out/numpy.txt"

[ -f "$out/decide_bench.json" ] || exit 0
"$py" - "$out/decide_bench.json" "$out/numpy.txt" <<'PY'
import json, re, sys
runs = json.load(open(sys.argv[1]))["benchmarks"]
ref = {}
for line in open(sys.argv[2]):
    f = dict(kv.split("=") for kv in line.split()[1:])
    ref[(f["mode"], int(f["n"]))] = float(f["seconds"]) * 1e3
cpp = {}
for r in runs:
    m = re.match(r"BM_Smaa/n:(\d+)/top:(\d+)/threads:(\d+)", r["name"])
    if not m or r.get("run_type") == "aggregate":
        continue
    n, top, threads = map(int, m.groups())
    cpp[("full" if top == 0 else f"top{top}", n, threads)] = (r["real_time"], r["cpu_time"])
print("\nSMAA-2, M=8, K=10,000 samples: C++ (gradfit) vs NumPy, same run (wall-clock ms)")
print(f"{'config':<16}{'numpy':>10}{'c++ 1 thr':>11}{'ratio':>8}{'c++ all':>10}{'ratio':>8}")
for (mode, n), t_np in sorted(ref.items(), key=lambda kv: (kv[0][0], kv[0][1])):
    one, allc = cpp.get((mode, n, 1)), cpp.get((mode, n, 0))
    if not one:
        continue
    line = f"{mode + ' n=' + str(n):<16}{t_np:>10.1f}{one[0]:>11.2f}{one[0] / t_np:>8.3f}"
    if allc:
        line += f"{allc[0]:>10.2f}{allc[0] / t_np:>8.3f}"
    print(line)
print("ratio = C++ time / NumPy time (lower is better; 0.1 = 10x faster).")
PY
