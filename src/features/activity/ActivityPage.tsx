/**
 * The Activity section: every entry held on this device, newest first — this device's
 * waiting edits on top — filtered by person, kind of change, dates and a name, or narrowed
 * to one row's history (`?table=&row=`, from a page's History link). Past what the device
 * keeps, older pages load from the server on demand (older.ts); what the filters keep
 * exports as CSV (export.ts).
 */
import { useMemo, useState } from 'react';
import { Link, useSearch } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { activityKind } from '../../domain/activity';
import type { TableName } from '../../domain/model';
import { foldName } from '../../domain/rules';
import { ActivityFilters, NO_FILTERS, type Filters } from './ActivityFilters';
import { EntryItem } from './EntryItem';
import { ExportActivity } from './ExportActivity';
import { useActivityFeed } from './hooks';
import { pageMessages as m } from './messages';
import { useOlderActivity, type OlderFilters } from './older';
import { OlderPages } from './OlderPages';
import { namesOf, type ShownEntry } from './sentences';
import './activity.css';

const PAGE = 100;
const DAY_MS = 24 * 60 * 60 * 1000;

interface RowFilter {
  table?: TableName;
  row?: string;
}

/** `token`: the session's, to read older pages from the server (null: signed out). */
export function ActivityPage({ token }: { token: string | null }) {
  const intl = useIntl();
  const feed = useActivityFeed();
  const rowFilter: RowFilter = useSearch({ strict: false });
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [shown, setShown] = useState(PAGE);
  const set = (patch: Partial<Filters>) => {
    setFilters((current) => ({ ...current, ...patch }));
    setShown(PAGE);
  };
  const older = useOlderActivity(token, serverFilters(filters, rowFilter), feed?.oldestHeld);
  const people = useMemo(() => peopleOf([...(feed?.entries ?? []), ...older.entries]), [feed, older.entries]);
  const matching = useMemo(() => {
    const held = new Set(feed?.entries.map((entry) => entry.key));
    const all = [...(feed?.entries ?? []), ...older.entries.filter((entry) => !held.has(entry.key))];
    return all.filter((entry) => matches(entry, filters, rowFilter));
  }, [feed, older.entries, filters, rowFilter]);
  const groupName = feed?.groupName ?? (() => undefined);

  return (
    <section className="page page--wide" aria-labelledby="activity-title">
      <h1 id="activity-title">{intl.formatMessage(m.title)}</h1>
      <p>{intl.formatMessage(m.intro)}</p>
      {rowFilter.row && (
        <p>
          {intl.formatMessage(m.rowOnly)} <Link to="/activity">{intl.formatMessage(m.allActivity)}</Link>
        </p>
      )}
      <ActivityFilters filters={filters} people={people} onChange={set} />
      <ExportActivity entries={matching} groupName={groupName} />
      {feed?.complete && (
        <p role="status">
          {intl.formatMessage(m.count, { count: Math.min(shown, matching.length), total: matching.length })}
        </p>
      )}
      {feed?.complete && matching.length === 0 && <p>{intl.formatMessage(m.none)}</p>}
      <ul className="activity-list" aria-labelledby="activity-title">
        {matching.slice(0, shown).map((entry) => (
          <EntryItem key={entry.key} entry={entry} groupName={groupName} />
        ))}
      </ul>
      {matching.length > shown ? (
        <button type="button" className="button" onClick={() => setShown((count) => count + PAGE)}>
          {intl.formatMessage(m.showMore)}
        </button>
      ) : (
        feed?.complete && <OlderPages older={older} />
      )}
    </section>
  );
}

/** The authors the log names, by account (a waiting edit's author, the signed-in user, has no name of its own). */
function peopleOf(entries: ShownEntry[]): Array<[string, string]> {
  const people = new Map<string, string>();
  for (const { actor } of entries) if (actor.name) people.set(actor.accountId, actor.name);
  return [...people].sort(([, a], [, b]) => a.localeCompare(b));
}

/** A date field's day as a time range in the user's time zone: its first instant, and the next day's. */
const dayStart = (day: string) => new Date(`${day}T00:00`).getTime();

/** The filters the server applies to an older page (all but the search by name). */
function serverFilters(filters: Filters, { table, row }: RowFilter): OlderFilters {
  const from = filters.from ? dayStart(filters.from) : NaN;
  const to = filters.to ? dayStart(filters.to) + DAY_MS : NaN;
  return {
    ...(filters.person === null ? {} : { accountId: filters.person }),
    ...(filters.kind === null ? {} : { kind: filters.kind }),
    ...(table && row ? { row: { table, id: row } } : {}),
    ...(Number.isFinite(from) && from >= 0 ? { from } : {}),
    ...(Number.isFinite(to) && to >= 0 ? { to } : {}),
  };
}

function matches(entry: ShownEntry, filters: Filters, rowFilter: RowFilter): boolean {
  if (rowFilter.row && !entry.rows.some((row) => row.table === rowFilter.table && row.id === rowFilter.row))
    return false;
  if (filters.person !== null && entry.actor.accountId !== filters.person) return false;
  if (filters.kind && activityKind(entry.intent.name) !== filters.kind) return false;
  if (filters.from && entry.at < dayStart(filters.from)) return false;
  if (filters.to && entry.at >= dayStart(filters.to) + DAY_MS) return false;
  const words = foldName(filters.search).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const names = namesOf(entry).map(foldName).join(' ');
  return words.every((word) => names.includes(word));
}
