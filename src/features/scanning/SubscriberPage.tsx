import { useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { PRIORITIES, type Contact, type Group, type Priority, type ScanEntry } from '../../domain/model';
import { IntentRejected } from '../../domain/outcomes';
import { SCAN_LIST_MAX } from '../../domain/rules';
import { Flash, useFlash } from '../../ui/Flash';
import { LeaveGuard } from '../../ui/LeaveGuard';
import { SubscriberGate, SubscriberProfileHeader } from '../../ui/ProfileTabs';
import { useContact, useContactPending, useGroupsOf } from './hooks';
import { useSaveScanning } from './mutations';
import { priorityLabels, scanningMessages as m } from './messages';
import './scanning.css';

interface ScanDraft {
  enabled: boolean;
  entries: ScanEntry[];
}

function sameScan(a: ScanDraft, b: ScanDraft): boolean {
  if (a.enabled !== b.enabled || a.entries.length !== b.entries.length) return false;
  const priorities = new Map(b.entries.map((entry) => [entry.groupId, entry.priority]));
  return a.entries.every((entry) => priorities.get(entry.groupId) === entry.priority);
}

function ScanningForm({ subscriber, groups }: { subscriber: Contact & { kind: 'subscriber' }; groups: Group[] }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const save = useSaveScanning();
  const flash = useFlash((state) => state.show);
  const saved: ScanDraft = { enabled: subscriber.scanningEnabled, entries: subscriber.scanList };
  // The saved scan list shows until the user changes something; then their draft does, until Save or Cancel.
  const [draft, setDraft] = useState<ScanDraft | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const current = draft ?? saved;
  const dirty = draft !== null && !sameScan(draft, saved);

  const groupIds = new Set(groups.map((group) => group.id));
  // Only the subscriber's groups can be scanned; an entry for a group they have just left is dropped.
  const entries = current.entries.filter((entry) => groupIds.has(entry.groupId));
  const priorityOf = new Map(entries.map((entry) => [entry.groupId, entry.priority]));
  const full = entries.length >= SCAN_LIST_MAX;

  const change = (next: ScanDraft) => {
    setDraft(next);
    setProblem(null);
  };
  const toggle = (groupId: string) =>
    change({
      ...current,
      entries: priorityOf.has(groupId)
        ? entries.filter((entry) => entry.groupId !== groupId)
        : [...entries, { groupId, priority: 'normal' }],
    });
  const setPriority = (groupId: string, priority: Priority) =>
    change({
      ...current,
      entries: entries.map((entry) => (entry.groupId === groupId ? { groupId, priority } : entry)),
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      await save(subscriber.id, current.enabled, entries);
      setDraft(null);
      flash(intl.formatMessage(m.saved, { name: subscriber.name }));
    } catch (error) {
      if (!(error instanceof IntentRejected)) throw error;
      const group = groups.find((candidate) => candidate.id === error.detail?.groupId);
      setProblem(
        error.reason === 'scan.tooMany'
          ? intl.formatMessage(m.tooMany)
          : error.reason === 'scan.notMember'
            ? group
              ? intl.formatMessage(m.notMember, { group: group.name })
              : intl.formatMessage(m.notMemberUnknown)
            : error.reason === 'notFound'
              ? intl.formatMessage(m.gone)
              : intl.formatMessage(m.notSaved),
      );
    } finally {
      setSaving(false);
    }
  };

  const cancel = () => {
    setDraft(null);
    setProblem(null);
    void navigate({ to: '/master-list', ignoreBlocker: true });
  };

  return (
    <form onSubmit={(event) => void submit(event)} aria-labelledby="view-groups-title" noValidate>
      <LeaveGuard when={dirty && !saving} />
      <h2 id="view-groups-title">{intl.formatMessage(m.viewGroups)}</h2>
      <div className="scan-enable">
        <label className="choice">
          <input
            type="checkbox"
            checked={current.enabled}
            onChange={(event) => change({ ...current, entries, enabled: event.target.checked })}
            aria-describedby="scan-enable-hint"
          />
          {intl.formatMessage(m.enable)}
        </label>
        <p id="scan-enable-hint" className="field__hint">
          {intl.formatMessage(current.enabled ? m.enableHint : m.offHint)}
        </p>
        {current.enabled && entries.length === 0 && groups.length > 0 && (
          <p className="scan-warning">{intl.formatMessage(m.nothingTicked)}</p>
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
        <fieldset className="scan-groups" disabled={!current.enabled} aria-describedby="scan-count">
          <legend>{intl.formatMessage(m.scanList)}</legend>
          <p id="scan-count" className="field__hint" aria-live="polite">
            {intl.formatMessage(m.count, { count: entries.length, max: SCAN_LIST_MAX })}{' '}
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
        </fieldset>
      )}

      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {intl.formatMessage(m.save)}
        </button>
        <button type="button" className="button" onClick={cancel}>
          {intl.formatMessage(m.cancel)}
        </button>
      </div>
    </form>
  );
}

export function SubscriberPage() {
  const intl = useIntl();
  const { subscriberId } = useParams({ from: '/app/subscribers/$subscriberId' });
  const contact = useContact(subscriberId);
  const memberOf = useGroupsOf(subscriberId);
  const pending = useContactPending(subscriberId);
  const groups = useMemo(() => {
    const collator = new Intl.Collator(intl.locale, { sensitivity: 'base', numeric: true });
    return memberOf && [...memberOf].sort((a, b) => collator.compare(a.name, b.name));
  }, [memberOf, intl.locale]);

  return (
    <SubscriberGate contact={contact} ready={groups !== undefined} externalBody={intl.formatMessage(m.externalBody)}>
      {(subscriber) => (
        <section className="page" aria-labelledby="profile-title">
          <SubscriberProfileHeader subscriber={subscriber} pending={pending} />
          <Flash />
          <ScanningForm key={subscriber.id} subscriber={subscriber} groups={groups ?? []} />
        </section>
      )}
    </SubscriberGate>
  );
}
