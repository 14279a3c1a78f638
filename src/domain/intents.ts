/**
 * Every edit is a named intent with its arguments. The app applies it locally and
 * queues it; the back-end applies it for real. Both use `applyIntent` (apply.ts).
 */
import type { z } from 'zod';
import type { IntentName, intentSchemas } from './intent-schemas';
import type { TableName } from './model';

export type { IntentName };
export type IntentArgs<N extends IntentName> = z.infer<(typeof intentSchemas)[N]>;

export type Intent = { [N in IntentName]: { name: N; args: IntentArgs<N> } }[IntentName];

/** The row an intent is about: where its base version and base field values come from. */
export function intentTarget(intent: Intent): { table: TableName; id: string } {
  switch (intent.name) {
    case 'externalContact.create':
    case 'externalContact.update':
    case 'externalContact.delete':
      return { table: 'contacts', id: intent.args.id };
    case 'scanning.update':
    case 'options.setMessaging':
      return { table: 'contacts', id: intent.args.subscriberId };
    case 'subList.create':
    case 'subList.rename':
    case 'subList.addMembers':
    case 'subList.removeMembers':
    case 'subList.delete':
      return { table: 'subLists', id: intent.args.id };
    case 'group.create':
    case 'group.rename':
    case 'group.addMembers':
    case 'group.removeMembers':
    case 'group.delete':
      return { table: 'groups', id: intent.args.id };
    case 'supervisor.addGroups':
    case 'supervisor.removeGroups':
      return { table: 'supervisors', id: intent.args.id };
  }
}

/**
 * The fields an intent overwrites. Another admin changing one of these since the
 * base is a conflict; membership changes and deletes overwrite nothing, so they merge.
 */
export function overwrittenFields(intent: Intent): string[] {
  switch (intent.name) {
    case 'externalContact.update':
      return (['name', 'phone'] as const).filter((field) => intent.args[field] !== undefined);
    case 'subList.rename':
    case 'group.rename':
      return ['name'];
    case 'scanning.update':
      return ['scanningEnabled', 'scanList'];
    case 'options.setMessaging':
      return ['messaging'];
    default:
      return [];
  }
}

/** The values an intent sets on the fields it overwrites: what "keep mine" would keep. */
export function wantedFields(intent: Intent): Record<string, unknown> {
  const args = intent.args as Record<string, unknown>;
  return Object.fromEntries(overwrittenFields(intent).map((field) => [field, args[field]]));
}

/** The members an intent adds to its sub-list or group (`intentTarget`); none for other intents. */
export function addedMembers(intent: Intent): string[] {
  switch (intent.name) {
    case 'subList.create':
    case 'subList.addMembers':
    case 'group.create':
    case 'group.addMembers':
      return intent.args.memberIds;
    default:
      return [];
  }
}
