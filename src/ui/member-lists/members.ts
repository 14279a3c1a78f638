/**
 * Pure logic shared by the sub-list and group screens: contact search, the edit draft of a
 * list (what the user changed since it was loaded), and what a change does to scan lists.
 * No React, no database: the screens feed it rows and render what it returns.
 */
import type { Contact, MemberList } from '../../domain/model';
import { foldName, normalizeName } from '../../domain/rules';

/** The folded name that `contactSortKey` puts before the id, so search needs no folding per row. */
function foldedName(contact: Contact): string {
  const end = contact.sortKey.indexOf('\u0000');
  return end < 0 ? foldName(contact.name) : contact.sortKey.slice(0, end);
}

/**
 * A predicate for what the user typed, or null for "everything". Every word must appear in
 * the name (case and accents ignored); words made of digits may match the phone number
 * instead, and a query that looks like a phone number (`613 555-01`, `+1 613`) matches its digits.
 */
export function contactMatcher(query: string): ((contact: Contact) => boolean) | null {
  const trimmed = query.trim();
  if (trimmed === '') return null;
  if (/^[+\d\s().-]+$/.test(trimmed)) {
    let digits = trimmed.replace(/\D/g, '');
    if (trimmed.startsWith('+1')) digits = digits.slice(1);
    if (digits !== '') return (contact) => contact.phone.includes(digits);
  }
  const words = foldName(trimmed).split(' ');
  return (contact) => {
    const name = foldedName(contact);
    return words.every((word) => name.includes(word) || (/^\d+$/.test(word) && contact.phone.includes(word)));
  };
}

export function filterContacts(contacts: readonly Contact[], query: string): readonly Contact[] {
  const matches = contactMatcher(query);
  return matches ? contacts.filter(matches) : contacts;
}

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

/** The other list (same kind) that already uses this name, ignoring case and accents. */
export function nameHolder<T extends MemberList>(lists: readonly T[], name: string, selfId: string | null) {
  const key = foldName(normalizeName(name));
  return lists.find((list) => list.nameKey === key && list.id !== selfId);
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
