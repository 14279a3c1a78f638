/**
 * External contacts from a file: each row is matched to a contact by its phone number. A new
 * number creates an external contact; a known external contact's number with another name
 * renames it; the same name is unchanged. A subscriber's number is accepted only unchanged
 * (subscribers come from the carrier), so a master list file imports too.
 */
import type { Intent } from '../intents';
import { nameError, normalizeName, parsePhone } from '../rules';
import { readType } from './columns';
import { RepeatedRows } from './repeats';
import { failed, markFailed, type PlannedRow, type RowError } from './plan-types';
import type { TablePlanner } from './planner';

export const planContacts: TablePlanner = (rows, { cell, index, newId }) => {
  const repeats = new RepeatedRows<string>((a, b) => a === b);
  const planned: PlannedRow[] = [];
  const edits = new Map<PlannedRow, Intent>();

  for (const { line, cells } of rows) {
    const rawName = cell(cells, 'name');
    const rawPhone = cell(cells, 'phone');
    const rawType = cell(cells, 'type');
    const base = { line, cells, subject: { contact: { name: normalizeName(rawName), phone: rawPhone } } };
    const errors: RowError[] = [];
    const badName = nameError(rawName);
    if (badName) errors.push({ code: badName, column: 'name' });
    const phone = parsePhone(rawPhone);
    if (!phone.ok) errors.push({ code: phone.error, column: 'phone' });
    const type = rawType === '' ? null : readType(rawType);
    if (type === undefined) errors.push({ code: 'type.invalid', column: 'type' });
    if (errors.length > 0 || !phone.ok || type === undefined) {
      planned.push(failed(base, errors));
      continue;
    }

    const name = normalizeName(rawName);
    const row: PlannedRow = {
      ...base,
      subject: { contact: { name, phone: phone.digits } },
      fate: 'unchanged',
      changes: [],
      errors: [],
    };
    planned.push(row);
    const repeated = repeats.check(phone.digits, row, name, 'name');
    if (repeated) {
      markFailed(row, repeated);
      continue;
    }

    const holder = index.contactByPhone(phone.digits);
    if (holder?.kind === 'subscriber') {
      // Subscribers are the carrier's: a row may name one only as it is.
      if (type === 'external') markFailed(row, { code: 'subscriber.readOnly', column: 'type' });
      else if (holder.name !== name) {
        markFailed(row, { code: 'subscriber.readOnly', column: 'name', detail: { name: holder.name } });
      }
    } else if (type === 'subscriber') {
      markFailed(row, { code: 'subscriber.notFound', column: 'type' });
    } else if (!holder) {
      row.fate = 'create';
      edits.set(row, { name: 'externalContact.create', args: { id: newId(), name, phone: phone.digits } });
    } else if (holder.name !== name) {
      row.fate = 'update';
      row.changes = [{ field: 'name', before: holder.name, after: name }];
      edits.set(row, { name: 'externalContact.update', args: { id: holder.id, name } });
    }
  }

  // A row a later conflicting row turned into an error makes no edit.
  const units = [...edits].flatMap(([row, intent]) =>
    row.fate === 'error' ? [] : [{ intents: [intent], changes: 1 }],
  );
  return { rows: planned, units };
};
