/**
 * Who is calling: sign-in checks the password through the host's `PasswordHasher` and
 * opens a session; the client gets a random 256-bit token, the store keeps only its
 * SHA-256 and an expiry. Every other call names its session with `Authorization: Bearer`.
 */
import type { SignInResponse } from '../../src/domain/protocol';
import { base64url, type PasswordHasher } from './passwords';
import { fail, ok, type ApiResponse } from './responses';
import type { SignInThrottle } from './sign-in-throttle';
import type { SessionRecord, Storage } from './storage';
import { parseJsonBody, signInBody } from './validation';

export interface SessionPolicy {
  passwords: PasswordHasher;
  throttle: SignInThrottle;
  now: () => number;
  /** How long a session lasts from sign-in. */
  ttlMs: number;
}

export const DEFAULT_SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

export interface Caller {
  session: SessionRecord;
}

/** Usernames are e-mail addresses: stored and compared trimmed and lower-case. */
export function normalizeUsername(username: string): string {
  return username.trim().toLowerCase();
}

export async function hashToken(token: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token)));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export async function signIn(
  storage: Storage,
  policy: SessionPolicy,
  body: string | null | undefined,
  clientAddress: string | null,
) {
  const parsed = parseJsonBody(signInBody, body);
  if (!parsed.ok) return parsed.response;
  const { password } = parsed.value;
  const attempt = { username: normalizeUsername(parsed.value.username), address: clientAddress };
  const waitSeconds = await policy.throttle.admit(attempt, policy.now());
  if (waitSeconds !== null) {
    return {
      ...fail(429, 'tooManyRequests', { message: 'too many sign-in attempts: wait, then try again' }),
      headers: { 'Retry-After': String(waitSeconds) },
    };
  }
  const found = await storage.transaction(async (tx) => {
    const account = await tx.accountByUsername(attempt.username);
    const tenant = account && (await tx.tenant(account.tenantId));
    return account && tenant ? { account, tenant } : undefined;
  });
  // An unknown username costs a hash too, so the answer's timing does not tell which usernames exist.
  const verified = found
    ? await policy.passwords.verify(password, found.account.passwordHash)
    : await policy.passwords.hash(password).then(() => false);
  if (!found || !verified) return fail(401, 'credentials');

  await policy.throttle.succeeded(attempt);
  const { account, tenant } = found;
  const token = base64url(crypto.getRandomValues(new Uint8Array(32)));
  const session: SessionRecord = {
    tokenHash: await hashToken(token),
    tenantId: tenant.id,
    accountId: account.id,
    expiresAt: policy.now() + policy.ttlMs,
  };
  await storage.transaction((tx) => tx.putSession(session));
  return ok({
    token,
    tenant: { id: tenant.id, name: tenant.name, kind: tenant.kind },
    user: {
      id: account.id,
      username: account.username,
      displayName: account.displayName,
      role: account.role ?? 'administrator',
    },
  } satisfies SignInResponse);
}

/** The caller's live session, or null (no token, unknown, signed out or expired). */
export async function authenticate(
  storage: Storage,
  authorization: string | null | undefined,
  now: number,
): Promise<Caller | null> {
  const token = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1];
  if (!token) return null;
  const tokenHash = await hashToken(token);
  const session = await storage.transaction((tx) => tx.session(tokenHash));
  return session && session.expiresAt > now ? { session } : null;
}

export async function signOut(storage: Storage, caller: Caller): Promise<ApiResponse> {
  await storage.transaction((tx) => tx.deleteSession(caller.session.tokenHash));
  return { status: 204, body: null };
}
