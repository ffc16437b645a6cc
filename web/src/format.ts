// Pure formatting helpers: how numbers, unknowns and ids read on the page.
import type { Criterion, Tuition } from './types';

export const UNKNOWN = 'unknown';

export function money(amount: number | null | undefined, currency = 'USD'): string {
  if (amount === null || amount === undefined || !Number.isFinite(amount)) return UNKNOWN;
  return `${Math.round(amount).toLocaleString('en-US')} ${currency}`;
}

export function percent(share: number | null | undefined, digits = 0): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return UNKNOWN;
  return `${(share * 100).toFixed(digits)}%`;
}

export function tuition(t: Tuition | null): string {
  if (!t) return UNKNOWN;
  const basis = t.basis.replace(/_/g, ' ');
  const year = t.academic_year ? ` (${t.academic_year})` : '';
  return `${money(t.amount, t.currency)} ${basis}${year}`;
}

/** `eligible_with_gaps` → `eligible with gaps`; ids and enum values read as words. */
export function words(id: string | null | undefined): string {
  if (id === null || id === undefined || id === '') return UNKNOWN;
  return id.replace(/[_.]/g, ' ');
}

export const CRITERION_LABELS: Record<Criterion, string> = {
  admissions: 'Admission chances',
  curriculum: 'Curriculum fit',
  industry: 'Industry links',
  modality: 'Study format',
  outcomes: 'Outcomes (NPV)',
  cost: 'Total cost',
};

/** A fact's value as text: lists joined, booleans as yes/no, null as "unknown". */
export function factText(value: unknown): string {
  if (value === null || value === undefined) return UNKNOWN;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.map(factText).join('; ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The centre of each of `counts.length` equal bins between min and max. */
export function binCentres(min: number, max: number, bins: number): number[] {
  const width = (max - min) / bins;
  return Array.from({ length: bins }, (_, i) => min + width * (i + 0.5));
}

/**
 * Scales values to 0..1 among the programs compared (1 = the best of them), for the radar chart.
 * Lower is better for cost. Unknown stays null. Equal values all get 1.
 */
export function scaleAmongCompared(values: (number | null)[], lowerIsBetter: boolean): (number | null)[] {
  const known = values.filter((v): v is number => v !== null);
  if (known.length === 0) return values.map(() => null);
  const lo = Math.min(...known);
  const hi = Math.max(...known);
  return values.map((v) => {
    if (v === null) return null;
    if (hi === lo) return 1;
    const t = (v - lo) / (hi - lo);
    return lowerIsBetter ? 1 - t : t;
  });
}

/** Days from `today` to an ISO date (negative when past); null for no date. */
export function daysUntil(date: string | null, today: Date): number | null {
  if (!date) return null;
  const d = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(d)) return null;
  const t = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return Math.round((d - t) / 86_400_000);
}
