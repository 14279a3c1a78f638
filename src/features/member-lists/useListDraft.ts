/**
 * The edit draft of a sub-list or group page, built on the shared form draft over the live row
 * (src/db/form-draft.ts): the name follows the stored one until the user types, another
 * administrator's rename or member changes are told, a rename made over theirs waits behind "Use
 * theirs", and Save carries the base the user saw. The members are kept as differences from the
 * stored list (lists.ts), so members another admin adds or removes meanwhile show in it too.
 */
import { useMemo, useState } from 'react';
import type { MemberList } from '../../domain/model';
import { normalizeName } from '../../domain/rules';
import { useFormDraft, type FormDraft } from '../../db/form-draft';
import type { SeenRow } from '../../db/outbox/append';
import type { MemberListKind } from './kinds';
import {
  EMPTY_DRAFT,
  draftChanges,
  draftMemberIds,
  hasChanges,
  isDraftEmpty,
  withAdded,
  withRemoved,
  type ListChanges,
} from './lists';

type ListFields = { name: string; memberIds: string[] };

export interface ListDraftState {
  /** The name on screen: the user's, or the stored one while they have not touched it. */
  name: string;
  /** The member ids on screen. */
  memberIds: ReadonlySet<string>;
  /** The stored members (the others are "Not saved yet"). */
  storedIds: ReadonlySet<string>;
  /** The smallest edits Save would store; null for a new list. */
  changes: ListChanges | null;
  /** Save has something to store (a new list always has). */
  dirty: boolean;
  /** Leaving the page would lose something. */
  unsaved: boolean;
  /** The user typed in the name field. */
  named: boolean;
  /** What another administrator changed, who deleted the list, and the base for Save. */
  live: Pick<FormDraft<MemberList, ListFields>, 'state' | 'changes' | 'useTheirs' | 'deletedBy' | 'waitingForData'>;
  seen: SeenRow | undefined;
  rename: (name: string) => void;
  addMembers: (ids: readonly string[]) => void;
  removeMember: (id: string) => void;
  discard: () => void;
  /** Saved: the draft stays on screen until the stored list shows it, so nothing flickers away and back. */
  saved: () => void;
}

/** Two member lists are the same whatever their order; names, as the rules store them. */
function sameField(field: keyof ListFields, a: unknown, b: unknown): boolean {
  if (field === 'name') return normalizeName(String(a)) === normalizeName(String(b));
  const [x, y] = [a as string[], new Set(b as string[])];
  return x.length === y.size && x.every((id) => y.has(id));
}

const showList = (row: MemberList): ListFields => ({ name: row.name, memberIds: row.memberIds });

/**
 * `list`: the stored list, null when it does not exist (or no longer), undefined while read or for
 * a new list (`listId` null); `start`: what a new list starts with (a create the server refused).
 */
export function useListDraft(
  kind: MemberListKind,
  listId: string | null,
  list: MemberList | null | undefined,
  start?: { name: string; memberIds: readonly string[] },
): ListDraftState {
  const form = useFormDraft(list, { table: kind.table, id: listId ?? '', show: showList, same: sameField });
  // The members' differences (and, for a new list, its name).
  const [draft, setDraft] = useState(() =>
    start ? { ...EMPTY_DRAFT, name: start.name, added: [...new Set(start.memberIds)] } : EMPTY_DRAFT,
  );
  const [settling, setSettling] = useState(false);
  // Deleted while open, the list's last values stay, to create it again from what the page shows.
  const shown = list ?? form.row;
  const withName = shown ? { ...draft, name: form.edits.name ?? null } : draft;
  if (settling && list && !hasChanges(draftChanges(list, withName))) {
    setSettling(false);
    setDraft(EMPTY_DRAFT);
  }

  const storedList = useMemo(() => shown?.memberIds ?? [], [shown]);
  const memberIds = useMemo(() => new Set(draftMemberIds(storedList, draft)), [storedList, draft]);
  const storedIds = useMemo(() => new Set(storedList), [storedList]);
  const changes = shown ? draftChanges(shown, withName) : null;
  const dirty = changes ? !settling && hasChanges(changes) : true;
  return {
    name: shown ? (form.values?.name ?? '') : (draft.name ?? ''),
    memberIds,
    storedIds,
    changes,
    dirty,
    unsaved: shown ? dirty : !isDraftEmpty(draft),
    named: shown ? form.edits.name !== undefined : draft.name !== null,
    live: form,
    seen: form.seen,
    rename: (name) => (shown ? form.set('name', name) : setDraft({ ...draft, name })),
    addMembers: (ids) => setDraft(withAdded(draft, ids, storedList)),
    removeMember: (id) => setDraft(withRemoved(draft, id)),
    discard: () => {
      setDraft(EMPTY_DRAFT);
      form.discard();
    },
    saved: () => {
      setSettling(true);
      form.saved();
    },
  };
}
