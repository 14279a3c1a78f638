/**
 * Every message of both catalogs reads as a person reviewed it (i18n/sentences.txt), and every
 * counted noun takes its form from the number in front of it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { agreementProblems } from './agreement';
import en from './en.json';
import fr from './fr.json';
import { argumentSamples, messageSamples, people, subscribers, type Sample } from './samples';
import {
  compareExpectations,
  EXPECTATIONS_FILE,
  expectationFailure,
  formatExpectations,
  parseExpectations,
  REGENERATE_COMMAND,
  renderCatalogs,
} from './sentences';

const catalogs = { en, fr } as { en: Record<string, string>; fr: Record<string, string> };

describe('the catalogs, rendered', () => {
  const rendered = renderCatalogs(catalogs);

  it('render every message with a value for each argument and each branch of each select', () => {
    const then = `Then run \`${REGENERATE_COMMAND}\` and review \`git diff ${EXPECTATIONS_FILE}\`.`;
    expect(rendered.problems, `${rendered.problems.join('\n')}\n${then}`).toEqual([]);
    for (const id of [...Object.keys(en), ...Object.keys(fr)]) {
      const lines = rendered.blocks.get(id) ?? [];
      // Each message reads at least once in each language: a block that every case left out would cover nothing.
      expect(
        lines.some((line) => line.startsWith('  en ')),
        id,
      ).toBe(true);
      expect(
        lines.some((line) => line.startsWith('  fr ')),
        id,
      ).toBe(true);
    }
  });

  it('name people of both genders wherever a sentence names a person', () => {
    // A value shown after "Nom :" and an arrow (an import's or the log's before → after) is not in a sentence.
    const inSentences = ([name]: [string, readonly Sample[]]) => name !== 'before' && name !== 'after';
    const lists = [argumentSamples, ...messageSamples.map((entry) => entry.values)].flatMap((values) =>
      Object.entries(values).filter(inSentences),
    );
    for (const [name, samples] of lists) {
      for (const pair of [people, subscribers]) {
        if (samples.some((sample) => pair.includes(sample as string)))
          expect(samples, `{${name}}: give both names of ${pair.join(' / ')} (i18n/samples.ts)`).toEqual(
            expect.arrayContaining([...pair]),
          );
      }
    }
  });

  it(`read as ${EXPECTATIONS_FILE} says, message by message`, () => {
    const expected = parseExpectations(readFileSync(EXPECTATIONS_FILE, 'utf8'));
    const problems = compareExpectations(expected, rendered.blocks);
    if (problems.length) throw new Error(expectationFailure(problems));
  });

  it('fail for a message without an expectation, or one that reads differently, and say what to run', () => {
    const expected = new Map(rendered.blocks);
    expected.delete('ui.save');
    expected.set('ui.cancel', ['  en  Cancel', '  fr  Annulez']);
    const problems = compareExpectations(expected, rendered.blocks);
    expect(problems).toEqual([
      'ui.cancel: reads differently now\n      - fr  Annulez\n      + fr  Annuler',
      'ui.save: no expectation yet (a new message)',
    ]);
    expect(expectationFailure(problems)).toContain(
      `Run \`${REGENERATE_COMMAND}\`, then review \`git diff ${EXPECTATIONS_FILE}\``,
    );
    expect(parseExpectations(formatExpectations(rendered.blocks))).toEqual(rendered.blocks);
  });
});

describe('every count', () => {
  it('has its noun in a branch of its own plural, in both languages', () => {
    const problems = (['en', 'fr'] as const).flatMap((language) =>
      Object.entries(catalogs[language]).flatMap(([id, message]) => agreementProblems(id, message, language)),
    );
    const then = `Fix the message in i18n/fr.json or its messages.ts, then run \`${REGENERATE_COMMAND}\`.`;
    expect(problems, `${problems.join('\n')}\n${then}`).toEqual([]);
  });
});
