/**
 * A server activity log longer than what a device keeps: entries written straight into the
 * test back-end's store (as its log would hold them after months of edits), each a sub-list
 * renamed or a subscriber's messaging switched, by any author and at any time.
 */
import type { ActivityActor, NewActivityEntry } from '../src/domain/activity';
import type { MemberList, Subscriber } from '../src/domain/model';
import type { SignedInTenant } from './tenant';

export const MARIE: ActivityActor = { accountId: 'other-admin', name: 'Marie Dubé', role: 'administrator' };

export function renamedList(list: MemberList, n: number, at: number, actor = MARIE): NewActivityEntry {
  const name = `Liste ${n}`;
  return {
    at,
    actor,
    intent: { name: 'subList.rename', args: { id: list.id, name } },
    rows: [
      { table: 'subLists', id: list.id, name, op: 'update', changes: { name: { before: list.name, after: name } } },
    ],
  };
}

export function switchedMessaging(subscriber: Subscriber, n: number, at: number, actor = MARIE): NewActivityEntry {
  const [before, after] = n % 2 ? (['enabled', 'none'] as const) : (['none', 'enabled'] as const);
  return {
    at,
    actor,
    intent: { name: 'options.setMessaging', args: { subscriberId: subscriber.id, messaging: after } },
    rows: [
      {
        table: 'contacts',
        id: subscriber.id,
        name: subscriber.name,
        op: 'update',
        changes: { messaging: { before, after } },
      },
    ],
  };
}

/** Appends the entries to the tenant's log on the server, oldest first, in one transaction. */
export async function appendServerActivity(tenant: SignedInTenant, entries: readonly NewActivityEntry[]) {
  await tenant.backend.server.storage.transaction(
    async (tx) => {
      for (const entry of entries) await tx.appendActivity(entry);
    },
    { tenantId: tenant.session.tenant.id, mode: 'write' },
  );
}
