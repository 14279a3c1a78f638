import { useBlocker } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { ConfirmDialog } from './ConfirmDialog';
import { leaveMessages as m } from './form-messages';

// Stable, so the blocker is registered again only when `when` changes.
const blockAlways = () => true;

/**
 * Asks before the user leaves a page with unsaved changes (in-app navigation and, through the
 * browser's own prompt, closing or reloading the tab). A page that navigates away itself after
 * saving passes `ignoreBlocker: true` to `navigate`.
 */
export function LeaveGuard({ when }: { when: boolean }) {
  const intl = useIntl();
  const blocker = useBlocker({
    shouldBlockFn: blockAlways,
    enableBeforeUnload: when,
    disabled: !when,
    withResolver: true,
  });
  return (
    <ConfirmDialog
      open={blocker.status === 'blocked'}
      title={intl.formatMessage(m.title)}
      confirmLabel={intl.formatMessage(m.leave)}
      cancelLabel={intl.formatMessage(m.stay)}
      danger
      onConfirm={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    >
      <p>{intl.formatMessage(m.body)}</p>
    </ConfirmDialog>
  );
}
