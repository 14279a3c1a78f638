/**
 * Everything the memory store holds — tenants (each a `TenantData`), accounts with their
 * username index, sessions — and its conversion to and from plain records.
 */
import type { AccountRecord, SessionRecord } from '../storage';
import type { StateDump } from './records';
import { TenantData } from './tenant-data';

/** Every tenant, account and session. */
export class MemoryState {
  readonly tenants = new Map<string, TenantData>();
  readonly accounts = new Map<string, AccountRecord>();
  readonly accountIdByUsername = new Map<string, string>();
  readonly sessions = new Map<string, SessionRecord>();

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
    };
  }

  static fromDump(dump: StateDump): MemoryState {
    const state = new MemoryState();
    for (const record of dump.tenants) state.tenants.set(record.id, new TenantData(record));
    for (const account of dump.accounts) state.setAccount(account);
    for (const session of dump.sessions) state.sessions.set(session.tokenHash, session);
    const tenantOf = (tenantId: string) => {
      const tenant = state.tenants.get(tenantId);
      if (!tenant) throw new Error(`Stored record of unknown tenant ${tenantId}`);
      return tenant;
    };
    // Entries must be taken in cursor order so that the change log keeps its order.
    for (const entry of [...dump.entries].sort((a, b) => a.cursor - b.cursor)) tenantOf(entry.tenantId).load(entry);
    for (const client of dump.clients) tenantOf(client.tenantId).loadClient(client);
    for (const record of dump.outcomes) tenantOf(record.tenantId).loadOutcome(record);
    return state;
  }
}
