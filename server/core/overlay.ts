/**
 * A copy-on-write view of a tenant for one mutation: `applyIntent` reads through to the
 * transaction's rows and writes here. `commit()` writes every changed row through the
 * transaction (new version, change-log entry); dropping the overlay discards a mutation
 * that a rule refused halfway, so each mutation is all or nothing.
 */
import { rowChange, type ActivityRow } from '../../src/domain/activity';
import type { ListTable, RowRef, TenantStore } from '../../src/domain/apply';
import type { Contact, MemberList, RowByTable, Supervisor, TableName } from '../../src/domain/model';
import type { Row, TenantTx } from './storage';

interface PendingWrite {
  table: TableName;
  id: string;
  /** Undefined: deleted. */
  row: Row | undefined;
}

export class Overlay implements TenantStore {
  private readonly writes = new Map<string, PendingWrite>();

  constructor(private readonly tx: TenantTx) {}

  async get<T extends TableName>(table: T, id: string): Promise<RowByTable[T] | undefined> {
    const write = this.writes.get(`${table}/${id}`);
    return write ? (write.row as RowByTable[T] | undefined) : this.tx.get(table, id);
  }

  async put<T extends TableName>(table: T, row: RowByTable[T]): Promise<void> {
    this.writes.set(`${table}/${row.id}`, { table, id: row.id, row });
  }

  async delete(table: TableName, id: string): Promise<void> {
    this.writes.set(`${table}/${id}`, { table, id, row: undefined });
  }

  async contactByPhone(phone: string): Promise<Contact | undefined> {
    const written = this.writtenRows('contacts').find((contact) => contact.phone === phone);
    return written ?? this.unlessRewritten('contacts', await this.tx.contactByPhone(phone));
  }

  async listByNameKey(table: ListTable, nameKey: string): Promise<MemberList | undefined> {
    const written = this.writtenRows(table).find((list) => list.nameKey === nameKey);
    return written ?? this.unlessRewritten(table, await this.tx.listByNameKey(table, nameKey));
  }

  async listsWithMember(table: ListTable, memberId: string): Promise<MemberList[]> {
    const committed = (await this.tx.listsWithMember(table, memberId)).filter(
      (list) => !this.writes.has(`${table}/${list.id}`),
    );
    return [...committed, ...this.writtenRows(table).filter((list) => list.memberIds.includes(memberId))];
  }

  async supervisorsOfGroup(groupId: string): Promise<Supervisor[]> {
    const committed = (await this.tx.supervisorsOfGroup(groupId)).filter(
      (supervisor) => !this.writes.has(`supervisors/${supervisor.id}`),
    );
    return [...committed, ...this.writtenRows('supervisors').filter((row) => row.groupIds.includes(groupId))];
  }

  /** What the pending writes change, row by row, against the stored rows (call before `commit`). */
  async changes(): Promise<ActivityRow[]> {
    const rows: ActivityRow[] = [];
    for (const { table, id, row } of this.writes.values()) {
      const change = rowChange(table, id, await this.tx.get(table, id), row);
      if (change) rows.push(change);
    }
    return rows;
  }

  /** Writes every pending change through the transaction; returns the rows touched. */
  async commit(): Promise<RowRef[]> {
    for (const { table, id, row } of this.writes.values()) await this.tx.write(table, id, row);
    return [...this.writes.values()].map(({ table, id }) => ({ table, id }));
  }

  private writtenRows<T extends TableName>(table: T): RowByTable[T][] {
    return [...this.writes.values()]
      .filter((write) => write.table === table && write.row !== undefined)
      .map((write) => write.row as RowByTable[T]);
  }

  /** A stored row found by an index is stale if this mutation already rewrote it. */
  private unlessRewritten<T extends TableName>(table: T, row: RowByTable[T] | undefined): RowByTable[T] | undefined {
    return row && !this.writes.has(`${table}/${row.id}`) ? row : undefined;
  }
}
