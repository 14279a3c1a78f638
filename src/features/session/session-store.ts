/**
 * Who is signed in on this device. The bearer token is kept in the tenant's own database
 * (src/db/device-data.ts), so removing that database removes it too; localStorage holds
 * only which database that is (tenant and user, no secret). Every tab of the app follows
 * sign-in and sign-out on a BroadcastChannel: Exit in one tab signs out all of them at once.
 */
import { create } from 'zustand';
import { databaseName } from '../../db/database';
import { forgetSessionToken, readSessionToken, removeDatabase, saveSessionToken } from '../../db/device-data';
import type { SignInResponse } from '../../domain/protocol';
import { signOut } from './api';

export type Session = SignInResponse;

export const useSessionStore = create<{ session: Session | null }>()(() => ({ session: null }));

/** Which database holds the signed-in session (no token). */
const SIGNED_IN_KEY = 'ptt-admin.signed-in';
/** Where the whole session, token included, was kept before: removed wherever it is found. */
const FORMER_SESSION_KEY = 'ptt-admin.session';

type Announcement = 'signedIn' | 'signedOut';
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('ptt-admin.session');

const sessionDatabase = (session: Pick<Session, 'tenant' | 'user'>) => databaseName(session.tenant.id, session.user.id);

function signedInPointer(): Omit<Session, 'token'> | null {
  try {
    const pointer = JSON.parse(localStorage.getItem(SIGNED_IN_KEY) ?? 'null') as Omit<Session, 'token'> | null;
    return typeof pointer?.tenant?.id === 'string' && typeof pointer.user?.id === 'string' ? pointer : null;
  } catch {
    return null;
  }
}

async function readStoredSession(): Promise<Session | null> {
  localStorage.removeItem(FORMER_SESSION_KEY);
  const pointer = signedInPointer();
  if (!pointer) return null;
  const token = await readSessionToken(sessionDatabase(pointer));
  if (token === null) localStorage.removeItem(SIGNED_IN_KEY);
  return token === null ? null : { ...pointer, token };
}

let restoring: Promise<Session | null> | null = null;

/** The session this tab shows, read from the device the first time (after a reload, in a new tab). */
export function restoreSession(): Promise<Session | null> {
  const current = useSessionStore.getState().session;
  if (current) return Promise.resolve(current);
  restoring ??= readStoredSession()
    .then((session) => {
      if (session && !useSessionStore.getState().session) useSessionStore.setState({ session });
      return useSessionStore.getState().session;
    })
    .finally(() => {
      restoring = null;
    });
  return restoring;
}

/** Keeps a new session on this device (its token in its database) and tells the other tabs. */
export async function startSession(session: Session): Promise<void> {
  await saveSessionToken(sessionDatabase(session), session.token, session.user.role);
  const { token: _token, ...pointer } = session;
  localStorage.setItem(SIGNED_IN_KEY, JSON.stringify(pointer));
  useSessionStore.setState({ session });
  channel?.postMessage('signedIn' satisfies Announcement);
}

/**
 * Ends the session in every tab: the others hide its data at once. `remove` deletes the
 * tenant's database from this device; `keep` leaves it, with its queued edits, for this
 * user's next sign-in here (only the token goes).
 */
export async function endSession(data: 'remove' | 'keep'): Promise<void> {
  const session = useSessionStore.getState().session;
  localStorage.removeItem(SIGNED_IN_KEY);
  useSessionStore.setState({ session: null });
  channel?.postMessage('signedOut' satisfies Announcement);
  if (!session) return;
  void signOut(session.token).catch(() => undefined);
  const name = sessionDatabase(session);
  await (data === 'remove' ? removeDatabase(name) : forgetSessionToken(name));
}

if (channel) {
  channel.onmessage = (event: MessageEvent<Announcement>) => {
    useSessionStore.setState({ session: null });
    if (event.data === 'signedIn') void restoreSession();
  };
}
