/**
 * Scan lists from a file: one row per scan entry — the subscriber (by phone number, or a name
 * only one contact has), one of their groups, a priority (blank: Normal) and optionally whether
 * scanning is on (blank: as it is). A row with no group stands for the subscriber alone (scanning
 * on with nothing ticked exports that way). Each subscriber becomes one `scanning.update`, as the
 * scanning form saves it. In `exact` mode a subscriber the file names keeps only the entries
 * listed, unless some of their rows are in error (then nothing of theirs is removed).
 */
import type { Priority, ScanEntry, Subscriber } from '../model';
import { SCAN_LIST_MAX } from '../rules';
import { readPriority, readScanning } from './columns';
import { RepeatedRows } from './repeats';
import {
  failed,
  firstErrorLine,
  markFailed,
  type ImportMode,
  type PlanUnit,
  type PlannedRow,
  type RowError,
} from './plan-types';
import { removalRow, RowsByOwner, type TablePlanner } from './planner';
import type { TenantIndex } from './tenant-index';

interface SubscriberRows {
  subscriber: Subscriber;
  /** Every row about the subscriber. */
  rows: PlannedRow[];
  /** The entries the rows list, in file order, with the row that lists each (it may turn out in error). */
  listed: { row: PlannedRow; entry: ScanEntry }[];
  /** Groups the file names for the subscriber, valid rows or not (they are not removed). */
  named: Set<string>;
  /** The first row that sets scanning on or off, and what it says. */
  scanning: { row: PlannedRow; enabled: boolean } | null;
}

export const planScanLists: TablePlanner = (rows, { cell, index, mode }) => {
  const entries = new RepeatedRows<Priority>((a, b) => a === b);
  const settings = new RepeatedRows<boolean>((a, b) => a === b, true);
  const owners = new RowsByOwner<SubscriberRows>();

  for (const { line, cells } of rows) {
    const subscriberCell = cell(cells, 'subscriber');
    const phoneCell = cell(cells, 'phone');
    const groupCell = cell(cells, 'group');
    const base = { line, cells, subject: { contact: { name: subscriberCell, phone: phoneCell }, list: groupCell } };
    const found = index.findContact(phoneCell, subscriberCell, 'subscriber');
    if (!found.ok || found.value.kind !== 'subscriber') {
      const error: RowError = found.ok ? { code: 'scan.notSubscriber', column: 'phone' } : found.error;
      owners.alone(failed(base, [error]));
      continue;
    }
    const subscriber = found.value;
    const own = owners.owner(subscriber.id, () => ({
      subscriber,
      rows: [],
      listed: [],
      named: new Set(),
      scanning: null,
    }));
    const errors: RowError[] = [];
    const group = groupCell === '' ? null : index.findList('groups', groupCell, 'group');
    if (group && !group.ok) errors.push(group.error);
    if (group?.ok) own.named.add(group.value.id);
    if (group?.ok && !group.value.memberIds.includes(subscriber.id)) {
      errors.push({ code: 'scan.notMember', column: 'group', detail: { group: group.value.name } });
    }
    const priority = readPriority(cell(cells, 'priority'));
    if (priority === undefined) errors.push({ code: 'priority.invalid', column: 'priority' });
    const enabled = readScanning(cell(cells, 'scanning'));
    if (enabled === undefined) errors.push({ code: 'scanning.invalid', column: 'scanning' });

    const subject = {
      contact: { name: subscriber.name, phone: subscriber.phone },
      list: group?.ok ? group.value.name : groupCell,
    };
    if (errors.length > 0 || priority === undefined || enabled === undefined) {
      owners.add(own, failed({ line, cells, subject }, errors));
      continue;
    }
    const row: PlannedRow = { line, cells, subject, fate: 'unchanged', changes: [], errors: [] };
    if (group) row.subject.priority = priority;
    owners.add(own, row);
    const repeated =
      (group?.ok ? entries.check(`${subscriber.id}\u0000${group.value.id}`, row, priority, 'priority') : null) ??
      (enabled !== null ? settings.check(subscriber.id, row, enabled, 'scanning') : null);
    if (repeated) {
      markFailed(row, repeated);
      continue;
    }
    if (enabled !== null) own.scanning ??= { row, enabled };
    if (group?.ok) own.listed.push({ row, entry: { groupId: group.value.id, priority } });
  }

  return owners.plan((own, removals) => planSubscriber(own, mode, index, removals));
};

/** The subscriber's new scan list and setting, each row's fate, and the removal rows. */
function planSubscriber(
  { subscriber, rows, listed, named, scanning: setting }: SubscriberRows,
  mode: ImportMode,
  index: TenantIndex,
  removals: PlannedRow[],
): PlanUnit | null {
  const firstError = firstErrorLine(rows);
  const current = new Map(subscriber.scanList.map((entry) => [entry.groupId, entry.priority]));
  const leaving = mode === 'exact' ? subscriber.scanList.filter((entry) => !named.has(entry.groupId)) : [];
  const removed = firstError === null ? leaving : [];
  const kept = new Map(
    subscriber.scanList.filter((entry) => !removed.includes(entry)).map((entry) => [entry.groupId, entry.priority]),
  );
  let changes = removed.length;
  for (const { row, entry } of listed) {
    // A row a later one contradicted is in error by now: its entry does not count.
    if (row.fate === 'error') continue;
    const before = current.get(entry.groupId);
    if (before === undefined && kept.size >= SCAN_LIST_MAX) {
      markFailed(row, { code: 'scan.tooMany', column: 'group', detail: { max: SCAN_LIST_MAX } });
      continue;
    }
    if (before === undefined) row.fate = 'create';
    else if (before !== entry.priority) {
      row.fate = 'update';
      row.changes.push({ field: 'priority', before, after: entry.priority });
    }
    if (row.fate !== 'unchanged') changes++;
    kept.set(entry.groupId, entry.priority);
  }
  // A row in error by now (a later row contradicted it, the list is full) sets nothing.
  const scanning = setting?.row.fate === 'error' ? null : setting;
  const enabled = scanning?.enabled ?? subscriber.scanningEnabled;
  if (scanning && enabled !== subscriber.scanningEnabled) {
    if (scanning.row.fate === 'unchanged') {
      scanning.row.fate = 'update';
      changes++;
    }
    scanning.row.changes.push({ field: 'scanning', before: subscriber.scanningEnabled, after: enabled });
  }
  for (const entry of leaving) {
    const subject = {
      contact: { name: subscriber.name, phone: subscriber.phone },
      list: index.listById(entry.groupId)?.name ?? '',
      priority: entry.priority,
    };
    removals.push(removalRow(subject, firstError));
  }
  if (changes === 0) return null;
  const scanList = [...kept].map(([groupId, priority]) => ({ groupId, priority }));
  return {
    intents: [{ name: 'scanning.update', args: { subscriberId: subscriber.id, scanningEnabled: enabled, scanList } }],
    changes,
  };
}
