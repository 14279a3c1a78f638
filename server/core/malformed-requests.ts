/**
 * Requests the core must answer 400 `malformed` without touching storage: for the
 * core's own tests and for the Node server's tests over PostgreSQL, where a U+0000 that
 * got through would be a 500.
 */
import { API } from '../../src/domain/protocol';

/** A push of one well-formed envelope around `intent` and `base`. */
function onePush(intent: unknown, base: unknown) {
  return { clientId: 'c', mutations: [{ seq: 1, key: 'c:1', intent, base }] };
}

export const MALFORMED_REQUESTS: Array<[label: string, method: string, url: string, body: unknown]> = [
  ['sign-in, not JSON', 'POST', API.session, '{"username":'],
  ['sign-in, missing password', 'POST', API.session, { username: 'admin@gagnon.demo' }],
  ['push, not JSON', 'POST', API.mutations, 'nope'],
  ['push, body null', 'POST', API.mutations, 'null'],
  ['push, an array', 'POST', API.mutations, []],
  ['push, no client id', 'POST', API.mutations, { mutations: [] }],
  [
    'push, seq not a number',
    'POST',
    API.mutations,
    { clientId: 'c', mutations: [{ seq: 'one', key: 'k', intent: { name: 'x' }, base: null }] },
  ],
  [
    'push, seqs not consecutive',
    'POST',
    API.mutations,
    { clientId: 'c', mutations: [1, 3].map((seq) => ({ seq, key: `k${seq}`, intent: { name: 'x' }, base: null })) },
  ],
  ['push, no intent', 'POST', API.mutations, { clientId: 'c', mutations: [{ seq: 1, key: 'k', base: null }] }],
  [
    'push, bad base',
    'POST',
    API.mutations,
    { clientId: 'c', mutations: [{ seq: 1, key: 'k', intent: { name: 'x' }, base: { version: -1 } }] },
  ],
  [
    'push, a base field of 1 MB',
    'POST',
    API.mutations,
    onePush({ name: 'group.rename', args: { id: 'g', name: 'N' } }, { version: 1, fields: { name: 'x'.repeat(1e6) } }),
  ],
  ['snapshot, unknown table', 'GET', `${API.snapshot}?table=users`, undefined],
  ['snapshot, limit not a number', 'GET', `${API.snapshot}?table=groups&limit=lots`, undefined],
  ['snapshot, limit too high', 'GET', `${API.snapshot}?table=groups&limit=50000`, undefined],
  ['changes, no cursor', 'GET', API.changes, undefined],
  ['changes, negative cursor', 'GET', `${API.changes}?since=-4`, undefined],
  // U+0000 cannot be stored as text by PostgreSQL: refused up front, by every store alike.
  ['sign-in, U+0000 in the username', 'POST', API.session, { username: 'admin\u0000@gagnon.demo', password: 'x' }],
  ['push, U+0000 in the client id', 'POST', API.mutations, { clientId: 'c\u0000', mutations: [] }],
  [
    'push, U+0000 in an intent',
    'POST',
    API.mutations,
    onePush({ name: 'group.create', args: { id: 'g\u0000', name: 'N', memberIds: [] } }, null),
  ],
  ['snapshot, U+0000 in after', 'GET', `${API.snapshot}?table=groups&after=%00`, undefined],
  ['changes, U+0000 in the client id', 'GET', `${API.changes}?since=0&clientId=c%00`, undefined],
];
