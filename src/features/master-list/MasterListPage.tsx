import { defineMessages, useIntl } from 'react-intl';

const m = defineMessages({
  title: { id: 'masterList.title', defaultMessage: 'Manage Master List' },
});

export function MasterListPage() {
  const intl = useIntl();
  return (
    <section className="page">
      <h1>{intl.formatMessage(m.title)}</h1>
    </section>
  );
}
