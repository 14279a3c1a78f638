import type { ReactNode } from 'react';
import { useIntl, type MessageDescriptor } from 'react-intl';
import type { BulkTable } from '../../domain/bulk/columns';
import { tableLabels } from './messages';

interface ChoicesProps<V extends string> {
  name: string;
  legend: string;
  options: readonly { value: V; label: string }[];
  value: V;
  onChange: (value: V) => void;
  disabled?: boolean;
  /** Shown after the choices, inside the group (a sub-option, a note). */
  children?: ReactNode;
}

/** One choice among a few, as radio buttons under a legend: what to export or import, the separator, the mode. */
export function Choices<V extends string>({
  name,
  legend,
  options,
  value,
  onChange,
  disabled = false,
  children,
}: ChoicesProps<V>) {
  return (
    <fieldset className="bulk-choices" disabled={disabled}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="choice">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
      {children}
    </fieldset>
  );
}

/** What to export or import: one choice per table, named as the page names it. */
export function TableChoices<T extends BulkTable>({
  tables,
  ...props
}: Omit<ChoicesProps<T>, 'options'> & { tables: readonly T[] }) {
  const intl = useIntl();
  const options = tables.map((table) => {
    const label: MessageDescriptor = tableLabels[table];
    return { value: table, label: intl.formatMessage(label) };
  });
  return <Choices {...props} options={options} />;
}
