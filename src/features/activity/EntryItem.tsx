/** One activity entry: its sentence, when, the lines that detail it, and "waiting" for this device's unsent edits. */
import { useIntl } from 'react-intl';
import { PendingMark } from '../../ui/PendingMark';
import { detailsOf, sentenceOf, type GroupName, type ShownEntry } from './sentences';

export function EntryItem({ entry, groupName }: { entry: ShownEntry; groupName: GroupName }) {
  const intl = useIntl();
  const sentence = sentenceOf(entry, groupName);
  return (
    <li className={entry.waiting ? 'activity-entry activity-entry--waiting' : 'activity-entry'}>
      <p className="activity-entry__sentence">{intl.formatMessage(sentence.message, sentence.values)}</p>
      <p className="activity-entry__meta">
        <time dateTime={new Date(entry.at).toISOString()}>
          {intl.formatDate(entry.at, { dateStyle: 'medium', timeStyle: 'short' })}
        </time>
        {entry.waiting && <PendingMark />}
      </p>
      {detailsOf(entry).map((line, index) => (
        <p key={index} className="activity-entry__detail">
          {intl.formatMessage(line.message, line.values)}
        </p>
      ))}
    </li>
  );
}
