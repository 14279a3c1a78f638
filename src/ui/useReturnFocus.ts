import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * Focus back to what opened a dialog when it closes. Radix does this only for a <Dialog.Trigger>;
 * our dialogs are opened by state (a Save, an X, Exit), so Radix would leave focus on <body>.
 * Pass the result as the Content's `onCloseAutoFocus`. When the opener is gone (the page was
 * left), nothing is done and the new page's focus handling takes over.
 */
export function useReturnFocus(open: boolean): (event: Event) => void {
  const opener = useRef<HTMLElement | null>(null);
  // A layout effect runs before the dialog's own focus trap moves focus inside.
  useLayoutEffect(() => {
    if (open && document.activeElement instanceof HTMLElement) opener.current = document.activeElement;
  }, [open]);
  return useCallback((event: Event) => {
    event.preventDefault();
    if (opener.current?.isConnected) opener.current.focus();
    opener.current = null;
  }, []);
}
