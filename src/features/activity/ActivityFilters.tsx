/** The Activity page's filters: person, kind of change, dates and a name to search. */
import { useIntl } from 'react-intl';
import { ACTIVITY_KINDS, type ActivityKind } from '../../domain/activity';
import { SelectField } from '../../ui/SelectField';
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

/** The choices that lift a filter; neither can be an account id (generated ids) or a kind. */
const EVERYONE = 'everyone';
const ALL_KINDS = 'all';

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
  const texts = [
    ['from', 'date', m.from],
    ['to', 'date', m.to],
    ['search', 'search', m.search],
  ] as const;
  return (
    <fieldset className="activity-filters">
      <legend>{intl.formatMessage(m.filters)}</legend>
      <SelectField
        id="activity-person"
        label={intl.formatMessage(m.person)}
        value={filters.person ?? EVERYONE}
        options={[[EVERYONE, intl.formatMessage(m.everyone)], ...people]}
        onChange={(person) => onChange({ person: person === EVERYONE ? null : person })}
      />
      <SelectField<ActivityKind | typeof ALL_KINDS>
        id="activity-kind"
        label={intl.formatMessage(m.kind)}
        value={filters.kind ?? ALL_KINDS}
        options={[
          [ALL_KINDS, intl.formatMessage(m.allKinds)],
          ...ACTIVITY_KINDS.map((kind) => [kind, intl.formatMessage(m.kindName, { kind })] as const),
        ]}
        onChange={(kind) => onChange({ kind: kind === ALL_KINDS ? null : kind })}
      />
      {texts.map(([field, type, label]) => (
        <div key={field} className="field">
          <label htmlFor={`activity-${field}`}>{intl.formatMessage(label)}</label>
          <input
            id={`activity-${field}`}
            type={type}
            maxLength={100}
            value={filters[field]}
            onChange={(event) => onChange({ [field]: event.target.value })}
          />
        </div>
      ))}
    </fieldset>
  );
}
