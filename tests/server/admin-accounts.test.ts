/**
 * The admin tool's accounts, end to end: `create-account --role supervisor` makes the account
 * and its scope row (empty: administrators give groups from the app), which the supervisor
 * signs in with and an administrator sees; a role the tool does not know is refused. The built
 * tool as a process, on each database; each command's rules and refusals are server/admin/commands.test.ts.
 */
import { describe, expect, it, onTestFinished } from 'vitest';
import { API, type ChangesResponse } from '../../src/domain/protocol';
import { DATABASES } from './databases';
import { allRows, signIn } from './http-client';
import { admin, seedTestTenant, startServerProcess, TEST_USER } from './processes';

const SUPERVISOR = { username: 'Chef.Equipe@Essai.test', password: 'mot de passe de chantier' };

async function roleAnswered(baseUrl: string, token: string) {
  const response = await fetch(`${baseUrl}${API.changes}?since=0`, { headers: { Authorization: `Bearer ${token}` } });
  return ((await response.json()) as ChangesResponse).role;
}

describe.each(DATABASES)('the admin tool’s accounts on $name', (db) => {
  it('creates a supervisor with its scope row, seen by the supervisor and by administrators', async () => {
    const { database, drop } = await db.open();
    onTestFinished(drop);
    seedTestTenant(database, 10);
    const printed = admin(
      database,
      ['create-account', 'tenant-essai', SUPERVISOR.username, '--name', 'Chloé Chef', '--role', 'supervisor'],
      SUPERVISOR.password,
    );
    expect(printed).toContain('Account chef.equipe@essai.test (supervisor) created in tenant-essai.');
    expect(() =>
      admin(
        database,
        ['create-account', 'tenant-essai', 'x@essai.test', '--name', 'X', '--role', 'owner'],
        'long enough pw',
      ),
    ).toThrow(/--role is administrator or supervisor/);

    const server = await startServerProcess(database);
    onTestFinished(() => server.stop());
    const supervisor = await signIn(server.url, SUPERVISOR.username, SUPERVISOR.password);
    expect(supervisor.user).toMatchObject({
      username: 'chef.equipe@essai.test',
      displayName: 'Chloé Chef',
      role: 'supervisor',
    });
    const ownScope = { id: supervisor.user.id, name: 'Chloé Chef', groupIds: [] };
    expect(await allRows(server.url, supervisor.token, 'supervisors')).toEqual([expect.objectContaining(ownScope)]);
    expect(await allRows(server.url, supervisor.token, 'groups')).toEqual([]);
    expect(await roleAnswered(server.url, supervisor.token)).toBe('supervisor');

    const administrator = await signIn(server.url, TEST_USER.username, TEST_USER.password);
    expect(await allRows(server.url, administrator.token, 'supervisors')).toEqual([expect.objectContaining(ownScope)]);
    expect(await roleAnswered(server.url, administrator.token)).toBe('administrator');
  });
});
