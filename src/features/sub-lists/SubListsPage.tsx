import { defineMessages, useIntl } from 'react-intl';

const m = defineMessages({
  title: { id: 'subLists.title', defaultMessage: 'Manage Sub-Lists' },
});

export function SubListsPage() {
  const intl = useIntl();
  return (
    <section className="page">
      <h1>{intl.formatMessage(m.title)}</h1>
    </section>
  );
}
