import { useRef, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { IntentRejected, StorageFull } from '../../domain/outcomes';
import { formatPhone, nameError, normalizeName, parsePhone } from '../../domain/rules';
import { FormActions, type FormActionsProps } from '../../ui/FormActions';
import { commonMessages } from '../../ui/messages';
import { LeaveGuard } from '../../ui/LeaveGuard';
import { NameField, nameProblemMessage } from '../../ui/NameField';
import { TextField } from '../../ui/TextField';
import { usePhoneHolder } from './hooks';
import { contactRejectionMessage, externalContactMessages as m, phoneMessages } from './messages';

export interface ExternalContactValues {
  /** Normalised (spaces folded, trimmed). */
  name: string;
  /** The 10 digits. */
  phone: string;
}

/** The fields as the user sees and types them (the number with its punctuation). */
export interface ExternalContactFields {
  name: string;
  phone: string;
}

export type Field = keyof ExternalContactFields;

interface ExternalContactFormProps {
  /** The contact being edited (its own number is not "taken"); absent when adding. */
  contactId?: string;
  /** What the fields show; the page keeps them (a draft over the live contact, or what is being added). */
  values: ExternalContactFields;
  onEdit: (field: Field, value: string) => void;
  /** Something entered is not saved: leaving the page asks first. */
  dirty: boolean;
  /** Save waits for this device to hold the data (FormActions). */
  waitingForData?: FormActionsProps['waitingForData'];
  /** Saves and moves on; may throw IntentRejected (a rule the local data breaks). */
  onSave: (values: ExternalContactValues) => Promise<void>;
  onCancel: () => void;
}

/**
 * Name and phone number of an external contact, checked with the shared rules. A field's error
 * shows once the user has left the field or pressed Save, then follows every keystroke; a name
 * that is already too long, or a number that belongs to someone else, shows at once.
 */
export function ExternalContactForm({
  contactId,
  values,
  onEdit,
  dirty,
  waitingForData,
  onSave,
  onCancel,
}: ExternalContactFormProps) {
  const intl = useIntl();
  const { name, phone } = values;
  const [visited, setVisited] = useState<Record<Field, boolean>>({ name: false, phone: false });
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [rejection, setRejection] = useState<{ field: Field | null; text: string } | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const phoneRef = useRef<HTMLInputElement>(null);

  const parsed = parsePhone(phone);
  const holder = usePhoneHolder(parsed.ok ? parsed.digits : null);
  const takenBy = holder && holder.id !== contactId ? holder : null;

  const nameIssue = nameError(name);
  const nameProblem = nameIssue && nameProblemMessage(intl, nameIssue, name);
  const phoneProblem = !parsed.ok
    ? intl.formatMessage(phoneMessages[parsed.error])
    : takenBy
      ? intl.formatMessage(m.phoneTaken, { name: takenBy.name })
      : null;
  const show = (field: Field) => submitted || visited[field];
  const nameShown =
    (rejection?.field === 'name' ? rejection.text : null) ??
    (show('name') || nameIssue === 'name.tooLong' ? nameProblem : null);
  const phoneShown =
    (rejection?.field === 'phone' ? rejection.text : null) ?? (show('phone') || takenBy ? phoneProblem : null);

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
      if (error instanceof StorageFull) {
        setRejection({ field: null, text: intl.formatMessage(commonMessages.storageFull) });
        return;
      }
      if (!(error instanceof IntentRejected)) throw error;
      const message = contactRejectionMessage(intl, error.reason, name);
      setRejection(message);
      if (message.field) (message.field === 'name' ? nameRef : phoneRef).current?.focus();
    } finally {
      setSaving(false);
    }
  };

  const edit = (field: Field, value: string) => {
    onEdit(field, value);
    if (rejection?.field === field || rejection?.field === null) setRejection(null);
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <LeaveGuard when={dirty && !saving} />
      <NameField
        id="external-contact-name"
        value={name}
        onChange={(value) => edit('name', value)}
        onBlur={() => setVisited((was) => ({ ...was, name: true }))}
        hint={intl.formatMessage(m.nameHint)}
        error={nameShown}
        inputRef={nameRef}
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
          // Only when it reads otherwise: an untouched number keeps following the stored one.
          if (parsed.ok && formatPhone(parsed.digits, intl.locale) !== phone)
            onEdit('phone', formatPhone(parsed.digits, intl.locale));
        }}
        hint={intl.formatMessage(m.phoneHint)}
        error={phoneShown}
        inputRef={phoneRef}
        autoComplete="off"
      />
      <FormActions
        error={rejection?.field === null ? rejection.text : null}
        busy={saving}
        waitingForData={waitingForData}
        onCancel={onCancel}
      />
    </form>
  );
}
