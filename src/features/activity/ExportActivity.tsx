/** The Activity page's export: a separator, a button, and what was downloaded. */
import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { CsvSeparator } from '../../lib/csv/write';
import { SelectField } from '../../ui/SelectField';
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
      <SelectField<CsvSeparator>
        id="activity-separator"
        label={intl.formatMessage(m.separator)}
        value={separator}
        options={[
          [',', intl.formatMessage(m.comma)],
          [';', intl.formatMessage(m.semicolon)],
        ]}
        onChange={setSeparator}
      />
      <button type="button" className="button" disabled={entries.length === 0} onClick={download}>
        {intl.formatMessage(m.download)}
      </button>
      <p role="status">{done && intl.formatMessage(m.done, done)}</p>
    </div>
  );
}
