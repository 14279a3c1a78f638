import { defineMessages, useIntl } from 'react-intl';

const m = defineMessages({
  title: { id: 'userOptions.title', defaultMessage: 'Options' },
});

export function UserOptionsPage() {
  const intl = useIntl();
  return (
    <section className="page">
      <h1>{intl.formatMessage(m.title)}</h1>
    </section>
  );
}
