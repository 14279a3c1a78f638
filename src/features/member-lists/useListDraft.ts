/**
 * The edit draft of a sub-list or group page: what the user changed and has not saved, kept as
 * differences from the stored list (lists.ts), so edits another admin makes meanwhile show in it.
 */
import { useMemo, useState } from 'react';
import type { MemberList } from '../../domain/model';
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
  /** The list was there once (so, gone now, another admin deleted it). */
  seen: boolean;
  /** The user typed in the name field. */
  named: boolean;
  /** There are unsaved changes, whether or not the list still exists. */
  edited: boolean;
  rename: (name: string) => void;
  addMembers: (ids: readonly string[]) => void;
  removeMember: (id: string) => void;
  discard: () => void;
  /** Saved: the draft stays on screen until the stored list shows it, so nothing flickers away and back. */
  saved: () => void;
}

/**
 * `list`: the stored list, null when it does not exist (or no longer), undefined while read or for
 * a new list; `start`: what a new list starts with (a create the server refused, to enter again).
 */
export function useListDraft(
  list: MemberList | null | undefined,
  start?: { name: string; memberIds: readonly string[] },
): ListDraftState {
  const [draft, setDraft] = useState(() =>
    start ? { ...EMPTY_DRAFT, name: start.name, added: [...new Set(start.memberIds)] } : EMPTY_DRAFT,
  );
  const [seen, setSeen] = useState(false);
  const [settling, setSettling] = useState(false);
  if (list && !seen) setSeen(true);
  if (settling && list && !hasChanges(draftChanges(list, draft))) {
    setSettling(false);
    setDraft(EMPTY_DRAFT);
  }

  const storedList = useMemo(() => list?.memberIds ?? [], [list]);
  const memberIds = useMemo(() => new Set(draftMemberIds(storedList, draft)), [storedList, draft]);
  const storedIds = useMemo(() => new Set(storedList), [storedList]);
  const changes = list ? draftChanges(list, draft) : null;
  const dirty = changes ? !settling && hasChanges(changes) : true;
  return {
    name: draft.name ?? list?.name ?? '',
    memberIds,
    storedIds,
    changes,
    dirty,
    unsaved: list ? dirty : !isDraftEmpty(draft),
    seen,
    named: draft.name !== null,
    edited: !isDraftEmpty(draft),
    rename: (name) => setDraft({ ...draft, name }),
    addMembers: (ids) => setDraft(withAdded(draft, ids, storedList)),
    removeMember: (id) => setDraft(withRemoved(draft, id)),
    discard: () => setDraft(EMPTY_DRAFT),
    saved: () => setSettling(true),
  };
}
