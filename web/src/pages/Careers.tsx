// Careers: the roles with their wages (BLS OEWS), and how well each program's courses cover each
// role's skills (docs/METHODS.md, "Curriculum coverage").
import { get } from '../api';
import { Chart } from '../charts';
import { ErrorBox, Loading, ScrollTable, Unknown, useLoad } from '../components';
import { money, percent } from '../format';
import type { CoverageRow, Role } from '../types';

async function load(): Promise<[Role[], CoverageRow[]]> {
  return Promise.all([get<Role[]>('/careers'), get<CoverageRow[]>('/coverage')]);
}

export function CareersPage() {
  const [data, error, loading] = useLoad('careers', load);
  if (loading || error || !data)
    return (
      <>
        <h1 tabIndex={-1}>Careers</h1>
        {loading ? <Loading what="careers" /> : <ErrorBox error={error} />}
      </>
    );
  const [roles, matrix] = data;
  const known = matrix.filter((r) => Object.values(r.coverage).some((v) => v !== null));
  const wageChart = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0 },
    grid: { left: 8, right: 16, top: 16, bottom: 48, containLabel: true },
    xAxis: { type: 'category', data: roles.map((r) => r.name), axisLabel: { interval: 0, width: 90, overflow: 'break' } },
    yAxis: { type: 'value', name: 'USD a year' },
    series: (['p10', 'median', 'p90'] as const).map((k) => ({
      type: 'bar',
      name: k === 'median' ? 'median' : k === 'p10' ? '1 in 10 earn less' : '1 in 10 earn more',
      data: roles.map((r) => r.wages?.[k] ?? '-'),
    })),
  };
  const heat = {
    tooltip: {},
    grid: { left: 8, right: 16, top: 8, bottom: 64, containLabel: true },
    xAxis: { type: 'category', data: roles.map((r) => r.name), axisLabel: { interval: 0, width: 90, overflow: 'break' } },
    yAxis: { type: 'category', inverse: true, data: known.map((r) => r.program) },
    visualMap: { min: 0, max: 1, orient: 'horizontal', left: 'center', bottom: 0, inRange: { color: ['#f4f7fb', '#2e7d32'] }, text: ['100%', '0%'] },
    series: [
      {
        type: 'heatmap',
        data: known.flatMap((r, row) => roles.map((role, col) => [col, row, r.coverage[role.id] ?? '-'])),
      },
    ],
  };
  return (
    <>
      <h1 tabIndex={-1}>Careers</h1>
      <h2>The roles and what they pay</h2>
      <figure>
        <Chart option={wageChart} label="Bar chart of yearly wages per role: the lowest tenth, the median and the highest tenth." />
        <figcaption>US yearly wages. Source: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics.</figcaption>
      </figure>
      <ScrollTable label="Roles and wages">
        <thead>
          <tr>
            <th scope="col">role</th>
            <th scope="col">occupation (SOC)</th>
            <th scope="col">median</th>
            <th scope="col">1 in 10 earn less than</th>
            <th scope="col">1 in 10 earn more than</th>
            <th scope="col">source</th>
          </tr>
        </thead>
        <tbody>
          {roles.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.name}</th>
              <td>
                {r.wages?.title ?? <Unknown />} ({r.soc_code})
              </td>
              <td>{money(r.wages?.median)}</td>
              <td>{money(r.wages?.p10)}</td>
              <td>{money(r.wages?.p90)}</td>
              <td class="small">
                {r.wages?.url ? (
                  <a href={r.wages.url} target="_blank" rel="noreferrer">
                    BLS OEWS {r.wages.year}
                  </a>
                ) : (
                  <Unknown />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <h2>Which program teaches what each role needs</h2>
      <p>
        Share of a role’s skills (weighted) that a program’s listed courses cover. {matrix.length - known.length} of {matrix.length} programs list no courses in
        the catalog, so their coverage is unknown and they are left out of the chart.
      </p>
      <figure>
        <Chart option={heat} label="Heatmap of curriculum coverage: programs down, roles across; the table below gives every value." height={Math.max(240, 22 * known.length + 100)} />
      </figure>
      <ScrollTable label="Program by role coverage">
        <thead>
          <tr>
            <th scope="col">program</th>
            {roles.map((r) => (
              <th scope="col" key={r.id}>
                {r.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.map((row) => (
            <tr key={row.program}>
              <th scope="row">{row.program}</th>
              {roles.map((r) => (
                <td key={r.id}>{row.coverage[r.id] === null || row.coverage[r.id] === undefined ? <Unknown /> : percent(row.coverage[r.id])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </>
  );
}
