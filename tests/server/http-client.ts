/** A PTT API client for the server process tests: sign in, push a batch, read every row or change. */
import type { Intent } from '../../src/domain/intents';
import type { RowByTable, TableName } from '../../src/domain/model';
import {
  API,
  type ChangesResponse,
  type MutationEnvelope,
  type PushResponse,
  type SignInResponse,
  type SnapshotResponse,
} from '../../src/domain/protocol';

async function call<T>(url: string, init: RequestInit & { token?: string } = {}): Promise<T> {
  const { token, ...rest } = init;
  const response = await fetch(url, {
    ...rest,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
  });
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export function signIn(baseUrl: string, username: string, password = 'demo') {
  return call<SignInResponse>(`${baseUrl}${API.session}`, {
    method: 'POST',
    body: JSON.stringify({ username, password }),
  });
}

/** Mutations `fromSeq`… of one client, with no base (creates and membership edits need none). */
export function envelopes(clientId: string, fromSeq: number, intents: Intent[]): MutationEnvelope[] {
  return intents.map((intent, index) => ({
    seq: fromSeq + index,
    key: `${clientId}:${fromSeq + index}`,
    intent,
    base: null,
  }));
}

export function push(baseUrl: string, token: string, clientId: string, mutations: MutationEnvelope[]) {
  return call<PushResponse>(`${baseUrl}${API.mutations}`, {
    method: 'POST',
    token,
    body: JSON.stringify({ clientId, mutations }),
  });
}

export async function allRows<T extends TableName>(baseUrl: string, token: string, table: T) {
  const rows: RowByTable[T][] = [];
  let after: string | null = null;
  do {
    const query = new URLSearchParams({ table, limit: '5000', ...(after ? { after } : {}) });
    const page: SnapshotResponse<T> = await call(`${baseUrl}${API.snapshot}?${query}`, { token });
    rows.push(...page.rows);
    after = page.next;
  } while (after);
  return rows;
}

export async function allChanges(baseUrl: string, token: string, clientId?: string) {
  const changes: ChangesResponse['changes'] = [];
  let since = 0;
  let lastAppliedSeq = 0;
  for (;;) {
    const query = new URLSearchParams({ since: String(since), limit: '5000', ...(clientId ? { clientId } : {}) });
    const page: ChangesResponse = await call(`${baseUrl}${API.changes}?${query}`, { token });
    changes.push(...page.changes);
    since = page.cursor;
    lastAppliedSeq = page.lastAppliedSeq;
    if (!page.hasMore) return { changes, cursor: since, lastAppliedSeq };
  }
}

/** A new external contact with a unique number derived from `n`. */
export function newContact(prefix: string, n: number): Intent {
  const line = String(n).padStart(4, '0');
  return {
    name: 'externalContact.create',
    args: {
      id: `${prefix}-${n}`,
      name: `${prefix} ${n}`,
      phone: `819${String(200 + (n % 800)).padStart(3, '0')}${line}`,
    },
  } as Intent;
}
