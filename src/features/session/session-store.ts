/** Who is signed in on this device (UI state, remembered across reloads). */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { SignInResponse } from '../../domain/protocol';

export type Session = SignInResponse;

interface SessionState {
  session: Session | null;
  setSession: (session: Session | null) => void;
}

export const useSessionStore = create<SessionState>()(
  persist((set) => ({ session: null, setSession: (session) => set({ session }) }), { name: 'ptt-admin.session' }),
);
