/**
 * Group or sub-list members from a file: one row per member (the list by name, the member by
 * phone number or by a name only one contact has); a row that names a list and no member stands
 * for the list itself (an empty list exports that way). Lists are not created by an import.
 * In `exact` mode each list the file names ends up holding exactly its rows' members, so the
 * members a spreadsheet deleted are removed — unless some of that list's rows are in error:
 * then its members are only added, never removed, until the file is fixed.
 */
import type { ListTable } from '../apply';
import type { Contact, MemberList } from '../model';
import { GROUP_MAX_MEMBERS } from '../rules';
import type { Intent } from '../intents';
import { RepeatedRows } from './repeats';
import {
  failed,
  firstErrorLine,
  markFailed,
  type ImportMode,
  type ParsedFile,
  type PlanUnit,
  type PlannedRow,
} from './plan-types';
import { removalRow, RowsByOwner, type PlanContext, type TablePlan } from './planner';
import type { TenantIndex } from './tenant-index';

interface ListRows {
  list: MemberList;
  /** Members the file names for the list, valid rows or not (they are not removed). */
  named: Set<string>;
  /** Rows that add a member, in file order. */
  additions: { row: PlannedRow; contact: Contact }[];
  /** Every row about the list. */
  rows: PlannedRow[];
}

/** Plans one kind of list's members (`groups` or `subLists`). */
export function planMemberships(
  table: ListTable,
  rows: ParsedFile['rows'],
  { cell, index, mode }: PlanContext,
): TablePlan {
  const listColumn = table === 'groups' ? 'group' : 'subList';
  const repeats = new RepeatedRows<null>(() => true);
  const owners = new RowsByOwner<ListRows>();

  for (const { line, cells } of rows) {
    const listCell = cell(cells, listColumn);
    const memberCell = cell(cells, 'member');
    const phoneCell = cell(cells, 'phone');
    const base = { line, cells, subject: { list: listCell, contact: { name: memberCell, phone: phoneCell } } };
    const list = index.findList(table, listCell, listColumn);
    if (!list.ok) {
      owners.alone(failed(base, [list.error]));
      continue;
    }
    const listRows = owners.owner(list.value.id, () => ({
      list: list.value,
      named: new Set(),
      additions: [],
      rows: [],
    }));
    if (memberCell === '' && phoneCell === '') {
      owners.add(listRows, {
        ...base,
        subject: { list: list.value.name },
        fate: 'unchanged',
        changes: [],
        errors: [],
      });
      continue;
    }
    const member = index.findContact(phoneCell, memberCell, 'member');
    if (!member.ok) {
      owners.add(listRows, failed(base, [member.error]));
      continue;
    }
    const contact = member.value;
    listRows.named.add(contact.id);
    const row: PlannedRow = {
      line,
      cells,
      subject: { list: list.value.name, contact: { name: contact.name, phone: contact.phone } },
      fate: list.value.memberIds.includes(contact.id) ? 'unchanged' : 'create',
      changes: [],
      errors: [],
    };
    const repeated = repeats.check(`${list.value.id}\u0000${contact.id}`, row, null, null);
    owners.add(listRows, row);
    if (repeated) {
      markFailed(row, repeated);
      continue;
    }
    if (row.fate === 'create') listRows.additions.push({ row, contact });
  }

  return owners.plan((listRows, removals) => planList(table, listRows, mode, index, removals));
}

/** The list's edit (removals first, so a full group can swap members), and the removal rows. */
function planList(
  table: ListTable,
  { list, named, additions, rows }: ListRows,
  mode: ImportMode,
  index: TenantIndex,
  removals: PlannedRow[],
): PlanUnit | null {
  // Rows that could not be read may name members: while any is in error, nobody is removed.
  const firstError = firstErrorLine(rows);
  const leaving = mode === 'exact' ? list.memberIds.filter((id) => !named.has(id)) : [];
  const removed = firstError === null ? leaving : [];
  const staying = list.memberIds.length - removed.length;
  const added: string[] = [];
  for (const { row, contact } of additions) {
    if (table === 'groups' && staying + added.length >= GROUP_MAX_MEMBERS) {
      markFailed(row, { code: 'group.full', column: null, detail: { max: GROUP_MAX_MEMBERS } });
    } else added.push(contact.id);
  }
  for (const id of leaving) {
    const contact = index.contactById(id);
    const subject = { list: list.name, contact: { name: contact?.name ?? '', phone: contact?.phone ?? '' } };
    const row = removalRow(subject, firstError);
    if (row.fate === 'remove' && table === 'groups' && contact?.kind === 'subscriber') {
      row.leavesScanList = contact.scanList.some((entry) => entry.groupId === list.id);
    }
    removals.push(row);
  }
  const intents: Intent[] = [];
  const groups = table === 'groups';
  if (removed.length > 0) {
    const args = { id: list.id, memberIds: removed };
    intents.push(groups ? { name: 'group.removeMembers', args } : { name: 'subList.removeMembers', args });
  }
  if (added.length > 0) {
    const args = { id: list.id, memberIds: added };
    intents.push(groups ? { name: 'group.addMembers', args } : { name: 'subList.addMembers', args });
  }
  return intents.length > 0 ? { intents, changes: removed.length + added.length } : null;
}
