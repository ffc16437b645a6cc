// Shortlist and applications: per program the status, the deadline (pre-filled from the catalog,
// with its source), the checklist, notes and the user's own figures; a deadline timeline; the
// deadlines as an iCalendar file and the shortlist as CSV and XLSX.
import { useEffect, useState } from 'preact/hooks';
import { del, download, get, post, put } from '../api';
import { Chart } from '../charts';
import { ErrorBox, Loading, ProgramPicker } from '../components';
import { daysUntil, words } from '../format';
import { STATUSES, type Application, type Money, type ShortlistItem } from '../types';

const CHECKS = [
  ['statement_of_purpose', 'Statement of purpose'],
  ['transcripts', 'Transcripts'],
  ['test_scores', 'Test scores'],
  ['fee', 'Application fee paid'],
] as const;

function MoneyField({ id, label, value, onChange }: { id: string; label: string; value: Money | null; onChange: (m: Money | null) => void }) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <span class="money-input">
        <input
          id={id}
          type="number"
          min={0}
          step="any"
          value={value?.amount ?? ''}
          onInput={(e) => {
            const t = (e.target as HTMLInputElement).value;
            onChange(t === '' ? null : { amount: Number(t), currency: value?.currency ?? 'USD' });
          }}
        />
        <label class="inline">
          <span class="sr-only">{label}: currency</span>
          <input
            type="text"
            size={4}
            maxLength={3}
            value={value?.currency ?? 'USD'}
            disabled={!value}
            onInput={(e) => value && onChange({ ...value, currency: (e.target as HTMLInputElement).value.toUpperCase() })}
          />
        </label>
      </span>
    </div>
  );
}

// `stored`: the application as GET /applications listed it (the same JSON as GET
// /applications/{id}); only a program without one asks for its fresh, catalog-filled application.
function Editor({
  item,
  stored,
  onSaved,
  onRemoved,
}: {
  item: ShortlistItem;
  stored?: Application;
  onSaved: (a: Application) => void;
  onRemoved: () => void;
}) {
  const [app, setApp] = useState<Application | null>(stored ?? null);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState('');
  const id = item.program_id;
  const base = `app-${id}`;

  useEffect(() => {
    if (!stored) get<Application>(`/applications/${encodeURIComponent(id)}`).then(setApp, setError);
  }, [id]);

  if (!app) return error ? <ErrorBox error={error} /> : <Loading what={`the application for ${item.name}`} />;
  const edit = (patch: Partial<Application>) => {
    setApp({ ...app, ...patch });
    setSaved('');
  };
  const editChecklist = (patch: Partial<Application['checklist']>) => edit({ checklist: { ...app.checklist, ...patch } });

  async function save(e: Event) {
    e.preventDefault();
    try {
      const body = { status: app!.status, deadline: { date: app!.deadline.date }, checklist: app!.checklist, notes: app!.notes, figures: app!.figures };
      const stored = await put<Application>(`/applications/${encodeURIComponent(id)}`, body);
      setApp(stored);
      setError(null);
      setSaved('Saved.');
      onSaved(stored);
    } catch (err) {
      setError(err);
    }
  }

  async function remove() {
    try {
      await del(`/shortlist/${encodeURIComponent(id)}`);
      onRemoved();
    } catch (err) {
      setError(err);
    }
  }

  const days = daysUntil(app.deadline.date, new Date());
  return (
    <form class="card application" aria-labelledby={`${base}-h`} onSubmit={save} data-program={id}>
      <h2 id={`${base}-h`}>
        {item.name} <span class="small">— {item.institution}</span>
      </h2>
      <div class="fields">
        <div class="field">
          <label for={`${base}-status`}>Status</label>
          <select id={`${base}-status`} value={app.status} onChange={(e) => edit({ status: (e.target as HTMLSelectElement).value as Application['status'] })}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {words(s)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={`${base}-deadline`}>Deadline</label>
          <input
            id={`${base}-deadline`}
            type="date"
            value={app.deadline.date ?? ''}
            aria-describedby={`${base}-deadline-src`}
            onInput={(e) => edit({ deadline: { ...app.deadline, date: (e.target as HTMLInputElement).value || null, source: 'user' } })}
          />
          <small id={`${base}-deadline-src`} class="help">
            {app.deadline.date === null
              ? 'No deadline known: the catalog lists none ahead.'
              : app.deadline.source === 'catalog'
                ? `From the catalog${app.deadline.term ? ` (${app.deadline.term})` : ''}. `
                : 'Set by you. '}
            {app.deadline.url && app.deadline.source === 'catalog' && (
              <a href={app.deadline.url} target="_blank" rel="noreferrer">
                source
              </a>
            )}
            {days !== null && (days >= 0 ? ` ${days} days left.` : ` Passed ${-days} days ago.`)}
          </small>
        </div>
      </div>
      <fieldset>
        <legend>Checklist</legend>
        {CHECKS.map(([key, label]) => (
          <label key={key} class="check">
            <input type="checkbox" checked={app.checklist[key]} onChange={(e) => editChecklist({ [key]: (e.target as HTMLInputElement).checked })} /> {label}
          </label>
        ))}
        {app.checklist.letters.map((l, i) => (
          <div key={i} class="letter">
            <label>
              Letter {i + 1} from
              <input
                type="text"
                value={l.who}
                onInput={(e) => editChecklist({ letters: app.checklist.letters.map((x, j) => (j === i ? { ...x, who: (e.target as HTMLInputElement).value } : x)) })}
              />
            </label>
            <label class="check">
              <input
                type="checkbox"
                checked={l.sent}
                onChange={(e) => editChecklist({ letters: app.checklist.letters.map((x, j) => (j === i ? { ...x, sent: (e.target as HTMLInputElement).checked } : x)) })}
              />{' '}
              sent
            </label>
            <button type="button" class="small" onClick={() => editChecklist({ letters: app.checklist.letters.filter((_, j) => j !== i) })}>
              Remove letter {i + 1}
            </button>
          </div>
        ))}
        <button type="button" class="small" onClick={() => editChecklist({ letters: [...app.checklist.letters, { who: '', sent: false }] })}>
          Add a recommendation letter
        </button>
      </fieldset>
      <div class="fields">
        <MoneyField id={`${base}-fee`} label="Application fee you paid" value={app.figures.fee_paid} onChange={(m) => edit({ figures: { ...app.figures, fee_paid: m } })} />
        <MoneyField
          id={`${base}-scholarship`}
          label="Scholarship offered (lowers this program’s cost)"
          value={app.figures.scholarship}
          onChange={(m) => edit({ figures: { ...app.figures, scholarship: m } })}
        />
      </div>
      <div class="field">
        <label for={`${base}-notes`}>Notes</label>
        <textarea id={`${base}-notes`} rows={3} value={app.notes} onInput={(e) => edit({ notes: (e.target as HTMLTextAreaElement).value })} />
      </div>
      <ErrorBox error={error} />
      <div class="actions">
        <button type="submit" class="primary">
          Save<span class="sr-only"> the application for {item.name}</span>
        </button>
        <button type="button" onClick={remove}>
          Remove from shortlist<span class="sr-only"> {item.name}</span>
        </button>
        <span role="status">{saved}</span>
      </div>
    </form>
  );
}

export function ApplicationsPage() {
  const [items, setItems] = useState<ShortlistItem[] | null>(null);
  const [apps, setApps] = useState<Application[]>([]);
  const [error, setError] = useState<unknown>(null);

  // Both lists at once, and the editors only then, so each stored application comes from the list
  // instead of one more request per program.
  const reload = () => {
    Promise.all([get<{ items: ShortlistItem[] }>('/shortlist'), get<{ applications: Application[] }>('/applications')]).then(([s, a]) => {
      setApps(a.applications);
      setItems(s.items);
    }, setError);
  };
  useEffect(reload, []);

  async function add(ids: string[]) {
    const id = ids[ids.length - 1];
    if (!id) return;
    try {
      await post('/shortlist', { program_id: id });
      reload();
    } catch (e) {
      setError(e);
    }
  }

  const onSaved = (a: Application) => setApps((list) => [...list.filter((x) => x.program_id !== a.program_id), a]);
  const names = new Map((items ?? []).map((i) => [i.program_id, i.name]));
  const dated = apps
    .filter((a) => a.deadline.date)
    .sort((a, b) => (a.deadline.date! < b.deadline.date! ? -1 : 1));
  const timeline = {
    tooltip: { formatter: (x: { value: [string, number]; name: string }) => `${x.name}: ${x.value[0]}` },
    grid: { left: 8, right: 24, top: 16, bottom: 24, containLabel: true },
    xAxis: { type: 'time' },
    yAxis: { type: 'category', inverse: true, data: dated.map((a) => (names.get(a.program_id) ?? a.program_id).slice(0, 40)) },
    series: [
      {
        type: 'scatter',
        symbolSize: 14,
        data: dated.map((a, i) => ({ name: names.get(a.program_id) ?? a.program_id, value: [a.deadline.date, i] })),
      },
    ],
  };

  async function save(path: string, name: string) {
    try {
      await download(path, name);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <>
      <h1 tabIndex={-1}>Shortlist and applications</h1>
      <ErrorBox error={error} />
      <div class="actions downloads">
        <button type="button" onClick={() => save('/applications.ics', 'gradfit-deadlines.ics')}>
          Deadlines to my calendar (.ics)
        </button>
        <button type="button" onClick={() => save('/shortlist.csv', 'gradfit-shortlist.csv')}>
          Shortlist as CSV
        </button>
        <button type="button" onClick={() => save('/shortlist.xlsx', 'gradfit-shortlist.xlsx')}>
          Shortlist as Excel
        </button>
      </div>
      <ProgramPicker chosen={(items ?? []).map((i) => i.program_id)} onChange={add} max={1000} label="Add a program to the shortlist" />
      {dated.length > 0 && (
        <>
          <h2>Deadlines</h2>
          <figure>
            <Chart option={timeline} label="Timeline of your application deadlines; the list below gives each date." height={Math.max(160, 40 * dated.length + 60)} />
          </figure>
          <ol data-testid="deadlines">
            {dated.map((a) => (
              <li key={a.program_id}>
                {a.deadline.date}: {names.get(a.program_id) ?? a.program_id} ({words(a.status)})
              </li>
            ))}
          </ol>
        </>
      )}
      {items === null ? (
        <Loading what="your shortlist" />
      ) : items.length === 0 ? (
        <p>Your shortlist is empty. Add programs here or from the Programs page.</p>
      ) : (
        items.map((item) => (
          <Editor key={item.program_id} item={item} stored={apps.find((a) => a.program_id === item.program_id)} onSaved={onSaved} onRemoved={reload} />
        ))
      )}
    </>
  );
}
