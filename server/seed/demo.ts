/**
 * The demo tenants and their admin logins. Kept free of the generator so the sign-in
 * page can import `DEMO_ACCOUNTS` without pulling the seed code into the app bundle.
 */
import type { AccountRole } from '../../src/domain/activity';
import type { TenantKind } from '../../src/domain/protocol';
import { pbkdf2PasswordHasher } from '../core/passwords';
import type { TenantSize } from './generate';

export interface AccountSpec {
  username: string;
  password: string;
  displayName: string;
  /** Administrator when absent. */
  role?: AccountRole;
  /** A supervisor's scope: positions in the tenant's generated groups. */
  groups?: number[];
}

export interface TenantSpec {
  id: string;
  name: string;
  kind: TenantKind;
  size: TenantSize;
  accounts: AccountSpec[];
}

export const DEMO_SEED = 20_240_917;

export const DEMO_PASSWORD = 'demo';

/**
 * How the in-browser demo and the tests hash passwords: cheap, since the demo's
 * passwords are printed on its sign-in page. A real server brings a memory-hard hasher.
 */
export const DEMO_PASSWORD_HASHER = pbkdf2PasswordHasher({ iterations: 1_000 });

/** The two seeded tenants; `seed` makes another, equally deterministic, data set. */
export function demoTenants(seed: number = DEMO_SEED): TenantSpec[] {
  return [
    {
      id: 'tenant-gagnon',
      name: 'Plomberie Gagnon & Fils',
      kind: 'small-business',
      size: { seed, subscribers: 15, externals: 3, subLists: 2, groups: 4 },
      accounts: [{ username: 'admin@gagnon.demo', password: DEMO_PASSWORD, displayName: 'Sylvie Gagnon' }],
    },
    {
      id: 'tenant-nordik',
      name: 'Transports Nordik Inc.',
      kind: 'large-enterprise',
      size: { seed: seed + 1, subscribers: 5_000, externals: 300, subLists: 150, groups: 400 },
      accounts: [
        { username: 'admin@nordik.demo', password: DEMO_PASSWORD, displayName: 'Marc-André Lévesque' },
        // Two supervisors sharing one group (the third): each sees only their own crews.
        {
          username: 'supervision@nordik.demo',
          password: DEMO_PASSWORD,
          displayName: 'Chloé Bérubé',
          role: 'supervisor',
          groups: [0, 1, 2],
        },
        {
          username: 'terrain@nordik.demo',
          password: DEMO_PASSWORD,
          displayName: 'Jean-Philippe Ouellet',
          role: 'supervisor',
          groups: [2, 3],
        },
      ],
    },
  ];
}

/** The id a seed account gets: its tenant's id and its place in the spec. */
export function seedAccountId(tenant: TenantSpec, index: number): string {
  return `${tenant.id}-user-${index + 1}`;
}

/** The benchmark account (`npm run bench`); only a bench build serves this tenant. */
export const BENCH_USERNAME = 'admin@bench.demo';

/**
 * The bench tenant's id, name and seed: a bench build's simulated back-end and the Node server the
 * bench syncs from (scripts/bench/sync-host.ts) generate the same rows from them.
 */
export const BENCH_TENANT = { id: 'tenant-bench', name: 'Banc d’essai Inc.', seed: DEMO_SEED + 2 } as const;

/**
 * A large-enterprise tenant of the given size for `npm run bench` (scripts/bench/). Not part
 * of `demoTenants()`: the normal demo stays as it is, only a build with VITE_BENCH_TENANT adds it.
 */
export function benchTenant(size: Omit<TenantSize, 'seed'>, seed: number = BENCH_TENANT.seed): TenantSpec {
  return {
    id: BENCH_TENANT.id,
    name: BENCH_TENANT.name,
    kind: 'large-enterprise',
    size: { seed, ...size },
    accounts: [{ username: BENCH_USERNAME, password: DEMO_PASSWORD, displayName: 'Bench Admin' }],
  };
}

export interface DemoAccount {
  username: string;
  password: string;
  displayName: string;
  role: AccountRole;
  tenantKind: TenantKind;
  tenantName: string;
}

/** The logins the sign-in page shows in demo mode. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = demoTenants().flatMap((tenant) =>
  tenant.accounts.map(({ username, password, displayName, role }) => ({
    username,
    password,
    displayName,
    role: role ?? 'administrator',
    tenantKind: tenant.kind,
    tenantName: tenant.name,
  })),
);
