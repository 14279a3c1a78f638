/**
 * Finds a count whose noun takes its form from another number, read from the parsed message:
 * `{count, number} membres` (nothing makes "membres" follow count: "1 membres"), or
 * `{total, plural, one {{count, number} contact …} …}` (the noun follows total while the
 * number beside it is count: "1 contacts affichés sur 50 000").
 *
 * The rule: the first word after a number — `#` or `{x, number}` — is the noun it counts,
 * unless it is a preposition or a unit (NOT_COUNTED); that noun must sit in a branch of a
 * plural on the same argument, and no plural on another argument in between.
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

/** Words that may follow a number without being what it counts ("3 of 16", "12 sur 250", "800 ms"). */
const NOT_COUNTED: Record<string, ReadonlySet<string>> = {
  en: new Set(['of', 'to', 'and', 'or', 'at', 'in', 'on', 'from', 'by', 'per', 'out', 'more', 'than', 'for']),
  fr: new Set([
    'sur',
    'à',
    'de',
    'd',
    'des',
    'du',
    'et',
    'ou',
    'au',
    'aux',
    'en',
    'par',
    'pour',
    'dans',
    'plus',
    'jusqu',
  ]),
};
const UNITS = new Set(['ms', 's', 'min', 'h']);

const FIRST_WORD = /^[\s\u00a0\u202f]*(\p{L}[\p{L}\p{M}-]*)/u;

interface Follower {
  word: string;
  /** The plurals around the word, innermost last. */
  plurals: readonly string[];
}

/** The words that can come right after position `start` of `elements`: one per branch when a plural or select follows. */
function followers(elements: MessageFormatElement[], start: number, plurals: readonly string[]): Follower[] {
  for (let index = start; index < elements.length; index++) {
    const element = elements[index]!;
    if (element.type === TYPE.literal) {
      if (/^[\s\u00a0\u202f]*$/.test(element.value)) continue;
      const word = FIRST_WORD.exec(element.value)?.[1];
      return word ? [{ word, plurals }] : [];
    }
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      const inner = element.type === TYPE.plural ? [...plurals, element.value] : plurals;
      return Object.values(element.options).flatMap((option) => followers(option.value, 0, inner));
    }
    return [];
  }
  return [];
}

/** Problems with the nouns after the numbers of one message, in one language ('en' or 'fr'). */
export function agreementProblems(id: string, message: string, language: 'en' | 'fr'): string[] {
  const problems: string[] = [];
  const check = (number: string, shown: string, after: Follower[]) => {
    for (const { word, plurals } of after) {
      const lower = word.toLowerCase();
      if (NOT_COUNTED[language]!.has(lower) || UNITS.has(lower)) continue;
      if (plurals.at(-1) === number) continue;
      const governs = plurals.at(-1);
      problems.push(
        `${id} (${language}): “${word}” follows ${shown} but ${
          governs ? `takes its form from {${governs}, plural}` : 'never changes with it'
        } — put number and noun in one branch: {${number}, plural, one {# …} other {# …}}`,
      );
    }
  };
  const walk = (elements: MessageFormatElement[], plurals: readonly string[]) => {
    elements.forEach((element, index) => {
      if (element.type === TYPE.pound && plurals.length)
        check(plurals.at(-1)!, '#', followers(elements, index + 1, plurals));
      if (element.type === TYPE.number && !element.style)
        check(element.value, `{${element.value}, number}`, followers(elements, index + 1, plurals));
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        const inner = element.type === TYPE.plural ? [...plurals, element.value] : plurals;
        for (const option of Object.values(element.options)) walk(option.value, inner);
      }
      if (element.type === TYPE.tag) walk(element.children, plurals);
    });
  };
  walk(parse(message), []);
  return problems;
}
