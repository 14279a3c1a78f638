/**
 * The shapes of the intents' arguments, checked where input is untrusted (the back-end).
 * Kept apart from intents.ts so the app bundle, which only makes intents, does not carry zod.
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

/** The intents' names: the keys of this table (re-exported by intents.ts, where the app takes them from). */
export type IntentName = keyof typeof intentSchemas;
const INTENT_NAMES = Object.keys(intentSchemas) as IntentName[];

export const intentSchema = z.discriminatedUnion(
  'name',
  INTENT_NAMES.map((name) => z.object({ name: z.literal(name), args: intentSchemas[name] })) as unknown as [
    z.ZodObject<{ name: z.ZodLiteral<IntentName>; args: z.ZodType }>,
    ...z.ZodObject<{ name: z.ZodLiteral<IntentName>; args: z.ZodType }>[],
  ],
);
