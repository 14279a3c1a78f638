/**
 * The directory half of a memory-store transaction (memory-store.ts): tenants, accounts and
 * sessions, read and written directly in the state with an undo step for each write and a
 * journal of what changed. `MemoryTx` adds one tenant's rows, outcomes and activity on top.
 */
import { freshGeneration } from '../../../src/domain/generations';
import {
  TransactionGate,
  type AccountRecord,
  type DirectoryTx,
  type SessionRecord,
  type TenantRecord,
  type TenantScope,
} from '../storage';
import type { MemoryState } from './memory-state';
import { Journal } from './records';
import { TenantData } from './tenant-data';

export class MemoryDirectoryTx implements DirectoryTx {
  readonly journal = new Journal();
  protected readonly undo: Array<() => void> = [];
  private readonly gate: TransactionGate;

  constructor(
    private readonly state: MemoryState,
    scope: TenantScope | undefined,
  ) {
    this.gate = new TransactionGate(scope);
  }

  close(): void {
    this.gate.close();
  }

  async tenant(id: string): Promise<TenantRecord | undefined> {
    const record = this.readable().tenants.get(id)?.record;
    return record && { id: record.id, name: record.name, kind: record.kind };
  }

  async putTenant({ id, name, kind }: TenantRecord): Promise<void> {
    const { tenants } = this.writable();
    const existing = tenants.get(id);
    if (existing) {
      const previous = existing.record;
      existing.record = { ...previous, name, kind };
      this.undo.push(() => (existing.record = previous));
      this.journal.put('tenants', existing.record);
      return;
    }
    const created = new TenantData({ id, name, kind, cursor: 0, generation: freshGeneration() });
    tenants.set(id, created);
    this.undo.push(() => tenants.delete(id));
    this.journal.put('tenants', created.record);
  }

  async accountByUsername(username: string): Promise<AccountRecord | undefined> {
    const { accounts, accountIdByUsername } = this.readable();
    const id = accountIdByUsername.get(username);
    return id === undefined ? undefined : accounts.get(id);
  }

  async accountById(id: string): Promise<AccountRecord | undefined> {
    return this.readable().accounts.get(id);
  }

  async putAccount(account: AccountRecord): Promise<void> {
    const state = this.writable();
    const holder = state.accountIdByUsername.get(account.username);
    if (holder !== undefined && holder !== account.id) throw new Error(`Username ${account.username} is taken`);
    const previous = state.accounts.get(account.id);
    if (previous) state.accountIdByUsername.delete(previous.username);
    state.setAccount(account);
    this.undo.push(() => {
      state.accountIdByUsername.delete(account.username);
      if (previous) state.setAccount(previous);
      else state.accounts.delete(account.id);
    });
    this.journal.put('accounts', account);
  }

  async session(tokenHash: string): Promise<SessionRecord | undefined> {
    return this.readable().sessions.get(tokenHash);
  }

  async putSession(session: SessionRecord): Promise<void> {
    this.replaceSession(session.tokenHash, session);
    this.journal.put('sessions', session);
  }

  async deleteSession(tokenHash: string): Promise<void> {
    this.replaceSession(tokenHash, undefined);
    this.journal.remove('sessions', tokenHash);
  }

  private replaceSession(tokenHash: string, session: SessionRecord | undefined): void {
    const { sessions } = this.writable();
    const previous = sessions.get(tokenHash);
    const put = (value: SessionRecord | undefined) =>
      value ? sessions.set(tokenHash, value) : sessions.delete(tokenHash);
    put(session);
    this.undo.push(() => put(previous));
  }

  protected readable(): MemoryState {
    return this.gate.read(this.state);
  }

  protected writable(): MemoryState {
    return this.gate.write(this.state);
  }
}
