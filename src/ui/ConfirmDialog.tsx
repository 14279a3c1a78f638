import { lazy, Suspense, type ReactNode } from 'react';
import { useOpenedOnce } from './useOpenedOnce';
import { useReturnFocus } from './useReturnFocus';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  /** What will happen, including what else changes ("3 scan lists will lose this group"). */
  children: ReactNode;
  confirmLabel?: string;
  cancelLabel?: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

// Radix Dialog and its helpers stay out of the first screen's JavaScript (docs/performance.md).
const ConfirmDialogView = lazy(() => import('./ConfirmDialogView'));

/**
 * A confirmation dialog with OK / Cancel; focus starts on Cancel so Enter never destroys by surprise.
 * Its code loads the first time it opens (the service worker has it offline).
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const returnFocus = useReturnFocus(props.open);
  if (!useOpenedOnce(props.open)) return null;
  return (
    <Suspense fallback={null}>
      <ConfirmDialogView {...props} returnFocus={returnFocus} />
    </Suspense>
  );
}
