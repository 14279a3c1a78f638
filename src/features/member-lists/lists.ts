/**
 * Pure logic of the sub-list and group screens: the edit draft of a list (what the user changed
 * since it was loaded), the member limit, and what a change does to scan lists. Contact search is
 * the shared rule of src/lib/contact-search.ts. No React, no database: the screens feed it rows
 * and render what it returns.
 */
import type { Contact, MemberList } from '../../domain/model';
import { nameKey, nameKeysLoaded } from '../../domain/name-key';
import { foldName, normalizeName } from '../../domain/rules';

/** From this many rows, a search box helps find the one wanted (lists on the overview, members in a list). */
export const FILTER_FROM = 12;

/** Lists in name order for the locale (accents and numbers sorted as people expect). */
export function sortListsByName<T extends Pick<MemberList, 'name'>>(lists: readonly T[], locale: string): T[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return [...lists].sort((a, b) => collator.compare(a.name, b.name));
}

/**
 * What the user changed on a list and has not saved yet. Kept as differences from the
 * stored list, so members another admin adds or removes meanwhile show up in the draft too.
 * `name` is null while the user has not touched it (the stored name shows, even if it changes).
 */
export interface ListDraft {
  name: string | null;
  added: readonly string[];
  removed: ReadonlySet<string>;
}

export const EMPTY_DRAFT: ListDraft = { name: null, added: [], removed: new Set() };

/** The member ids the screen shows: stored members minus removed ones, plus added ones. */
export function draftMemberIds(storedIds: readonly string[], draft: ListDraft): string[] {
  const stored = new Set(storedIds);
  return [...storedIds.filter((id) => !draft.removed.has(id)), ...draft.added.filter((id) => !stored.has(id))];
}

/** What Save on a new list creates. */
export interface NewListInput {
  name: string;
  memberIds: string[];
}

/** The minimal edits that turn the stored list into the draft; they become rename/add/remove intents. */
export interface ListChanges {
  name: string | null;
  add: string[];
  remove: string[];
}

export function draftChanges(list: Pick<MemberList, 'name' | 'memberIds'>, draft: ListDraft): ListChanges {
  const stored = new Set(list.memberIds);
  const name = draft.name === null ? null : normalizeName(draft.name);
  return {
    name: name !== null && name !== list.name ? name : null,
    add: draft.added.filter((id) => !stored.has(id)),
    remove: [...draft.removed].filter((id) => stored.has(id)),
  };
}

export function hasChanges(changes: ListChanges): boolean {
  return changes.name !== null || changes.add.length > 0 || changes.remove.length > 0;
}

/** How many of the given contacts are subscribers who scan the group (and would lose it from their scan list). */
export function countScanning(
  contactsById: ReadonlyMap<string, Contact>,
  groupId: string,
  memberIds: Iterable<string>,
) {
  let count = 0;
  for (const id of memberIds) {
    const contact = contactsById.get(id);
    if (contact?.kind === 'subscriber' && contact.scanList.some((entry) => entry.groupId === groupId)) count++;
  }
  return count;
}

/**
 * The other list (same kind) a reader could take this name for (the rules' `nameKey`), and
 * whether it is the very same name (ignoring case and accents) or only looks like it. Until
 * the confusables map is loaded, only the same name is found; Save checks again with it.
 */
export function nameHolder<T extends MemberList>(
  lists: readonly T[],
  name: string,
  selfId: string | null,
): { list: T; same: boolean } | undefined {
  const folded = foldName(normalizeName(name));
  const key = nameKeysLoaded() ? nameKey(name) : null;
  const list = lists.find(
    (other) => other.id !== selfId && (key === null ? foldName(other.name) === folded : other.nameKey === key),
  );
  return list && { list, same: foldName(list.name) === folded };
}

/** The draft after adding contacts from the picker; adding back a stored member just cancels its removal. */
export function withAdded(draft: ListDraft, ids: readonly string[], storedIds: readonly string[]): ListDraft {
  const stored = new Set(storedIds);
  const removed = new Set(draft.removed);
  const added = new Set(draft.added);
  for (const id of ids) {
    if (stored.has(id)) removed.delete(id);
    else added.add(id);
  }
  return { ...draft, added: [...added], removed };
}

/** The draft after the X of one member: an unsaved addition is dropped, a stored member is marked removed. */
export function withRemoved(draft: ListDraft, id: string): ListDraft {
  if (draft.added.includes(id)) return { ...draft, added: draft.added.filter((added) => added !== id) };
  return { ...draft, removed: new Set(draft.removed).add(id) };
}

export function isDraftEmpty(draft: ListDraft): boolean {
  return draft.name === null && draft.added.length === 0 && draft.removed.size === 0;
}

export interface MemberLimit {
  /** The most members the list may hold; undefined when there is no limit. */
  max: number | undefined;
  /** Places left (0 when full or over); undefined when there is no limit. */
  placesLeft: number | undefined;
  /** Members beyond the limit (0 when within it): Save refuses until they are removed. */
  overBy: number;
  /** The count is near the limit: say how many places are left. */
  near: boolean;
}

export function memberLimit(rules: { maxMembers?: number; warnAt?: number }, count: number): MemberLimit {
  const max = rules.maxMembers;
  if (max === undefined) return { max, placesLeft: undefined, overBy: 0, near: false };
  return {
    max,
    placesLeft: Math.max(0, max - count),
    overBy: Math.max(0, count - max),
    near: count >= (rules.warnAt ?? max),
  };
}
