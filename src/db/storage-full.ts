/**
 * The browser refusing to store more (its quota for the site, or a full disk): IndexedDB
 * aborts the transaction with a `QuotaExceededError`, which Dexie may wrap. Nothing of that
 * transaction was written; saving an edit then throws `StorageFull` (domain/outcomes.ts) for
 * the screen to say so where the user acted, and the sync says so in the header until space
 * frees up.
 */
import { StorageFull } from '../domain/outcomes';

/** Whether an error is the browser refusing to store more, as IndexedDB or Dexie report it. */
export function isQuotaError(error: unknown): boolean {
  if (error instanceof StorageFull) return true;
  const names = [(error as { name?: string })?.name, (error as { inner?: { name?: string } })?.inner?.name];
  return names.includes('QuotaExceededError');
}
