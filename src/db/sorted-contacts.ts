/**
 * The contact list's order and how a patch keeps it (contact-list.ts). A remote edit's patch finds
 * the few rows it changes by binary search and copies the rest in slices (natively): it used to
 * visit all 50,000 rows with a `filter` callback, which the first patch of a session runs before V8
 * has optimized it — a 70–120 ms task (docs/performance.md, round five).
 */
import type { Contact } from '../domain/model';

/** More changed or arrived rows than this: one pass over the list rather than a slice around each. */
const FEW = 64;

/** The `sortKey` index's order, ties by id: what `orderBy('sortKey')` gives. */
export function byName(a: Contact, b: Contact): number {
  if (a.sortKey !== b.sortKey) return a.sortKey < b.sortKey ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The list (sorted by `byName`) without the rows whose ids are `changed`, with `arrived` (sorted) in
 * place. `byId` holds the list's rows by id: a few changed rows are found by a binary search for
 * their old place, so a remote edit does not visit every row.
 */
export function patched(
  list: readonly Contact[],
  byId: ReadonlyMap<string, Contact>,
  changed: ReadonlySet<string>,
  arrived: readonly Contact[],
): Contact[] {
  const rest = without(list, byId, changed);
  return arrived.length > FEW ? mergeSorted(rest, arrived) : insertEach(rest, arrived);
}

/** A new array: the list without the rows whose ids are `changed`. */
function without(
  list: readonly Contact[],
  byId: ReadonlyMap<string, Contact>,
  changed: ReadonlySet<string>,
): Contact[] {
  const places = placesOf(list, byId, changed);
  if (!places) {
    const kept: Contact[] = [];
    for (const row of list) if (!changed.has(row.id)) kept.push(row);
    return kept;
  }
  const parts: Contact[][] = [];
  let from = 0;
  for (const at of places) {
    parts.push(list.slice(from, at));
    from = at + 1;
  }
  return ([] as Contact[]).concat(...parts, list.slice(from));
}

/** Where the few changed rows the list holds are, in order; null: too many to look up one by one. */
function placesOf(list: readonly Contact[], byId: ReadonlyMap<string, Contact>, changed: ReadonlySet<string>) {
  if (changed.size > FEW) return null;
  const places: number[] = [];
  for (const id of changed) {
    const old = byId.get(id);
    if (!old) continue;
    const at = insertionPoint(list, old, 0);
    // Not where its order puts it (the index and the list disagree): every row is visited instead.
    if (list[at] !== old) return null;
    places.push(at);
  }
  return places.sort((a, b) => a - b);
}

/** The rows by id, for `patched`. */
export function byIdOf(rows: readonly Contact[]): Map<string, Contact> {
  const byId = new Map<string, Contact>();
  for (const row of rows) byId.set(row.id, row);
  return byId;
}

/** Where `row` goes in `list` (sorted), searching from `from` on. */
function insertionPoint(list: readonly Contact[], row: Contact, from: number): number {
  let low = from;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (byName(list[middle]!, row) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A few `arrived` rows (sorted) put in place in `list` (sorted), each found by a binary search. */
function insertEach(list: Contact[], arrived: readonly Contact[]): Contact[] {
  if (arrived.length === 0) return list;
  const parts: Contact[][] = [];
  let from = 0;
  for (const row of arrived) {
    const at = insertionPoint(list, row, from);
    parts.push(list.slice(from, at), [row]);
    from = at;
  }
  return ([] as Contact[]).concat(...parts, list.slice(from));
}

/** Two lists sorted by `byName`, as one. */
function mergeSorted(a: readonly Contact[], b: readonly Contact[]): Contact[] {
  const merged: Contact[] = new Array<Contact>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) merged[k++] = byName(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!;
  while (i < a.length) merged[k++] = a[i++]!;
  while (j < b.length) merged[k++] = b[j++]!;
  return merged;
}
