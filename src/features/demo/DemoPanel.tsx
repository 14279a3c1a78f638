import { lazy, Suspense, useState } from 'react';
import { useIntl } from 'react-intl';
import { useDemoStore } from '../../lib/demo';
import { useOpenedOnce } from '../../ui/useOpenedOnce';
import { useReturnFocus } from '../../ui/useReturnFocus';
import { panelMessages as m } from './shell-messages';

// The panel (and Radix Dialog) stays out of the first screen's JavaScript (docs/performance.md).
const DemoDialog = lazy(() => import('./DemoDialog'));

/** The Demo button and its panel: only in demo mode, where the back-end is simulated in the browser. */
export function DemoPanel({ tenantId }: { tenantId: string }) {
  const intl = useIntl();
  const demo = useDemoStore((state) => state.demo);
  const [open, setOpen] = useState(false);
  const opened = useOpenedOnce(open);
  const returnFocus = useReturnFocus(open);
  if (!demo) return null;
  return (
    <>
      <button
        type="button"
        className="button button--quiet"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(true)}
      >
        {intl.formatMessage(m.open)}
      </button>
      {opened && (
        <Suspense fallback={null}>
          <DemoDialog demo={demo} tenantId={tenantId} open={open} onOpenChange={setOpen} returnFocus={returnFocus} />
        </Suspense>
      )}
    </>
  );
}
