/**
 * Supervisors (administrators only): every supervisor account with the groups it supervises,
 * when that last changed, and the way to give (the shared picker) or take groups. Each change is one intent
 * (`supervisor.addGroups` / `removeGroups`), saved here at once and synced, offline too.
 */
import { Link } from '@tanstack/react-router';
import { useId, useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import type { Group, Supervisor } from '../../domain/model';
import { foldName } from '../../domain/rules';
import { IconButton } from '../../ui/IconButton';
import { PendingMark } from '../../ui/PendingMark';
import { Picker } from '../../ui/Picker';
import { CardListPage } from './CardListPage';
import { useById, useGroups, useIsSupervisorPending, useLastScopeChanges, useSupervisors } from './hooks';
import { supervisorsMessages as m } from './messages';
import { useSupervisorActions } from './mutations';
import './supervisors.css';

export function SupervisorsPage() {
  const supervisors = useSupervisors();
  const lastChanges = useLastScopeChanges();
  const isPending = useIsSupervisorPending();
  const groupsById = useById(useGroups());
  return (
    <CardListPage
      name="supervisors"
      messages={m}
      rows={supervisors}
      card={(supervisor) => (
        <SupervisorCard
          key={supervisor.id}
          supervisor={supervisor}
          groupsById={groupsById}
          lastChange={lastChanges?.get(supervisor.id)}
          pending={isPending(supervisor.id)}
        />
      )}
    />
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
  // Only while the picker is open: the groups the supervisor lacks, in name order.
  const candidates = useMemo(() => {
    if (!picking) return [];
    const held = new Set(supervisor.groupIds);
    return [...groupsById.values()]
      .filter((group) => !held.has(group.id))
      .sort((a, b) => a.name.localeCompare(b.name, intl.locale));
  }, [picking, groupsById, supervisor.groupIds, intl.locale]);
  return (
    <li className="supervisor" aria-labelledby={headingId}>
      <h2 id={headingId} className="supervisor__name">
        {supervisor.name}
      </h2>
      <p className="supervisor__meta">
        {intl.formatMessage(m.groupCount, { count: scope.length })} ·{' '}
        {lastChange === undefined
          ? intl.formatMessage(m.neverChanged)
          : intl.formatMessage(m.lastChange, { date: new Date(lastChange) })}
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
      <button type="button" className="button" onClick={() => setPicking(true)}>
        {intl.formatMessage(m.addGroups)}
      </button>
      <Picker
        open={picking}
        title={intl.formatMessage(m.pickerTitle, { supervisor: supervisor.name })}
        candidates={candidates}
        search={searchGroups}
        renderItem={(group) => <span className="pick-row__name">{group.name}</span>}
        words={groupPickerWords}
        onCancel={() => setPicking(false)}
        onAdd={(groupIds) => {
          setPicking(false);
          void actions.addGroups(supervisor.id, groupIds);
        }}
      />
    </li>
  );
}

const groupPickerWords = {
  description: m.pickerDescription,
  results: m.pickerResults,
  resultCount: m.groupCount,
  noneAvailable: m.pickerNoneAvailable,
};

/** The groups whose name holds the query, accents and case aside. */
function searchGroups(groups: readonly Group[], query: string): readonly Group[] {
  const key = foldName(query);
  return key === '' ? groups : groups.filter((group) => foldName(group.name).includes(key));
}
