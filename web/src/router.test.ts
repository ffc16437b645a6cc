import { describe, expect, it } from 'vitest';
import { href, parseHash } from './router';
import { bridgesFor } from './assessment';
import type { Assessment } from './types';

describe('hash routes', () => {
  it('parses the page and its query, defaulting to the questionnaire', () => {
    expect(parseHash('').page).toBe('assess');
    const r = parseHash('#/compare?ids=a,b');
    expect(r.page).toBe('compare');
    expect(r.params.get('ids')).toBe('a,b');
    expect(href('programs', { keyword: 'vision' })).toBe('#/programs?keyword=vision');
  });
});

describe('bridgesFor', () => {
  it('lists each missing subject once, with or without a recorded bridge', () => {
    const bridge = { subject: 'calculus', title: 'Calc', provider: 'MIT', url: 'https://x', weeks: 14, cost: 'free' };
    const check = (id: string, verdict: 'met' | 'not_met', withBridge: boolean) => ({
      group: 'prerequisite',
      id,
      reason: '',
      verdict,
      ...(withBridge ? { bridge } : {}),
    });
    const a = {
      counts: {},
      pathway: { headline: '', options: [] },
      programs: [
        { program_id: 'p', program_name: '', institution: '', verdict: 'eligible_with_gaps', summary: '', checks: [check('prereq.calculus', 'not_met', true), check('prereq.algorithms', 'not_met', false)] },
        { program_id: 'q', program_name: '', institution: '', verdict: 'eligible_with_gaps', summary: '', checks: [check('prereq.calculus', 'not_met', true), check('prereq.statistics', 'met', false)] },
      ],
    } as Assessment;
    const { bridges, gapsWithoutBridge } = bridgesFor(a);
    expect(bridges.map((b) => b.subject)).toEqual(['calculus']);
    expect(gapsWithoutBridge).toEqual(['algorithms']);
  });
});
