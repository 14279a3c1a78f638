/**
 * Another administrator editing what an open page shows: the edit is made on the mock back-end
 * (its activity logged under "Marie Dubé"), then this device's sync is woken, as the Demo panel
 * does, so the change reaches the page through the real sync engine.
 */
import { OTHER_ADMIN } from '../mocks/other-admin';
import type { Intent } from '../src/domain/intents';
import type { SignedInTenant } from './tenant';

export const OTHER_ADMIN_NAME = OTHER_ADMIN.name;

export async function otherAdminEdits(
  tenant: Pick<SignedInTenant, 'backend' | 'session'>,
  intent: Intent,
): Promise<void> {
  await tenant.backend.otherAdmin(tenant.session.tenant.id).apply(intent);
  window.dispatchEvent(new Event('focus'));
}
