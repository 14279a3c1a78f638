import { lazy, Suspense } from 'react';
import type { ConfirmDialogProps } from './ConfirmDialogView';
import { useOpenedOnce } from './useOpenedOnce';
import { useReturnFocus } from './useReturnFocus';

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
