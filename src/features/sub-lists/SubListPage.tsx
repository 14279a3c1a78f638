import { defineMessages, useIntl } from 'react-intl';

const m = defineMessages({
  identification: { id: 'subLists.identification', defaultMessage: 'Sub-List Identification' },
  addNew: { id: 'subLists.addNew', defaultMessage: 'Add New Sub-List' },
});

export function SubListPage() {
  const intl = useIntl();
  return (
    <section className="page">
      <h1>{intl.formatMessage(m.identification)}</h1>
    </section>
  );
}

export function NewSubListPage() {
  const intl = useIntl();
  return (
    <section className="page">
      <h1>{intl.formatMessage(m.addNew)}</h1>
    </section>
  );
}
