/**
 * The shapes of the intents' arguments, checked where input is untrusted (the back-end).
 * Kept apart from intents.ts so the app bundle, which only makes intents, does not carry zod.
 */
import { z } from './schema';
import { MESSAGING_VALUES, PRIORITIES } from './model';
import { NAME_MAX_CODE_UNITS } from './rules';

/**
 * Every string is bounded here, before any rule runs: ids are what the app and the seed make
 * (UUIDs, letters, digits and `_ . : -`); a name is at most what the name rules could accept
 * (they then say what is wrong with it); a phone number as typed, with its punctuation.
 */
const id = z.string().check(z.regex(/^[\w.:-]{1,64}$/, 'an id is 1 to 64 letters, digits or _ . : -'));
const ids = z.array(id).check(z.maxLength(50_000));
const name = z.string().check(z.maxLength(NAME_MAX_CODE_UNITS));
const phone = z.string().check(z.maxLength(40));

export const intentSchemas = {
  'externalContact.create': z.object({ id, name, phone }),
  'externalContact.update': z.object({ id, name: z.optional(name), phone: z.optional(phone) }),
  'externalContact.delete': z.object({ id }),
  'subList.create': z.object({ id, name, memberIds: ids }),
  'subList.rename': z.object({ id, name }),
  'subList.addMembers': z.object({ id, memberIds: ids }),
  'subList.removeMembers': z.object({ id, memberIds: ids }),
  'subList.delete': z.object({ id }),
  'group.create': z.object({ id, name, memberIds: ids }),
  'group.rename': z.object({ id, name }),
  'group.addMembers': z.object({ id, memberIds: ids }),
  'group.removeMembers': z.object({ id, memberIds: ids }),
  'group.delete': z.object({ id }),
  'scanning.update': z.object({
    subscriberId: id,
    scanningEnabled: z.boolean(),
    scanList: z.array(z.object({ groupId: id, priority: z.enum(PRIORITIES) })).check(z.maxLength(2_000)),
  }),
  'options.setMessaging': z.object({ subscriberId: id, messaging: z.enum(MESSAGING_VALUES) }),
  'supervisor.addGroups': z.object({ id, groupIds: z.array(id).check(z.maxLength(2_000)) }),
  'supervisor.removeGroups': z.object({ id, groupIds: z.array(id).check(z.maxLength(2_000)) }),
} as const;

/** The intents' names: the keys of this table (re-exported by intents.ts, where the app takes them from). */
export type IntentName = keyof typeof intentSchemas;
export const INTENT_NAMES = Object.keys(intentSchemas) as IntentName[];

export const intentSchema = z.discriminatedUnion(
  'name',
  INTENT_NAMES.map((name) => z.object({ name: z.literal(name), args: intentSchemas[name] })) as unknown as [
    z.ZodMiniObject<{ name: z.ZodMiniLiteral<IntentName>; args: z.ZodMiniType }>,
    ...z.ZodMiniObject<{ name: z.ZodMiniLiteral<IntentName>; args: z.ZodMiniType }>[],
  ],
);
