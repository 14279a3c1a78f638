/**
 * Sign-in rate limits as a caller meets them: 429 with Retry-After per account and per
 * address, hostile cases included — the right password during a lock-out, the same
 * username spelt differently, usernames that do not exist, a burst of parallel guesses,
 * many usernames from one address.
 */
import { describe, expect, it } from 'vitest';
import { API } from '../../src/domain/protocol';
import { DEMO_PASSWORD_HASHER } from '../seed/demo';
import { seededMemoryStore } from '../seed/seed-storage';
import { PttCore } from './core';
import type { PasswordHasher } from './passwords';
import { memoryAttemptCounters, SIGN_IN_LIMITS, SignInThrottle } from './sign-in-throttle';
import { GAGNON } from './test-kit';

const WINDOW_SECONDS = SIGN_IN_LIMITS.perAccount.windowMs / 1000;

function throttledCore() {
  let now = Date.UTC(2025, 0, 6, 9);
  let verifications = 0;
  const passwords: PasswordHasher = {
    hash: (password) => DEMO_PASSWORD_HASHER.hash(password),
    verify: (password, hash) => {
      verifications += 1;
      return DEMO_PASSWORD_HASHER.verify(password, hash);
    },
  };
  const core = new PttCore({
    storage: seededMemoryStore([GAGNON]),
    passwords,
    now: () => now,
    signInThrottle: new SignInThrottle(memoryAttemptCounters()),
  });
  const signIn = (username: string, password: string, clientAddress: string | null = '203.0.113.7') =>
    core.handle({ method: 'POST', url: API.session, body: JSON.stringify({ username, password }), clientAddress });
  return {
    signIn,
    advance: (ms: number) => (now += ms),
    verifications: () => verifications,
  };
}

const { perAccount, perAddress } = SIGN_IN_LIMITS;

describe('sign-in limits', () => {
  it('after too many wrong passwords an account answers 429 with Retry-After, even to the right password, until the window ends', async () => {
    const client = throttledCore();
    for (let i = 0; i < perAccount.attempts; i++) {
      expect((await client.signIn('admin@gagnon.demo', `guess-${i}`)).status).toBe(401);
    }
    const locked = await client.signIn('admin@gagnon.demo', 'demo');
    expect(locked.status).toBe(429);
    expect(locked.body).toMatchObject({ reason: 'tooManyRequests' });
    expect(Number(locked.headers?.['Retry-After'])).toBe(WINDOW_SECONDS);

    client.advance(60_000);
    expect((await client.signIn('admin@gagnon.demo', 'demo')).headers?.['Retry-After']).toBe(
      String(WINDOW_SECONDS - 60),
    );
    client.advance(perAccount.windowMs);
    expect((await client.signIn('admin@gagnon.demo', 'demo')).status).toBe(200);
  });

  it('counts the same username however it is spelt, and from any address', async () => {
    const client = throttledCore();
    const spellings = ['admin@gagnon.demo', 'ADMIN@Gagnon.demo', '  admin@gagnon.demo '];
    for (let i = 0; i < perAccount.attempts; i++) {
      await client.signIn(spellings[i % spellings.length] ?? '', 'wrong', `198.51.100.${i}`);
    }
    expect((await client.signIn('Admin@Gagnon.Demo', 'demo', '192.0.2.1')).status).toBe(429);
  });

  it('limits a username that does not exist exactly like one that does, so the answers tell nothing', async () => {
    const known = throttledCore();
    const unknown = throttledCore();
    const statuses = async (client: ReturnType<typeof throttledCore>, username: string) => {
      const seen: number[] = [];
      for (let i = 0; i <= perAccount.attempts; i++) seen.push((await client.signIn(username, 'wrong')).status);
      return seen;
    };
    expect(await statuses(unknown, 'nobody@gagnon.demo')).toEqual(await statuses(known, 'admin@gagnon.demo'));
  });

  it('lets no more guesses through than the limit when they all arrive at once', async () => {
    const client = throttledCore();
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => client.signIn('admin@gagnon.demo', `guess-${i}`, `198.51.100.${i}`)),
    );
    expect(answers.filter((answer) => answer.status === 401)).toHaveLength(perAccount.attempts);
    expect(answers.filter((answer) => answer.status === 429)).toHaveLength(40 - perAccount.attempts);
    expect(client.verifications()).toBe(perAccount.attempts);
  });

  it('stops one address trying many usernames, and only that address', async () => {
    const client = throttledCore();
    for (let i = 0; i < perAddress.attempts; i++) await client.signIn(`user${i}@spray.test`, 'wrong');
    expect((await client.signIn('admin@gagnon.demo', 'demo')).status).toBe(429);
    expect((await client.signIn('admin@gagnon.demo', 'demo', '192.0.2.50')).status).toBe(200);
  });

  it('a successful sign-in clears its account and does not use up its address', async () => {
    const client = throttledCore();
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < perAccount.attempts - 1; i++) await client.signIn('admin@gagnon.demo', 'wrong');
      expect((await client.signIn('admin@gagnon.demo', 'demo')).status).toBe(200);
    }
    for (let i = 0; i < perAddress.attempts * 2; i++) {
      expect((await client.signIn('admin@gagnon.demo', 'demo')).status).toBe(200);
    }
  });

  it('without an address (in the browser demo) the account limit still holds', async () => {
    const client = throttledCore();
    for (let i = 0; i < perAccount.attempts; i++) await client.signIn('admin@gagnon.demo', 'wrong', null);
    expect((await client.signIn('admin@gagnon.demo', 'demo', null)).status).toBe(429);
  });
});
