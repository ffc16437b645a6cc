// The JSON shapes the UI reads, as `gradfit … --json` and the API write them (docs/API.md).
// Unknown values are null, never 0: every field that can be unknown is typed `| null`.

export const CRITERIA = ['admissions', 'curriculum', 'industry', 'modality', 'outcomes', 'cost'] as const;
export type Criterion = (typeof CRITERIA)[number];

export interface Tuition {
  amount: number;
  currency: string;
  basis: string;
  academic_year: string | null;
}

export interface ProgramSummary {
  id: string;
  name: string;
  institution: string;
  country: string | null;
  label: string | null;
  modality: string[] | null;
  part_time: boolean | null;
  gre: string | null;
  duration_months: number | null;
  tuition: Tuition | null;
}

export interface ProgramList {
  count: number;
  excluded_unknown: number;
  programs: ProgramSummary[];
}

export interface Fact {
  value: unknown;
  sources: string[];
  as_of: string | null;
  age_years?: number | null;
  stale: boolean;
}

export interface Source {
  id: string;
  url: string;
  first_party: boolean;
  retrieved: string | null;
  page_date: string | null;
  note: string | null;
  attribution?: string | null;
}

export interface ProgramDetail extends ProgramSummary {
  institution_id: string;
  facts: Record<string, Fact | Fact[]>;
  sources: Source[];
  // A labelled range from comparable programs when no page states the tuition (null otherwise).
  tuition_estimate: { p10: number | null; p90: number | null; currency: string; peers: number; online: boolean; note: string } | null;
}

export interface Bridge {
  subject: string;
  title: string;
  provider: string;
  url: string;
  weeks: number | null;
  cost: string | null;
}

export interface Check {
  group: string;
  id: string;
  reason: string;
  verdict: 'met' | 'not_met' | 'unknown' | 'not_applicable';
  bridge?: Bridge;
}

export interface ProgramAssessment {
  program_id: string;
  program_name: string;
  institution: string;
  verdict: 'eligible' | 'eligible_with_gaps' | 'not_eligible' | 'unknown';
  summary: string;
  checks: Check[];
}

export interface PathwayOption {
  pathway: string;
  score: number;
  reasons_for: string[];
  reasons_against: string[];
  facts: {
    cost_low_usd: number | null;
    cost_high_usd: number | null;
    typical_cost_usd: number | null;
    months_low: number | null;
    months_high: number | null;
    stipend_usd_per_year: number | null;
    note: string | null;
    sources: string[];
  };
}

export interface Assessment {
  counts: Record<string, number>;
  pathway: { headline: string; options: PathwayOption[] };
  programs: ProgramAssessment[];
}

export interface CriterionValue {
  value: number | null;
  range: [number, number] | null;
  explanation: string;
  contribution?: number;
}

export interface RankedProgram {
  id: string;
  name: string;
  institution: string;
  rank: number;
  score: number;
  confidence: number;
  eligibility: string;
  first_rank_acceptability: number;
  pareto_optimal: boolean;
  rank_acceptability: number[];
  criteria: Record<Criterion, CriterionValue>;
}

export interface Ranking {
  money_currency: string;
  notes: string[];
  programs: RankedProgram[];
  samples: number;
  swaps: string[];
  weights: Record<Criterion, number>;
  weights_origin: string;
}

export interface ComparedProgram {
  id: string;
  eligibility: string;
  criteria: Record<Criterion, CriterionValue>;
  facts: Record<string, Fact>;
}

export interface Comparison {
  money_currency: string;
  programs: ComparedProgram[];
}

export interface BillLine {
  key: string;
  label: string;
  amount: number | null;
  formula: string;
  source: string;
  in_roi: boolean;
}

export interface Bill {
  program: string;
  currency: string;
  lines: BillLine[];
  months: number | null;
  notes: string[];
  total: number | null;
  total_known_lines: number;
}

export interface Roi {
  ok: boolean;
  why_not?: string;
  bill: Bill;
  npv_point: number | null;
  expected_npv?: number | null;
  payback_year: number | null;
  break_even_salary: number | null;
  salary_source?: string;
  monte_carlo?: {
    runs: number;
    histogram: number[];
    hist_min: number;
    hist_max: number;
    npv_p10: number;
    npv_p50: number;
    npv_p90: number;
    npv_mean: number;
    p_payback_5: number;
    p_payback_10: number;
  } | null;
}

export interface Wages {
  median: number | null;
  mean: number | null;
  p10: number | null;
  p90: number | null;
  year: number | null;
  title: string | null;
  url: string | null;
  attribution: string | null;
}

export interface Role {
  id: string;
  name: string;
  soc_code: string;
  wages: Wages | null;
}

export interface CoverageRow {
  program: string;
  coverage: Record<string, number | null>;
}

export interface StoredProfile {
  id: number;
  name: string;
  created_at: string;
  updated_at: string;
  profile: Record<string, unknown>;
}

export interface ShortlistItem {
  program_id: string;
  name: string;
  institution: string;
  note: string;
  added_at: string;
}

export interface Money {
  amount: number;
  currency: string;
}

export interface Letter {
  who: string;
  sent: boolean;
}

export interface Checklist {
  statement_of_purpose: boolean;
  transcripts: boolean;
  test_scores: boolean;
  fee: boolean;
  letters: Letter[];
}

export const STATUSES = [
  'considering',
  'preparing',
  'submitted',
  'interview',
  'admitted',
  'rejected',
  'waitlisted',
  'decision',
] as const;

export interface Application {
  program_id: string;
  status: (typeof STATUSES)[number];
  deadline: { date: string | null; term: string | null; source: string | null; url: string | null };
  catalog_deadlines: { term: string | null; date: string; url: string | null }[];
  checklist: Checklist;
  notes: string;
  figures: { fee_paid: Money | null; scholarship: Money | null };
  updated_at: string | null;
  stored: boolean;
}
