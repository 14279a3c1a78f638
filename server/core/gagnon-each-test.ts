/**
 * The fixture of the protocol's tests (protocol.test.ts, feed-and-guards.test.ts): before each
 * test, a fresh core holding Gagnon's tenant and another one (`OTHER`, for isolation), Gagnon's
 * admin signed in, and that tenant's first group. Importing it registers the `beforeEach`; the
 * bindings are the running test's (ES module bindings are live).
 */
import { beforeEach } from 'vitest';
import type { Group } from '../../src/domain/model';
import type { PttCore } from './core';
import { GAGNON, gagnonAdmin, OTHER, type Admin } from './test-kit';

export let server: PttCore;
export let admin: Admin;
export let group: Group;

beforeEach(async () => {
  ({ server, admin, group } = await gagnonAdmin([GAGNON, OTHER]));
});
