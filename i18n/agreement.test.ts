/** The agreement check finds the count bugs the French review found, and accepts their fixes. */
import { describe, expect, it } from 'vitest';
import { agreementProblems } from './agreement';

const problems = (message: string, language: 'en' | 'fr' = 'fr') => agreementProblems('id', message, language);

describe('agreementProblems', () => {
  it('finds a noun after a number that nothing makes agree ("1 membres sur 250")', () => {
    expect(problems('{count, number} membres sur {max, number}')).toEqual([
      expect.stringContaining('“membres” follows {count, number} but never changes with it'),
    ]);
  });

  it('finds a noun in the plural of another number ("1 contacts affichés sur 50 000")', () => {
    const message =
      '{total, plural, one {{count, number} contact affiché sur #} other {{count, number} contacts affichés sur #}}';
    expect(problems(message)).toEqual([
      expect.stringContaining('“contact” follows {count, number} but takes its form from {total, plural}'),
      expect.stringContaining('“contacts” follows {count, number} but takes its form from {total, plural}'),
    ]);
  });

  it('finds a noun that follows a plural of another number', () => {
    expect(problems('{count, number} {total, plural, one {membre} other {membres}}')).toHaveLength(2);
  });

  it('accepts a noun in its own number’s plural, wherever the number is written', () => {
    expect(
      problems('{count, plural, one {# contact affiché} other {# contacts affichés}} sur {total, number}'),
    ).toEqual([]);
    expect(problems('{count, number} sur {max, plural, one {# membre} other {# membres}}')).toEqual([]);
    expect(problems('{count, plural, one {{count, number} membre} other {{count, number} membres}}')).toEqual([]);
    expect(
      problems(
        '{total, plural, one {Showing {count, number} of # contact} other {Showing {count, number} of # contacts}}',
        'en',
      ),
    ).toEqual([]);
  });

  it('lets prepositions and units follow a number', () => {
    expect(problems('{count, number} sur {max, number} jusqu’ici, {delay, number} ms')).toEqual([]);
    expect(problems('{count, number} of {max, number} at most', 'en')).toEqual([]);
  });
});
