import { describe, expect, it } from 'vitest';
import { binCentres, daysUntil, factText, money, percent, scaleAmongCompared, tuition, words } from './format';

describe('format', () => {
  it('shows unknown money, shares and facts as "unknown", never as 0', () => {
    expect(money(null)).toBe('unknown');
    expect(money(Number.NaN)).toBe('unknown');
    expect(percent(undefined)).toBe('unknown');
    expect(factText(null)).toBe('unknown');
    expect(tuition(null)).toBe('unknown');
    expect(words(null)).toBe('unknown');
  });

  it('rounds money to whole units with the currency', () => {
    expect(money(97448.959, 'USD')).toBe('97,449 USD');
    expect(money(0, 'EUR')).toBe('0 EUR');
  });

  it('reads a tuition record with its basis and year', () => {
    expect(tuition({ amount: 15000, currency: 'EUR', basis: 'per_year', academic_year: '2017-18' })).toBe('15,000 EUR per year (2017-18)');
  });

  it('joins list facts and reads booleans as yes/no', () => {
    expect(factText(['on_campus', 'online'])).toBe('on_campus; online');
    expect(factText(false)).toBe('no');
  });

  it('puts histogram bins at their centres', () => {
    expect(binCentres(0, 100, 4)).toEqual([12.5, 37.5, 62.5, 87.5]);
  });

  it('scales among compared programs, cost lower-is-better, unknown stays unknown', () => {
    expect(scaleAmongCompared([100, 200, null], true)).toEqual([1, 0, null]);
    expect(scaleAmongCompared([100, 200, 150], false)).toEqual([0, 1, 0.5]);
    expect(scaleAmongCompared([5, 5], false)).toEqual([1, 1]);
    expect(scaleAmongCompared([null, null], false)).toEqual([null, null]);
  });

  it('counts days to a deadline', () => {
    const today = new Date(Date.UTC(2026, 11, 2, 15));
    expect(daysUntil('2026-12-15', today)).toBe(13);
    expect(daysUntil('2026-11-30', today)).toBe(-2);
    expect(daysUntil(null, today)).toBeNull();
    expect(daysUntil('not a date', today)).toBeNull();
  });
});
