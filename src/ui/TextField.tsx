import type { FocusEvent, ReactNode, Ref } from 'react';
import './shared.css';

export interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: (event: FocusEvent<HTMLInputElement>) => void;
  /** Shown under the label and read with the field (format, limits). */
  hint?: ReactNode;
  /** Shown beside the field, e.g. a live character counter; read with the field. */
  counter?: ReactNode;
  /** The message to show, already in the user's language; null when the value is fine. */
  error?: string | null;
  inputRef?: Ref<HTMLInputElement>;
  autoComplete?: string;
  inputMode?: 'text' | 'tel' | 'numeric';
  type?: 'text' | 'tel' | 'password';
  /** The most UTF-16 code units the field takes: a paste past it is cut, never sent on. */
  maxLength?: number;
  /** A problem shown elsewhere (the form's problem line) that concerns this field: marks it invalid and describes it. */
  problemId?: string;
}

/**
 * A labelled text input whose hint, counter and error are linked with aria-describedby.
 * The error slot is a polite live region, so an error that appears while typing is read
 * without stealing focus.
 */
export function TextField({
  id,
  label,
  value,
  onChange,
  onBlur,
  hint,
  counter,
  error,
  inputRef,
  autoComplete,
  inputMode,
  type = 'text',
  maxLength,
  problemId,
}: TextFieldProps) {
  const hintId = `${id}-hint`;
  const counterId = `${id}-counter`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, counter ? counterId : null, error ? errorId : null, problemId ?? null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={hintId} className="field__hint">
          {hint}
        </span>
      )}
      <div className="field__control">
        <input
          id={id}
          ref={inputRef}
          type={type}
          value={value}
          autoComplete={autoComplete}
          inputMode={inputMode}
          maxLength={maxLength}
          aria-invalid={error || problemId ? true : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(event) => onChange(event.target.value)}
          onBlur={onBlur}
        />
        {counter && (
          <span id={counterId} className={error ? 'field__counter field__counter--over' : 'field__counter'}>
            {counter}
          </span>
        )}
      </div>
      <div aria-live="polite">
        {error && (
          <p id={errorId} className="field__error">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
