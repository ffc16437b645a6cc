// Compare: 2 to 4 programs side by side on the six criteria, a radar chart, this user's
// eligibility per program, and the key facts with their sources and ages.
import { useState } from 'preact/hooks';
import { get, query } from '../api';
import { Chart } from '../charts';
import { ErrorBox, Loading, NeedsProfile, ProgramPicker, ScrollTable, Unknown, useLoad, allPrograms } from '../components';
import { CRITERION_LABELS, factText, money, scaleAmongCompared, words } from '../format';
import { replaceParams } from '../router';
import { currentProfileId, setCompareSelection } from '../store';
import { CRITERIA, type Comparison, type CriterionValue } from '../types';

const MONEY_CRITERIA = new Set(['cost', 'outcomes']);

function criterionText(c: CriterionValue, criterion: string, currency: string): string {
  if (c.value === null) return 'unknown';
  if (MONEY_CRITERIA.has(criterion)) return money(c.value, currency);
  const range = c.range ? ` (between ${c.range[0].toFixed(2)} and ${c.range[1].toFixed(2)})` : '';
  return `${c.value.toFixed(2)}${range}`;
}

export function ComparePage({ params }: { params: URLSearchParams }) {
  const [ids, setIds] = useState(() => (params.get('ids') ?? '').split(',').filter(Boolean).slice(0, 4));
  const profileId = currentProfileId();
  const [programs] = useLoad('all', allPrograms);
  const names = new Map((programs ?? []).map((p) => [p.id, p.name]));
  const choose = (next: string[]) => {
    setIds(next);
    setCompareSelection(next);
    replaceParams('compare', { ids: next.join(',') });
  };
  const key = ids.length >= 2 ? ids.join(',') : null;
  const [cmp, error, loading] = useLoad(key, () => get<Comparison>(`/compare${query({ ids: ids.join(','), profile_id: profileId })}`));

  const shown = cmp && cmp.programs.map((p) => p.id).join(',') === key ? cmp : null;
  const radar = shown && {
    legend: { bottom: 0, type: 'scroll' },
    tooltip: {},
    radar: { indicator: CRITERIA.map((c) => ({ name: CRITERION_LABELS[c], max: 1 })), radius: '60%' },
    series: [
      {
        type: 'radar',
        data: shown.programs.map((p, i) => ({
          name: names.get(p.id) ?? p.id,
          value: CRITERIA.map((c) => {
            const all = shown.programs.map((q) => q.criteria[c].value);
            const v = MONEY_CRITERIA.has(c) ? scaleAmongCompared(all, c === 'cost')[i] : p.criteria[c].value;
            return v === null ? '-' : Number(v.toFixed(3));
          }),
        })),
      },
    ],
  };

  return (
    <>
      <h1 tabIndex={-1}>Compare programs</h1>
      {profileId === null && <NeedsProfile />}
      <ProgramPicker chosen={ids} onChange={choose} max={4} label="Add a program to compare (2 to 4)" />
      {ids.length < 2 && <p>Choose at least two programs.</p>}
      <ErrorBox error={error} />
      {loading && <Loading what="the comparison" />}
      {shown && radar && (
        <>
          <figure>
            <Chart option={radar} label="Radar chart of the six criteria for the compared programs; the table below gives every value." height={380} />
            <figcaption>
              The six criteria, 1 = best. Cost and outcomes are scaled among the programs shown (1 = the cheapest, and the highest median
              NPV, of these); an unknown value is left off its axis.
            </figcaption>
          </figure>
          <ScrollTable label="The compared programs side by side">
            <caption>Side by side for you</caption>
            <thead>
              <tr>
                <th scope="col">criterion</th>
                {shown.programs.map((p) => (
                  <th scope="col" key={p.id}>
                    {names.get(p.id) ?? p.id}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Can you get in?</th>
                {shown.programs.map((p) => (
                  <td key={p.id} data-testid="eligibility">
                    <strong>{words(p.eligibility)}</strong>
                  </td>
                ))}
              </tr>
              {CRITERIA.map((c) => (
                <tr key={c}>
                  <th scope="row">{CRITERION_LABELS[c]}</th>
                  {shown.programs.map((p) => (
                    <td key={p.id}>
                      <strong>{criterionText(p.criteria[c], c, shown.money_currency)}</strong>
                      <br />
                      <span class="small">{p.criteria[c].explanation}</span>
                    </td>
                  ))}
                </tr>
              ))}
              {Object.keys(shown.programs[0].facts).map((f) => (
                <tr key={f}>
                  <th scope="row">{words(f)}</th>
                  {shown.programs.map((p) => {
                    const fact = p.facts[f];
                    return (
                      <td key={p.id}>
                        {!fact || fact.value === null ? <Unknown /> : factText(fact.value)}
                        {fact?.stale && <span class="stale"> CHECK: old ({fact.as_of})</span>}
                        {fact?.sources.map((url, i) => (
                          <a key={url} href={url} target="_blank" rel="noreferrer" class="src">
                            [{i + 1}]<span class="sr-only"> source of {words(f)}</span>
                          </a>
                        ))}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        </>
      )}
    </>
  );
}
