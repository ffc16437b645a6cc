// Cost and ROI: the itemised bill as stacked bars, the NPV distribution as a histogram, payback;
// for one program or several side by side. Figures and methods: docs/METHODS.md, "Cost and ROI".
import { useState } from 'preact/hooks';
import { post } from '../api';
import { Chart } from '../charts';
import { ErrorBox, Loading, NeedsProfile, ProgramPicker, ScrollTable, useLoad } from '../components';
import { binCentres, money, percent } from '../format';
import { replaceParams } from '../router';
import { currentProfileId, profileRef } from '../store';
import type { Bill, Roi } from '../types';

interface ProgramMoney {
  id: string;
  bill: Bill;
  roi: Roi | null;
  roiError: unknown;
}

async function loadMoney(ids: string[]): Promise<ProgramMoney[]> {
  return Promise.all(
    ids.map(async (id) => {
      const body = { program: id, ...profileRef() };
      const bill = await post<Bill>('/cost', body);
      try {
        return { id, bill, roi: await post<Roi>('/roi', body), roiError: null };
      } catch (e) {
        return { id, bill, roi: null, roiError: e };
      }
    }),
  );
}

function Histogram({ item }: { item: ProgramMoney }) {
  const mc = item.roi?.monte_carlo;
  if (!mc) return null;
  const centres = binCentres(mc.hist_min, mc.hist_max, mc.histogram.length);
  const option = {
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    xAxis: { type: 'category', name: 'NPV', data: centres.map((c) => `${Math.round(c / 1000).toLocaleString('en-US')}k`) },
    yAxis: { type: 'value', name: 'runs' },
    series: [{ type: 'bar', name: 'runs', data: mc.histogram, barCategoryGap: '5%' }],
  };
  return (
    <figure>
      <Chart option={option} label={`Histogram of the net present value over ${mc.runs} simulated careers for ${item.id}`} height={240} />
      <figcaption>
        {item.id}: net present value of the degree over {mc.runs.toLocaleString('en-US')} simulated careers ({item.bill.currency}). 1 in 10 is
        below {money(mc.npv_p10, item.bill.currency)}, half below {money(mc.npv_p50, item.bill.currency)}, 1 in 10 above{' '}
        {money(mc.npv_p90, item.bill.currency)}.
      </figcaption>
    </figure>
  );
}

export function MoneyPage({ params }: { params: URLSearchParams }) {
  const [ids, setIds] = useState(() => (params.get('ids') ?? '').split(',').filter(Boolean).slice(0, 4));
  const choose = (next: string[]) => {
    setIds(next);
    replaceParams('money', { ids: next.join(',') });
  };
  const key = ids.length ? ids.join(',') : null;
  const [items, error, loading] = useLoad(key, () => loadMoney(ids));
  const shown = items && items.map((i) => i.id).join(',') === key ? items : null;

  const lineKeys = shown ? [...new Map(shown.flatMap((i) => i.bill.lines.map((l) => [l.key, l.label] as const))).entries()] : [];
  const bill = shown && {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0 },
    grid: { left: 8, right: 16, top: 36, bottom: 56, containLabel: true },
    xAxis: { type: 'category', data: shown.map((i) => i.id) },
    yAxis: { type: 'value', name: shown[0]?.bill.currency ?? '' },
    series: lineKeys.map(([key, label]) => ({
      type: 'bar',
      stack: 'bill',
      name: label,
      data: shown.map((i) => {
        const line = i.bill.lines.find((l) => l.key === key);
        return line && line.amount !== null ? Math.round(line.amount) : '-';
      }),
    })),
  };

  return (
    <>
      <h1 tabIndex={-1}>Cost and return</h1>
      {currentProfileId() === null && <NeedsProfile />}
      <ProgramPicker chosen={ids} onChange={choose} max={4} label="Add a program (1 to 4)" />
      <ErrorBox error={error} />
      {loading && <Loading what="the bills and returns" />}
      {shown && bill && (
        <>
          <h2>The bill</h2>
          <figure>
            <Chart option={bill} label="Stacked bars: each program's total cost split into tuition, fees, living costs, relocation and income lost." height={340} />
            <figcaption>Each bar is one program’s full cost for you, split into its lines; an unknown line is not drawn and the table says so.</figcaption>
          </figure>
          {shown.map((i) => (
            <section key={i.id} class="card" aria-labelledby={`bill-${i.id}`}>
              <h3 id={`bill-${i.id}`}>{i.id}</h3>
              <ScrollTable label={`Bill for ${i.id}`}>
                <thead>
                  <tr>
                    <th scope="col">line</th>
                    <th scope="col">amount</th>
                    <th scope="col">how it is computed</th>
                    <th scope="col">source</th>
                  </tr>
                </thead>
                <tbody>
                  {i.bill.lines.map((l) => (
                    <tr key={l.key}>
                      <th scope="row">{l.label}</th>
                      <td>{money(l.amount, i.bill.currency)}</td>
                      <td class="small">{l.formula}</td>
                      <td class="small">{l.source}</td>
                    </tr>
                  ))}
                  <tr>
                    <th scope="row">Total</th>
                    <td>
                      <strong>{i.bill.total === null ? `unknown (known lines: ${money(i.bill.total_known_lines, i.bill.currency)})` : money(i.bill.total, i.bill.currency)}</strong>
                    </td>
                    <td colSpan={2} class="small">
                      {i.bill.notes.join(' ')}
                    </td>
                  </tr>
                </tbody>
              </ScrollTable>
              <h4>Return on the degree</h4>
              {i.roi === null ? (
                <ErrorBox error={i.roiError} />
              ) : !i.roi.ok ? (
                <p>The return cannot be computed: {i.roi.why_not ?? 'a needed figure is unknown'}.</p>
              ) : (
                <>
                  <ul data-testid="payback">
                    <li>
                      Pays for itself in year <strong>{i.roi.payback_year ?? 'never within the horizon'}</strong> in the middle case;
                      {i.roi.monte_carlo && ` within 5 years in ${percent(i.roi.monte_carlo.p_payback_5)} and within 10 years in ${percent(i.roi.monte_carlo.p_payback_10)} of the simulated careers`}.
                    </li>
                    <li>Net present value, middle case: {money(i.roi.npv_point, i.bill.currency)}.</li>
                    <li>It breaks even if the salary after the degree is at least {money(i.roi.break_even_salary, i.bill.currency)}.</li>
                    {i.roi.salary_source && <li class="small">Salary after the degree: {i.roi.salary_source}</li>}
                  </ul>
                  <Histogram item={i} />
                </>
              )}
            </section>
          ))}
        </>
      )}
    </>
  );
}
