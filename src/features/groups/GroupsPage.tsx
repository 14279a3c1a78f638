import { defineMessages, useIntl } from 'react-intl';

const m = defineMessages({
  title: { id: 'groups.title', defaultMessage: 'Manage Groups' },
});

export function GroupsPage() {
  const intl = useIntl();
  return (
    <section className="page">
      <h1>{intl.formatMessage(m.title)}</h1>
    </section>
  );
}
