/**
 * Holds the app's next GET to a path of the mock back-end until released — a slow network at a
 * chosen step (a pull, the reload after a restore) — so a test can act while the sync waits there.
 */
import { http } from 'msw';
import type { SignedInTenant } from '../../tenant';

/** Holds the next GET matching `path` (an MSW pattern: the pull's, the reload's): `reached` once the sync waits for it. */
export function holdNextGet(tenant: SignedInTenant, path: string) {
  let release!: () => void;
  let arrived!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const reached = new Promise<void>((resolve) => (arrived = resolve));
  tenant.backend.msw.use(
    http.get(
      path,
      async () => {
        arrived();
        await released;
      },
      { once: true },
    ),
  );
  return { reached, release };
}
