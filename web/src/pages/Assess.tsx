// "Is it right for me?": the questionnaire as a form, saved as the user's profile, then the pathway
// verdict with its reasons, the prerequisite gaps and the bridge courses that close them.
import { useEffect, useState } from 'preact/hooks';
import { ApiError, get, post, put } from '../api';
import { ErrorBox, Loading } from '../components';
import { money, words } from '../format';
import { SECTIONS, answersToProfile, fieldIdForPath, profileToAnswers, type Answers, type Field } from '../profileForm';
import { currentProfileId, setCurrentProfileId } from '../store';
import { bridgesFor } from '../assessment';
import type { Assessment, StoredProfile } from '../types';

function FieldControl({ field, answers, set }: { field: Field; answers: Answers; set: (k: string, v: string) => void }) {
  const id = `f-${field.key}`;
  const value = answers[field.key] ?? '';
  const helpId = field.help ? `${id}-help` : undefined;
  const onInput = (e: Event) => set(field.key, (e.target as HTMLInputElement).value);
  const kind = field.kind;
  let control;
  switch (kind.type) {
    case 'select':
    case 'bool': {
      const options = kind.type === 'bool' ? ['yes', 'no'] : kind.options;
      control = (
        <select id={id} value={value} onChange={onInput} aria-describedby={helpId}>
          <option value="">I don’t know / skip</option>
          {options.map((o) => (
            <option key={o} value={o}>
              {words(o)}
            </option>
          ))}
        </select>
      );
      break;
    }
    case 'number':
      control = (
        <input id={id} type="number" inputMode="decimal" min={kind.min} max={kind.max} step={kind.step ?? 'any'} value={value} onInput={onInput} aria-describedby={helpId} />
      );
      break;
    case 'money':
      control = (
        <span class="money-input">
          <input id={id} type="number" inputMode="decimal" min={0} step="any" value={value} onInput={onInput} aria-describedby={helpId} />
          <label class="inline">
            <span class="sr-only">{field.label}: currency</span>
            <input
              id={`${id}.currency`}
              type="text"
              size={4}
              maxLength={3}
              placeholder="USD"
              value={answers[`${field.key}.currency`] ?? ''}
              onInput={(e) => set(`${field.key}.currency`, (e.target as HTMLInputElement).value)}
            />
          </label>
        </span>
      );
      break;
    case 'checks': {
      const chosen = value.split(',').map((s) => s.trim()).filter(Boolean);
      return (
        <fieldset class="field">
          <legend>{field.label}</legend>
          {kind.options.map((o) => (
            <label key={o} class="check">
              <input
                type="checkbox"
                id={`${id}-${o}`}
                checked={chosen.includes(o)}
                onChange={(e) => {
                  const on = (e.target as HTMLInputElement).checked;
                  const next = on ? [...chosen, o] : chosen.filter((c) => c !== o);
                  set(field.key, next.join(', '));
                }}
              />{' '}
              {words(o)}
            </label>
          ))}
        </fieldset>
      );
    }
    default:
      control = <input id={id} type="text" placeholder={kind.placeholder} value={value} onInput={onInput} aria-describedby={helpId} />;
  }
  return (
    <div class="field">
      <label for={id}>{field.label}</label>
      {control}
      {field.help && (
        <small id={helpId} class="help">
          {field.help}
        </small>
      )}
    </div>
  );
}

function Verdict({ assessment }: { assessment: Assessment }) {
  const { pathway, counts } = assessment;
  const { bridges, gapsWithoutBridge } = bridgesFor(assessment);
  const knownWeeks = bridges.filter((b) => b.weeks !== null);
  const totalWeeks = knownWeeks.reduce((sum, b) => sum + (b.weeks ?? 0), 0);
  return (
    <section aria-labelledby="verdict-h" class="card">
      <h2 id="verdict-h" tabIndex={-1}>
        Your answer
      </h2>
      <p class="headline" data-testid="verdict">
        {pathway.headline}
      </p>
      <p>
        Programs in the catalog: <strong>{counts.eligible ?? 0}</strong> open to you, <strong>{counts.eligible_with_gaps ?? 0}</strong> open after
        closing gaps, <strong>{counts.unknown ?? 0}</strong> not decidable yet (facts unknown), <strong>{counts.not_eligible ?? 0}</strong> not open.
      </p>
      <h3>The paths, best first</h3>
      <ol class="pathways">
        {pathway.options.map((o) => (
          <li key={o.pathway}>
            <strong>{words(o.pathway)}</strong> — score {o.score}/100
            {o.reasons_for.length > 0 && (
              <ul>
                {o.reasons_for.map((r) => (
                  <li key={r}>For: {r}</li>
                ))}
              </ul>
            )}
            {o.reasons_against.length > 0 && (
              <ul>
                {o.reasons_against.map((r) => (
                  <li key={r}>Against: {r}</li>
                ))}
              </ul>
            )}
            {(o.facts.typical_cost_usd !== null || o.facts.cost_high_usd !== null) && (
              <p class="small">
                Typical cost {money(o.facts.typical_cost_usd)}, range {money(o.facts.cost_low_usd)} to {money(o.facts.cost_high_usd)}.
              </p>
            )}
            {o.facts.note && <p class="small">{o.facts.note}</p>}
            {o.facts.sources.length > 0 && (
              <p class="small">
                Sources:{' '}
                {o.facts.sources.map((s, i) => (
                  <a key={s} href={s} target="_blank" rel="noreferrer">
                    [{i + 1}]
                  </a>
                ))}
              </p>
            )}
          </li>
        ))}
      </ol>
      <h3>Prerequisite gaps and bridge courses</h3>
      {bridges.length === 0 && gapsWithoutBridge.length === 0 ? (
        <p>No prerequisite gap found for the programs whose prerequisites the catalog lists.</p>
      ) : (
        <>
          <ul data-testid="bridges">
            {bridges.map((b) => (
              <li key={b.subject}>
                <strong>{words(b.subject)}</strong>: <a href={b.url} target="_blank" rel="noreferrer">{b.title}</a> ({b.provider}),{' '}
                {b.weeks === null ? 'length unknown' : `about ${b.weeks} weeks`}, {b.cost ?? 'cost unknown'}
              </li>
            ))}
            {gapsWithoutBridge.map((g) => (
              <li key={g}>
                <strong>{words(g)}</strong>: no bridge course is recorded for this gap.
              </li>
            ))}
          </ul>
          {knownWeeks.length > 0 && (
            <p>
              All bridges one after another: about <strong>{totalWeeks} weeks</strong>
              {knownWeeks.length < bridges.length ? ' (plus those of unknown length)' : ''}; in parallel, less.
            </p>
          )}
        </>
      )}
      <p>
        Next: <a href="#/programs">browse programs</a>, or see <a href="#/ranking">your ranking</a>.
      </p>
    </section>
  );
}

export function AssessPage() {
  const [answers, setAnswers] = useState<Answers>({});
  const [profileId, setProfileId] = useState<number | null>(currentProfileId());
  const [loaded, setLoaded] = useState(profileId === null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [assessment, setAssessment] = useState<Assessment | null>(null);

  useEffect(() => {
    if (profileId === null) return;
    get<StoredProfile>(`/profiles/${profileId}`).then(
      (p) => {
        setAnswers(profileToAnswers(p.profile));
        setLoaded(true);
        // Coming back with saved answers: show their verdict straight away.
        post<Assessment>('/assess', { profile_id: p.id }).then(setAssessment, setError);
      },
      (e) => {
        // The stored id points nowhere (a fresh database): start a new profile.
        if (e instanceof ApiError && e.status === 404) {
          setCurrentProfileId(null);
          setProfileId(null);
        } else setError(e);
        setLoaded(true);
      },
    );
  }, []);

  const set = (k: string, v: string) => setAnswers((a) => ({ ...a, [k]: v }));

  async function submit(e: Event) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const profile = answersToProfile(answers);
      const stored =
        profileId === null ? await post<StoredProfile>('/profiles', profile) : await put<StoredProfile>(`/profiles/${profileId}`, profile);
      setCurrentProfileId(stored.id);
      setProfileId(stored.id);
      const result = await post<Assessment>('/assess', { profile_id: stored.id });
      setAssessment(result);
      requestAnimationFrame(() => document.getElementById('verdict-h')?.focus());
    } catch (err) {
      setError(err);
      const fieldId = err instanceof ApiError ? fieldIdForPath(err.path) : null;
      if (fieldId) document.getElementById(fieldId)?.focus();
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <h1 tabIndex={-1}>Is a master’s in machine learning right for me?</h1>
      {!loaded && <Loading what="your saved answers" />}
      <p>
        Answer what you know; skip the rest. A skipped answer counts as <em>unknown</em>, never as “no”, and the answer says which
        facts it could not check. Your answers stay on this computer, in gradfit’s own database.
      </p>
      {assessment && <Verdict assessment={assessment} />}
      {loaded && (<form onSubmit={submit} class="questionnaire" aria-label="Questionnaire">
        {SECTIONS.map((s) => (
          <fieldset key={s.title} class="section">
            <legend>{s.title}</legend>
            <div class="fields">
              {s.fields.map((f) => (
                <FieldControl key={f.key} field={f} answers={answers} set={set} />
              ))}
            </div>
          </fieldset>
        ))}
        <ErrorBox error={error} />
        <button type="submit" class="primary" disabled={busy}>
          {busy ? 'Checking…' : profileId === null ? 'Save my answers and check' : 'Update my answers and check'}
        </button>
      </form>)}
    </>
  );
}
