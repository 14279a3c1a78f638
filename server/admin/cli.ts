/**
 * `npm run server:admin -- <command> …`: the PTT server's command-line tool, on the same
 * database as `npm run server` (`DATABASE_URL`, or PGlite in `PTT_DATA_DIR`, default
 * data/pglite — stop the server first: an embedded database has one user at a time).
 * Passwords are read from the terminal or standard input, never from arguments.
 */
import { parseArgs } from 'node:util';
import type { TenantKind } from '../../src/domain/protocol';
import { PostgresStore } from '../postgres/postgres-store';
import { databaseConfig, readServerConfig } from '../http/start';
import { scryptPasswordHasher } from '../http/scrypt';
import * as admin from './commands';
import { readNewPassword } from './password-input';

const USAGE = `Usage: npm run server:admin -- <command> [options]

  create-tenant <tenant-id> --name <name> [--kind small-business|large-enterprise]
  create-account <tenant-id> <username> --name <display name> [--role administrator|supervisor]
                     (the password: typed twice, or the first line of standard input)
  reset-password <username>        a new password; ends the account's sessions
  revoke-sessions <username>       signs the account out on every device
  load-demo                        the demo tenants and their accounts (password: demo)
  load-generated <tenant-id> --contacts <N> [--name <name>] [--seed <n>]
                                   makes the tenant's rows a generated set of N contacts
  list                             tenants, their contacts and accounts
  declare-restore <tenant-id>      after restoring the database from a backup (or failing over
                                   to a standby): devices send again what the restore lost
`;

const OPTIONS = {
  name: { type: 'string' },
  kind: { type: 'string', default: 'large-enterprise' },
  role: { type: 'string', default: 'administrator' },
  contacts: { type: 'string' },
  seed: { type: 'string', default: '1' },
  help: { type: 'boolean', short: 'h' },
} as const;

const TENANT_KINDS: readonly TenantKind[] = ['small-business', 'large-enterprise'];

function kindOf(value: string): TenantKind {
  if (!TENANT_KINDS.includes(value as TenantKind))
    throw new admin.AdminError(`--kind is one of ${TENANT_KINDS.join(', ')}`);
  return value as TenantKind;
}

async function run(argv: string[]): Promise<string> {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  const [command, ...args] = positionals;
  if (!command || values.help) return USAGE;
  const needs = (count: number) => {
    if (args.length !== count) throw new admin.AdminError(`${command} takes ${count} argument(s)\n\n${USAGE}`);
    return args as string[];
  };
  const passwords = scryptPasswordHasher(readServerConfig(process.env).scryptCost);
  const store = await PostgresStore.open(databaseConfig(process.env));
  try {
    switch (command) {
      case 'create-tenant': {
        const [id = ''] = needs(1);
        await admin.createTenant(store, id, values.name ?? '', kindOf(values.kind));
        return `Tenant ${id} created.`;
      }
      case 'create-account': {
        const [tenantId = '', username = ''] = needs(2);
        const role = values.role;
        if (role !== 'administrator' && role !== 'supervisor')
          throw new admin.AdminError('--role is administrator or supervisor');
        const created = await admin.createAccount(store, passwords, {
          tenantId,
          username,
          displayName: values.name ?? '',
          role,
          password: await readNewPassword(),
        });
        return `Account ${created.username} (${role}) created in ${tenantId}.`;
      }
      case 'reset-password': {
        const [username = ''] = needs(1);
        const ended = await admin.resetPassword(store, passwords, username, await readNewPassword());
        return `Password of ${username} changed; ${ended} session(s) ended.`;
      }
      case 'revoke-sessions': {
        const [username = ''] = needs(1);
        return `${await admin.revokeSessions(store, username)} session(s) of ${username} ended.`;
      }
      case 'load-demo': {
        needs(0);
        const tenants = await admin.loadDemo(store, passwords);
        return tenants
          .map((tenant) => `${tenant.id}: ${tenant.accounts.map((a) => a.username).join(', ')} (password: demo)`)
          .join('\n');
      }
      case 'load-generated': {
        const [id = ''] = needs(1);
        const contacts = Number(values.contacts);
        const tenant = { id, name: values.name ?? `Generated ${id}`, kind: kindOf(values.kind) };
        const loaded = await admin.loadGenerated(store, tenant, contacts, Number(values.seed));
        return `${id}: ${loaded.contacts} contacts, ${loaded.groups} groups, ${loaded.subLists} sub-lists.`;
      }
      case 'declare-restore': {
        const [id = ''] = needs(1);
        const { keptUpTo } = await admin.declareRestore(store, id);
        return `${id}: a new history, kept up to change ${keptUpTo}; devices will send again what they had past it.`;
      }
      case 'list':
        needs(0);
        return (await admin.listTenants(store))
          .map((t) => `${t.id}  ${t.name}  (${t.kind}, ${t.contacts} contacts)\n    ${t.accounts ?? 'no account'}`)
          .join('\n');
      default:
        throw new admin.AdminError(`Unknown command ${command}\n\n${USAGE}`);
    }
  } finally {
    await store.close();
  }
}

run(process.argv.slice(2)).then(
  (message) => console.log(message),
  (error: unknown) => {
    const known = error instanceof admin.AdminError || (error instanceof Error && error.name === 'DataDirInUse');
    console.error(known ? (error as Error).message : error);
    process.exitCode = 1;
  },
);
