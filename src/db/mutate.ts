/**
 * The only way the UI changes data: `mutate(db, intent)` applies the intent to the local
 * rows and appends it to the outbox in one read-write transaction, so an edit is either
 * shown and queued, or (rejected by a rule, or storage full) neither.
 * Offline it works the same: the sync engine sends the outbox when it can.
 */
import { applyIntent } from '../domain/apply';
import { intentTarget, overwrittenFields, type Intent } from '../domain/intents';
import { META, clientIdOf, syncChannelName, type OutboxEntry, type PttDatabase } from './database';
import { pendingEditStore } from './pending-store';

/** The browser refused to store more: nothing of the edit was saved. */
export class StorageFull extends Error {
  constructor(options?: { cause?: unknown }) {
    super('The browser storage is full', options);
    this.name = 'StorageFull';
  }
}

function isQuotaError(error: unknown): boolean {
  const names = [(error as { name?: string })?.name, (error as { inner?: { name?: string } })?.inner?.name];
  return names.includes('QuotaExceededError');
}

/** Throws `IntentRejected` (a rule forbids it) or `StorageFull`; in both cases nothing was written. */
export async function mutate(db: PttDatabase, intent: Intent): Promise<OutboxEntry> {
  let entry: OutboxEntry;
  try {
    entry = await db.transaction(
      'rw',
      [db.contacts, db.subLists, db.groups, db.serverRows, db.outbox, db.meta],
      async () => {
        const target = intentTarget(intent);
        const before = await db.table(target.table).get(target.id);
        const fields = overwrittenFields(intent);
        const base = before
          ? { version: before.version as number, fields: Object.fromEntries(fields.map((f) => [f, before[f]])) }
          : null;
        const { touched } = await applyIntent(pendingEditStore(db), intent);
        const seq = ((await db.meta.get(META.nextSeq))?.value as number | undefined) ?? 1;
        await db.meta.put({ key: META.nextSeq, value: seq + 1 });
        const created: OutboxEntry = {
          seq,
          key: `${await clientIdOf(db)}:${seq}`,
          intent,
          base,
          touched,
          createdAt: Date.now(),
        };
        await db.outbox.add(created);
        return created;
      },
    );
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFull({ cause: error });
    throw error;
  }
  nudgeSync(db);
  return entry;
}

/** Wakes the tab that syncs this database (this one or another) to send new edits now. */
export function nudgeSync(db: PttDatabase) {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(syncChannelName(db));
  channel.postMessage({ type: 'nudge' });
  channel.close();
}
