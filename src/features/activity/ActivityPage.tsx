/**
 * The Activity section: every entry held on this device, newest first — this device's
 * waiting edits on top — filtered by person, kind of change, dates and a name, or narrowed
 * to one row's history (`?table=&row=`, from a page's History link).
 */
import { useMemo, useState } from 'react';
import { Link, useSearch } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { ACTIVITY_KINDS, activityKind, type ActivityKind } from '../../domain/activity';
import { foldName } from '../../domain/rules';
import { EntryItem } from './EntryItem';
import { useActivityFeed } from './hooks';
import { pageMessages as m } from './messages';
import { namesOf, type ShownEntry } from './sentences';
import './activity.css';

const PAGE = 100;

interface Filters {
  person: string | null;
  kind: ActivityKind | null;
  from: string;
  to: string;
  search: string;
}

export function ActivityPage() {
  const intl = useIntl();
  const feed = useActivityFeed();
  const rowFilter: { table?: string; row?: string } = useSearch({ strict: false });
  const [filters, setFilters] = useState<Filters>({ person: null, kind: null, from: '', to: '', search: '' });
  const [shown, setShown] = useState(PAGE);
  const set = (patch: Partial<Filters>) => {
    setFilters((current) => ({ ...current, ...patch }));
    setShown(PAGE);
  };
  const people = useMemo(() => peopleOf(feed?.entries ?? []), [feed]);
  const matching = useMemo(
    () => (feed?.entries ?? []).filter((entry) => matches(entry, filters, rowFilter)),
    [feed, filters, rowFilter],
  );

  return (
    <section className="page page--wide" aria-labelledby="activity-title">
      <h1 id="activity-title">{intl.formatMessage(m.title)}</h1>
      <p>{intl.formatMessage(m.intro)}</p>
      {rowFilter.row && (
        <p>
          {intl.formatMessage(m.rowOnly)} <Link to="/activity">{intl.formatMessage(m.allActivity)}</Link>
        </p>
      )}
      <fieldset className="activity-filters">
        <legend>{intl.formatMessage(m.filters)}</legend>
        <div className="field">
          <label htmlFor="activity-person">{intl.formatMessage(m.person)}</label>
          <select
            id="activity-person"
            value={filters.person ?? 'everyone'}
            onChange={(event) => set({ person: event.target.value === 'everyone' ? null : event.target.value })}
          >
            <option value="everyone">{intl.formatMessage(m.everyone)}</option>
            {people.map(([accountId, name]) => (
              <option key={accountId} value={accountId}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="activity-kind">{intl.formatMessage(m.kind)}</label>
          <select
            id="activity-kind"
            value={filters.kind ?? 'all'}
            onChange={(event) =>
              set({ kind: event.target.value === 'all' ? null : (event.target.value as ActivityKind) })
            }
          >
            <option value="all">{intl.formatMessage(m.allKinds)}</option>
            {ACTIVITY_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {intl.formatMessage(m.kindName, { kind })}
              </option>
            ))}
          </select>
        </div>
        <FilterInput
          id="activity-from"
          type="date"
          label={intl.formatMessage(m.from)}
          value={filters.from}
          onChange={(from) => set({ from })}
        />
        <FilterInput
          id="activity-to"
          type="date"
          label={intl.formatMessage(m.to)}
          value={filters.to}
          onChange={(to) => set({ to })}
        />
        <FilterInput
          id="activity-search"
          type="search"
          label={intl.formatMessage(m.search)}
          value={filters.search}
          onChange={(search) => set({ search })}
        />
      </fieldset>
      {feed && (
        <p role="status">
          {intl.formatMessage(m.count, { count: Math.min(shown, matching.length), total: matching.length })}
        </p>
      )}
      {feed && matching.length === 0 && <p>{intl.formatMessage(m.none)}</p>}
      <ul className="activity-list" aria-labelledby="activity-title">
        {matching.slice(0, shown).map((entry) => (
          <EntryItem key={entry.key} entry={entry} groupName={feed?.groupName ?? (() => undefined)} />
        ))}
      </ul>
      {matching.length > shown && (
        <button type="button" className="button" onClick={() => setShown((count) => count + PAGE)}>
          {intl.formatMessage(m.showMore)}
        </button>
      )}
    </section>
  );
}

interface FilterInputProps {
  id: string;
  type: 'date' | 'search';
  label: string;
  value: string;
  onChange: (value: string) => void;
}

function FilterInput({ id, type, label, value, onChange }: FilterInputProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type={type} maxLength={100} value={value} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}

/** The authors the log names, by account (a waiting edit's author, the signed-in user, has no name of its own). */
function peopleOf(entries: ShownEntry[]): Array<[string, string]> {
  const people = new Map<string, string>();
  for (const { actor } of entries) if (actor.name) people.set(actor.accountId, actor.name);
  return [...people].sort(([, a], [, b]) => a.localeCompare(b));
}

function matches(entry: ShownEntry, filters: Filters, rowFilter: { table?: string; row?: string }): boolean {
  if (rowFilter.row && !entry.rows.some((row) => row.table === rowFilter.table && row.id === rowFilter.row))
    return false;
  if (filters.person !== null && entry.actor.accountId !== filters.person) return false;
  if (filters.kind && activityKind(entry.intent.name) !== filters.kind) return false;
  if (filters.from && entry.at < new Date(`${filters.from}T00:00`).getTime()) return false;
  if (filters.to && entry.at >= new Date(`${filters.to}T00:00`).getTime() + 24 * 60 * 60 * 1000) return false;
  const words = foldName(filters.search).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const names = namesOf(entry).map(foldName).join(' ');
  return words.every((word) => names.includes(word));
}
