import type { Ref } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import { NAME_MAX, NAME_MAX_CODE_UNITS, countCharacters, normalizeName, type NameError } from '../domain/rules';
import { nameMessages as m } from './form-messages';
import { TextField } from './TextField';

const NAME_PROBLEMS = {
  'name.required': m.required,
  'name.blank': m.blank,
  'name.unreadable': m.unreadable,
  'name.control': m.control,
  'name.bidi': m.bidi,
  'name.invisible': m.invisible,
  'name.tooManyMarks': m.tooManyMarks,
} as const satisfies Record<Exclude<NameError, 'name.tooLong'>, unknown>;

/** Whether a refusal is about what a name holds (the rules' `nameError`), not about other lists. */
export function isNameProblem(reason: string): reason is NameError {
  return reason === 'name.tooLong' || Object.hasOwn(NAME_PROBLEMS, reason);
}

/** A name problem (the rules' `nameError`, or the same refusal from the store) in the user's words. */
export function nameProblemMessage(intl: IntlShape, problem: NameError, name: string): string {
  if (problem !== 'name.tooLong') return intl.formatMessage(NAME_PROBLEMS[problem]);
  return intl.formatMessage(m.tooLong, { count: countCharacters(normalizeName(name)), max: NAME_MAX });
}

export interface NameFieldProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  hint?: string;
  /** The problem to show, already in the user's words; null when there is none (or none to show yet). */
  error: string | null;
  inputRef?: Ref<HTMLInputElement>;
}

/** The Name field of every form that names something, with its live "n of 30 characters" counter. */
export function NameField({ id, value, onChange, onBlur, hint, error, inputRef }: NameFieldProps) {
  const intl = useIntl();
  return (
    <TextField
      id={id}
      label={intl.formatMessage(m.label)}
      value={value}
      onChange={onChange}
      onBlur={onBlur}
      hint={hint}
      counter={intl.formatMessage(m.counter, { count: countCharacters(normalizeName(value)), max: NAME_MAX })}
      error={error}
      inputRef={inputRef}
      autoComplete="off"
      // As long as any name the rules could accept: a megabyte pasted in is cut before it is laid out.
      maxLength={NAME_MAX_CODE_UNITS}
    />
  );
}
