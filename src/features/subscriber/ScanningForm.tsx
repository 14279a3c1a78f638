import { Link } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { PRIORITIES, type Group, type Priority, type ScanEntry, type Subscriber } from '../../domain/model';
import { SCAN_LIST_MAX } from '../../domain/rules';
import { FormActions } from '../../ui/FormActions';
import { LeaveGuard } from '../../ui/LeaveGuard';
import { RemoteChanges } from '../../ui/RemoteChanges';
import { useKeptWhile } from '../../ui/useKeptWhile';
import { lockedScanEntries } from '../../domain/roles';
import { useAccess, useIsLoaded, useScanningDraft } from './hooks';
import { useSubscriberActions } from './mutations';
import { priorityLabels, profileMessages, scanRejectionMessage, scanningMessages as m } from './messages';
import { useProfileSave } from './profile-save';

/**
 * View Groups: talkgroup scanning on or off, and which of the subscriber's groups it scans, each
 * with a priority. At most 16 groups: the 17th cannot be ticked, and the note says why.
 */
export function ScanningForm({ subscriber, groups: stored }: { subscriber: Subscriber; groups: readonly Group[] }) {
  const intl = useIntl();
  const { saveScanning } = useSubscriberActions();
  // Each of scanning on/off and the scan list follows the stored one until the user changes it (src/db/form-draft.ts).
  const draft = useScanningDraft(subscriber);
  const groups = useKeptWhile(stored, draft.waitingForData !== null);
  // Save writes the whole scan list, of the groups shown: while some are not loaded yet, it would drop their entries.
  const loaded = useIsLoaded();
  const form = useProfileSave(subscriber, draft, {
    saved: m.saved,
    rejectionMessage: (error) => scanRejectionMessage(intl, error, groups),
  });
  const enabled = draft.values?.scanningEnabled ?? subscriber.scanningEnabled;

  const access = useAccess();
  // A supervisor's device holds only its own groups: the entries of the others stay as saved, shown locked.
  const locked = access?.role === 'supervisor' ? lockedScanEntries(subscriber.scanList, access.scope) : [];
  const groupIds = new Set(groups.map((group) => group.id));
  // Only the subscriber's groups can be scanned; an entry for a group they have just left is dropped.
  const entries = (draft.values?.scanList ?? subscriber.scanList).filter((entry) => groupIds.has(entry.groupId));
  const priorityOf = new Map(entries.map((entry) => [entry.groupId, entry.priority]));
  const full = entries.length + locked.length >= SCAN_LIST_MAX;

  // The draft holds the whole list, the locked entries too, so that ticking back to the saved list is no change.
  const changeList = (ticked: ScanEntry[]) => {
    draft.set('scanList', [...ticked, ...locked]);
    form.clearProblem();
  };
  const toggle = (groupId: string) =>
    changeList(
      priorityOf.has(groupId)
        ? entries.filter((entry) => entry.groupId !== groupId)
        : [...entries, { groupId, priority: 'normal' }],
    );
  const setPriority = (groupId: string, priority: Priority) =>
    changeList(entries.map((entry) => (entry.groupId === groupId ? { groupId, priority } : entry)));

  const save = async () => {
    const scanList = [...entries, ...locked];
    await saveScanning(subscriber.id, enabled, scanList, draft.seen);
    draft.saved({ scanningEnabled: enabled, scanList });
  };

  // What the form lets change depends on the role: nothing shows until it is read.
  if (!access) return null;
  return (
    <form onSubmit={form.onSubmit(save)} aria-labelledby="view-groups-title" noValidate>
      <LeaveGuard when={draft.dirty && !form.saving} />
      <h2 id="view-groups-title">{intl.formatMessage(profileMessages.viewGroups)}</h2>
      <RemoteChanges
        changes={draft.changes}
        onUseTheirs={draft.useTheirs}
        label={(field) => intl.formatMessage(field === 'scanList' ? m.scanList : m.enable)}
        value={() => null}
      />
      <div className="scan-enable">
        <label className="choice">
          <input
            type="checkbox"
            checked={enabled}
            // Turning scanning off would silence the groups a supervisor may not change too.
            disabled={locked.length > 0}
            onChange={(event) => {
              draft.set('scanningEnabled', event.target.checked);
              form.clearProblem();
            }}
            aria-describedby="scan-enable-hint"
          />
          {intl.formatMessage(m.enable)}
        </label>
        <p id="scan-enable-hint" className="field__hint">
          {intl.formatMessage(locked.length > 0 ? m.enableLocked : enabled ? m.enableHint : m.offHint)}
        </p>
        {enabled && entries.length === 0 && groups.length > 0 && (
          <p className="warning-line">{intl.formatMessage(m.nothingTicked)}</p>
        )}
      </div>

      {groups.length === 0 ? (
        <div className="empty-state">
          <p>{intl.formatMessage(m.noGroups, { name: subscriber.name })}</p>
          <Link to="/groups" className="button">
            {intl.formatMessage(m.goToGroups)}
          </Link>
        </div>
      ) : (
        <fieldset className="scan-groups" disabled={!enabled} aria-describedby="scan-count">
          <legend>{intl.formatMessage(m.scanList)}</legend>
          <p id="scan-count" className="field__hint" aria-live="polite">
            {intl.formatMessage(m.count, { count: entries.length + locked.length, max: SCAN_LIST_MAX })}{' '}
            {full && <strong id="scan-full">{intl.formatMessage(m.full, { max: SCAN_LIST_MAX })}</strong>}
          </p>
          <ul className="scan-groups__list">
            {groups.map((group) => {
              const priority = priorityOf.get(group.id);
              const checkboxId = `scan-${group.id}`;
              return (
                <li key={group.id} className="scan-groups__row">
                  <label className="choice scan-groups__name" htmlFor={checkboxId}>
                    <input
                      id={checkboxId}
                      type="checkbox"
                      checked={priority !== undefined}
                      // The 17th group cannot be ticked; the note above says why.
                      disabled={priority === undefined && full}
                      aria-describedby={priority === undefined && full ? 'scan-full' : undefined}
                      onChange={() => toggle(group.id)}
                    />
                    {group.name}
                  </label>
                  {priority !== undefined && (
                    <select
                      className="scan-groups__priority"
                      aria-label={intl.formatMessage(m.priorityFor, { group: group.name })}
                      value={priority}
                      onChange={(event) => setPriority(group.id, event.target.value as Priority)}
                    >
                      {PRIORITIES.map((level) => (
                        <option key={level} value={level}>
                          {intl.formatMessage(priorityLabels[level])}
                        </option>
                      ))}
                    </select>
                  )}
                </li>
              );
            })}
          </ul>
          {locked.length > 0 && <LockedEntries entries={locked} />}
        </fieldset>
      )}

      <FormActions
        error={form.problem}
        busy={form.saving}
        waitingForData={draft.waitingForData ?? (loaded === false ? 'load' : null)}
        onCancel={form.cancel}
      />
    </form>
  );
}

/** The scan entries of groups a supervisor does not supervise: shown, with their priority, but not its to change. */
function LockedEntries({ entries }: { entries: readonly ScanEntry[] }) {
  const intl = useIntl();
  return (
    <div className="scan-locked">
      <p className="field__hint">{intl.formatMessage(m.lockedNote, { count: entries.length })}</p>
      <ul className="scan-groups__list">
        {entries.map((entry) => (
          <li key={entry.groupId} className="scan-groups__row">
            <span aria-hidden="true">🔒</span>
            <span className="scan-groups__name">{intl.formatMessage(m.lockedEntry)}</span>
            <span>{intl.formatMessage(priorityLabels[entry.priority])}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
