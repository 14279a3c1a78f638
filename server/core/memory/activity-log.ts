/**
 * One tenant's activity log in the memory store: entries in number order, read by
 * scanning from the right end (newest first, or oldest first after a number), which
 * is fine at the sizes the memory store serves (tests, benchmarks, the demo).
 * `lastId` is kept apart from the entries, so numbers never come back once trimmed — unless
 * the tenant goes back to a backup (`rewind`), which puts the log back as it was too.
 */
import type { ActivityEntry, ActivityQuery, NewActivityEntry } from '../../../src/domain/activity';

/** An entry and the tenant's change-log cursor once its edit was written: where it stands in the history. */
export interface LoggedActivity {
  entry: ActivityEntry;
  /** 0 for an entry stored before the cursor was kept (it counts as the oldest). */
  cursor: number;
}

export class ActivityLog {
  /** Ascending by id. */
  private logged: LoggedActivity[] = [];

  constructor(public lastId = 0) {}

  append(entry: NewActivityEntry, cursor: number): LoggedActivity {
    const numbered: LoggedActivity = { entry: { id: this.lastId + 1, ...entry }, cursor };
    this.logged.push(numbered);
    this.lastId = numbered.entry.id;
    return numbered;
  }

  /** Undoes the last `append`. */
  dropLast(): void {
    this.logged.pop();
    this.lastId -= 1;
  }

  /** Takes in an entry as stored, in number order. */
  load(logged: LoggedActivity): void {
    this.logged.push(logged);
    this.lastId = Math.max(this.lastId, logged.entry.id);
  }

  /** The entries of edits written after `cursor`, in number order: what a backup taken there lacks. */
  writtenAfter(cursor: number): ActivityEntry[] {
    return this.logged.filter((logged) => logged.cursor > cursor).map((logged) => logged.entry);
  }

  /**
   * The log as a backup taken at `cursor` held it: the entries written after it go, and
   * numbering goes on from the last entry kept, as a restored database's would.
   */
  rewind(cursor: number): void {
    const [firstUndone] = this.writtenAfter(cursor);
    if (!firstUndone) return;
    this.logged = this.logged.filter((logged) => logged.cursor <= cursor);
    this.lastId = firstUndone.id - 1;
  }

  query(query: ActivityQuery): ActivityEntry[] {
    const found: ActivityEntry[] = [];
    const take = (entry: ActivityEntry) => {
      if (matches(entry, query)) found.push(entry);
      return found.length < query.limit;
    };
    if (query.after !== undefined) {
      for (const { entry } of this.logged) if (entry.id > query.after && !take(entry)) break;
    } else {
      for (let index = this.logged.length - 1; index >= 0; index -= 1) {
        const { entry } = this.logged[index] as LoggedActivity;
        if ((query.before === undefined || entry.id < query.before) && !take(entry)) break;
      }
    }
    return found;
  }

  /** Removes the entries made before `at`; returns them, oldest first (to undo with `restore`). */
  trim(at: number): LoggedActivity[] {
    const removed = this.logged.filter(({ entry }) => entry.at < at);
    this.logged = this.logged.filter(({ entry }) => entry.at >= at);
    return removed;
  }

  restore(removed: LoggedActivity[]): void {
    this.logged = [...removed, ...this.logged].sort((a, b) => a.entry.id - b.entry.id);
  }

  all(): readonly LoggedActivity[] {
    return this.logged;
  }
}

function matches(entry: ActivityEntry, query: ActivityQuery): boolean {
  if (query.before !== undefined && entry.id >= query.before) return false;
  if (query.accountId !== undefined && entry.actor.accountId !== query.accountId) return false;
  if (query.intents && !query.intents.includes(entry.intent.name)) return false;
  if (query.from !== undefined && entry.at < query.from) return false;
  if (query.to !== undefined && entry.at >= query.to) return false;
  const { row } = query;
  return !row || entry.rows.some((touched) => touched.table === row.table && touched.id === row.id);
}
