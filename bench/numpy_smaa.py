#!/usr/bin/env python3
"""NumPy reference for the SMAA-2 benchmark (bench/decide_bench.cpp).

Same algorithm and same inputs as the C++ benchmark:
  * matrix: N alternatives x M criteria drawn from the 64-bit LCG of bench/decide_bench.cpp
    (state = state * 6364136223846793005 + 1442695040888963407 mod 2^64, value = (state >> 40) / 2^24),
    criterion-major, all criteria "benefit", min-max normalised per criterion;
  * weights: -log(U) normalised to sum 1 (uniform on the simplex), K samples;
  * utility: weighted sum, computed as one matrix product per block of samples (float32);
  * ranks: stable argsort of -utility (ties by alternative index); counts by bincount;
  * central weights: mean weight vector of the samples where each alternative ranks first.
  * top-K mode: argpartition then a stable sort of the K best only.

Prints one line per configuration:
  numpy_smaa mode=<full|top10> n=<N> m=<M> k=<K> seconds=<best wall of R> cpu_seconds=<best CPU of R>
"""
import sys
import time

import numpy as np

MASK64 = (1 << 64) - 1


def lcg_matrix(n, m, seed):
    """Criterion-major matrix (m, n) of float32 in [0, 1), identical to the C++ generator."""
    state = seed & MASK64
    out = np.empty(n * m, dtype=np.float32)
    a, c = 6364136223846793005, 1442695040888963407
    for t in range(n * m):
        state = (state * a + c) & MASK64
        out[t] = (state >> 40) / float(1 << 24)
    return out.reshape(m, n)


def normalise(x):
    lo = x.min(axis=1, keepdims=True)
    hi = x.max(axis=1, keepdims=True)
    span = np.where(hi > lo, hi - lo, 1.0)
    return np.where(hi > lo, (x - lo) / span, 0.0).astype(np.float32)


def smaa(xn, k, top, rng, block=500):
    m, n = xn.shape
    tracked = n if top == 0 else top
    counts = np.zeros(n * tracked, dtype=np.int64)
    central = np.zeros((n, m), dtype=np.float64)
    done = 0
    while done < k:
        s = min(block, k - done)
        w = -np.log(1.0 - rng.random((s, m)))
        w /= w.sum(axis=1, keepdims=True)
        u = w.astype(np.float32) @ xn  # (s, n) utilities: one matrix product per block
        if top == 0:
            order = np.argsort(-u, axis=1, kind="stable")
        else:
            part = np.argpartition(-u, top - 1, axis=1)[:, :top]
            pu = np.take_along_axis(u, part, axis=1)
            # stable order on (-u, index): lexsort by index then utility
            idx = np.lexsort((part, -pu), axis=1)
            order = np.take_along_axis(part, idx, axis=1)
        ranks = np.broadcast_to(np.arange(order.shape[1]), order.shape)
        counts += np.bincount((order * tracked + ranks).ravel(), minlength=n * tracked)
        np.add.at(central, order[:, 0], w)
        done += s
    return counts.reshape(n, tracked), central


def main():
    m, k, reps = 8, 10000, 3
    configs = [(50, 0), (1000, 0), (1000, 10), (20000, 10)]
    if len(sys.argv) > 1 and sys.argv[1] == "--quick":
        configs, reps = [(1000, 0), (1000, 10)], 1
    for n, top in configs:
        xn = normalise(lcg_matrix(n, m, 42))
        best = best_cpu = float("inf")
        for _ in range(reps):
            rng = np.random.default_rng(7)
            t0, c0 = time.perf_counter(), time.process_time()
            counts, _ = smaa(xn, k, top, rng)
            best = min(best, time.perf_counter() - t0)
            best_cpu = min(best_cpu, time.process_time() - c0)
            assert counts.sum() == k * (n if top == 0 else top)
        mode = "full" if top == 0 else f"top{top}"
        print(f"numpy_smaa mode={mode} n={n} m={m} k={k} seconds={best:.6f} cpu_seconds={best_cpu:.6f}", flush=True)


if __name__ == "__main__":
    main()
