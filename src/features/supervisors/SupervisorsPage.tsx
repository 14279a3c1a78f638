/**
 * Supervisors (administrators only): every supervisor account with the groups it supervises,
 * when that last changed, and the way to give or take groups. Each change is one intent
 * (`supervisor.addGroups` / `removeGroups`), saved here at once and synced, offline too.
 */
import { Link } from '@tanstack/react-router';
import { useId, useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import type { Group, Supervisor } from '../../domain/model';
import { foldName } from '../../domain/rules';
import { IconButton } from '../../ui/IconButton';
import { PendingMark } from '../../ui/PendingMark';
import { useGroups, useIsSupervisorPending, useLastScopeChanges, useSupervisors } from './hooks';
import { supervisorsMessages as m } from './messages';
import { useSupervisorActions } from './mutations';
import './supervisors.css';

export function SupervisorsPage() {
  const intl = useIntl();
  const supervisors = useSupervisors();
  const groups = useGroups();
  const lastChanges = useLastScopeChanges();
  const isPending = useIsSupervisorPending();
  const sorted = useMemo(
    () => [...(supervisors ?? [])].sort((a, b) => a.name.localeCompare(b.name, intl.locale)),
    [supervisors, intl.locale],
  );
  const groupsById = useMemo(() => new Map((groups ?? []).map((group) => [group.id, group])), [groups]);
  return (
    <section className="page supervisors" aria-labelledby="supervisors-title">
      <header className="page__header">
        <h1 id="supervisors-title">{intl.formatMessage(m.title)}</h1>
      </header>
      <p>{intl.formatMessage(supervisors?.length === 0 ? m.none : m.intro)}</p>
      <ul className="supervisors__list">
        {sorted.map((supervisor) => (
          <SupervisorCard
            key={supervisor.id}
            supervisor={supervisor}
            groupsById={groupsById}
            lastChange={lastChanges?.get(supervisor.id)}
            pending={isPending(supervisor.id)}
          />
        ))}
      </ul>
    </section>
  );
}

interface CardProps {
  supervisor: Supervisor;
  groupsById: ReadonlyMap<string, Group>;
  lastChange: number | undefined;
  pending: boolean;
}

function SupervisorCard({ supervisor, groupsById, lastChange, pending }: CardProps) {
  const intl = useIntl();
  const actions = useSupervisorActions();
  const [picking, setPicking] = useState(false);
  const scope = supervisor.groupIds
    .flatMap((id) => groupsById.get(id) ?? [])
    .sort((a, b) => a.name.localeCompare(b.name, intl.locale));
  const headingId = useId();
  return (
    <li className="supervisor" aria-labelledby={headingId}>
      <h2 id={headingId} className="supervisor__name">
        {supervisor.name}
      </h2>
      <p className="supervisor__meta">
        {intl.formatMessage(m.groupCount, { count: scope.length })} ·{' '}
        {lastChange === undefined ? intl.formatMessage(m.neverChanged) : intl.formatMessage(m.lastChange, { date: new Date(lastChange) })}
        {pending && <PendingMark />}
      </p>
      <ul className="supervisor__groups" aria-label={intl.formatMessage(m.groupsOf, { supervisor: supervisor.name })}>
        {scope.length === 0 && <li className="supervisor__group">{intl.formatMessage(m.noGroups)}</li>}
        {scope.map((group) => (
          <li key={group.id} className="supervisor__group">
            <Link to="/groups/$listId" params={{ listId: group.id }} className="touch-link">
              {group.name}
            </Link>
            <IconButton
              label={intl.formatMessage(m.remove, { group: group.name, supervisor: supervisor.name })}
              icon="✕"
              danger
              onClick={() => void actions.removeGroups(supervisor.id, [group.id])}
            />
          </li>
        ))}
      </ul>
      {picking ? (
        <GroupPicker
          supervisor={supervisor}
          groupsById={groupsById}
          onDone={() => setPicking(false)}
          onAdd={(groupIds) => actions.addGroups(supervisor.id, groupIds)}
        />
      ) : (
        <button type="button" className="button" onClick={() => setPicking(true)}>
          {intl.formatMessage(m.addGroups)}
        </button>
      )}
    </li>
  );
}

interface PickerProps {
  supervisor: Supervisor;
  groupsById: ReadonlyMap<string, Group>;
  onAdd: (groupIds: string[]) => Promise<void>;
  onDone: () => void;
}

/** The groups the supervisor lacks, searched as you type, ticked, then added in one edit. */
function GroupPicker({ supervisor, groupsById, onAdd, onDone }: PickerProps) {
  const intl = useIntl();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const choices = useMemo(() => {
    const key = foldName(query);
    const held = new Set(supervisor.groupIds);
    return [...groupsById.values()]
      .filter((group) => !held.has(group.id) && foldName(group.name).includes(key))
      .sort((a, b) => a.name.localeCompare(b.name, intl.locale));
  }, [groupsById, supervisor.groupIds, query, intl.locale]);
  const toggle = (id: string) =>
    setTicked((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    <div className="supervisor__picker">
      <div className="field">
        <label htmlFor={searchId}>{intl.formatMessage(m.search)}</label>
        <input id={searchId} type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
      </div>
      {choices.length === 0 && <p role="status">{intl.formatMessage(m.noMatch)}</p>}
      <ul className="supervisor__choices">
        {choices.map((group) => (
          <li key={group.id}>
            <label>
              <input type="checkbox" checked={ticked.has(group.id)} onChange={() => toggle(group.id)} />
              {group.name}
            </label>
          </li>
        ))}
      </ul>
      <div className="actions">
        <button
          type="button"
          className="button button--primary"
          disabled={ticked.size === 0}
          onClick={() => void onAdd([...ticked]).then(onDone)}
        >
          {intl.formatMessage(m.add)}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {intl.formatMessage(m.cancel)}
        </button>
      </div>
    </div>
  );
}
