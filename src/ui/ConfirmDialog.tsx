import { useRef, type ReactNode } from 'react';
import * as Dialog from '@radix-ui/react-dialog';
import { defineMessages, useIntl } from 'react-intl';
import { useReturnFocus } from './useReturnFocus';

const m = defineMessages({
  ok: { id: 'ui.ok', defaultMessage: 'OK' },
  cancel: { id: 'ui.cancel', defaultMessage: 'Cancel' },
});

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

/** A Radix confirmation dialog with OK / Cancel; focus starts on Cancel so Enter never destroys by surprise. */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel,
  danger,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const intl = useIntl();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useReturnFocus(open);
  return (
    <Dialog.Root open={open} onOpenChange={(next) => !next && onCancel()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className="dialog"
          role="alertdialog"
          onOpenAutoFocus={(event) => {
            event.preventDefault();
            cancelRef.current?.focus();
          }}
          onCloseAutoFocus={returnFocus}
        >
          <Dialog.Title>{title}</Dialog.Title>
          <Dialog.Description asChild>
            <div>{children}</div>
          </Dialog.Description>
          <div className="actions">
            <button type="button" className="button" onClick={onCancel} ref={cancelRef}>
              {cancelLabel ?? intl.formatMessage(m.cancel)}
            </button>
            <button
              type="button"
              className={danger ? 'button button--danger' : 'button button--primary'}
              onClick={onConfirm}
            >
              {confirmLabel ?? intl.formatMessage(m.ok)}
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
