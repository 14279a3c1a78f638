import { useRef, type ReactNode } from 'react';
import * as Dialog from '@radix-ui/react-dialog';
import { useIntl } from 'react-intl';
import { commonMessages as m } from './messages';

/** What ConfirmDialog takes; declared here, in the module it loads, so the two do not import each other. */
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

/** The open dialog of ConfirmDialog, loaded on first use. */
export default function ConfirmDialogView({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel,
  danger,
  onConfirm,
  onCancel,
  returnFocus,
}: ConfirmDialogProps & { returnFocus: (event: Event) => void }) {
  const intl = useIntl();
  const cancelRef = useRef<HTMLButtonElement>(null);
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
