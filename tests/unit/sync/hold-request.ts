/**
 * Holds the app's next GET to a path of the mock back-end until released — a slow network at a
 * chosen step (a pull, the reload after a restore, one table's page) — so a test can act while the sync waits there.
 */
import { http } from 'msw';
import type { SignedInTenant } from '../../tenant';

/**
 * Holds the next GET matching `path` (an MSW pattern: the pull's, the reload's) and, when given,
 * `matches` (its query, say): `reached` once the sync waits for it.
 */
export function holdNextGet(tenant: SignedInTenant, path: string, matches: (url: URL) => boolean = () => true) {
  let release!: () => void;
  let arrived!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const reached = new Promise<void>((resolve) => (arrived = resolve));
  let held = false;
  tenant.backend.msw.use(
    // Answering nothing hands the request on to the back-end's own handler.
    http.get(path, async ({ request }) => {
      if (held || !matches(new URL(request.url))) return;
      held = true;
      arrived();
      await released;
    }),
  );
  return { reached, release };
}
