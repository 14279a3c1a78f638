/**
 * What happens to one pushed mutation, and to an edit made on the server itself ("another
 * admin" in the demo). Both apply the intent with the shared `applyIntent` on an overlay of
 * the tenant transaction and commit only when it is accepted.
 *
 * Outcome rules (docs/api.md):
 * - rejected: the intent does not parse; the editor's role or scope does not allow it
 *   (`forbidden`, src/domain/roles.ts: the role is the directory's, never the payload's);
 *   or `applyIntent` refuses it (reason code), e.g. `notFound` when its row was deleted meanwhile;
 * - conflict: the row changed since the base, and a field the intent overwrites now
 *   differs both from the base and from what the intent wants: nothing is applied, the
 *   server's values of those fields are returned;
 * - merged: the row changed since the base, but not in a way that contests the intent;
 * - applied: no base, or the row is still at the base version.
 */
import { sameJson } from '../../src/domain/activity';
import { applyIntent, type ApplyResult, type RowRef } from '../../src/domain/apply';
import { intentSchema } from '../../src/domain/intent-schemas';
import { intentTarget, overwrittenFields, type Intent } from '../../src/domain/intents';
import { IntentRejected } from '../../src/domain/outcomes';
import { authorize, type Editor } from '../../src/domain/roles';
import type { MutationEnvelope, MutationOutcome } from '../../src/domain/protocol';
import { recordActivity, type EditContext } from './activity';
import { Overlay } from './overlay';
import type { TenantTx } from './storage';

type Verdict = Omit<MutationOutcome, 'seq' | 'key'>;

/** A pushed mutation as received: the intent is still untrusted. */
export type ReceivedMutation = Omit<MutationEnvelope, 'intent'> & { intent: unknown };

export async function applyMutation(
  tx: TenantTx,
  mutation: ReceivedMutation,
  context: EditContext,
): Promise<MutationOutcome> {
  const verdict = await judge(tx, mutation, context);
  return { seq: mutation.seq, key: mutation.key, ...verdict };
}

async function judge(
  tx: TenantTx,
  { intent: rawIntent, base }: ReceivedMutation,
  context: EditContext,
): Promise<Verdict> {
  const parsed = intentSchema.safeParse(rawIntent);
  if (!parsed.success) {
    return {
      status: 'rejected',
      reason: 'invalid',
      detail: { message: parsed.error.issues[0]?.message ?? 'invalid intent' },
    };
  }
  const intent = parsed.data as Intent;
  const target = intentTarget(intent);
  const current = await tx.get(target.table, target.id);
  const overlay = new Overlay(tx);
  const applied = await tryApply(overlay, intent, context.actor);
  if (applied instanceof IntentRejected)
    return { status: 'rejected', reason: applied.reason, ...(applied.detail ? { detail: applied.detail } : {}) };
  const dropped = applied.droppedMembers.length > 0 ? { droppedMembers: applied.droppedMembers } : {};

  const changedSinceBase = base !== null && current !== undefined && current.version !== base.version;
  if (changedSinceBase) {
    const wanted = await overlay.get(target.table, target.id);
    const contested = overwrittenFields(intent).filter(
      (field) =>
        !sameJson(fieldOf(current, field), base.fields[field]) &&
        !sameJson(fieldOf(current, field), fieldOf(wanted, field)),
    );
    if (contested.length > 0) {
      const fields = Object.fromEntries(contested.map((field) => [field, fieldOf(current, field)]));
      return { status: 'conflict', server: { version: current.version, fields } };
    }
  }
  await commitWithActivity(tx, overlay, intent, context);
  return { status: changedSinceBase ? 'merged' : 'applied', ...dropped };
}

export type AdminEditResult =
  { status: 'applied'; touched: RowRef[] } | { status: 'rejected'; reason: IntentRejected['reason'] };

/** An edit made directly on the server (another admin): no base, no client sequence; logged when a context is given. */
export async function applyAdminEdit(tx: TenantTx, intent: Intent, context?: EditContext): Promise<AdminEditResult> {
  const overlay = new Overlay(tx);
  const applied = await tryApply(overlay, intent, context?.actor ?? ADMINISTRATOR);
  if (applied instanceof IntentRejected) return { status: 'rejected', reason: applied.reason };
  return { status: 'applied', touched: await commitWithActivity(tx, overlay, intent, context) };
}

/** Commits an accepted edit and, in the same transaction, its activity entry. */
async function commitWithActivity(tx: TenantTx, overlay: Overlay, intent: Intent, context: EditContext | undefined) {
  const rows = context ? await overlay.changes() : [];
  const touched = await overlay.commit();
  if (context) await recordActivity(tx, context, intent, rows);
  return touched;
}

/** An edit made on the server with no one named (tools, tests): an administrator's. */
const ADMINISTRATOR: Editor = { accountId: '', role: 'administrator' };

/**
 * Checks the editor may make the intent, then applies it to the overlay; returns what it did,
 * or the refusal. Any other error is a bug and propagates.
 */
async function tryApply(overlay: Overlay, intent: Intent, editor: Editor): Promise<ApplyResult | IntentRejected> {
  try {
    await authorize(overlay, editor, intent);
    return await applyIntent(overlay, intent);
  } catch (error) {
    if (error instanceof IntentRejected) return error;
    throw error;
  }
}

function fieldOf(row: object | undefined, field: string): unknown {
  return row ? (row as Record<string, unknown>)[field] : undefined;
}
