/** The Activity page's export: a separator, a button, and what was downloaded. */
import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { CsvSeparator } from '../../lib/csv/write';
import { downloadActivity } from './export';
import { csvMessages as m } from './messages';
import type { GroupName, ShownEntry } from './sentences';

export function ExportActivity({ entries, groupName }: { entries: readonly ShownEntry[]; groupName: GroupName }) {
  const intl = useIntl();
  const [separator, setSeparator] = useState<CsvSeparator>(',');
  const [done, setDone] = useState<{ file: string; count: number } | null>(null);
  const download = () => {
    const file = downloadActivity(entries, groupName, intl, separator);
    setDone({ file, count: entries.length });
  };
  return (
    <div className="activity-export">
      <div className="field">
        <label htmlFor="activity-separator">{intl.formatMessage(m.separator)}</label>
        <select
          id="activity-separator"
          value={separator}
          onChange={(event) => setSeparator(event.target.value as CsvSeparator)}
        >
          <option value=",">{intl.formatMessage(m.comma)}</option>
          <option value=";">{intl.formatMessage(m.semicolon)}</option>
        </select>
      </div>
      <button type="button" className="button" disabled={entries.length === 0} onClick={download}>
        {intl.formatMessage(m.download)}
      </button>
      <p role="status">{done && intl.formatMessage(m.done, done)}</p>
    </div>
  );
}
