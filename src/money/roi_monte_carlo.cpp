// Monte Carlo over the uncertain ROI inputs. Paths are cut into fixed chunks
// of kMonteCarloChunk; chunk c of program p draws from its own stream
// (seed, p, c), writes its NPVs to fixed slots and its partial counts to its
// own cell, and the cells are reduced in chunk order: the result is the same
// for any number of threads. A path costs O(1) for the NPV (precomputed
// tables per job-gap month, one exp for the growth) plus at most 10 cheap
// steps for the payback questions. No allocation per path.
#include <algorithm>
#include <atomic>
#include <cmath>
#include <thread>

#include "money/rng.hpp"
#include "money/roi_model.hpp"

namespace gradfit {
namespace {
using namespace money_internal;

// Everything about a model that does not depend on a path's draws.
struct Prepared {
  RoiModel m;
  RoiUncertainty u;
  double log_v = 0, log_d = 0;
  double target = 0;     // kEntryWage with convergence: T, else 0
  bool premium = false;  // kPremium: the draw is the ratio 1 + premium
  int max_gap = 0;
  std::vector<double> gap_cdf;  // P(gap <= k)
  // Per gap month g: J, level coefficient (LevelCoef), target coefficient v^J / 12, fixed
  // cumulative parts at years 1..10 and at N.
  std::vector<int> J;
  std::vector<double> s_coef, t_coef, fixed_npv;
  std::vector<std::array<double, 11>> fixed_year;  // [g][y], y = 1..10
  double dropout_npv = 0;
  bool dropout_pays_5 = false, dropout_pays_10 = false;
};

Prepared Prepare(const RoiModel& m, const RoiUncertainty& u) {
  Prepared p;
  p.m = m;
  p.u = u;
  Monthly f(m);
  p.log_v = f.log_v;
  p.log_d = f.log_d;
  p.target = TargetOf(m);
  p.premium = m.path == EarningsPath::kPremium;
  bool random_gap = u.job_gap_mean_months > 0;
  p.max_gap = random_gap ? std::max(0, u.job_gap_max_months) : std::max(0, m.job_gap_months);
  if (random_gap) {
    // Geometric on {0, 1, …}: P(k) = (1-q) q^k, mean q/(1-q); truncated at max_gap.
    double q = u.job_gap_mean_months / (1.0 + u.job_gap_mean_months);
    double total = 1.0 - std::pow(q, p.max_gap + 1), acc = 0;
    for (int k = 0; k <= p.max_gap; ++k) {
      acc += (1 - q) * std::pow(q, k) / total;
      p.gap_cdf.push_back(k == p.max_gap ? 1.0 : acc);
    }
  }
  int years = std::min(m.horizon_years, 10);
  p.J.resize(p.max_gap + 1);
  p.s_coef.resize(p.max_gap + 1);
  p.t_coef.resize(p.max_gap + 1);
  p.fixed_npv.resize(p.max_gap + 1);
  p.fixed_year.resize(p.max_gap + 1);
  for (int g = 0; g <= p.max_gap; ++g) {
    if (!random_gap && g != m.job_gap_months) continue;
    Phases ph = PhasesOf(m, g);
    p.J[g] = ph.J;
    p.s_coef[g] = LevelCoef(m, f, ph.J);
    p.t_coef[g] = p.target * std::exp(ph.J * f.log_v) / 12.0;
    p.fixed_npv[g] = CumulativeFixedPart(m, f, ph, ph.N);
    p.fixed_year[g].fill(0);
    for (int y = 1; y <= years; ++y) p.fixed_year[g][y] = CumulativeFixedPart(m, f, ph, 12 * y);
  }
  Phases ph = PhasesOf(m, m.job_gap_months);
  p.dropout_npv = CumulativeDropout(m, f, ph, ph.N);
  for (int y = 1; y <= years; ++y) {
    if (CumulativeDropout(m, f, ph, 12 * y) >= 0) {
      p.dropout_pays_10 = true;
      if (y <= 5) p.dropout_pays_5 = true;
      break;
    }
  }
  return p;
}

struct ChunkTally {
  double npv_sum = 0;
  int pay5 = 0, pay10 = 0, completed = 0;
};

// Runs paths [first, first + count) of one program into npv[0 .. count).
ChunkTally RunChunk(const Prepared& p, uint64_t seed, uint64_t program, uint64_t chunk, int count,
                    double* npv) {
  ChunkRng rng(seed, program, chunk);
  ChunkTally t;
  const RoiModel& m = p.m;
  const int years = std::min(m.horizon_years, 10);
  const bool random_gap = !p.gap_cdf.empty();
  const int N = m.horizon_years * 12;
  for (int i = 0; i < count; ++i) {
    double z1, z2;
    NormalPair(rng, &z1, &z2);
    double u_gap = rng.Uniform(), u_done = rng.Uniform();
    bool done = !p.u.random_completion || u_done < m.completion_rate;
    if (!done) {
      npv[i] = p.dropout_npv;
      t.npv_sum += p.dropout_npv;
      t.pay5 += p.dropout_pays_5;
      t.pay10 += p.dropout_pays_10;
      continue;
    }
    ++t.completed;
    int g = m.job_gap_months;
    if (random_gap) {
      g = 0;
      while (u_gap > p.gap_cdf[g]) ++g;
    }
    double s = p.u.salary_sigma > 0 ? std::exp(p.u.salary_mu + p.u.salary_sigma * z1)
                                    : std::exp(p.u.salary_mu);
    if (p.premium) s = (std::max(s, 1.0) - 1.0) * m.current_salary;  // never below own pay
    double g1 = m.g1 + p.u.growth_sd * z2;
    double log_x = std::log1p(g1) / 12.0 + p.log_v;
    int J = p.J[g];
    const double tc = p.t_coef[g];
    double sc = s * p.s_coef[g] - tc;  // the target term: T (G(x) - G(xd)) + S G(xd)
    if (p.log_d != 0 || tc != 0) {
      // A converging entry wage: one more geometric series (x d), and the target on x.
      const double log_xd = log_x + p.log_d;
      double v = p.fixed_npv[g] + sc * GeomSumLog(log_xd, N - J) + tc * GeomSumLog(log_x, N - J);
      npv[i] = v;
      t.npv_sum += v;
      // Payback: the years before the job need no series; after it, step x^12 and (xd)^12 by
      // products from one exp each (G(x, n) = (1 - x^n) / (1 - x)).
      int y = 1;
      for (; y <= years && 12 * y <= J; ++y)
        if (p.fixed_year[g][y] >= 0) break;
      if (y <= years && 12 * y <= J) {
        t.pay10 += 1;
        t.pay5 += y <= 5;
        continue;
      }
      if (y > years) continue;
      const double em1 = std::expm1(log_x), emd = std::expm1(log_xd);
      const double x12 = std::exp(12 * log_x), xd12 = std::exp(12 * log_xd);
      double pw = std::exp((12 * y - J) * log_x), pwd = std::exp((12 * y - J) * log_xd);
      const bool flat = std::fabs(log_x) < 1e-14, flat_d = std::fabs(log_xd) < 1e-14;
      for (; y <= years; ++y, pw *= x12, pwd *= xd12) {
        double gx = flat ? (12 * y - J) : (pw - 1.0) / em1;
        double gd = flat_d ? (12 * y - J) : (pwd - 1.0) / emd;
        if (p.fixed_year[g][y] + sc * gd + tc * gx >= 0) {
          t.pay10 += 1;
          t.pay5 += y <= 5;
          break;
        }
      }
      continue;
    }
    const bool flat = std::fabs(log_x) < 1e-14;
    const double em1 = flat ? 0.0 : std::expm1(log_x);  // x - 1, exact near x = 1
    double v = p.fixed_npv[g] + sc * (flat ? N - J : std::expm1((N - J) * log_x) / em1);
    npv[i] = v;
    t.npv_sum += v;
    // Payback within 10 years: step year ends with x^12 (one exp, then products).
    int y = 1;
    for (; y <= years && 12 * y <= J; ++y)
      if (p.fixed_year[g][y] >= 0) break;
    if (y <= years && 12 * y <= J) {
      t.pay10 += 1;
      t.pay5 += y <= 5;
      continue;
    }
    if (y > years) continue;
    const double x = 1.0 + em1, x2 = x * x, x4 = x2 * x2, x12 = x4 * x4 * x4;
    double pw = std::exp((12 * y - J) * log_x);  // x^(12y - J)
    const double inv = flat ? 0 : -1.0 / em1;    // 1 / (1 - x)
    for (; y <= years; ++y, pw *= x12) {
      double geo = flat ? (12 * y - J) : (1.0 - pw) * inv;
      if (p.fixed_year[g][y] + sc * geo >= 0) {
        t.pay10 += 1;
        t.pay5 += y <= 5;
        break;
      }
    }
  }
  return t;
}

RoiSummary Summarize(std::vector<double>::iterator begin, int runs,
                     const std::vector<ChunkTally>& tallies, int bins) {
  RoiSummary s;
  s.runs = runs;
  if (runs == 0) return s;
  double sum = 0;
  int p5 = 0, p10 = 0, done = 0;
  for (const auto& t : tallies) {  // chunk order
    sum += t.npv_sum;
    p5 += t.pay5;
    p10 += t.pay10;
    done += t.completed;
  }
  s.npv_mean = sum / runs;
  s.p_payback_5 = static_cast<double>(p5) / runs;
  s.p_payback_10 = static_cast<double>(p10) / runs;
  s.completion_share = static_cast<double>(done) / runs;
  auto [mn, mx] = std::minmax_element(begin, begin + runs);
  s.hist_min = *mn;
  s.hist_max = *mx;
  s.histogram.assign(std::max(1, bins), 0);
  double width = (s.hist_max - s.hist_min) / s.histogram.size();
  for (auto it = begin; it != begin + runs; ++it) {
    int b = width > 0 ? static_cast<int>((*it - s.hist_min) / width) : 0;
    s.histogram[std::clamp(b, 0, static_cast<int>(s.histogram.size()) - 1)] += 1;
  }
  // Quantiles: the value of rank round(q (n-1)) in sorted order.
  auto rank = [&](double q) { return static_cast<long>(std::lround(q * (runs - 1))); };
  auto end = begin + runs;
  std::nth_element(begin, begin + rank(0.5), end);
  s.npv_p50 = begin[rank(0.5)];
  std::nth_element(begin, begin + rank(0.1), begin + rank(0.5));
  s.npv_p10 = begin[rank(0.1)];
  std::nth_element(begin + rank(0.5), begin + rank(0.9), end);
  s.npv_p90 = begin[rank(0.9)];
  return s;
}

template <typename F>
void ParallelFor(int threads, size_t items, F f) {
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i; (i = next.fetch_add(1)) < items;) f(i);
  };
  if (threads <= 1 || items <= 1) {
    work();
    return;
  }
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t) pool.emplace_back(work);
  for (auto& th : pool) th.join();
}

}  // namespace

std::vector<RoiSummary> SimulateRoiBatch(const std::vector<RoiModel>& models,
                                         const std::vector<RoiUncertainty>& uncertainty,
                                         const MonteCarloOptions& o) {
  const size_t n = models.size();
  const int runs = std::max(0, o.runs);
  const int chunks = (runs + kMonteCarloChunk - 1) / kMonteCarloChunk;
  int threads = o.threads > 0 ? o.threads : static_cast<int>(std::thread::hardware_concurrency());
  std::vector<RoiSummary> out(n);
  if (n >= 4 * static_cast<size_t>(std::max(1, threads))) {
    // Many programs: a thread takes whole programs and summarises each while its paths are still
    // in cache (a buffer of `runs` NPVs per program, not one for the whole batch). The same
    // chunks, streams and reduction order as below, so the results are identical.
    ParallelFor(threads, n, [&](size_t i) {
      const Prepared p = Prepare(models[i], uncertainty[i]);
      std::vector<double> npv(runs);
      std::vector<ChunkTally> tallies(chunks);
      for (int c = 0; c < chunks; ++c) {
        const int first = c * kMonteCarloChunk;
        const int count = std::min(kMonteCarloChunk, runs - first);
        tallies[c] = RunChunk(p, o.seed, i, c, count, &npv[first]);
      }
      out[i] = Summarize(npv.begin(), runs, tallies, o.histogram_bins);
    });
    return out;
  }
  // Few programs: threads share the chunks of every program.
  std::vector<Prepared> prepared(n);
  ParallelFor(threads, n, [&](size_t i) { prepared[i] = Prepare(models[i], uncertainty[i]); });
  std::vector<double> npv(n * runs);
  std::vector<ChunkTally> tallies(n * chunks);
  ParallelFor(threads, n * chunks, [&](size_t item) {
    size_t prog = item / chunks, c = item % chunks;
    int first = static_cast<int>(c) * kMonteCarloChunk;
    int count = std::min(kMonteCarloChunk, runs - first);
    tallies[item] = RunChunk(prepared[prog], o.seed, prog, c, count, &npv[prog * runs + first]);
  });
  ParallelFor(threads, n, [&](size_t i) {
    std::vector<ChunkTally> mine(tallies.begin() + i * chunks, tallies.begin() + (i + 1) * chunks);
    out[i] = Summarize(npv.begin() + i * runs, runs, mine, o.histogram_bins);
  });
  return out;
}

RoiSummary SimulateRoi(const RoiModel& m, const RoiUncertainty& u, const MonteCarloOptions& o) {
  return SimulateRoiBatch({m}, {u}, o)[0];
}

double SimulateRoiNaiveMean(const RoiModel& m, const RoiUncertainty& u,
                            const MonteCarloOptions& o) {
  // Same draws as RunChunk, but every path is a fresh model summed month by month.
  Prepared p = Prepare(m, u);
  const int chunks = (o.runs + kMonteCarloChunk - 1) / kMonteCarloChunk;
  double sum = 0;
  for (int c = 0; c < chunks; ++c) {
    ChunkRng rng(o.seed, 0, c);
    int count = std::min(kMonteCarloChunk, o.runs - c * kMonteCarloChunk);
    for (int i = 0; i < count; ++i) {
      double z1, z2;
      NormalPair(rng, &z1, &z2);
      double u_gap = rng.Uniform(), u_done = rng.Uniform();
      bool done = !u.random_completion || u_done < m.completion_rate;
      RoiModel path = m;
      if (!p.gap_cdf.empty()) {
        int g = 0;
        while (u_gap > p.gap_cdf[g]) ++g;
        path.job_gap_months = g;
      }
      double draw = std::exp(u.salary_mu + u.salary_sigma * z1);
      if (m.path == EarningsPath::kPremium)
        path.premium = std::max(draw, 1.0) - 1.0;
      else
        path.post_salary = draw;
      path.g1 = m.g1 + u.growth_sd * z2;
      sum += RoiMonthlyLoop(path, done).npv;
    }
  }
  return o.runs > 0 ? sum / o.runs : 0;
}

}  // namespace gradfit
