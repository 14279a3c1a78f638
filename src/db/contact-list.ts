/**
 * Every contact in name order, held in memory once per database and kept up to date by
 * patching: a write that names some contacts re-reads only those rows and merges them into
 * place, instead of reading the whole table again (≈0.7 s of main thread at 50,000 contacts).
 * This tab's own writes — a local edit, a first sync's page, an import's chunk, a pull — are
 * taken as written (contact-writes.ts), without reading at all. Another tab's small writes are
 * named by Dexie key by key and read; its larger ones, reported as a range, and a cleared table
 * read the whole table again. While no screen shows the list (it is kept a while after the last
 * one closes), writes are only noted: the rows they name are read once, when a screen shows the
 * list again.
 *
 * Order: the `sortKey` index's, ties by id — what `orderBy('sortKey')` gives, so the list
 * is the same whichever way it was built. Shared by the master list and the member pickers.
 */
import { Dexie, type ObservabilitySet } from 'dexie';
import type { Contact } from '../domain/model';
import { contactWritesOf, type ContactWrites } from './contact-writes';
import { SharedValues } from './shared-values';
import { byIdOf, byName, patched } from './sorted-contacts';
import type { PttDatabase } from './database';

/** Enough rows to fill the first screen while the whole list loads. */
const FIRST_SCREEN = 60;
/** More changed keys than this (pages queued during a read): reading the table again is as cheap. */
const PATCH_LIMIT = 20_000;
/**
 * How long the rows stay in memory (and up to date) after the last screen showing them closes:
 * going back to the master list from another section is then immediate, not a 50,000-row read.
 */
const KEEP_AFTER_LAST_SCREEN_MS = 5 * 60_000;

export interface ContactListState {
  /** In name order; undefined until the first read. */
  contacts: Contact[] | undefined;
  /** False while only the first screen of rows is loaded. */
  complete: boolean;
}

/** The contacts a write touched; `rows`, when this tab wrote them (contact-writes.ts): no need to read them. */
type ChangedKeys = { kind: 'keys'; keys: string[]; rows?: ContactWrites } | { kind: 'all' } | null;

/** The contacts a committed write touched, from Dexie's storage-mutated parts. */
function changedContacts(parts: ObservabilitySet, databaseName: string): ChangedKeys {
  const range = parts[`idb://${databaseName}/contacts/`];
  if (!range) return null;
  const rows = contactWritesOf(parts, databaseName);
  if (rows) return rows.size > 0 ? { kind: 'keys', keys: [...rows.keys()], rows } : null;
  const keys: string[] = [];
  // A RangeSet is a tree of intervals; across tabs it arrives as plain objects, so walk it by hand.
  const pending: unknown[] = [range];
  while (pending.length > 0) {
    const node = pending.pop() as { from?: unknown; to?: unknown; l?: unknown; r?: unknown; d?: number };
    if (!node || !node.d) continue;
    if (node.from !== node.to || typeof node.from !== 'string') return { kind: 'all' };
    keys.push(node.from);
    if (keys.length > PATCH_LIMIT) return { kind: 'all' };
    pending.push(node.l, node.r);
  }
  return keys.length > 0 ? { kind: 'keys', keys } : null;
}

export class ContactList {
  private state: ContactListState = { contacts: undefined, complete: false };
  private readonly listeners = new Set<() => void>();
  /**
   * Writes seen while a read is running, or while no screen shows the list: applied once the
   * read ends, or when a screen subscribes again (an offline backlog of edits made on another
   * page then costs the list nothing per edit, and one read of the rows they touched after).
   */
  private readonly queued = { all: false, keys: new Set<string>() };
  private reading = false;
  private stopWatching: (() => void) | null = null;
  private release: ReturnType<typeof setTimeout> | undefined;
  private readonly shared = new SharedValues();
  /** The complete list's rows by id, for a patch to find the ones it changes (sorted-contacts.ts). */
  private byId = new Map<string, Contact>();

  constructor(private readonly db: PttDatabase) {}

  getState = (): ContactListState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    clearTimeout(this.release);
    if (this.listeners.size === 1) {
      this.start();
      if (!this.reading) this.drainQueue();
    }
    return () => {
      this.listeners.delete(listener);
      // Closed already (Exit closes the database before the screens unsubscribe): nothing to keep.
      if (this.listeners.size === 0 && this.stopWatching) this.releaseLater();
    };
  };

  /** A method, not inline: a timer made in `subscribe` would hold the last screen's listener, and its rows, while it waits. */
  private releaseLater() {
    this.release = setTimeout(() => this.stop(), KEEP_AFTER_LAST_SCREEN_MS);
  }

  private start() {
    if (this.stopWatching) return;
    const onMutated = (parts: ObservabilitySet) => this.changed(changedContacts(parts, this.db.name));
    // Closed (sign-out, Exit): the rows go at once, not when the keep-alive ends.
    const onClosed = () => this.stop();
    Dexie.on('storagemutated', onMutated);
    this.db.on('close', onClosed);
    this.stopWatching = () => {
      Dexie.on('storagemutated').unsubscribe(onMutated);
      this.db.on('close').unsubscribe(onClosed);
    };
    if (!this.state.complete) this.run(this.readAll(true));
  }

  private stop() {
    clearTimeout(this.release);
    this.stopWatching?.();
    this.stopWatching = null;
    this.clearQueue();
    this.byId = new Map();
    this.set({ contacts: undefined, complete: false });
  }

  private changed(change: ChangedKeys) {
    if (!change || !this.stopWatching) return;
    if (this.reading || !this.state.complete || this.listeners.size === 0) {
      this.enqueue(change);
      return;
    }
    this.run(change.kind === 'all' ? this.readAll(false) : this.patch(change.keys, change.rows));
  }

  /**
   * A read that fails leaves the rows as they were: a closed database (sign-out, Exit) lets
   * them go; any other failure reads the whole table at the next write.
   */
  private run(read: Promise<void>) {
    read.catch((error: unknown) => {
      this.reading = false;
      if (error instanceof Dexie.DatabaseClosedError) this.stop();
      else this.enqueue({ kind: 'all' });
    });
  }

  private async readAll(firstScreenFirst: boolean) {
    this.reading = true;
    this.clearQueue();
    try {
      if (firstScreenFirst) {
        const first = this.shared.share(await this.db.contacts.orderBy('sortKey').limit(FIRST_SCREEN).toArray());
        if (!this.state.complete && this.stopWatching) this.set({ contacts: first, complete: false });
      }
      const all = this.shared.share(await this.db.contacts.orderBy('sortKey').toArray());
      if (!this.stopWatching) return;
      this.byId = byIdOf(all);
      this.set({ contacts: all, complete: true });
    } finally {
      this.reading = false;
    }
    this.drainQueue();
  }

  private async patch(keys: string[], rows?: ContactWrites) {
    let fresh = rows && keys.map((key) => rows.get(key) ?? undefined);
    if (!fresh) {
      this.reading = true;
      try {
        fresh = await this.db.contacts.bulkGet(keys);
      } finally {
        this.reading = false;
      }
    }
    if (!this.stopWatching) return;
    const arrived = this.shared.share(fresh.filter((contact) => contact !== undefined)).sort(byName);
    const contacts = patched(this.state.contacts ?? [], this.byId, new Set(keys), arrived);
    for (const key of keys) this.byId.delete(key);
    for (const row of arrived) this.byId.set(row.id, row);
    this.set({ contacts, complete: true });
    this.drainQueue();
  }

  /** Rows the queue holds are read again (written ones are not kept): what matters is the table as it is now. */
  private enqueue(change: NonNullable<ChangedKeys>) {
    const { queued } = this;
    if (queued.all) return;
    if (change.kind === 'all') queued.all = true;
    else for (const key of change.keys) queued.keys.add(key);
    if (queued.keys.size > PATCH_LIMIT) queued.all = true;
    if (queued.all) queued.keys.clear();
  }

  private clearQueue() {
    this.queued.all = false;
    this.queued.keys.clear();
  }

  private drainQueue() {
    const { all, keys } = this.queued;
    const change: ChangedKeys = all ? { kind: 'all' } : keys.size > 0 ? { kind: 'keys', keys: [...keys] } : null;
    this.clearQueue();
    if (change) this.changed(change);
  }

  private set(state: ContactListState) {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}

const lists = new WeakMap<PttDatabase, ContactList>();

/** The one list of this database's contacts. */
export function contactListOf(db: PttDatabase): ContactList {
  let list = lists.get(db);
  if (!list) lists.set(db, (list = new ContactList(db)));
  return list;
}
