import { useState } from 'react';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { formatPhone, parsePhone } from '../../domain/rules';
import { useFlash } from '../../ui/Flash';
import { ExternalContactForm, type ExternalContactFields } from './ExternalContactForm';
import { useRefusedCreate } from './hooks';
import { useExternalContactActions } from './mutations';
import { externalContactMessages as m } from './messages';

/** Add External Contact; from a sync issue (`?issue=`), the create the server refused, filled in to correct. */
export function AddExternalContactPage() {
  const intl = useIntl();
  const navigate = useNavigate();
  const actions = useExternalContactActions();
  const flash = useFlash((state) => state.show);
  const { issue } = useSearch({ from: '/app/external-contacts/new' });
  const refused = useRefusedCreate(issue);
  if (refused === undefined && issue !== undefined) return null;
  const parsed = refused ? parsePhone(refused.phone) : null;
  const initial = refused
    ? { name: refused.name, phone: parsed?.ok ? formatPhone(parsed.digits, intl.locale) : refused.phone }
    : BLANK;
  return (
    <section className="page" aria-labelledby="add-external-title">
      <header className="page__header">
        <h1 id="add-external-title">{intl.formatMessage(m.addTitle)}</h1>
      </header>
      <p>{intl.formatMessage(refused ? m.fromIssue : m.intro)}</p>
      <NewContactForm
        initial={initial}
        onSave={async (values) => {
          await actions.create(values, refused ? issue : undefined);
          flash(intl.formatMessage(m.added, { name: values.name }));
          await navigate({ to: '/master-list', ignoreBlocker: true });
        }}
        onCancel={() => void navigate({ to: '/master-list', ignoreBlocker: true })}
      />
    </section>
  );
}

const BLANK: ExternalContactFields = { name: '', phone: '' };

/** The form of a contact that does not exist yet: what it starts with, and what the user typed since. */
function NewContactForm({
  initial,
  ...props
}: { initial: ExternalContactFields } & Pick<Parameters<typeof ExternalContactForm>[0], 'onSave' | 'onCancel'>) {
  const [values, setValues] = useState(initial);
  return (
    <ExternalContactForm
      {...props}
      values={values}
      onEdit={(field, value) => setValues((was) => ({ ...was, [field]: value }))}
      dirty={values.name !== initial.name || values.phone !== initial.phone}
    />
  );
}
