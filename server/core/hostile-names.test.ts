/**
 * The hostile-name table (tests/hostile-names.ts) pushed to the server core over HTTP, as
 * the app or a hand-made client would: every name refused with its reason — `invalid` when
 * it is longer than any name could be — and nothing written (the change feed stays empty).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { EXISTING_LIST_NAME, HOSTILE_NAMES, type HostileName } from '../../tests/hostile-names';
import type { Intent } from '../../src/domain/intents';
import {
  API,
  type ChangesResponse,
  type MutationOutcome,
  type PushResponse,
  type SignInResponse,
} from '../../src/domain/protocol';
import { fetchHandler } from './fetch';
import { GAGNON, memoryCore } from './test-kit';

const api = fetchHandler(memoryCore([GAGNON]));
let token = '';
const clientId = 'hostile-names-client';
let seq = 0;

async function call<T>(path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const response = await api(
    new Request(`http://127.0.0.1:8080${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: token ? { Authorization: `Bearer ${token}` } : {},
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
  );
  return { status: response.status, body: (await response.json()) as T };
}

/** Pushes the intents as the next mutations: their outcomes, or the status of a push refused whole. */
async function push(intents: Intent[]): Promise<MutationOutcome[] | number> {
  const mutations = intents.map((intent, index) => ({
    seq: seq + index + 1,
    key: `${clientId}:${seq + index + 1}`,
    intent,
    base: null,
  }));
  const response = await call<PushResponse>(API.mutations, { clientId, mutations });
  if (response.status !== 200) return response.status;
  seq += mutations.length;
  return response.body.outcomes;
}

const cursorNow = async () => (await call<ChangesResponse>(`${API.changes}?since=0&limit=5000`)).body.cursor;

function intentsFor({ name, lookAlike }: HostileName, index: number): Intent[] {
  const intents: Intent[] = [
    { name: 'group.create', args: { id: `hostile-group-${index}`, name, memberIds: [] } },
    { name: 'subList.create', args: { id: `hostile-sublist-${index}`, name, memberIds: [] } },
  ];
  if (!lookAlike) {
    intents.push({
      name: 'externalContact.create',
      args: { id: `hostile-contact-${index}`, name, phone: `613-555-${String(1000 + index)}` },
    });
  }
  return intents;
}

beforeAll(async () => {
  const signIn = await call<SignInResponse>(API.session, { username: 'admin@gagnon.demo', password: 'demo' });
  token = signIn.body.token;
  const created = (await push([
    { name: 'group.create', args: { id: 'existing-group', name: EXISTING_LIST_NAME, memberIds: [] } },
    { name: 'subList.create', args: { id: 'existing-sublist', name: EXISTING_LIST_NAME, memberIds: [] } },
  ])) as MutationOutcome[];
  // Gagnon's seed may hold the group already: either way each kind has a list of that name.
  for (const outcome of created) {
    if (outcome.status !== 'applied') expect(outcome.detail?.holderName).toBe(EXISTING_LIST_NAME);
  }
});

describe('hostile names over HTTP', () => {
  it('refuses every name of the table with its reason, for groups, sub-lists and external contacts, writing nothing', async () => {
    const before = await cursorNow();
    for (const [index, entry] of HOSTILE_NAMES.entries()) {
      const outcomes = await push(intentsFor(entry, index));
      // No text that reaches storage may hold U+0000: such a push is refused whole (400).
      if (entry.name.includes('\u0000')) {
        expect(outcomes, entry.label).toBe(400);
        continue;
      }
      const expected = entry.overWireBound ? 'invalid' : entry.reason;
      expect(outcomes, entry.label).toEqual(expect.any(Array));
      for (const outcome of outcomes as MutationOutcome[]) {
        expect(outcome, entry.label).toMatchObject({ status: 'rejected', reason: expected });
      }
    }
    const changes = await call<ChangesResponse>(`${API.changes}?since=${before}`);
    expect(changes.body.changes).toEqual([]);
  });

  it('names the list a look-alike is too similar to', async () => {
    const [outcome] = (await push([
      { name: 'group.create', args: { id: 'cyrillic', name: 'Tr\u0430nsport Gaspésie', memberIds: [] } },
    ])) as MutationOutcome[];
    expect(outcome).toMatchObject({ reason: 'name.tooSimilar', detail: { holderName: EXISTING_LIST_NAME } });
  });

  it('refuses ids, keys and client ids that are not the printable tokens the app makes', async () => {
    const intent = { name: 'group.create', args: { id: 'bad\u202Eid', name: 'Nord', memberIds: [] } };
    const [outcome] = (await push([intent as Intent])) as MutationOutcome[];
    expect(outcome).toMatchObject({ status: 'rejected', reason: 'invalid' });
    const badClient = await call(API.mutations, {
      clientId: 'client\u202E',
      mutations: [{ seq: 1, key: 'k', intent, base: null }],
    });
    expect(badClient.status).toBe(400);
  });
});
