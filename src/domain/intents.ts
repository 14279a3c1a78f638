/**
 * Every edit is a named intent with its arguments. The app applies it locally and
 * queues it; the back-end applies it for real. Both use `applyIntent` (apply.ts).
 */
import { z } from 'zod';
import { MESSAGING_VALUES, PRIORITIES } from './model';

const id = z.string().min(1).max(64);
const ids = z.array(id).max(50_000);

export const intentSchemas = {
  'externalContact.create': z.object({ id, name: z.string(), phone: z.string() }),
  'externalContact.update': z.object({ id, name: z.string().optional(), phone: z.string().optional() }),
  'externalContact.delete': z.object({ id }),
  'subList.create': z.object({ id, name: z.string(), memberIds: ids }),
  'subList.rename': z.object({ id, name: z.string() }),
  'subList.addMembers': z.object({ id, memberIds: ids }),
  'subList.removeMembers': z.object({ id, memberIds: ids }),
  'subList.delete': z.object({ id }),
  'group.create': z.object({ id, name: z.string(), memberIds: ids }),
  'group.rename': z.object({ id, name: z.string() }),
  'group.addMembers': z.object({ id, memberIds: ids }),
  'group.removeMembers': z.object({ id, memberIds: ids }),
  'group.delete': z.object({ id }),
  'scanning.update': z.object({
    subscriberId: id,
    scanningEnabled: z.boolean(),
    scanList: z.array(z.object({ groupId: id, priority: z.enum(PRIORITIES) })).max(2_000),
  }),
  'options.setMessaging': z.object({ subscriberId: id, messaging: z.enum(MESSAGING_VALUES) }),
} as const;

export type IntentName = keyof typeof intentSchemas;
export type IntentArgs<N extends IntentName> = z.infer<(typeof intentSchemas)[N]>;

export type Intent = { [N in IntentName]: { name: N; args: IntentArgs<N> } }[IntentName];

export const INTENT_NAMES = Object.keys(intentSchemas) as IntentName[];

export const intentSchema = z.discriminatedUnion(
  'name',
  INTENT_NAMES.map((name) => z.object({ name: z.literal(name), args: intentSchemas[name] })) as unknown as [
    z.ZodObject<{ name: z.ZodLiteral<IntentName>; args: z.ZodType }>,
    ...z.ZodObject<{ name: z.ZodLiteral<IntentName>; args: z.ZodType }>[],
  ],
);

/** Parses untrusted input into an intent, or null. */
export function parseIntent(input: unknown): Intent | null {
  const result = intentSchema.safeParse(input);
  return result.success ? (result.data as Intent) : null;
}

/** The row an intent is about: where its base version and base field values come from. */
export function intentTarget(intent: Intent): { table: 'contacts' | 'subLists' | 'groups'; id: string } {
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
