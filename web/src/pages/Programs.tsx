// Programs: search and filters (the CLI's `programs list` flags), every fact of a program with its
// source one click away, facts older than two years marked.
import { useEffect, useState } from 'preact/hooks';
import { get, post, query } from '../api';
import { ErrorBox, Loading, ScrollTable, Unknown, useLoad } from '../components';
import { factText, tuition, words } from '../format';
import { replaceParams } from '../router';
import { compareSelection, setCompareSelection } from '../store';
import type { Fact, ProgramDetail, ProgramList } from '../types';

const FILTERS = ['keyword', 'label', 'modality', 'part_time', 'country', 'gre', 'max_tuition', 'currency', 'sort', 'desc'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

function Select({ name, label, options, filters, set }: { name: keyof Filters; label: string; options: string[]; filters: Filters; set: (k: keyof Filters, v: string) => void }) {
  return (
    <div class="filter">
      <label for={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} value={filters[name]} onChange={(e) => set(name, (e.target as HTMLSelectElement).value)}>
        <option value="">any</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {words(o)}
          </option>
        ))}
      </select>
    </div>
  );
}

interface TextFilterProps {
  name: keyof Filters;
  label: string;
  type?: 'text' | 'search' | 'number';
  min?: number;
  step?: number;
  maxLength?: number;
  placeholder?: string;
  filters: Filters;
  set: (k: keyof Filters, v: string) => void;
}

function TextFilter({ name, label, type = 'text', filters, set, min, step, maxLength, placeholder }: TextFilterProps) {
  return (
    <div class="filter">
      <label for={`filter-${name}`}>{label}</label>
      {/* Preact's input typing is a union per `type`; a variable type needs the cast. */}
      <input id={`filter-${name}`} type={type as 'text'} value={filters[name]} onInput={(e) => set(name, (e.target as HTMLInputElement).value)} min={min} step={step} maxLength={maxLength} placeholder={placeholder} />
    </div>
  );
}

function FactRow({ name, fact, detail }: { name: string; fact: Fact; detail: ProgramDetail }) {
  const sources = fact.sources.map((id) => detail.sources.find((s) => s.id === id)).filter((s) => s !== undefined);
  return (
    <tr>
      <th scope="row">{words(name)}</th>
      <td>
        {fact.value === null ? <Unknown /> : factText(fact.value)}
        {name === 'tuition' && fact.value === null && <TuitionEstimate estimate={detail.tuition_estimate} />}
      </td>
      <td>
        {fact.as_of ?? ''}
        {fact.stale && (
          <span class="stale" title="older than two years: check the source">
            {' '}
            CHECK: {fact.age_years?.toFixed(1)} years old
          </span>
        )}
      </td>
      <td>
        {sources.map((s, i) => (
          <a key={s.id} href={s.url} target="_blank" rel="noreferrer" title={s.note ?? s.url}>
            source {i + 1}
            {s.first_party ? '' : ' (not the university)'}
            <span class="sr-only"> for {words(name)}</span>
          </a>
        ))}
      </td>
    </tr>
  );
}

// The labelled range from comparable programs shown beside an unknown tuition (never as the fact).
function TuitionEstimate({ estimate }: { estimate: ProgramDetail['tuition_estimate'] }) {
  if (!estimate || estimate.p10 === null || estimate.p90 === null) return null;
  const n = (v: number) => Math.round(v).toLocaleString('en-US');
  return (
    <span class="estimate">
      {' '}
      (estimate, not a fact: {estimate.currency} {n(estimate.p10)}–{n(estimate.p90)}; {estimate.note.replace(/^estimate, not a fact: /, '')})
    </span>
  );
}

export function ProgramDetails({ id }: { id: string }) {
  const [detail, error, loading] = useLoad(id, () => get<ProgramDetail>(`/programs/${encodeURIComponent(id)}`));
  if (loading) return <Loading what="the program" />;
  if (error || !detail) return <ErrorBox error={error} />;
  const rows = Object.entries(detail.facts).flatMap(([name, f]) => (Array.isArray(f) ? f.map((x) => [name, x] as const) : [[name, f] as const]));
  return (
    <ScrollTable label={`Facts about ${detail.name}`}>
      <caption>
        Every fact about {detail.name}, {detail.institution}
      </caption>
      <thead>
        <tr>
          <th scope="col">fact</th>
          <th scope="col">value</th>
          <th scope="col">as of</th>
          <th scope="col">where it comes from</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([name, fact], i) => (
          <FactRow key={`${name}-${i}`} name={name} fact={fact} detail={detail} />
        ))}
      </tbody>
    </ScrollTable>
  );
}

export function ProgramsPage({ params }: { params: URLSearchParams }) {
  const [filters, setFilters] = useState<Filters>(() => Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? ''])) as Filters);
  const [debounced, setDebounced] = useState(filters);
  const [open, setOpen] = useState<string | null>(null);
  const [compare, setCompare] = useState(compareSelection());
  const [message, setMessage] = useState('');

  useEffect(() => {
    const t = setTimeout(() => setDebounced(filters), 200);
    replaceParams('programs', filters);
    return () => clearTimeout(t);
  }, [filters]);

  const key = JSON.stringify(debounced);
  const [list, error, loading] = useLoad(key, () => get<ProgramList>(`/programs${query(debounced)}`));
  const set = (k: keyof Filters, v: string) => setFilters((f) => ({ ...f, [k]: v }));

  function toggleCompare(id: string, on: boolean) {
    const next = on ? [...compare.filter((c) => c !== id), id].slice(-4) : compare.filter((c) => c !== id);
    setCompare(next);
    setCompareSelection(next);
  }

  async function shortlist(id: string, name: string) {
    try {
      await post('/shortlist', { program_id: id });
      setMessage(`${name} is on your shortlist.`);
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <>
      <h1 tabIndex={-1}>Programs</h1>
      <form class="filters" role="search" aria-label="Filter programs" onSubmit={(e) => e.preventDefault()}>
        <TextFilter name="keyword" label="Search names, universities and courses" type="search" filters={filters} set={set} />
        <Select name="label" label="Kind of degree" options={['ml', 'cs_ml_specialization', 'data_science', 'ai_ml', 'ai', 'other']} filters={filters} set={set} />
        <Select name="modality" label="Format" options={['on_campus', 'online', 'hybrid']} filters={filters} set={set} />
        <Select name="part_time" label="Part-time possible" options={['true', 'false']} filters={filters} set={set} />
        <TextFilter name="country" label="Country (2 letters)" maxLength={2} filters={filters} set={(k, v) => set(k, v.toUpperCase())} />
        <Select name="gre" label="GRE" options={['required', 'optional', 'not_required', 'not_accepted']} filters={filters} set={set} />
        <TextFilter name="max_tuition" label="Tuition at most" type="number" min={0} step={1000} filters={filters} set={set} />
        <TextFilter name="currency" label="in currency" maxLength={3} placeholder="USD" filters={filters} set={(k, v) => set(k, v.toUpperCase())} />
        <Select name="sort" label="Sort by" options={['name', 'tuition', 'duration', 'country']} filters={filters} set={set} />
        <label class="check">
          <input type="checkbox" checked={filters.desc === 'true'} onChange={(e) => set('desc', (e.target as HTMLInputElement).checked ? 'true' : '')} /> Reverse order
        </label>
      </form>
      <p aria-live="polite" class="status-line">
        {message}
      </p>
      <p>
        {compare.length >= 2 ? (
          <a class="button" href={`#/compare?ids=${compare.join(',')}`}>
            Compare the {compare.length} chosen programs
          </a>
        ) : (
          'Tick 2 to 4 programs to compare them.'
        )}
      </p>
      <ErrorBox error={error} />
      {loading && <Loading what="programs" />}
      {list && (
        <>
          <p role="status" data-testid="program-count">
            {list.count} programs match
            {list.excluded_unknown > 0 && `; ${list.excluded_unknown} more left out because the filtered fact is unknown for them`}.
          </p>
          <ul class="programs" data-testid="program-list">
            {list.programs.map((p) => (
              <li key={p.id} class="program">
                <h2 class="program-name">{p.name}</h2>
                <p class="small">
                  {p.institution} · {p.country ?? 'country unknown'} · {p.modality ? p.modality.map(words).join(', ') : 'format unknown'} ·{' '}
                  {p.duration_months === null ? 'length unknown' : `${p.duration_months} months`} · tuition {tuition(p.tuition)}
                </p>
                <div class="actions">
                  <button type="button" aria-expanded={open === p.id} onClick={() => setOpen(open === p.id ? null : p.id)}>
                    {open === p.id ? 'Hide' : 'Show'} facts and sources<span class="sr-only"> of {p.name}</span>
                  </button>
                  <label class="check">
                    <input type="checkbox" checked={compare.includes(p.id)} onChange={(e) => toggleCompare(p.id, (e.target as HTMLInputElement).checked)} /> Compare
                    <span class="sr-only"> {p.name}</span>
                  </label>
                  <button type="button" onClick={() => shortlist(p.id, p.name)}>
                    Add to shortlist<span class="sr-only"> {p.name}</span>
                  </button>
                </div>
                {open === p.id && <ProgramDetails id={p.id} />}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
