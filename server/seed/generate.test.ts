/** The seed: deterministic, the right sizes, every row valid by the shared rules, fast at 50,000 contacts. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Subscriber } from '../../src/domain/model';
import { loadNameKeys, nameKey } from '../../src/domain/name-key';
import {
  GROUP_MAX_MEMBERS,
  SCAN_LIST_MAX,
  contactSortKey,
  nameError,
  normalizeName,
  parsePhone,
} from '../../src/domain/rules';
import { applyAdminEdit } from '../core/judge';
import { MemoryStore } from '../core/memory/memory-store';
import type { TenantTx } from '../core/storage';
import { DEMO_ACCOUNTS, demoTenants } from './demo';
import { generateTenant, type TenantRows, type TenantSize } from './generate';

const [small, large] = demoTenants().map((tenant) => tenant.size) as [TenantSize, TenantSize];

/**
 * Loads the rows the way the rules allow: contacts written as provisioned, then every
 * sub-list, group and scan list created through the shared `applyIntent`.
 */
async function replayThroughTheRules(rows: TenantRows) {
  const store = new MemoryStore();
  await store.transaction((tx) => tx.putTenant({ id: 't', name: 't', kind: 'small-business' }));
  return store.transaction((tx) => replay(tx, rows), { tenantId: 't', mode: 'write' });
}

async function replay(tx: TenantTx, rows: TenantRows) {
  for (const contact of rows.contacts)
    await tx.write('contacts', contact.id, { ...contact, ...(contact.kind === 'subscriber' ? { scanList: [] } : {}) });
  const refusals: string[] = [];
  const run = async (intent: Parameters<typeof applyAdminEdit>[1]) => {
    const result = await applyAdminEdit(tx, intent);
    if (result.status === 'rejected') refusals.push(`${intent.name}: ${result.reason}`);
  };
  for (const { id, name, memberIds } of rows.subLists)
    await run({ name: 'subList.create', args: { id, name, memberIds } });
  for (const { id, name, memberIds } of rows.groups) await run({ name: 'group.create', args: { id, name, memberIds } });
  for (const contact of rows.contacts) {
    if (contact.kind !== 'subscriber' || contact.scanList.length === 0) continue;
    await run({
      name: 'scanning.update',
      args: { subscriberId: contact.id, scanningEnabled: contact.scanningEnabled, scanList: contact.scanList },
    });
  }
  return refusals;
}

/** The contact rules `applyIntent` cannot replay (subscribers are provisioned, not created). */
function contactProblems(rows: TenantRows): string[] {
  const invalid = rows.contacts.filter((contact) => {
    const phone = parsePhone(contact.phone);
    return (
      nameError(contact.name) !== null ||
      normalizeName(contact.name) !== contact.name ||
      !phone.ok ||
      phone.digits !== contact.phone ||
      contact.sortKey !== contactSortKey(contact.name, contact.id)
    );
  });
  const problems = invalid.map((contact) => `${contact.name} ${contact.phone}`);
  if (new Set(rows.contacts.map((contact) => contact.phone)).size !== rows.contacts.length)
    problems.push('duplicate phone numbers');
  for (const list of [...rows.subLists, ...rows.groups]) {
    if (nameError(list.name) !== null || normalizeName(list.name) !== list.name) problems.push(`name ${list.name}`);
    if (list.nameKey !== nameKey(list.name)) problems.push(`nameKey of ${list.name}`);
  }
  for (const lists of [rows.subLists, rows.groups])
    if (new Set(lists.map((list) => list.nameKey)).size !== lists.length) problems.push('look-alike list names');
  return problems;
}

// The rows' keys are checked against the whole confusables table.
beforeAll(loadNameKeys);

describe('seed', () => {
  it('is deterministic: the same seed gives the same data, another seed other data', () => {
    expect(generateTenant(small)).toEqual(generateTenant(small));
    expect(generateTenant({ ...small, seed: small.seed + 100 }).contacts[0]).not.toEqual(
      generateTenant(small).contacts[0],
    );
  });

  it('makes the small-business tenant: valid by every shared rule', async () => {
    const rows = generateTenant(small);
    expect(rows.contacts.filter((c) => c.kind === 'subscriber')).toHaveLength(15);
    expect(rows.contacts.filter((c) => c.kind === 'external')).toHaveLength(3);
    expect([rows.subLists.length, rows.groups.length]).toEqual([2, 4]);
    expect(contactProblems(rows)).toEqual([]);
    expect(await replayThroughTheRules(rows)).toEqual([]);
  });

  it('makes the large-enterprise tenant: realistic names, limits reached, valid by every shared rule', async () => {
    const rows = generateTenant(large);
    const subscribers = rows.contacts.filter((c): c is Subscriber => c.kind === 'subscriber');
    expect(subscribers).toHaveLength(5_000);
    expect(rows.contacts.length - subscribers.length).toBe(300);
    expect([rows.subLists.length, rows.groups.length]).toEqual([150, 400]);
    expect(contactProblems(rows)).toEqual([]);
    expect(rows.contacts.some((c) => /[éèêëàâçîïôûüÉÈ]/.test(c.name))).toBe(true);
    expect(rows.contacts.some((c) => c.name.includes("'"))).toBe(true);
    expect(Math.max(...rows.groups.map((g) => g.memberIds.length))).toBeGreaterThan(GROUP_MAX_MEMBERS - 15);
    expect(rows.groups.every((g) => g.memberIds.length <= GROUP_MAX_MEMBERS)).toBe(true);
    const scanning = subscribers.filter((s) => s.scanList.length > 0);
    expect(scanning.length).toBeGreaterThan(1_000);
    expect(Math.max(...scanning.map((s) => s.scanList.length))).toBeLessThanOrEqual(SCAN_LIST_MAX);
    expect(scanning.some((s) => s.scanList.some((e) => e.priority !== 'normal'))).toBe(true);
    expect(subscribers.some((s) => s.messaging === 'none')).toBe(true);
    expect(await replayThroughTheRules(rows)).toEqual([]);
  });

  it('makes 50,000 contacts in a few seconds', () => {
    const started = performance.now();
    const rows = generateTenant({ seed: 3, subscribers: 50_000, externals: 3_000, subLists: 1_000, groups: 2_000 });
    const elapsed = performance.now() - started;
    expect(rows.contacts).toHaveLength(53_000);
    expect(new Set(rows.contacts.map((c) => c.phone)).size).toBe(53_000);
    expect(new Set(rows.groups.map((g) => g.nameKey)).size).toBe(2_000);
    expect(elapsed).toBeLessThan(10_000);
  });

  it('gives every demo tenant an admin login', () => {
    expect(DEMO_ACCOUNTS).toEqual([
      {
        username: 'admin@gagnon.demo',
        password: 'demo',
        displayName: 'Sylvie Gagnon',
        role: 'administrator',
        tenantKind: 'small-business',
        tenantName: 'Plomberie Gagnon & Fils',
      },
      expect.objectContaining({ username: 'admin@nordik.demo', tenantKind: 'large-enterprise' }),
      expect.objectContaining({ username: 'supervision@nordik.demo', role: 'supervisor' }),
      expect.objectContaining({ username: 'terrain@nordik.demo', role: 'supervisor' }),
    ]);
  });
});
