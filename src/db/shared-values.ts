/**
 * One copy of the values many contacts repeat, for the in-memory contact list (contact-list.ts).
 */
import type { Contact, ScanEntry } from '../domain/model';

/**
 * Rows read from IndexedDB each bring their own copy of every string: 50,000 copies of
 * "subscriber" and "enabled", one of a group's id in every scan list that names it. The list
 * keeps one of each of these few values (and one frozen object per scan entry), in place, as
 * rows arrive: several megabytes at 50,000 contacts (docs/performance.md).
 */
export class SharedValues {
  private readonly strings = new Map<string, string>();
  private readonly entries = new Map<string, ScanEntry>();

  private string<T extends string>(value: T): T {
    const kept = this.strings.get(value);
    if (kept !== undefined) return kept as T;
    this.strings.set(value, value);
    return value;
  }

  private entry(entry: ScanEntry): ScanEntry {
    const key = `${entry.priority}\u0000${entry.groupId}`;
    let kept = this.entries.get(key);
    if (!kept) {
      kept = Object.freeze({ groupId: this.string(entry.groupId), priority: this.string(entry.priority) });
      this.entries.set(key, kept);
    }
    return kept;
  }

  /** The same rows, their repeated values shared. */
  share<T extends Contact | undefined>(rows: T[]): T[] {
    for (const row of rows) {
      if (!row) continue;
      row.kind = this.string(row.kind);
      if (row.kind !== 'subscriber') continue;
      row.messaging = this.string(row.messaging);
      const { scanList } = row;
      for (let at = 0; at < scanList.length; at++) scanList[at] = this.entry(scanList[at]!);
    }
    return rows;
  }
}
