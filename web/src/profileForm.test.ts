import { describe, expect, it } from 'vitest';
import { answersToProfile, fieldIdForPath, profileToAnswers } from './profileForm';

describe('the questionnaire form', () => {
  it('leaves blank answers out of the profile, so they stay unknown', () => {
    expect(answersToProfile({ 'education.gpa': '', 'tests.native_english': '', name: '  ' })).toEqual({});
  });

  it('writes typed, nested values in the profile format of docs/DATA.md', () => {
    const profile = answersToProfile({
      name: 'Dana',
      'education.level': 'bachelor',
      'education.gpa': '3.3',
      'education.institution_country': 'us',
      'tests.native_english': 'no',
      'coursework.programming_languages': 'python, sql',
      'work.salary': '65000',
      'work.salary.currency': 'eur',
      'goals.target_roles': 'data_scientist, ml_engineer',
      'constraints.must_part_time': 'yes',
      'constraints.preferred_countries': 'us, ca',
    });
    expect(profile).toEqual({
      name: 'Dana',
      education: { level: 'bachelor', gpa: 3.3, institution_country: 'US' },
      tests: { native_english: false },
      coursework: { programming_languages: ['python', 'sql'] },
      work: { salary: { amount: 65000, currency: 'EUR' } },
      goals: { target_roles: ['data_scientist', 'ml_engineer'] },
      constraints: { must_part_time: true, preferred_countries: ['US', 'CA'] },
    });
  });

  it('says "no GRE" explicitly, and lets GRE scores imply "taken"', () => {
    expect(answersToProfile({ 'tests.gre_taken': 'none' })).toEqual({ tests: { gre: 'none' } });
    expect(answersToProfile({ 'tests.gre_taken': 'taken', 'tests.gre.quant': '165' })).toEqual({ tests: { gre: { quant: 165 } } });
  });

  it('reads a stored profile back into the same answers', () => {
    const answers = {
      'education.level': 'master',
      'education.gpa': '8.2',
      'education.gpa_scale': '10',
      'tests.gre_taken': 'none',
      'work.salary': '50000',
      'work.salary.currency': 'USD',
      'constraints.can_relocate': 'yes',
      'goals.target_roles': 'research_scientist',
    };
    expect(profileToAnswers(answersToProfile(answers))).toEqual(answers);
  });

  it('finds the form control the server blames', () => {
    expect(fieldIdForPath('$.education.gpa')).toBe('f-education.gpa');
    expect(fieldIdForPath('$.profile.work.years')).toBe('f-work.years');
    expect(fieldIdForPath('$.goals.target_roles[1]')).toBe('f-goals.target_roles');
    expect(fieldIdForPath('$.tests.gre')).toBe('f-tests.gre_taken');
    expect(fieldIdForPath('$.nonsense')).toBeNull();
    expect(fieldIdForPath(undefined)).toBeNull();
  });
});
