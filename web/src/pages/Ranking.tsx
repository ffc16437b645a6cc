// My ranking: weight sliders that re-rank the catalog as they move, each program's score as
// stacked contributions per criterion, the rank-acceptability heatmap (how often each program
// lands at each rank when the weights and unknown values vary), and the swap thresholds in words.
import { useEffect, useState } from 'preact/hooks';
import { post } from '../api';
import { Chart } from '../charts';
import { ErrorBox, NeedsProfile, ScrollTable } from '../components';
import { CRITERION_LABELS, percent, words } from '../format';
import { currentProfileId, profileRef } from '../store';
import { CRITERIA, type Criterion, type Ranking } from '../types';

const TOP = 10;
type Weights = Record<Criterion, number>;

function topShare(acceptability: number[], n: number): number {
  return acceptability.slice(0, n).reduce((a, b) => a + b, 0);
}

export function RankingPage() {
  // `weights` is what the sliders show; `requested` is what the last re-rank asked for (null: the
  // profile's own priorities, before the user moves a slider).
  const [weights, setWeights] = useState<Weights | null>(null);
  const [requested, setRequested] = useState<Weights | null>(null);
  const [eligibleOnly, setEligibleOnly] = useState(false);
  const [ranking, setRanking] = useState<Ranking | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  // Debounced re-rank: the request goes out 120 ms after the slider stops; a later answer wins.
  useEffect(() => {
    let live = true;
    const t = setTimeout(() => {
      setBusy(true);
      const body = { ...profileRef(), eligible_only: eligibleOnly, ...(requested ? { weights: requested } : {}) };
      post<Ranking>('/rank', body).then(
        (r) => {
          if (!live) return;
          setRanking(r);
          setError(null);
          setBusy(false);
          if (!requested) setWeights(Object.fromEntries(CRITERIA.map((c) => [c, Math.round(r.weights[c] * 60) / 10])) as Weights);
        },
        (e) => {
          if (!live) return;
          setError(e);
          setBusy(false);
        },
      );
    }, requested ? 120 : 0);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [requested, eligibleOnly]);

  const top = ranking ? ranking.programs.slice(0, TOP) : [];
  const label = (p: { name: string; institution: string }) => `${p.name} (${p.institution})`;
  const shortLabel = (p: { name: string; institution: string }) => `${p.institution}: ${p.name}`.slice(0, 48);

  const bars = ranking && {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0 },
    grid: { left: 8, right: 16, top: 8, bottom: 56, containLabel: true },
    xAxis: { type: 'value', name: 'score' },
    yAxis: { type: 'category', inverse: true, data: top.map(shortLabel), axisLabel: { width: 180, overflow: 'truncate' } },
    series: CRITERIA.map((c) => ({
      type: 'bar',
      stack: 'score',
      name: CRITERION_LABELS[c],
      data: top.map((p) => Number((p.criteria[c].contribution ?? 0).toFixed(4))),
    })),
  };
  const heat = ranking && {
    tooltip: { formatter: (x: { value: number[] }) => `rank ${x.value[0] + 1}: ${percent(x.value[2], 1)}` },
    grid: { left: 8, right: 16, top: 8, bottom: 64, containLabel: true },
    xAxis: { type: 'category', name: 'rank', data: Array.from({ length: TOP }, (_, i) => String(i + 1)) },
    yAxis: { type: 'category', inverse: true, data: top.map(shortLabel), axisLabel: { width: 180, overflow: 'truncate' } },
    visualMap: { min: 0, max: 1, calculable: false, orient: 'horizontal', left: 'center', bottom: 0, inRange: { color: ['#f4f7fb', '#1f5fa8'] }, text: ['100%', '0%'] },
    series: [
      {
        type: 'heatmap',
        data: top.flatMap((p, row) => p.rank_acceptability.slice(0, TOP).map((share, rank) => [rank, row, share])),
        label: { show: false },
      },
    ],
  };

  return (
    <>
      <h1 tabIndex={-1}>My ranking</h1>
      {currentProfileId() === null && <NeedsProfile />}
      <form class="sliders" aria-label="How much each criterion matters to you" onSubmit={(e) => e.preventDefault()}>
        <p>Move a slider: the whole catalog is ranked again for these weights (0 = does not matter, 10 = matters most).</p>
        {CRITERIA.map((c) => (
          <label key={c} class="slider">
            <span>{CRITERION_LABELS[c]}</span>
            <input
              type="range"
              id={`w-${c}`}
              min={0}
              max={10}
              step={0.5}
              value={weights?.[c] ?? 1}
              disabled={!weights}
              aria-valuetext={`${weights?.[c] ?? 1} of 10`}
              onInput={(e) => {
                const next = { ...(weights as Weights), [c]: Number((e.target as HTMLInputElement).value) };
                setWeights(next);
                setRequested(next);
              }}
            />
            <output>{weights?.[c] ?? ''}</output>
          </label>
        ))}
        <label class="check">
          <input type="checkbox" checked={eligibleOnly} onChange={(e) => setEligibleOnly((e.target as HTMLInputElement).checked)} /> Only programs I
          can get into
        </label>
      </form>
      <p role="status" class="status-line">
        {busy ? 'Ranking…' : ranking ? `Ranked ${ranking.programs.length} programs; ${ranking.weights_origin}.` : ''}
      </p>
      <ErrorBox error={error} />
      {ranking && (
        <>
          <h2>Your top {TOP}</h2>
          <ol class="ranking" data-testid="ranking">
            {top.map((p) => (
              <li key={p.id} data-id={p.id}>
                <strong>{label(p)}</strong>: score {p.score.toFixed(3)}; first in {percent(p.first_rank_acceptability)} and in the top 3 in{' '}
                {percent(topShare(p.rank_acceptability, 3))} of {ranking.samples.toLocaleString('en-US')} what-if draws
                {p.pareto_optimal ? '; no other program is at least as good on every criterion' : ''}; admission: {words(p.eligibility)}.
              </li>
            ))}
          </ol>
          <h2>What would change the order</h2>
          <ul>
            {ranking.swaps.length === 0 ? <li>No single weight change within reach swaps the leaders.</li> : ranking.swaps.map((s) => <li key={s}>{s}</li>)}
          </ul>
          <h2>Where each score comes from</h2>
          <figure>
            <Chart option={bars!} label="Stacked bars: each top program's score split into the six criteria's contributions." height={420} />
            <figcaption>Each bar is a program’s score, split by criterion: a longer segment means that criterion adds more.</figcaption>
          </figure>
          <h2>How sure is this order?</h2>
          <figure>
            <Chart option={heat!} label="Heatmap: for each top program, the share of what-if draws in which it lands at each rank 1 to 10." height={420} />
            <figcaption>
              Darker = more often at that rank when the weights and the unknown facts vary (SMAA-2, {ranking.samples.toLocaleString('en-US')} draws).
            </figcaption>
          </figure>
          <ScrollTable label="Criteria per top program">
            <caption>The criteria behind the top {TOP}</caption>
            <thead>
              <tr>
                <th scope="col">program</th>
                {CRITERIA.map((c) => (
                  <th scope="col" key={c}>
                    {CRITERION_LABELS[c]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {top.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{label(p)}</th>
                  {CRITERIA.map((c) => (
                    <td key={c} class="small">
                      {p.criteria[c].explanation}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </ScrollTable>
          <h2>Notes</h2>
          <ul>
            {ranking.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
