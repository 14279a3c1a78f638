/**
 * The generators that draw realistic names and phone numbers from the word pools
 * (word-pools.ts), within the shared rules.
 */
import { nameKeyWith } from '../../src/domain/name-key';
import { countCharacters, NAME_MAX } from '../../src/domain/rules';
import { pick, randomInt, type Random } from './rng';
import { AREA_CODES, EXTERNAL_KINDS, FIRST_NAMES, LAST_NAMES, PLACES, SUBLIST_THEMES, TEAMS } from './word-pools';

/**
 * The confusables map's entries (src/domain/name-key.ts) for every character a list name of the
 * seed holds once put in capitals and decomposed: the pools' letters and accents, the numbers
 * appended, spaces and hyphens. The seed keys its list names with these alone, so making a tenant
 * (the demo's back-end does it in the page) needs neither the 28 kB table nor to wait for it;
 * names.test.ts checks them against the table.
 */
export const SEED_CONFUSABLES = { '0': 'O', '1': 'l', I: 'l' } as const;

/** The `nameKey` of a list name the seed drew. */
export function seedNameKey(name: string): string {
  return nameKeyWith(name, SEED_CONFUSABLES);
}

export function personName(random: Random): string {
  return fitName(`${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`);
}

export function externalContactName(random: Random): string {
  return random() < 0.5 ? fitName(`${pick(random, EXTERNAL_KINDS)} ${pick(random, LAST_NAMES)}`) : personName(random);
}

/** Draws a name whose `nameKey` is not yet in `takenKeys`, then records it there. */
export function uniqueListName(random: Random, kind: 'group' | 'subList', takenKeys: Set<string>): string {
  const draw = () =>
    kind === 'group'
      ? `${pick(random, TEAMS)} ${pick(random, PLACES)}`
      : `${pick(random, SUBLIST_THEMES)} ${pick(random, PLACES)}`;
  let name = fitName(draw());
  // Pools give about a thousand combinations; past that a number keeps names unique.
  for (let attempt = 0; takenKeys.has(seedNameKey(name)); attempt++) {
    name = attempt < 10 ? fitName(draw()) : fitName(`${draw()} ${randomInt(random, 2, 999)}`);
  }
  takenKeys.add(seedNameKey(name));
  return name;
}

/** A valid 10-digit North American number that is not in `taken`, then recorded there. */
export function uniquePhone(random: Random, taken: Set<string>): string {
  let phone: string;
  do {
    const exchange = randomInt(random, 200, 999);
    const line = randomInt(random, 0, 9999).toString().padStart(4, '0');
    phone = `${pick(random, AREA_CODES)}${exchange}${line}`;
  } while (taken.has(phone));
  taken.add(phone);
  return phone;
}

/**
 * Trims a drawn name to the shared limit, counting characters as the rules do. A string
 * of at most NAME_MAX code units cannot hold more characters, and skipping the (slow)
 * grapheme count for it keeps the 50,000-contact seed fast.
 */
function fitName(name: string): string {
  if (name.length <= NAME_MAX || countCharacters(name) <= NAME_MAX) return name;
  return [...name].slice(0, NAME_MAX).join('').trim();
}
