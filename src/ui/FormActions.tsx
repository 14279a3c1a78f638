import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { commonMessages as m } from './messages';

export interface FormActionsProps {
  /** A problem with the whole form (a refusal no field owns), in the user's language; null when there is none. */
  error?: string | null;
  /** Lets fields point at the problem (aria-describedby). */
  errorId?: string;
  /** While saving: both buttons wait, so nothing is sent twice or left half done. */
  busy: boolean;
  /** Save has nothing to save. */
  nothingToSave?: boolean;
  /**
   * Save waits for this device to hold the data, and says why: `reload`, the form's row went with
   * the reload after a server restore; `load`, what the form reads is not all loaded yet.
   */
  waitingForData?: 'reload' | 'load' | null;
  submitLabel?: string;
  /** The second button (Cancel unless `cancelLabel` says otherwise); none when omitted. */
  onCancel?: () => void;
  cancelLabel?: string;
  /** Said between the problem and the buttons ("Unsaved changes…"). */
  children?: ReactNode;
}

/**
 * The end of every form: its problem line (an alert, read as it appears), then Save (the submit
 * button) and Cancel. One component, so every form words, orders and disables them the same way.
 */
export function FormActions({
  error,
  errorId,
  busy,
  nothingToSave,
  waitingForData,
  submitLabel,
  onCancel,
  cancelLabel,
  children,
}: FormActionsProps) {
  const intl = useIntl();
  return (
    <>
      {error && (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      )}
      {children}
      <div role="status">
        {waitingForData && (
          <p className="warning-line">
            {intl.formatMessage(waitingForData === 'reload' ? m.waitingForReload : m.waitingForLoad)}
          </p>
        )}
      </div>
      <div className="actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={busy || nothingToSave || Boolean(waitingForData)}
        >
          {submitLabel ?? intl.formatMessage(m.save)}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel} disabled={busy}>
            {cancelLabel ?? intl.formatMessage(m.cancel)}
          </button>
        )}
      </div>
    </>
  );
}
