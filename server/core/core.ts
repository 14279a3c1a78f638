/**
 * The PTT back-end's core: plain TypeScript with no I/O of its own. `handle()` routes the
 * calls of docs/api.md (sign-in, sign-out, snapshot, changes, push, activity) and answers with
 * plain data; everything it knows lives behind the `Storage` it is given (storage.ts).
 * The same core runs behind MSW in the browser and in tests (mocks/), and behind a Node
 * HTTP server; fetch.ts adapts it to `Request`/`Response`.
 */
import { DEFAULT_ACTIVITY_RETENTION_DAYS, type ActivityActor } from '../../src/domain/activity';
import type { Intent } from '../../src/domain/intents';
import { API } from '../../src/domain/protocol';
import { activity, actorOf, editContext, trimActivity } from './activity';
import { applyAdminEdit, type AdminEditResult } from './judge';
import type { PasswordHasher } from './passwords';
import { memoryAttemptCounters, SignInThrottle } from './sign-in-throttle';
import { fail, type ApiRequest, type ApiResponse } from './responses';
import { authenticate, DEFAULT_SESSION_TTL_MS, signIn, signOut, type SessionPolicy } from './sessions';
import type { Storage, TenantTx } from './storage';
import { changes, push, snapshot } from './sync-calls';

export interface CoreOptions {
  storage: Storage;
  passwords: PasswordHasher;
  /** The clock for session expiry; `Date.now` by default. */
  now?: () => number;
  sessionTtlMs?: number;
  /** Sign-in rate limits; by default counted in this process's memory. */
  signInThrottle?: SignInThrottle;
  /** How long the activity log keeps an entry; 400 days by default. */
  activityRetentionDays?: number;
}

export interface AdminEdit {
  intent: Intent;
  result: AdminEditResult;
}

export class PttCore {
  readonly storage: Storage;
  private readonly sessions: SessionPolicy;
  private readonly activityRetentionDays: number;

  constructor(options: CoreOptions) {
    this.storage = options.storage;
    this.sessions = {
      passwords: options.passwords,
      throttle: options.signInThrottle ?? new SignInThrottle(memoryAttemptCounters()),
      now: options.now ?? Date.now,
      ttlMs: options.sessionTtlMs ?? DEFAULT_SESSION_TTL_MS,
    };
    this.activityRetentionDays = options.activityRetentionDays ?? DEFAULT_ACTIVITY_RETENTION_DAYS;
  }

  /** Answers one API call. Never throws: an unexpected error is a 500, and its transaction wrote nothing. */
  async handle(request: ApiRequest): Promise<ApiResponse> {
    try {
      return await this.route(request);
    } catch (error) {
      return fail(500, 'unavailable', { message: error instanceof Error ? error.message : String(error) });
    }
  }

  /** Reads a tenant's committed data in one read transaction (tests, tools). */
  read<T>(tenantId: string, look: (tx: TenantTx) => Promise<T>): Promise<T> {
    return this.storage.transaction(look, { tenantId, mode: 'read' });
  }

  /**
   * An edit made on the server itself, through the same apply-and-log path as a pushed
   * mutation (no base, no client sequence). `choose` sees the current data and returns
   * the intent, or null for "nothing to do", in the same transaction as the apply, so it
   * never acts on stale rows. The activity log names `actor` as its author.
   */
  adminEdit(
    tenantId: string,
    choose: (tx: TenantTx) => Promise<Intent | null>,
    actor: ActivityActor,
  ): Promise<AdminEdit | null> {
    const context = editContext(actor, this.sessions.now(), this.activityRetentionDays);
    return this.storage.transaction(
      async (tx) => {
        const intent = await choose(tx);
        if (!intent) return null;
        const result = await applyAdminEdit(tx, intent, context);
        await trimActivity(tx, context);
        return { intent, result };
      },
      { tenantId, mode: 'write' },
    );
  }

  private async route(request: ApiRequest): Promise<ApiResponse> {
    const url = new URL(request.url, 'http://core.invalid');
    const route = `${request.method.toUpperCase()} ${url.pathname}`;
    if (route === `POST ${API.session}`) {
      return signIn(this.storage, this.sessions, request.body, request.clientAddress ?? null);
    }

    const caller = await authenticate(this.storage, request.authorization, this.sessions.now());
    if (!caller) return fail(401, 'unauthorized');
    const { tenantId } = caller.session;
    const query = Object.fromEntries(url.searchParams);
    switch (route) {
      case `DELETE ${API.session}`:
        return signOut(this.storage, caller);
      case `GET ${API.snapshot}`:
        return snapshot(this.storage, caller.session, query);
      case `GET ${API.changes}`:
        return changes(this.storage, caller.session, query);
      case `POST ${API.mutations}`:
        return push(this.storage, tenantId, request.body, async (tx) =>
          editContext(await actorOf(tx, caller.session.accountId), this.sessions.now(), this.activityRetentionDays),
        );
      case `GET ${API.activity}`:
        return activity(this.storage, caller.session, query);
      default:
        return fail(404, 'notFound', { message: `no such call: ${route}` });
    }
  }
}
