// The questionnaire as data: each field's key path in the profile (docs/DATA.md, "Profile"), its
// label, help line and kind. The form keeps every answer as text; an empty answer means "I don't
// know" and is left out of the profile, so the engine treats it as unknown, never as 0 or "no".

export type FieldKind =
  | { type: 'text'; placeholder?: string }
  | { type: 'number'; min?: number; max?: number; step?: number }
  | { type: 'select'; options: string[] }
  | { type: 'bool' }
  | { type: 'list'; placeholder?: string }
  | { type: 'checks'; options: string[] }
  | { type: 'money' };

export interface Field {
  key: string;
  label: string;
  help: string;
  kind: FieldKind;
}

export interface Section {
  title: string;
  fields: Field[];
}

const SUBJECTS = [
  'calculus',
  'multivariable_calculus',
  'linear_algebra',
  'probability',
  'statistics',
  'discrete_math',
  'data_structures',
  'algorithms',
  'machine_learning',
  'databases',
  'systems',
];
const LEVEL = ['none', 'self_study', 'course'];
export const ROLES = ['ml_engineer', 'data_scientist', 'data_engineer', 'ai_ml_software_engineer', 'research_scientist'];

export const SECTIONS: Section[] = [
  {
    title: 'About you',
    fields: [{ key: 'name', label: 'A name for this profile', help: 'Only for you, e.g. "Me, 2027 plan".', kind: { type: 'text' } }],
  },
  {
    title: 'Education',
    fields: [
      {
        key: 'education.level',
        label: 'Highest degree (finished or about to be)',
        help: 'A master’s needs a bachelor’s degree first.',
        kind: { type: 'select', options: ['none', 'associate', 'bachelor', 'master', 'doctorate'] },
      },
      {
        key: 'education.field',
        label: 'Field of that degree',
        help: 'Some programs ask for a computing or quantitative degree.',
        kind: {
          type: 'select',
          options: [
            'computer_science', 'computer_engineering', 'mathematics', 'statistics', 'data_science', 'engineering',
            'physics', 'natural_sciences', 'economics', 'business', 'social_sciences', 'humanities', 'arts', 'other',
          ],
        },
      },
      { key: 'education.institution_country', label: 'Country of that degree (2 letters, e.g. US, IN)', help: 'ISO country code.', kind: { type: 'text', placeholder: 'US' } },
      { key: 'education.gpa', label: 'Grade average (GPA)', help: 'On your own scale; set the scale below if it is not 4.0.', kind: { type: 'number', min: 0, step: 0.01 } },
      { key: 'education.gpa_scale', label: 'GPA scale maximum', help: 'Default 4.0; e.g. 10 or 100.', kind: { type: 'number', min: 0, step: 0.1 } },
    ],
  },
  {
    title: 'Tests',
    fields: [
      { key: 'tests.gre_taken', label: 'Have you taken the GRE?', help: 'Leave scores empty if you do not want to give them.', kind: { type: 'select', options: ['none', 'taken'] } },
      { key: 'tests.gre.quant', label: 'GRE quantitative score', help: '130 to 170.', kind: { type: 'number', min: 130, max: 170, step: 1 } },
      { key: 'tests.gre.verbal', label: 'GRE verbal score', help: '130 to 170.', kind: { type: 'number', min: 130, max: 170, step: 1 } },
      { key: 'tests.native_english', label: 'Is English your native language?', help: 'Native speakers usually need no English test.', kind: { type: 'bool' } },
      { key: 'tests.toefl_ibt', label: 'TOEFL iBT score', help: '0 to 120; empty if not taken.', kind: { type: 'number', min: 0, max: 120, step: 1 } },
      { key: 'tests.ielts', label: 'IELTS band', help: '0 to 9 in half bands; empty if not taken.', kind: { type: 'number', min: 0, max: 9, step: 0.5 } },
    ],
  },
  {
    title: 'What you have studied',
    fields: [
      ...SUBJECTS.map<Field>((s) => ({
        key: `coursework.${s}`,
        label: s.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase()),
        help: '“course” = graded, on a transcript.',
        kind: { type: 'select', options: LEVEL },
      })),
      { key: 'coursework.programming_years', label: 'Years of programming', help: '0 if you have never programmed.', kind: { type: 'number', min: 0, max: 60, step: 0.5 } },
      { key: 'coursework.programming_languages', label: 'Programming languages', help: 'Separated by commas, e.g. python, sql.', kind: { type: 'list', placeholder: 'python, sql' } },
    ],
  },
  {
    title: 'Work',
    fields: [
      { key: 'work.years', label: 'Years of work experience', help: '0 to 60.', kind: { type: 'number', min: 0, max: 60, step: 0.5 } },
      { key: 'work.current_role', label: 'Current job', help: 'In your words.', kind: { type: 'text' } },
      { key: 'work.salary', label: 'Current yearly salary (before tax)', help: 'Used for income lost while studying and the return.', kind: { type: 'money' } },
      { key: 'work.employer_tuition_support', label: 'Tuition your employer pays per year', help: 'Empty if none or unknown.', kind: { type: 'money' } },
    ],
  },
  {
    title: 'Where you live',
    fields: [
      { key: 'location.country', label: 'Country you live in (2 letters)', help: 'ISO code, e.g. US, DE, IN.', kind: { type: 'text', placeholder: 'US' } },
      { key: 'location.us_state', label: 'US state (2 letters)', help: 'Only if you live in the US.', kind: { type: 'text', placeholder: 'CA' } },
    ],
  },
  {
    title: 'Goals',
    fields: [
      { key: 'goals.target_roles', label: 'Jobs you want after the degree', help: 'Tick any.', kind: { type: 'checks', options: ROLES } },
      { key: 'goals.orientation', label: 'Industry or research?', help: 'Research points towards a PhD.', kind: { type: 'select', options: ['industry', 'research', 'both'] } },
    ],
  },
  {
    title: 'Limits',
    fields: [
      { key: 'constraints.budget', label: 'Most you can pay for tuition and fees, whole program', help: 'Programs above it are flagged.', kind: { type: 'money' } },
      { key: 'constraints.max_duration_months', label: 'Longest program you would do (months)', help: '1 to 120.', kind: { type: 'number', min: 1, max: 120, step: 1 } },
      { key: 'constraints.must_part_time', label: 'Must you study part-time?', help: 'For example to keep your job.', kind: { type: 'bool' } },
      { key: 'constraints.must_online', label: 'Must the program be online?', help: '', kind: { type: 'bool' } },
      { key: 'constraints.can_relocate', label: 'Can you move for the program?', help: '', kind: { type: 'bool' } },
      { key: 'constraints.preferred_countries', label: 'Countries you would study in', help: '2-letter codes separated by commas; empty = any.', kind: { type: 'list', placeholder: 'US, CA' } },
      { key: 'constraints.start_term', label: 'When you want to start', help: 'e.g. Fall 2027.', kind: { type: 'text', placeholder: 'Fall 2027' } },
    ],
  },
];

export type Answers = Record<string, string>;

const FIELDS = new Map(SECTIONS.flatMap((s) => s.fields).map((f) => [f.key, f]));

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    if (typeof node[part] !== 'object' || node[part] === null) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1]] = value;
}

function getPath(source: Record<string, unknown>, path: string): unknown {
  let node: unknown = source;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

const splitList = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** The form's answers as a profile object; blank answers are left out (unknown). */
export function answersToProfile(answers: Answers): Record<string, unknown> {
  const profile: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(answers)) {
    const field = FIELDS.get(key.replace(/\.(amount|currency)$/, ''));
    const text = (raw ?? '').trim();
    if (!field || text === '' || key.endsWith('.currency')) continue;
    const kind = field.kind;
    if (key === 'tests.gre_taken') {
      // "taken" with scores is implied by the scores; "none" is said explicitly.
      const hasScore = (answers['tests.gre.quant'] ?? '').trim() !== '' || (answers['tests.gre.verbal'] ?? '').trim() !== '';
      if (!hasScore) setPath(profile, 'tests.gre', text);
      continue;
    }
    switch (kind.type) {
      case 'number':
        setPath(profile, key, Number(text));
        break;
      case 'bool':
        setPath(profile, key, text === 'yes');
        break;
      case 'list':
        setPath(profile, key, field.key.endsWith('countries') ? splitList(text).map((c) => c.toUpperCase()) : splitList(text));
        break;
      case 'checks':
        setPath(profile, key, splitList(text));
        break;
      case 'money':
        setPath(profile, field.key, { amount: Number(text), currency: (answers[`${field.key}.currency`] || 'USD').trim().toUpperCase() });
        break;
      default:
        setPath(profile, key, key.endsWith('country') || key.endsWith('us_state') ? text.toUpperCase() : text);
    }
  }
  return profile;
}

/** A stored profile back into the form's answers (the inverse of answersToProfile). */
export function profileToAnswers(profile: Record<string, unknown>): Answers {
  const answers: Answers = {};
  for (const field of FIELDS.values()) {
    if (field.key === 'tests.gre_taken') {
      const gre = getPath(profile, 'tests.gre');
      if (typeof gre === 'string') answers[field.key] = gre;
      else if (gre && typeof gre === 'object') answers[field.key] = 'taken';
      continue;
    }
    const value = getPath(profile, field.key);
    if (value === undefined || value === null || value === 'unknown') continue;
    switch (field.kind.type) {
      case 'bool':
        answers[field.key] = value ? 'yes' : 'no';
        break;
      case 'list':
      case 'checks':
        answers[field.key] = Array.isArray(value) ? value.join(', ') : String(value);
        break;
      case 'money': {
        const m = value as { amount?: number; currency?: string };
        if (typeof m === 'object' && m.amount !== undefined) {
          answers[field.key] = String(m.amount);
          answers[`${field.key}.currency`] = m.currency ?? 'USD';
        }
        break;
      }
      default:
        answers[field.key] = String(value);
    }
  }
  return answers;
}

/** The form control's id for a JSON path the server blames, e.g. `$.education.gpa` → `f-education.gpa`. */
export function fieldIdForPath(path: string | undefined): string | null {
  if (!path) return null;
  const key = path.replace(/^\$\.(profile\.)?/, '').replace(/\[\d+\]$/, '');
  if (key.startsWith('tests.gre') && !key.includes('quant') && !key.includes('verbal')) return 'f-tests.gre_taken';
  return FIELDS.has(key) ? `f-${key}` : null;
}
