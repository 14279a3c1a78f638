/**
 * A labelled choice among a few fixed options (a filter, a setting): one `<select>` with its
 * label, the option labels already in the user's language. Values are strings, as the element's.
 */
import './shared.css';

export interface SelectFieldProps<V extends string> {
  id: string;
  label: string;
  value: V;
  /** `[value, label]`, in the order shown. */
  options: ReadonlyArray<readonly [V, string]>;
  onChange: (value: V) => void;
}

export function SelectField<V extends string>({ id, label, value, options, onChange }: SelectFieldProps<V>) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as V)}>
        {options.map(([choice, text]) => (
          <option key={choice} value={choice}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
