import { defineMessages, useIntl } from 'react-intl';

const m = defineMessages({
  title: { id: 'syncIssues.title', defaultMessage: 'Sync issues' },
});

export function SyncIssuesPage() {
  const intl = useIntl();
  return (
    <section className="page">
      <h1>{intl.formatMessage(m.title)}</h1>
    </section>
  );
}
