import { defineMessages, useIntl } from 'react-intl';

const m = defineMessages({
  viewGroups: { id: 'scanning.viewGroups', defaultMessage: 'View Groups' },
});

export function SubscriberPage() {
  const intl = useIntl();
  return (
    <section className="page">
      <h1>{intl.formatMessage(m.viewGroups)}</h1>
    </section>
  );
}
