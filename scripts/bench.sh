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

# POST /api/v1/rank against the library call, all measured above in this run.
if [ -f "$out/server_bench.json" ] && command -v python3 >/dev/null; then
  python3 - "$out/server_bench.json" <<'PY'
import json, sys
runs = json.load(open(sys.argv[1]))["benchmarks"]
t = {b["name"].split("/")[0]: b["real_time"] for b in runs}
cpu = {b["name"].split("/")[0]: b.get("cpu_ms_all_threads", float("nan")) for b in runs}
need = ("BM_RankApi", "BM_RankApiCold", "BM_RankLibrary", "BM_RankLibraryCached")
if all(k in t for k in need):
    api, cold, lib, kept = (t[k] for k in need)
    print("\nre-rank the whole catalog with SMAA-2 (10,000 samples), new weights each time")
    print("(ms; wall = request to answer, cpu = CPU of every thread of the process per call)")
    rows = (("API, warm criteria cache (a slider move)", "BM_RankApi"),
            ("API, cold (a profile not seen before)", "BM_RankApiCold"),
            ("library, no cache (criteria + ranking)", "BM_RankLibrary"),
            ("library, warm criteria cache", "BM_RankLibraryCached"))
    for label, key in rows:
        print(f"  {label:<42} wall {t[key]:8.1f}   cpu {cpu[key]:8.1f}")
    print(f"  target: warm API under 50 ms wall: {'met' if api < 50 else 'NOT met'} in this run")
    print(f"  ratios: warm API / library without cache {api / lib:.3f}; "
          f"warm API / warm library {api / kept:.2f}; cold API / library without cache "
          f"{cold / lib:.2f}")
PY
fi

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

# decide end to end (bench/decide_e2e_bench.cpp): each phase and the whole process as a
# ratio to the TOPSIS kernel time of the same N in this run.
if [ -f "$out/decide_e2e_bench.json" ]; then
"$py" - "$out/decide_e2e_bench.json" <<'PY'
import json, re, sys
runs = [r for r in json.load(open(sys.argv[1]))["benchmarks"] if r.get("run_type") != "aggregate"]
def find(prefix, n, extra=""):
    for r in runs:
        if re.fullmatch(prefix + r"/(n:)?" + str(n) + extra + r"(/.*)?", r["name"]):
            return r
    return None
print("\ndecide end to end, M=8 (ms; CPU time of this process, or of the child for the process)")
print(f"{'N':>7}{'kernel':>9}{'read':>9}{'score':>9}{'pareto':>9}{'robust':>9}{'json':>9}"
      f"{'process':>9}{'--json':>9}{'--top10':>9}   ratio process/kernel")
for n in (50, 1000, 20000, 100000):
    k = find("BM_Kernel_Topsis", n)
    if not k:
        continue
    cpu = lambda r: r["cpu_time"] if r else float("nan")
    child = lambda r: r.get("child_cpu_ms", float("nan")) if r else float("nan")
    cols = [cpu(k), cpu(find("BM_Phase_Read", n)), cpu(find("BM_Phase_Score", n)),
            cpu(find("BM_Phase_Pareto", n, "/anti:0")), find("BM_Phase_Robustness", n),
            cpu(find("BM_Phase_WriteJson", n))]
    cols[4] = cols[4]["real_time"] if cols[4] else float("nan")
    procs = [child(find("BM_EndToEnd_Topsis", n, f"/mode:{m}")) for m in (0, 1, 2)]
    print(f"{n:>7}" + "".join(f"{v:>9.2f}" for v in cols + procs) +
          f"   {procs[0] / cols[0]:.0f}x (table), {procs[2] / cols[0]:.0f}x (--top 10)")
print("anti-correlated rows (every row sums to 1: the worst case, most rows Pareto-optimal):")
for n in (50, 1000, 20000, 100000):
    anti = find("BM_Phase_Pareto", n, "/anti:1")
    k = find("BM_Kernel_Topsis", n)
    if not anti or not k:
        continue
    proc = find("BM_EndToEnd_Topsis", n, "/mode:3")
    line = (f"  N={n:>6}: front {anti['front']:.0f}, Pareto {anti['cpu_time']:.2f} ms "
            f"({anti['cpu_time'] / k['cpu_time']:.1f}x kernel)")
    if proc:
        line += f", process {proc.get('child_cpu_ms', float('nan')):.1f} ms"
    print(line)
print("robust = SMAA-2 top-10, 10,000 samples, all cores (wall); the processes run --samples 0.")
print("Targets: N=20000 process <= 100 ms, Pareto <= 20 ms; N=100000 --top 10 <= 500 ms.")
PY
fi

[ -f "$out/decide_bench.json" ] || exit 0
"$py" - "$out/decide_bench.json" "$out/numpy.txt" <<'PY'
import json, re, sys
runs = json.load(open(sys.argv[1]))["benchmarks"]
ref = {}
for line in open(sys.argv[2]):
    f = dict(kv.split("=") for kv in line.split()[1:])
    ref[(f["mode"], int(f["n"]))] = (float(f["seconds"]) * 1e3, float(f["cpu_seconds"]) * 1e3)
cpp = {}
for r in runs:
    m = re.match(r"BM_Smaa/n:(\d+)/top:(\d+)/threads:(\d+)", r["name"])
    if not m or r.get("run_type") == "aggregate":
        continue
    n, top, threads = map(int, m.groups())
    cpp[("full" if top == 0 else f"top{top}", n, threads)] = (r["real_time"], r["cpu_time"])
print("\nSMAA-2, M=8, K=10,000 samples: C++ (gradfit) vs NumPy, measured in this run (ms)")
print("wall = elapsed time; cpu = CPU time of the process (fairer on a shared machine)")
print(f"{'config':<16}{'numpy wall':>11}{'numpy cpu':>10}{'c++ 1thr wall':>14}{'c++ 1thr cpu':>13}"
      f"{'ratio wall':>11}{'ratio cpu':>10}{'c++ all wall':>13}{'ratio':>7}")
for (mode, n), (np_wall, np_cpu) in sorted(ref.items()):
    one, allc = cpp.get((mode, n, 1)), cpp.get((mode, n, 0))
    if not one:
        continue
    line = (f"{mode + ' n=' + str(n):<16}{np_wall:>11.1f}{np_cpu:>10.1f}{one[0]:>14.2f}{one[1]:>13.2f}"
            f"{one[0] / np_wall:>11.3f}{one[1] / np_cpu:>10.3f}")
    if allc:
        line += f"{allc[0]:>13.2f}{allc[0] / np_wall:>7.3f}"
    print(line)
print("ratio = C++ time / NumPy time (lower is better; 0.1 = 10x faster).")
PY
