/** The Activity page's filters: person, kind of change, dates and a name to search. */
import { useIntl } from 'react-intl';
import { ACTIVITY_KINDS, type ActivityKind } from '../../domain/activity';
import { pageMessages as m } from './messages';

export interface Filters {
  person: string | null;
  kind: ActivityKind | null;
  /** YYYY-MM-DD, inclusive; '' for none. */
  from: string;
  to: string;
  search: string;
}

export const NO_FILTERS: Filters = { person: null, kind: null, from: '', to: '', search: '' };

export function ActivityFilters({
  filters,
  people,
  onChange,
}: {
  filters: Filters;
  /** The authors to choose from: `[accountId, name]`. */
  people: Array<[string, string]>;
  onChange: (patch: Partial<Filters>) => void;
}) {
  const intl = useIntl();
  return (
    <fieldset className="activity-filters">
      <legend>{intl.formatMessage(m.filters)}</legend>
      <div className="field">
        <label htmlFor="activity-person">{intl.formatMessage(m.person)}</label>
        <select
          id="activity-person"
          value={filters.person ?? 'everyone'}
          onChange={(event) => onChange({ person: event.target.value === 'everyone' ? null : event.target.value })}
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
            onChange({ kind: event.target.value === 'all' ? null : (event.target.value as ActivityKind) })
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
        onChange={(from) => onChange({ from })}
      />
      <FilterInput
        id="activity-to"
        type="date"
        label={intl.formatMessage(m.to)}
        value={filters.to}
        onChange={(to) => onChange({ to })}
      />
      <FilterInput
        id="activity-search"
        type="search"
        label={intl.formatMessage(m.search)}
        value={filters.search}
        onChange={(search) => onChange({ search })}
      />
    </fieldset>
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
