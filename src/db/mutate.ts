/**
 * The only way the UI changes data: `mutate(db, intent)` applies the intent to the local
 * rows and appends it to the outbox in one read-write transaction, so an edit is either
 * shown and queued, or (rejected by a rule, or quota exceeded) neither.
 */
import { applyIntent } from '../domain/apply';
import { intentTarget, overwrittenFields, type Intent } from '../domain/intents';
import type { PttDatabase, OutboxEntry } from './database';
import { dexieTenantStore } from './tenant-store';

const NEXT_SEQ = 'nextSeq';

export async function mutate(db: PttDatabase, intent: Intent): Promise<OutboxEntry> {
  return db.transaction('rw', [db.contacts, db.subLists, db.groups, db.outbox, db.meta], async () => {
    const target = intentTarget(intent);
    const before = await db.table(target.table).get(target.id);
    const fields = overwrittenFields(intent);
    const base = before
      ? { version: before.version as number, fields: Object.fromEntries(fields.map((f) => [f, before[f]])) }
      : null;
    const { touched } = await applyIntent(dexieTenantStore(db), intent);
    const seq = ((await db.meta.get(NEXT_SEQ))?.value as number | undefined) ?? 1;
    await db.meta.put({ key: NEXT_SEQ, value: seq + 1 });
    const clientId = (await db.meta.get('clientId'))?.value as string | undefined;
    const entry: OutboxEntry = {
      seq,
      key: `${clientId ?? 'local'}:${seq}`,
      intent,
      base,
      touched,
      createdAt: Date.now(),
    };
    await db.outbox.add(entry);
    return entry;
  });
}
