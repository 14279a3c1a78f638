import { useRef, useState, type FormEvent } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import type { Contact } from '../../domain/model';
import { IntentRejected, type RejectionReason } from '../../domain/outcomes';
import { NAME_MAX, countCharacters, formatPhone, nameError, normalizeName, parsePhone } from '../../domain/rules';
import { LeaveGuard } from '../../ui/LeaveGuard';
import { TextField } from '../../ui/TextField';
import { usePhoneHolder } from './hooks';
import { externalContactMessages as m } from './messages';

export interface ExternalContactValues {
  /** Normalised (spaces folded, trimmed). */
  name: string;
  /** The 10 digits. */
  phone: string;
}

interface ExternalContactFormProps {
  /** The contact being edited; absent when adding. */
  contact?: Contact;
  /** Saves and moves on; may throw IntentRejected (a rule the local data breaks). */
  onSave: (values: ExternalContactValues) => Promise<void>;
  onCancel: () => void;
}

type Field = 'name' | 'phone';

function nameMessage(intl: IntlShape, name: string): string | null {
  switch (nameError(name)) {
    case 'name.required':
      return intl.formatMessage(m.nameRequired);
    case 'name.tooLong':
      return intl.formatMessage(m.nameTooLong, { count: countCharacters(normalizeName(name)), max: NAME_MAX });
    default:
      return null;
  }
}

const PHONE_MESSAGES = {
  'phone.required': m.phoneRequired,
  'phone.invalid': m.phoneInvalid,
  'phone.areaCode': m.phoneAreaCode,
  'phone.exchange': m.phoneExchange,
} as const;

/** A rejection from the rules, as a message for a field or for the whole form. */
function rejectionMessage(intl: IntlShape, reason: RejectionReason): { field: Field | null; text: string } {
  if (reason in PHONE_MESSAGES) {
    return { field: 'phone', text: intl.formatMessage(PHONE_MESSAGES[reason as keyof typeof PHONE_MESSAGES]) };
  }
  if (reason === 'phone.taken') return { field: 'phone', text: intl.formatMessage(m.phoneTakenUnknown) };
  if (reason === 'notFound') return { field: null, text: intl.formatMessage(m.gone) };
  return { field: null, text: intl.formatMessage(m.notSaved) };
}

/**
 * Name and phone number of an external contact, checked with the shared rules. A field's error
 * shows once the user has left the field or pressed Save, then follows every keystroke; a name
 * that is already too long, or a number that belongs to someone else, shows at once.
 */
export function ExternalContactForm({ contact, onSave, onCancel }: ExternalContactFormProps) {
  const intl = useIntl();
  const initialName = contact?.name ?? '';
  const initialPhone = contact ? formatPhone(contact.phone, intl.locale) : '';
  const [name, setName] = useState(initialName);
  const [phone, setPhone] = useState(initialPhone);
  const [visited, setVisited] = useState<Record<Field, boolean>>({ name: false, phone: false });
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [rejection, setRejection] = useState<{ field: Field | null; text: string } | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const phoneRef = useRef<HTMLInputElement>(null);

  const parsed = parsePhone(phone);
  const holder = usePhoneHolder(parsed.ok ? parsed.digits : null);
  const takenBy = holder && holder.id !== contact?.id ? holder : null;

  const nameProblem = nameMessage(intl, name);
  const phoneProblem = !parsed.ok
    ? intl.formatMessage(PHONE_MESSAGES[parsed.error])
    : takenBy
      ? intl.formatMessage(m.phoneTaken, { name: takenBy.name })
      : null;
  const show = (field: Field) => submitted || visited[field];
  const nameShown =
    (rejection?.field === 'name' ? rejection.text : null) ??
    (show('name') || nameError(name) === 'name.tooLong' ? nameProblem : null);
  const phoneShown =
    (rejection?.field === 'phone' ? rejection.text : null) ?? (show('phone') || takenBy ? phoneProblem : null);
  const dirty = name !== initialName || phone !== initialPhone;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setRejection(null);
    if (nameProblem || phoneProblem || !parsed.ok) {
      (nameProblem ? nameRef : phoneRef).current?.focus();
      return;
    }
    setSaving(true);
    try {
      await onSave({ name: normalizeName(name), phone: parsed.digits });
    } catch (error) {
      if (!(error instanceof IntentRejected)) throw error;
      const message = rejectionMessage(intl, error.reason);
      setRejection(message);
      if (message.field) (message.field === 'name' ? nameRef : phoneRef).current?.focus();
    } finally {
      setSaving(false);
    }
  };

  const edit = (field: Field, value: string) => {
    if (field === 'name') setName(value);
    else setPhone(value);
    if (rejection?.field === field || rejection?.field === null) setRejection(null);
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <LeaveGuard when={dirty && !saving} />
      <TextField
        id="external-contact-name"
        label={intl.formatMessage(m.name)}
        value={name}
        onChange={(value) => edit('name', value)}
        onBlur={() => setVisited((was) => ({ ...was, name: true }))}
        hint={intl.formatMessage(m.nameHint)}
        counter={intl.formatMessage(m.counter, { count: countCharacters(normalizeName(name)), max: NAME_MAX })}
        error={nameShown}
        inputRef={nameRef}
        autoComplete="off"
      />
      <TextField
        id="external-contact-phone"
        label={intl.formatMessage(m.phone)}
        type="tel"
        inputMode="tel"
        value={phone}
        onChange={(value) => edit('phone', value)}
        onBlur={() => {
          setVisited((was) => ({ ...was, phone: true }));
          // Written back the way the locale writes numbers, to show how it was understood.
          if (parsed.ok) setPhone(formatPhone(parsed.digits, intl.locale));
        }}
        hint={intl.formatMessage(m.phoneHint)}
        error={phoneShown}
        inputRef={phoneRef}
        autoComplete="off"
      />
      {rejection?.field === null && (
        <p className="field__error" role="alert">
          {rejection.text}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {intl.formatMessage(m.save)}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {intl.formatMessage(m.cancel)}
        </button>
      </div>
    </form>
  );
}
