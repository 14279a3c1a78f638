import { defineMessages, useIntl } from 'react-intl';

const m = defineMessages({
  editTitle: { id: 'externalContacts.editTitle', defaultMessage: 'Edit External Contact' },
});

export function EditExternalContactPage() {
  const intl = useIntl();
  return (
    <section className="page">
      <h1>{intl.formatMessage(m.editTitle)}</h1>
    </section>
  );
}
