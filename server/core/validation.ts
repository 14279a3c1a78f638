/**
 * The shape of every request the core accepts (zod): bodies and query strings are
 * checked here, before any transaction starts; a bad one is a 400 `malformed` with the
 * first problem in `message`. Intents are checked later, one by one (judge.ts), so a bad
 * intent becomes that mutation's outcome instead of blocking the client's queue.
 */
import { z } from '../../src/domain/schema';
import { ACTIVITY_KINDS } from '../../src/domain/activity';
import { TABLES } from '../../src/domain/model';
import { fail, type ApiResponse } from './responses';

export const PAGE_LIMIT = { default: 1_000, max: 5_000 } as const;
export const MAX_PUSH_BATCH = 500;

/** No text that reaches storage may hold U+0000: PostgreSQL's text cannot. */
const hasNul = (value: unknown): boolean =>
  typeof value === 'string'
    ? value.includes('\u0000')
    : typeof value === 'object' && value !== null && Object.values(value).some(hasNul);
const NO_NUL = { message: 'text must not contain U+0000' };
const text = (min: number, max: number) =>
  z.string().check(
    z.minLength(min),
    z.maxLength(max),
    z.refine((value) => !hasNul(value), NO_NUL),
  );
/** Client ids, idempotency keys and cursors are printable ASCII (the app makes UUIDs and `clientId:seq`). */
const token = (max: number) =>
  z.string().check(z.regex(/^[\x21-\x7E]+$/, 'printable ASCII expected'), z.maxLength(max));

export const signInBody = z.object({ username: text(1, 320), password: z.string().check(z.maxLength(200)) });

const generationId = text(1, 100);

/**
 * A base's values are only compared with the row, never stored, but they are bounded like
 * everything else a request carries: far above any row's fields (a group's 250 member ids
 * is about 10,000 characters), so an old over-long value can still be corrected.
 */
export const MAX_BASE_FIELDS_CHARS = 65_536;

export const pushBody = z.object({
  generation: z.optional(generationId),
  clientId: token(100),
  mutations: z
    .array(
      z.object({
        seq: z.number().check(z.int(), z.gte(1)),
        key: token(200),
        // Its arguments are checked one by one (judge.ts); its name is one of a few dozen.
        intent: z
          .looseObject({ name: z.string().check(z.maxLength(64)) })
          .check(z.refine((intent) => !hasNul(intent), NO_NUL)),
        base: z.nullable(
          z.object({
            version: z.number().check(z.int(), z.gte(0)),
            fields: z.record(z.string().check(z.maxLength(64)), z.unknown()).check(
              z.refine((fields) => Object.keys(fields).length <= 16, { message: 'at most 16 fields' }),
              z.refine((fields) => JSON.stringify(fields).length <= MAX_BASE_FIELDS_CHARS, {
                message: `the base's fields are at most ${MAX_BASE_FIELDS_CHARS} characters`,
              }),
            ),
          }),
        ),
      }),
    )
    .check(
      z.maxLength(MAX_PUSH_BATCH),
      z.refine((mutations) => mutations.every((m, i) => i === 0 || m.seq === (mutations[i - 1]?.seq ?? 0) + 1), {
        message: 'sequence numbers in a batch must be consecutive and ascending',
      }),
    ),
});

/** A whole number of a query string, from `min` to `max`. */
const queryInt = (min: number, max?: number) =>
  z.coerce.number().check(z.int(), z.gte(min), ...(max === undefined ? [] : [z.lte(max)]));
const pageLimit = z._default(queryInt(1, PAGE_LIMIT.max), PAGE_LIMIT.default);
export const snapshotQuery = z.object({ table: z.enum(TABLES), after: z.optional(token(200)), limit: pageLimit });
export const changesQuery = z.object({
  since: queryInt(0),
  generation: z.optional(generationId),
  clientId: z.optional(token(100)),
  limit: pageLimit,
});

export const ACTIVITY_PAGE_LIMIT = { default: 100, max: 1_000 } as const;
const activityId = z.optional(queryInt(0, Number.MAX_SAFE_INTEGER));
const time = z.optional(queryInt(0, 8.64e15));
export const activityQuery = z
  .strictObject({
    before: activityId,
    after: activityId,
    accountId: z.optional(text(1, 100)),
    kind: z.optional(z.enum(ACTIVITY_KINDS)),
    table: z.optional(z.enum(TABLES)),
    rowId: z.optional(text(1, 64)),
    from: time,
    to: time,
    limit: z._default(queryInt(1, ACTIVITY_PAGE_LIMIT.max), ACTIVITY_PAGE_LIMIT.default),
  })
  .check(
    z.refine((query) => query.before === undefined || query.after === undefined, {
      message: 'before and after cannot be used together',
    }),
    z.refine((query) => (query.table === undefined) === (query.rowId === undefined), {
      message: 'table and rowId go together',
    }),
  );

export type Parsed<T> = { ok: true; value: T } | { ok: false; response: ApiResponse };

export function validate<T>(schema: z.ZodMiniType<T>, input: unknown): Parsed<T> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  return { ok: false, response: fail(400, 'malformed', { message: `${where}${issue?.message ?? 'invalid request'}` }) };
}

export function parseJsonBody<T>(schema: z.ZodMiniType<T>, text: string | null | undefined): Parsed<T> {
  let json: unknown;
  try {
    json = JSON.parse(text ?? '');
  } catch {
    return { ok: false, response: fail(400, 'malformed', { message: 'the body is not JSON' }) };
  }
  return validate(schema, json);
}
