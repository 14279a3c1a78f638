/**
 * "Restore the server from an earlier backup": the simulated server goes back some changes, as
 * a new generation, so anyone can watch the app notice, load the data again and send what the
 * backup lacks (docs/sync.md).
 */
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import type { DemoHooks } from '../../lib/demo';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { SelectField } from '../../ui/SelectField';
import { useSyncNow } from './hooks';
import { demoMessages as m } from './messages';

const HOW_FAR = [5, 20, 100];

export function RestoreBackup({ demo, tenantId }: { demo: DemoHooks; tenantId: string }) {
  const intl = useIntl();
  const syncNow = useSyncNow();
  const id = useId();
  const [changes, setChanges] = useState(HOW_FAR[0]!);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState('');

  const restore = async () => {
    setConfirming(false);
    const { undone } = await demo.disasters.restoreBackup(tenantId, changes);
    setDone(intl.formatMessage(m.restoreDone, { count: undone }));
    syncNow();
  };

  return (
    <fieldset className="demo__group">
      <legend>{intl.formatMessage(m.server)}</legend>
      <SelectField
        id={id}
        label={intl.formatMessage(m.restoreHowFar)}
        value={String(changes)}
        options={HOW_FAR.map((count) => [String(count), intl.formatMessage(m.restoreChanges, { count })] as const)}
        onChange={(count) => setChanges(Number(count))}
      />
      <div className="actions">
        <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>
          {intl.formatMessage(m.restore)}
        </button>
      </div>
      <p role="status">{done}</p>
      <ConfirmDialog
        open={confirming}
        title={intl.formatMessage(m.restoreTitle)}
        danger
        onCancel={() => setConfirming(false)}
        onConfirm={() => void restore()}
      >
        <p>{intl.formatMessage(m.restoreBody, { count: changes })}</p>
      </ConfirmDialog>
    </fieldset>
  );
}
