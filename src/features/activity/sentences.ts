/**
 * An activity entry as a reader sees it: one sentence saying who did what to what, and the
 * lines that detail it (a renamed field before → after, the rows changed as a result). The
 * server's entries and this device's waiting edits both become a `ShownEntry`; waiting ones
 * have no field changes yet, so they read from the intent alone.
 */
import type { MessageDescriptor } from 'react-intl';
import type { ActivityActor, ActivityRow } from '../../domain/activity';
import type { Intent } from '../../domain/intents';
import type { ScanEntry } from '../../domain/model';
import { detailMessages, sentenceMessages as s } from './messages';

export interface ShownEntry {
  /** `server:<id>` or `waiting:<outbox key>`. */
  key: string;
  waiting: boolean;
  at: number;
  /** The author; a waiting edit's is the signed-in user, without a name (the sentence says "You"). */
  actor: ActivityActor;
  /** Made by the signed-in user (here or on another device). */
  you: boolean;
  intent: Intent;
  rows: ActivityRow[];
}

export interface Phrase {
  message: MessageDescriptor;
  values: Record<string, string | number>;
}

/** The names a sentence needs beyond the rows it touched: the groups a scan list names. */
export type GroupName = (id: string) => string | undefined;

export function sentenceOf(entry: ShownEntry, groupName: GroupName): Phrase {
  const who = { who: entry.you ? 'you' : 'other', actor: entry.actor.name };
  const target = entry.rows[0];
  const name = target?.name ?? '';
  const say = (message: MessageDescriptor, values: Record<string, string | number> = {}): Phrase => ({
    message,
    values: { ...who, ...values },
  });
  const { intent } = entry;
  switch (intent.name) {
    case 'externalContact.create':
      return say(s.contactCreate, { name: name || intent.args.name });
    case 'externalContact.update':
      return say(s.contactUpdate, { name });
    case 'externalContact.delete':
      return say(s.contactDelete, { name });
    case 'subList.create':
    case 'group.create':
      return say(s.listCreate, {
        kind: kindOf(intent),
        list: name || intent.args.name,
        count: intent.args.memberIds.length,
      });
    case 'subList.rename':
    case 'group.rename':
      return say(s.listRename, { kind: kindOf(intent), list: name || intent.args.name });
    case 'subList.delete':
    case 'group.delete':
      return say(s.listDelete, { kind: kindOf(intent), list: name });
    case 'subList.addMembers':
    case 'group.addMembers':
      return say(s.addMembers, { list: name, count: memberCount(target, intent.args.memberIds, 'added') });
    case 'subList.removeMembers':
    case 'group.removeMembers':
      return say(s.removeMembers, { list: name, count: memberCount(target, intent.args.memberIds, 'removed') });
    case 'scanning.update': {
      const { scanningEnabled, scanList } = intent.args;
      if (!scanningEnabled) return say(s.scanningOff, { subscriber: name });
      const changed = changedScanEntries(target, scanList);
      const only = changed.length === 1 ? changed[0] : undefined;
      const group = only && groupName(only.groupId);
      if (only && group) return say(s.scanningPriority, { subscriber: name, group, priority: only.priority });
      return say(s.scanList, { subscriber: name, count: scanList.length });
    }
    case 'options.setMessaging':
      return say(s.messaging, { subscriber: name, messaging: intent.args.messaging });
    case 'supervisor.addGroups':
    case 'supervisor.removeGroups':
      return say(s.scope, {
        supervisor: name,
        change: intent.name === 'supervisor.addGroups' ? 'add' : 'remove',
        count: intent.args.groupIds.length,
      });
  }
}

/** The lines under the sentence: names and numbers before → after, then how many other rows changed with it. */
export function detailsOf(entry: ShownEntry): Phrase[] {
  const [target, ...cascades] = entry.rows;
  const lines: Phrase[] = [];
  if (target?.op === 'update') {
    for (const field of ['name', 'phone'] as const) {
      const change = target.changes[field];
      if (change?.before !== undefined && change.after !== undefined)
        lines.push({
          message: detailMessages.field,
          values: { field, before: String(change.before), after: String(change.after) },
        });
    }
  }
  if (cascades.length > 0) lines.push({ message: detailMessages.cascade, values: { count: cascades.length } });
  return lines;
}

/** Every name the entry mentions, for the search box: the author and each row it touched. */
export function namesOf(entry: ShownEntry): string[] {
  return [entry.actor.name, ...entry.rows.map((row) => row.name)];
}

function kindOf(intent: Intent): 'group' | 'subList' {
  return intent.name.startsWith('group.') ? 'group' : 'subList';
}

/** How many members really came or went: from the row's change once the server logged it, else as asked. */
function memberCount(target: ActivityRow | undefined, asked: string[], way: 'added' | 'removed'): number {
  const change = target?.changes.memberIds;
  if (!change) return asked.length;
  const before = new Set((change.before ?? []) as string[]);
  const after = new Set((change.after ?? []) as string[]);
  const [from, to] = way === 'added' ? [before, after] : [after, before];
  return [...to].filter((id) => !from.has(id)).length;
}

/** The scan entries the edit added or whose priority it changed (all of them when the before is unknown). */
function changedScanEntries(target: ActivityRow | undefined, scanList: ScanEntry[]): ScanEntry[] {
  const before = target?.changes.scanList?.before as ScanEntry[] | undefined;
  if (!before) return target?.changes.scanList ? scanList : [];
  return scanList.filter(
    (entry) => !before.some((old) => old.groupId === entry.groupId && old.priority === entry.priority),
  );
}
