/**
 * Finding what a file's cells name in a snapshot of the tenant: a contact by phone number
 * (or, when the row gives none, by a name only one contact has) and a group or sub-list by
 * its name, ignoring case and accents as the forms do. Built once per dry run.
 */
import type { ListTable } from '../apply';
import type { Contact, MemberList } from '../model';
import { foldName, normalizeName, parsePhone } from '../rules';
import type { ColumnId } from './columns';
import type { RowError, TenantSnapshot } from './plan-types';

export type Found<T> = { ok: true; value: T } | { ok: false; error: RowError };

export class TenantIndex {
  private readonly byId = new Map<string, Contact>();
  private readonly byPhone = new Map<string, Contact>();
  /** Built on first use: folding 50,000 names is most of an index's cost, and a contacts file never names by name. */
  private byNameMap: Map<string, Contact[]> | null = null;
  private readonly lists: Record<ListTable, Map<string, MemberList>>;
  private readonly listsById = new Map<string, MemberList>();

  constructor(snapshot: TenantSnapshot) {
    for (const contact of snapshot.contacts) {
      this.byId.set(contact.id, contact);
      this.byPhone.set(contact.phone, contact);
    }
    this.lists = {
      // A file names a list as typed: matched ignoring case and accents, never by look-alike (nameKey).
      groups: new Map(snapshot.groups.map((list) => [foldName(list.name), list])),
      subLists: new Map(snapshot.subLists.map((list) => [foldName(list.name), list])),
    };
    for (const list of [...snapshot.groups, ...snapshot.subLists]) this.listsById.set(list.id, list);
  }

  private get byName(): Map<string, Contact[]> {
    if (this.byNameMap) return this.byNameMap;
    const byName = new Map<string, Contact[]>();
    for (const contact of this.byId.values()) {
      const key = foldName(contact.name);
      const named = byName.get(key);
      if (named) named.push(contact);
      else byName.set(key, [contact]);
    }
    return (this.byNameMap = byName);
  }

  contactById(id: string): Contact | undefined {
    return this.byId.get(id);
  }

  contactByPhone(digits: string): Contact | undefined {
    return this.byPhone.get(digits);
  }

  /**
   * The contact a row names: by its phone number when it gives one (a name beside it must be
   * that contact's, so a mistyped number is caught), otherwise by a name only one contact has.
   */
  findContact(phoneCell: string, nameCell: string, nameColumn: ColumnId): Found<Contact> {
    if (phoneCell !== '') {
      const parsed = parsePhone(phoneCell);
      if (!parsed.ok) return { ok: false, error: { code: parsed.error, column: 'phone' } };
      const contact = this.byPhone.get(parsed.digits);
      if (!contact) return { ok: false, error: { code: 'member.notFound', column: 'phone' } };
      if (nameCell !== '' && foldName(normalizeName(nameCell)) !== foldName(contact.name)) {
        return {
          ok: false,
          error: { code: 'member.nameMismatch', column: nameColumn, detail: { name: contact.name } },
        };
      }
      return { ok: true, value: contact };
    }
    if (nameCell === '') return { ok: false, error: { code: 'member.required', column: nameColumn } };
    const named = this.byName.get(foldName(normalizeName(nameCell))) ?? [];
    if (named.length === 0) return { ok: false, error: { code: 'member.notFound', column: nameColumn } };
    if (named.length > 1) {
      return { ok: false, error: { code: 'member.ambiguous', column: nameColumn, detail: { count: named.length } } };
    }
    return { ok: true, value: named[0]! };
  }

  /** A group or sub-list by name, as the forms compare names (case and accents ignored). */
  findList(table: ListTable, nameCell: string, column: ColumnId): Found<MemberList> {
    if (nameCell === '') return { ok: false, error: { code: 'list.required', column } };
    const list = this.lists[table].get(foldName(normalizeName(nameCell)));
    return list ? { ok: true, value: list } : { ok: false, error: { code: 'list.notFound', column } };
  }

  /** A group or sub-list by id (to name a scan entry's group). */
  listById(id: string): MemberList | undefined {
    return this.listsById.get(id);
  }
}
