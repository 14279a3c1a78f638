import { defineMessages, useIntl } from 'react-intl';

const m = defineMessages({
  addTitle: { id: 'externalContacts.addTitle', defaultMessage: 'Add External Contact' },
});

export function AddExternalContactPage() {
  const intl = useIntl();
  return (
    <section className="page">
      <h1>{intl.formatMessage(m.addTitle)}</h1>
    </section>
  );
}
