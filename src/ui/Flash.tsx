import { useEffect } from 'react';
import { create } from 'zustand';
import { useIntl } from 'react-intl';
import { commonMessages } from './messages';
import './shared.css';

interface FlashState {
  /** Already in the user's language. */
  message: string | null;
  show: (message: string) => void;
  clear: () => void;
}

/**
 * A one-off confirmation carried across a navigation ("Garage Côté was added"): the page that
 * saves sets it, the page it goes to shows it with <Flash />. UI state only.
 */
export const useFlash = create<FlashState>()((set) => ({
  message: null,
  show: (message) => set({ message }),
  clear: () => set({ message: null }),
}));

/** Shows the pending confirmation in a polite live region; it is cleared when the page is left. */
export function Flash() {
  const intl = useIntl();
  const message = useFlash((state) => state.message);
  const clear = useFlash((state) => state.clear);
  useEffect(() => clear, [clear]);
  return (
    <div role="status" className={message ? 'flash' : undefined}>
      {message && (
        <>
          <span aria-hidden="true">✓</span>
          <span className="flash__text">{message}</span>
          <button type="button" className="button button--quiet" onClick={clear}>
            {intl.formatMessage(commonMessages.dismiss)}
          </button>
        </>
      )}
    </div>
  );
}
