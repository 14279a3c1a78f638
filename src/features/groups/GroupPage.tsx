import { defineMessages, useIntl } from 'react-intl';

const m = defineMessages({
  identification: { id: 'groups.identification', defaultMessage: 'Group Identification' },
  addNew: { id: 'groups.addNew', defaultMessage: 'Add New Group' },
});

export function GroupPage() {
  const intl = useIntl();
  return (
    <section className="page">
      <h1>{intl.formatMessage(m.identification)}</h1>
    </section>
  );
}

export function NewGroupPage() {
  const intl = useIntl();
  return (
    <section className="page">
      <h1>{intl.formatMessage(m.addNew)}</h1>
    </section>
  );
}
