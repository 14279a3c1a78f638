/**
 * A row's short History, under its page (contact, subscriber, sub-list, group): its last few
 * entries held on this device, its waiting edits first, and a link to the whole list.
 */
import { Link } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import type { TableName } from '../../domain/model';
import { EntryItem } from './EntryItem';
import { useRowHistory } from './hooks';
import { pageMessages as m } from './messages';
import './activity.css';

export function RowHistory({ table, id }: { table: TableName; id: string }) {
  const intl = useIntl();
  const history = useRowHistory(table, id);
  const headingId = `history-${table}-${id}`;
  return (
    <section className="page row-history" aria-labelledby={headingId}>
      <h2 id={headingId}>{intl.formatMessage(m.history)}</h2>
      {history?.entries.length === 0 && <p>{intl.formatMessage(m.historyNone)}</p>}
      {history && history.entries.length > 0 && (
        <ul className="activity-list" aria-labelledby={headingId}>
          {history.entries.map((entry) => (
            <EntryItem key={entry.key} entry={entry} groupName={history.groupName} />
          ))}
        </ul>
      )}
      <p>
        <Link to="/activity" search={{ table, row: id }}>
          {intl.formatMessage(m.historyAll)}
        </Link>
      </p>
    </section>
  );
}
