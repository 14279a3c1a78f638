/**
 * Everything the memory store holds — tenants (each a `TenantData`), accounts with their
 * username index, sessions — and its conversion to and from plain records.
 */
import type { AccountRecord, SessionRecord } from '../storage';
import { ActivityLog } from './activity-log';
import { activityRecord, type StateDump } from './records';
import { TenantData } from './tenant-data';

/** Every tenant, account and session. */
export class MemoryState {
  readonly tenants = new Map<string, TenantData>();
  readonly accounts = new Map<string, AccountRecord>();
  readonly accountIdByUsername = new Map<string, string>();
  readonly sessions = new Map<string, SessionRecord>();
  /** Each tenant's activity log, made on first use. */
  readonly activity = new Map<string, ActivityLog>();

  activityOf(tenantId: string): ActivityLog {
    let log = this.activity.get(tenantId);
    if (!log) this.activity.set(tenantId, (log = new ActivityLog()));
    return log;
  }

  setAccount(account: AccountRecord): void {
    this.accounts.set(account.id, account);
    this.accountIdByUsername.set(account.username, account.id);
  }

  dump(): StateDump {
    const tenants = [...this.tenants.values()];
    const perTenant = tenants.map((tenant) => tenant.dump());
    return {
      tenants: tenants.map((tenant) => tenant.record),
      accounts: [...this.accounts.values()],
      sessions: [...this.sessions.values()],
      entries: perTenant.flatMap((dump) => dump.entries),
      clients: perTenant.flatMap((dump) => dump.clients),
      outcomes: perTenant.flatMap((dump) => dump.outcomes),
      history: perTenant.flatMap((dump) => dump.history),
      activity: [...this.activity].flatMap(([tenantId, log]) =>
        log.all().map((logged) => activityRecord(tenantId, logged)),
      ),
      activityIds: [...this.activity].map(([tenantId, log]) => ({ key: tenantId, tenantId, lastId: log.lastId })),
    };
  }

  static fromDump(dump: StateDump): MemoryState {
    const state = new MemoryState();
    const known = new Set(dump.tenants.map((record) => record.id));
    const ofTenant = <T extends { tenantId: string }>(records: T[] = [], tenantId: string) =>
      records.filter((record) => record.tenantId === tenantId);
    // Stores written before the activity log have neither `activity` nor `activityIds`.
    for (const store of ['entries', 'clients', 'outcomes', 'history', 'activity', 'activityIds'] as const) {
      const stray = (dump[store] ?? []).find((record) => !known.has(record.tenantId));
      if (stray) throw new Error(`Stored record of unknown tenant ${stray.tenantId}`);
    }
    for (const record of dump.tenants) {
      const records = {
        entries: ofTenant(dump.entries, record.id),
        clients: ofTenant(dump.clients, record.id),
        outcomes: ofTenant(dump.outcomes, record.id),
        history: ofTenant(dump.history, record.id),
      };
      state.tenants.set(record.id, TenantData.fromRecords(record, records));
    }
    for (const account of dump.accounts) state.setAccount(account);
    for (const session of dump.sessions) state.sessions.set(session.tokenHash, session);
    for (const record of dump.activityIds ?? []) state.activityOf(record.tenantId).lastId = record.lastId;
    for (const record of [...(dump.activity ?? [])].sort((a, b) => a.entry.id - b.entry.id))
      state.activityOf(record.tenantId).load({ entry: record.entry, cursor: record.cursor ?? 0 });
    return state;
  }
}
