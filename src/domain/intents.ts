/**
 * Every edit is a named intent with its arguments. The app applies it locally and
 * queues it; the back-end applies it for real. Both use `applyIntent` (apply.ts).
 */
import type { z } from './schema';
import type { IntentName, intentSchemas } from './intent-schemas';
import type { TableName } from './model';

export type { IntentName };
export type IntentArgs<N extends IntentName> = z.infer<(typeof intentSchemas)[N]>;

export type Intent = { [N in IntentName]: { name: N; args: IntentArgs<N> } }[IntentName];

/** An intent name's first part: the kind of row it edits. */
type IntentSubject = IntentName extends `${infer Subject}.${string}` ? Subject : never;

const TABLE_OF: { readonly [S in IntentSubject]: TableName } = {
  externalContact: 'contacts',
  scanning: 'contacts',
  options: 'contacts',
  subList: 'subLists',
  group: 'groups',
  supervisor: 'supervisors',
};

/** The row an intent is about: where its base version and base field values come from. */
export function intentTarget(intent: Intent): { table: TableName; id: string } {
  const subject = intent.name.slice(0, intent.name.indexOf('.')) as IntentSubject;
  // A subscriber's scanning and options name the subscriber; every other intent its row's id.
  const id = 'subscriberId' in intent.args ? intent.args.subscriberId : intent.args.id;
  return { table: TABLE_OF[subject], id };
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
