import { useEffect, useState, useSyncExternalStore } from 'react';
import * as Dialog from '@radix-ui/react-dialog';
import { useIntl } from 'react-intl';
import type { Intent, IntentName } from '../../domain/intents';
import type { DemoHooks, DemoOtherAdmin } from '../../lib/demo';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { demoMessages as m, editKey } from './messages';
import { RestoreBackup } from './RestoreBackup';
import { useSyncNow } from './hooks';
import { useOtherAdminTarget } from './target';
import './demo.css';

const LATENCIES = {
  none: { minMs: 0, maxMs: 0 },
  fixed: { minMs: 800, maxMs: 800 },
  random: { minMs: 200, maxMs: 3000 },
} as const;
type LatencyChoice = keyof typeof LATENCIES;
const RATES = [0, 0.1, 0.3, 0.5, 1];

function latencyChoice({ minMs, maxMs }: { minMs: number; maxMs: number }): LatencyChoice {
  if (maxMs === 0) return 'none';
  return minMs === maxMs ? 'fixed' : 'random';
}

/** A share of requests (none to all) that a fault hits. */
function RateField({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: number;
  onChange: (rate: number) => void;
}) {
  const intl = useIntl();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(Number(event.target.value))}>
        {RATES.map((rate) => (
          <option key={rate} value={rate}>
            {intl.formatMessage(m.percent, { value: rate })}
          </option>
        ))}
      </select>
    </div>
  );
}

function Controls({ demo, tenantId }: { demo: DemoHooks; tenantId: string }) {
  const intl = useIntl();
  const settings = useSyncExternalStore(demo.faults.subscribe, demo.faults.getSettings);
  const otherAdmin = demo.otherAdmin(tenantId);
  const running = useSyncExternalStore(otherAdmin.subscribe, otherAdmin.isRunning);
  const [lastEdit, setLastEdit] = useState<IntentName | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const target = useOtherAdminTarget();
  const remove = target?.remove;

  const syncNow = useSyncNow();
  // The edit is on the simulated server; this device looks at once rather than at its next poll.
  const act = async (run: () => Promise<{ intent: Intent } | null>) => {
    const edit = await run();
    if (edit) setLastEdit(edit.intent.name);
    syncNow();
  };

  return (
    <>
      <fieldset className="demo__group">
        <legend>{intl.formatMessage(m.network)}</legend>
        <label className="demo__check">
          <input
            type="checkbox"
            checked={settings.offline}
            onChange={(event) => demo.faults.setOffline(event.target.checked)}
          />
          {intl.formatMessage(m.offline)}
        </label>
        <div className="field">
          <label htmlFor="demo-latency">{intl.formatMessage(m.latency)}</label>
          <select
            id="demo-latency"
            value={latencyChoice(settings.latency)}
            onChange={(event) => demo.faults.setLatency(LATENCIES[event.target.value as LatencyChoice])}
          >
            <option value="none">{intl.formatMessage(m.latencyNone)}</option>
            <option value="fixed">{intl.formatMessage(m.latencyFixed)}</option>
            <option value="random">{intl.formatMessage(m.latencyRandom)}</option>
          </select>
        </div>
        <RateField
          id="demo-errors"
          label={intl.formatMessage(m.errorRate)}
          value={settings.errorRate}
          onChange={(rate) => demo.faults.setErrorRate(rate)}
        />
        <RateField
          id="demo-lose"
          label={intl.formatMessage(m.loseRate)}
          value={settings.loseResponseRate}
          onChange={(rate) => demo.faults.setLoseResponseRate(rate)}
        />
      </fieldset>
      <fieldset className="demo__group">
        <legend>{intl.formatMessage(m.otherAdmin)}</legend>
        <ActingAs otherAdmin={otherAdmin} />
        <div className="actions">
          <button type="button" className="button" onClick={() => void act(() => otherAdmin.randomEdit())}>
            {intl.formatMessage(m.otherAdminEdit)}
          </button>
          {target && (
            <>
              <button
                type="button"
                className="button"
                onClick={() => void act(() => otherAdmin.apply(target.change.intent))}
              >
                {intl.formatMessage(target.change.kind === 'rename' ? m.otherAdminRename : m.otherAdminChange)}
              </button>
              {remove && (
                <button type="button" className="button" onClick={() => void act(() => otherAdmin.apply(remove))}>
                  {intl.formatMessage(m.otherAdminDelete)}
                </button>
              )}
            </>
          )}
        </div>
        <label className="demo__check">
          <input
            type="checkbox"
            checked={running}
            onChange={(event) => (event.target.checked ? otherAdmin.start({ everyMs: 10_000 }) : otherAdmin.stop())}
          />
          {intl.formatMessage(m.otherAdminSchedule)}
        </label>
        {lastEdit && <p role="status">{intl.formatMessage(m.otherAdminLast, { intent: editKey(lastEdit) })}</p>}
      </fieldset>
      <RestoreBackup demo={demo} tenantId={tenantId} />
      <div className="actions">
        <button type="button" className="button button--danger" onClick={() => setConfirmReset(true)}>
          {intl.formatMessage(m.reset)}
        </button>
      </div>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      <ConfirmDialog
        open={confirmReset}
        title={intl.formatMessage(m.resetTitle)}
        danger
        onCancel={() => setConfirmReset(false)}
        onConfirm={() => {
          setConfirmReset(false);
          void demo.resetDemoData().then(() => setAnnouncement(intl.formatMessage(m.resetDone)));
        }}
      >
        <p>{intl.formatMessage(m.resetBody)}</p>
      </ConfirmDialog>
    </>
  );
}

/** The Demo panel, loaded the first time the Demo button is pressed. */
export default function DemoDialog({
  demo,
  tenantId,
  open,
  onOpenChange,
  returnFocus,
}: {
  demo: DemoHooks;
  tenantId: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  returnFocus: (event: Event) => void;
}) {
  const intl = useIntl();
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog demo" onCloseAutoFocus={returnFocus}>
          <Dialog.Title>{intl.formatMessage(m.title)}</Dialog.Title>
          <Dialog.Description>{intl.formatMessage(m.intro)}</Dialog.Description>
          <Controls demo={demo} tenantId={tenantId} />
          <div className="actions">
            <Dialog.Close className="button">{intl.formatMessage(m.close)}</Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** Whom the other administrator acts as: itself, or one of the tenant's supervisors (whose role and scope then apply). */
function ActingAs({ otherAdmin }: { otherAdmin: DemoOtherAdmin }) {
  const intl = useIntl();
  const [supervisors, setSupervisors] = useState<{ id: string; name: string }[]>([]);
  const [actingAs, setActingAs] = useState(otherAdmin.actingAs());
  useEffect(() => {
    let live = true;
    void otherAdmin.supervisors().then((found) => live && setSupervisors(found));
    return () => {
      live = false;
    };
  }, [otherAdmin]);
  if (supervisors.length === 0) return null;
  return (
    <div className="field">
      <label htmlFor="demo-acting-as">{intl.formatMessage(m.actingAs)}</label>
      <select
        id="demo-acting-as"
        value={actingAs ?? ''}
        onChange={(event) => {
          const id = event.target.value || null;
          otherAdmin.actAs(id);
          setActingAs(id);
        }}
      >
        <option value="">{intl.formatMessage(m.actingAsAdministrator)}</option>
        {supervisors.map((supervisor) => (
          <option key={supervisor.id} value={supervisor.id}>
            {intl.formatMessage(m.actingAsSupervisor, { name: supervisor.name })}
          </option>
        ))}
      </select>
    </div>
  );
}
