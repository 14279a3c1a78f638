/**
 * How the core uses its storage: a push batch is one writing transaction (all or
 * nothing), sessions keep no token as issued and end when they expire, passwords are kept
 * only as salted hashes.
 */
import { describe, expect, it } from 'vitest';
import type { Group } from '../../src/domain/model';
import { API, type PushResponse } from '../../src/domain/protocol';
import { DEMO_PASSWORD_HASHER } from '../seed/demo';
import { seededMemoryStore } from '../seed/seed-storage';
import { PttCore } from './core';
import { hashToken } from './sessions';
import type { DirectoryTx, Storage, TenantScope, TenantTx } from './storage';
import { connect, GAGNON, request } from './test-kit';

/** Wraps a store: records each transaction's scope, and throws from any call `failWhen` picks. */
function spiedStorage(inner: Storage, failWhen: (method: string, args: unknown[]) => boolean = () => false) {
  const scopes: Array<TenantScope | 'directory'> = [];
  const transaction = (work: (tx: TenantTx) => Promise<unknown>, scope?: TenantScope) => {
    scopes.push(scope ?? 'directory');
    const spied = (tx: TenantTx) =>
      work(
        new Proxy(tx, {
          get(target, property) {
            const value = target[property as keyof TenantTx];
            if (typeof value !== 'function') return value;
            return (...args: unknown[]) => {
              if (failWhen(String(property), args)) throw new Error('the disk is full');
              return (value as (...params: unknown[]) => unknown).apply(target, args);
            };
          },
        }),
      );
    return scope ? inner.transaction(spied, scope) : inner.transaction(spied as (tx: DirectoryTx) => Promise<unknown>);
  };
  return { storage: { transaction } as Storage, scopes };
}

describe('the core on its storage', () => {
  it('applies a push batch in one writing transaction: a failure at its third edit applies none of them', async () => {
    let failing = true;
    const { storage, scopes } = spiedStorage(
      seededMemoryStore([GAGNON]),
      (method, args) => failing && method === 'recordOutcome' && (args[1] as { seq: number }).seq === 3,
    );
    const server = new PttCore({ storage, passwords: DEMO_PASSWORD_HASHER });
    const admin = await connect(server, 'admin@gagnon.demo');
    const group = (await admin.snapshotAll('groups'))[0] as Group;
    const { cursor } = await admin.changes(0);
    const batch = ['Un', 'Deux', 'Trois'].map((name, index) =>
      admin.envelope(index + 1, { name: 'group.rename', args: { id: group.id, name } }, null),
    );

    scopes.length = 0;
    expect(await admin.pushRaw(batch)).toMatchObject({ status: 500, body: { reason: 'unavailable' } });
    expect(scopes).toEqual(['directory', { tenantId: GAGNON.id, mode: 'write' }]);
    expect(await admin.changes(0)).toMatchObject({ cursor, lastAppliedSeq: 0 });
    expect(await admin.row('groups', group.id)).toEqual(group);

    failing = false;
    const retry = await admin.pushRaw(batch);
    expect((retry.body as PushResponse).outcomes.map((outcome) => outcome.status)).toEqual([
      'applied',
      'applied',
      'applied',
    ]);
    expect(await admin.row('groups', group.id)).toMatchObject({ name: 'Trois' });
  });

  it('keeps the SHA-256 of a session token and a salted hash of a password, never either as given', async () => {
    const storage = seededMemoryStore([GAGNON]);
    const server = new PttCore({ storage, passwords: DEMO_PASSWORD_HASHER });
    const { token } = await connect(server, 'admin@gagnon.demo');
    const stored = await storage.transaction(async (tx) => ({
      byToken: await tx.session(token),
      byHash: await tx.session(await hashToken(token)),
      account: await tx.accountByUsername('admin@gagnon.demo'),
    }));
    expect(stored.byToken).toBeUndefined();
    expect(stored.byHash).toMatchObject({ tenantId: GAGNON.id, accountId: stored.account?.id });
    expect(stored.account?.passwordHash).toMatch(/^pbkdf2-sha256\$\d+\$[\w-]{16,}\$[\w-]{40,}$/);
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(await DEMO_PASSWORD_HASHER.verify('demo', stored.account?.passwordHash ?? '')).toBe(true);
    expect(await DEMO_PASSWORD_HASHER.verify('Demo', stored.account?.passwordHash ?? '')).toBe(false);
  });

  it('ends a session when its lifetime is over', async () => {
    let now = Date.UTC(2026, 0, 5, 9);
    const server = new PttCore({
      storage: seededMemoryStore([GAGNON]),
      passwords: DEMO_PASSWORD_HASHER,
      now: () => now,
      sessionTtlMs: 60_000,
    });
    const { token } = await connect(server, 'admin@gagnon.demo');
    const pull = () => request(server, 'GET', `${API.changes}?since=0&limit=1`, { token });
    now += 59_999;
    expect(await pull()).toMatchObject({ status: 200 });
    now += 1;
    expect(await pull()).toMatchObject({ status: 401, body: { reason: 'unauthorized' } });
  });
});
