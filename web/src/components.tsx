// Small building blocks shared by the pages.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ApiError, get } from './api';
import type { ProgramList, ProgramSummary } from './types';

export function ErrorBox({ error }: { error: unknown }) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  const path = error instanceof ApiError && error.path ? ` (at ${error.path})` : '';
  return (
    <p class="error" role="alert">
      {message}
      {path}
    </p>
  );
}

export function Loading({ what }: { what: string }) {
  return (
    <p class="loading" role="status">
      Loading {what}…
    </p>
  );
}

/** A wide table that scrolls sideways on a phone; focusable so the keyboard can scroll it too. */
export function ScrollTable({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="scroll" tabIndex={0} role="region" aria-label={label}>
      <table>{children}</table>
    </div>
  );
}

export function Unknown() {
  return <span class="unknown">unknown</span>;
}

/** Loads something when its key changes; returns [data, error, loading]. */
export function useLoad<T>(key: string | null, load: () => Promise<T>): [T | null, unknown, boolean] {
  const [state, setState] = useState<{ key: string | null; data: T | null; error: unknown }>({
    key: null,
    data: null,
    error: null,
  });
  useEffect(() => {
    if (key === null) return;
    let live = true;
    load().then(
      (data) => live && setState({ key, data, error: null }),
      (error) => live && setState({ key, data: null, error }),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return [state.data, state.error, key !== null && state.key !== key];
}

let catalogCache: Promise<ProgramSummary[]> | null = null;

/** Every program of the catalog (for pickers), fetched once per page load. */
export function allPrograms(): Promise<ProgramSummary[]> {
  catalogCache ??= get<ProgramList>('/programs?sort=name').then((r) => r.programs);
  catalogCache.catch(() => (catalogCache = null));
  return catalogCache;
}

/** Pick programs one at a time from the whole catalog, up to `max`. */
export function ProgramPicker({
  chosen,
  onChange,
  max,
  label,
}: {
  chosen: string[];
  onChange: (ids: string[]) => void;
  max: number;
  label: string;
}) {
  const [programs, error] = useLoad('all', allPrograms);
  const byId = new Map((programs ?? []).map((p) => [p.id, p]));
  return (
    <div class="picker">
      <ErrorBox error={error} />
      <ul class="chips" aria-label="Chosen programs">
        {chosen.map((id) => (
          <li key={id}>
            <span>{byId.get(id)?.name ?? id}</span>{' '}
            <button type="button" class="small" onClick={() => onChange(chosen.filter((c) => c !== id))}>
              Remove<span class="sr-only"> {byId.get(id)?.name ?? id}</span>
            </button>
          </li>
        ))}
      </ul>
      {chosen.length < max && (
        <div class="field">
          <label for="program-picker">{label}</label>
          <select
            id="program-picker"
            value=""
            onChange={(e) => {
              const v = (e.target as HTMLSelectElement).value;
              if (v && !chosen.includes(v)) onChange([...chosen, v]);
            }}
          >
            <option value="">Choose a program…</option>
            {(programs ?? [])
              .filter((p) => !chosen.includes(p.id))
              .map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} — {p.institution}
                </option>
              ))}
          </select>
        </div>
      )}
    </div>
  );
}

export function NeedsProfile() {
  return (
    <p class="note">
      You have not saved your answers yet, so every personal fact counts as unknown. <a href="#/assess">Answer the questions</a>{' '}
      for results that fit you.
    </p>
  );
}
