import type { ReactNode } from 'react';

/** One choice among a few, as radio buttons under a legend: what to export or import, the separator, the mode. */
export function Choices<V extends string>({
  name,
  legend,
  options,
  value,
  onChange,
  disabled = false,
  children,
}: {
  name: string;
  legend: string;
  options: readonly { value: V; label: string }[];
  value: V;
  onChange: (value: V) => void;
  disabled?: boolean;
  /** Shown after the choices, inside the group (a sub-option, a note). */
  children?: ReactNode;
}) {
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
