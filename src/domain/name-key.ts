/**
 * When two sub-list or group names are "the same name": when they look alike to a reader.
 * `nameKey` is a skeleton in the sense of Unicode TR39: compatibility-normalised (NFKC, so
 * a full-width Ｎ is N), case-folded, accents and default-ignorable characters removed, and
 * every confusable character mapped to its prototype (Cyrillic а → Latin a, 0 → O, I → l,
 * m → rn). Lists store it as `nameKey`, and a name whose key another list of the kind holds
 * is refused ("Too similar to the existing group …").
 *
 * The confusables map is Unicode's confusables.txt as the `unhomoglyph` package ships it
 * (6,311 entries, Unicode 13). It is 28 kB gzipped, so the app loads it on first need
 * (`loadNameKeys`), never on the first screen: whoever applies intents in a transaction
 * that cannot wait (IndexedDB) loads it first.
 */

export type ConfusablesMap = Readonly<Record<string, string>>;

let confusables: ConfusablesMap | null = null;
let loading: Promise<void> | null = null;

/** Loads the confusables map once; later calls return the same settled promise. */
export function loadNameKeys(): Promise<void> {
  loading ??= import('unhomoglyph/data.json').then((module) => {
    confusables = module.default as ConfusablesMap;
  });
  return loading;
}

/** Whether `nameKey` can run now (the map is loaded). */
export function nameKeysLoaded(): boolean {
  return confusables !== null;
}

export class NameKeysNotLoaded extends Error {
  constructor() {
    super('nameKey() needs the confusables map: await loadNameKeys() first');
    this.name = 'NameKeysNotLoaded';
  }
}

const MARKS_AND_IGNORABLES = /[\p{M}\p{Default_Ignorable_Code_Point}]/gu;

function mapConfusables(text: string, map: ConfusablesMap): string {
  let mapped = '';
  for (const character of text.normalize('NFD')) mapped += map[character] ?? character;
  return mapped.normalize('NFD').replace(MARKS_AND_IGNORABLES, '');
}

/**
 * The skeleton two names share when a reader could take one for the other. Names ignore
 * case, but TR39's prototypes are case-sensitive, so the name is put in capitals first:
 * capitals map best (Cyrillic Т → T, where т → ᴛ), and ß becomes SS. The price is that
 * i, I, l and 1 share a key, which errs on the side of "too similar".
 */
export function nameKey(name: string): string {
  if (!confusables) throw new NameKeysNotLoaded();
  return nameKeyWith(name, confusables);
}

/**
 * `nameKey` with the map given: the seed passes the few entries its names can need
 * (server/seed/names.ts), so generating a tenant neither downloads nor waits for the table.
 */
export function nameKeyWith(name: string, map: ConfusablesMap): string {
  return mapConfusables(name.normalize('NFKC').toUpperCase(), map)
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS_AND_IGNORABLES, '')
    .replace(/\p{White_Space}+/gu, ' ')
    .trim();
}
