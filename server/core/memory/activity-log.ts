/**
 * One tenant's activity log in the memory store: entries in number order, read by
 * scanning from the right end (newest first, or oldest first after a number), which
 * is fine at the sizes the memory store serves (tests, benchmarks, the demo).
 * `lastId` is kept apart from the entries, so numbers never come back once trimmed.
 */
import type { ActivityEntry, ActivityQuery, NewActivityEntry } from '../../../src/domain/activity';

export class ActivityLog {
  /** Ascending by id. */
  private entries: ActivityEntry[] = [];

  constructor(public lastId = 0) {}

  append(entry: NewActivityEntry): ActivityEntry {
    const numbered: ActivityEntry = { id: this.lastId + 1, ...entry };
    this.entries.push(numbered);
    this.lastId = numbered.id;
    return numbered;
  }

  /** Undoes the last `append`. */
  dropLast(): void {
    this.entries.pop();
    this.lastId -= 1;
  }

  /** Takes in an entry as stored, in number order. */
  load(entry: ActivityEntry): void {
    this.entries.push(entry);
    this.lastId = Math.max(this.lastId, entry.id);
  }

  query(query: ActivityQuery): ActivityEntry[] {
    const found: ActivityEntry[] = [];
    const take = (entry: ActivityEntry) => {
      if (matches(entry, query)) found.push(entry);
      return found.length < query.limit;
    };
    if (query.after !== undefined) {
      for (const entry of this.entries) if (entry.id > query.after && !take(entry)) break;
    } else {
      for (let index = this.entries.length - 1; index >= 0; index -= 1) {
        const entry = this.entries[index] as ActivityEntry;
        if ((query.before === undefined || entry.id < query.before) && !take(entry)) break;
      }
    }
    return found;
  }

  /** Removes the entries made before `at`; returns them, oldest first (to undo with `restore`). */
  trim(at: number): ActivityEntry[] {
    const kept = this.entries.filter((entry) => entry.at >= at);
    const removed = this.entries.filter((entry) => entry.at < at);
    this.entries = kept;
    return removed;
  }

  restore(removed: ActivityEntry[]): void {
    this.entries = [...removed, ...this.entries].sort((a, b) => a.id - b.id);
  }

  all(): readonly ActivityEntry[] {
    return this.entries;
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
