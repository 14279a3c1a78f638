/**
 * The one way a form edits a row that others edit too (docs/sync.md, "A form over a live row").
 * `useFormDraft` keeps three things: the row as the form opened it (its version, and per field
 * the value the user last saw), the live row (the local store, which the sync engine updates),
 * and the fields the user touched. A field the user has not touched follows the live row; a
 * touched one keeps the user's value. Either way, a field another administrator changed since
 * is listed in `changes` — with who and when, once the activity log held here says so — and a
 * touched one can take their value back ("Use theirs"). Save passes `seen` to `mutate`, so the
 * edit carries the base the user saw and the server's conflict rules judge it: a change that
 * reached the form while it was open is never silently overwritten. A row deleted while open
 * keeps its last values here (`state: 'deleted'`), so the page can say so and offer to create
 * it again from what the user entered.
 */
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { sameJson } from '../domain/activity';
import type { TableName } from '../domain/model';
import { rowActivity } from './activity';
import { useDatabase } from './context';
import { useIsLoaded } from './hooks';
import type { SeenRow } from './outbox/append';

/** Who made a change another administrator made, as the local activity log tells it. */
export interface Author {
  name: string;
  at: number;
}

/** A field another administrator changed while the form was open. */
export interface RemoteChange<V, K extends keyof V = keyof V> {
  field: K;
  /** Their value, as the form shows it. */
  theirs: V[K];
  /** The user had changed the field too, to something else: theirs waits behind "Use theirs". */
  contested: boolean;
  /** Null while the activity log held here does not say (yet). */
  by: Author | null;
}

export interface FormDraftOptions<T, V> {
  table: TableName;
  id: string;
  /** The form's values for a row, each named as the row's field it edits (a phone number formatted, …). */
  show: (row: T) => V;
  /** Whether two form values stand for the same stored value (typed text against the stored one); default: same JSON. */
  same?: (field: keyof V, a: unknown, b: unknown) => boolean;
}

export interface FormDraft<T, V> {
  /** loading: being read; missing: no such row here; open; deleted: gone while the form was open. */
  state: 'loading' | 'missing' | 'open' | 'deleted';
  /** The live row, or its last values once deleted; undefined while loading or missing. */
  row: T | undefined;
  /** What the form shows: the user's value where they touched a field, the live row's elsewhere. */
  values: V | undefined;
  set: <K extends keyof V>(field: K, value: V[K]) => void;
  /** What another administrator changed since the form opened (or since the last save). */
  changes: RemoteChange<V>[];
  /** Who deleted the row, once the activity log held here says so. */
  deletedBy: Author | null;
  /**
   * `reload` once the row went from the store while the form was open: this device is loading the
   * data again (after a server restore), and the form shows the row as it last was (`useRow`). Save
   * waits until the whole reload is done, not only this row: the form also reads other tables (a
   * subscriber's groups, a list's members), and a save over some of them would drop the rest.
   * Null otherwise. It is what `FormActions` takes.
   */
  waitingForData: 'reload' | null;
  useTheirs: (field: keyof V) => void;
  /** The touched fields whose value is not the row's: what Save stores. */
  edits: Partial<V>;
  /** Something the user changed is not saved: leaving asks first. */
  dirty: boolean;
  /** The base the user saw, for `mutate(…, { seen })`. */
  seen: SeenRow | undefined;
  /** The user's values were saved: they stay on screen until the live row shows them. */
  saved: (values?: Partial<V>) => void;
  /** Every touched field follows the live row again. */
  discard: () => void;
}

interface State<T, V> {
  version: number;
  /** Per field, the row's value the user last saw: as opened, when they touched it, or after a save. */
  seen: Record<string, unknown>;
  mine: Partial<V>;
  /** After a save, the row as it was then, until the live row shows the save (null: not saving). */
  settling: T | null;
  last: T;
}

type Versioned = { version: number } & object;

export function useFormDraft<T extends Versioned, V extends object>(
  live: T | null | undefined,
  { table, id, show, same = (_field, a, b) => sameJson(a, b) }: FormDraftOptions<T, V>,
): FormDraft<T, V> {
  const db = useDatabase();
  const [state, setState] = useState<State<T, V> | null>(null);
  const activity = useLiveQuery(() => rowActivity(db, table, id, AUTHOR_LOOKBACK), [db, table, id]);
  const loaded = useIsLoaded();
  const absent = useLiveQuery(async () => (await db.table(table).get(id)) === undefined, [db, table, id]);
  const [reloading, setReloading] = useState(false);
  if (live && absent && loaded === false && !reloading) setReloading(true);
  if (loaded && reloading) setReloading(false);

  const fields = (row: T) => Object.keys(show(row)) as (keyof V & string)[];
  const stored = (row: T) => Object.fromEntries(fields(row).map((f) => [f, (row as Record<string, unknown>)[f]]));
  const isMine = (current: State<T, V>, field: keyof V) => Object.hasOwn(current.mine, field);
  // The save shows in the live row: the user's values are the row's, or the row changed since (the save landed).
  const settled = (current: State<T, V>, row: T) => {
    const mine = Object.keys(current.mine) as (keyof V)[];
    const shown = show(row);
    return (
      (mine.length > 0 && mine.every((f) => same(f, current.mine[f], shown[f]))) ||
      !sameJson(stored(current.settling!), stored(row))
    );
  };

  // Follow the live row: first seen, changed, or settled after a save (React's state from props, during render).
  const fresh = (row: T): State<T, V> => ({
    version: row.version,
    seen: stored(row),
    mine: {},
    settling: null,
    last: row,
  });
  let current = state;
  if (live && (!current || current.last !== live)) {
    current = current ? { ...current, last: live } : fresh(live);
    if (current.settling && settled(current, live)) current = fresh(live);
    setState(current);
  }

  const row = current?.last;
  const shown = row && show(row);
  const values = shown && current ? ({ ...shown, ...current.mine } as V) : undefined;
  const authorOf = (field: string | null, value?: unknown): Author | null => {
    const entry = activity?.find((e) =>
      e.rows.some(
        (r) =>
          r.table === table &&
          r.id === id &&
          (field === null ? r.op === 'delete' : field in r.changes && sameJson(r.changes[field]!.after, value)),
      ),
    );
    return entry ? { name: entry.actor.name, at: entry.at } : null;
  };

  const changes: RemoteChange<V>[] = [];
  const edits: Partial<V> = {};
  if (row && shown && current && !current.settling) {
    for (const field of fields(row)) {
      const rowValue = (row as Record<string, unknown>)[field];
      const mine = isMine(current, field);
      const differs = mine && !same(field, current.mine[field], shown[field]);
      if (differs) edits[field] = current.mine[field];
      if (sameJson(current.seen[field], rowValue) || (mine && !differs)) continue;
      changes.push({ field, theirs: shown[field], contested: mine, by: authorOf(field, rowValue) });
    }
  }
  const gone = live === null && current !== null;
  const update = (change: (was: State<T, V>) => State<T, V>) => setState((was) => (was ? change(was) : was));

  return {
    state: live === undefined ? 'loading' : gone ? 'deleted' : live === null ? 'missing' : 'open',
    row,
    values,
    set: (field, value) =>
      update((was) => ({
        ...was,
        settling: null,
        // The first keystroke: the value the user started from is the one they see now.
        seen: isMine(was, field)
          ? was.seen
          : { ...was.seen, [field]: (was.last as Record<string, unknown>)[field as string] },
        mine: { ...was.mine, [field]: value },
      })),
    changes,
    deletedBy: gone ? authorOf(null) : null,
    waitingForData: reloading && !loaded ? 'reload' : null,
    useTheirs: (field) =>
      update((was) => {
        const { [field]: _dropped, ...mine } = was.mine;
        return {
          ...was,
          mine: mine as Partial<V>,
          seen: { ...was.seen, [field]: (was.last as Record<string, unknown>)[field as string] },
        };
      }),
    edits,
    dirty: Object.keys(edits).length > 0,
    seen:
      row && current
        ? {
            table,
            id,
            version: current.version,
            fields: { ...stored(row), ...pick(current.seen, Object.keys(current.mine)) },
          }
        : undefined,
    saved: (values) =>
      update((was) => {
        const saving = { ...was, mine: { ...was.mine, ...values }, settling: was.last };
        return settled(saving, was.last) ? fresh(was.last) : saving;
      }),
    discard: () => update((was) => fresh(was.last)),
  };
}

/** How many of the row's newest activity entries are searched for who made a change. */
const AUTHOR_LOOKBACK = 20;

function pick(record: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, record[key]]));
}
