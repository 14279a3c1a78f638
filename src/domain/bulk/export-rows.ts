/**
 * What an export writes: a table's header and rows of text cells, in the chosen language,
 * from a snapshot of the local rows — the same columns the import reads, so an exported file
 * imports back unchanged. Contacts and lists come in name order; numbers are written as the
 * language formats them (import reads any way of writing them).
 */
import type { Contact, MemberList, Subscriber } from '../model';
import { foldName, formatPhone } from '../rules';
import {
  columnHeader,
  exportedColumns,
  priorityWord,
  scanningWord,
  typeWord,
  type BulkTable,
  type Language,
} from './columns';
import type { TenantSnapshot } from './plan-types';

export interface ExportTable {
  headers: string[];
  rows: string[][];
}

const byName = <T extends { sortKey: string }>(a: T, b: T) =>
  a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0;
const byListName = (a: MemberList, b: MemberList) =>
  foldName(a.name).localeCompare(foldName(b.name)) || a.name.localeCompare(b.name);

/**
 * The table's rows. `contactIds` narrows the master list to some contacts (the search the
 * user made); other tables always hold everything.
 */
export function exportTable(
  table: BulkTable,
  snapshot: TenantSnapshot,
  language: Language,
  contactIds?: ReadonlySet<string>,
): ExportTable {
  const headers = exportedColumns(table).map((column) => columnHeader(column, language));
  const locale = language === 'fr' ? 'fr-CA' : 'en-CA';
  const phone = (contact: Contact) => formatPhone(contact.phone, locale);
  const contacts = [...snapshot.contacts].sort(byName);
  switch (table) {
    case 'masterList':
      return {
        headers,
        rows: contacts
          .filter((contact) => !contactIds || contactIds.has(contact.id))
          .map((contact) => [contact.name, phone(contact), typeWord(contact.kind, language)]),
      };
    case 'externalContacts':
      return {
        headers,
        rows: contacts
          .filter((contact) => contact.kind === 'external')
          .map((contact) => [contact.name, phone(contact)]),
      };
    case 'groupMembers':
    case 'subListMembers': {
      const lists = [...(table === 'groupMembers' ? snapshot.groups : snapshot.subLists)].sort(byListName);
      const order = new Map(contacts.map((contact, position) => [contact.id, position]));
      const rows = lists.flatMap((list) => {
        const members = list.memberIds
          .flatMap((id) => (order.has(id) ? [order.get(id)!] : []))
          .sort((a, b) => a - b)
          .map((position) => contacts[position]!);
        // An empty list still gets a row, so it is in the file (and a round trip keeps it empty).
        if (members.length === 0) return [[list.name, '', '']];
        return members.map((member) => [list.name, member.name, phone(member)]);
      });
      return { headers, rows };
    }
    case 'scanLists': {
      const groupName = new Map(snapshot.groups.map((group) => [group.id, group.name]));
      const scanning = contacts.filter(
        (contact): contact is Subscriber =>
          contact.kind === 'subscriber' && (contact.scanningEnabled || contact.scanList.length > 0),
      );
      const rows = scanning.flatMap((subscriber) => {
        const on = scanningWord(subscriber.scanningEnabled, language);
        if (subscriber.scanList.length === 0) return [[subscriber.name, phone(subscriber), '', '', on]];
        return subscriber.scanList.map((entry) => [
          subscriber.name,
          phone(subscriber),
          groupName.get(entry.groupId) ?? '',
          priorityWord(entry.priority, language),
          on,
        ]);
      });
      return { headers, rows };
    }
  }
}
