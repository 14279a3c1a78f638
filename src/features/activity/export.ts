/**
 * The Activity page's export: the entries the filters keep (older pages loaded included), one
 * line each, as a CSV file with the bulk export's conventions (src/lib/csv: UTF-8 with a
 * byte-order mark, comma or semicolon, cells a spreadsheet would run as a formula
 * neutralized). Headers and cells are in the user's language; the sentence is the one on
 * screen. Made from what this device holds, so it works offline. Export only: never imported.
 */
import type { IntlShape } from 'react-intl';
import { activityKind } from '../../domain/activity';
import { localDateTime, today } from '../../lib/csv/local-time';
import { saveFile } from '../../lib/csv/save-file';
import { writeCsv, type CsvSeparator } from '../../lib/csv/write';
import { csvMessages as m } from './messages';
import { detailsOf, sentenceOf, type GroupName, type ShownEntry } from './sentences';

export function activityCsv(
  entries: readonly ShownEntry[],
  groupName: GroupName,
  intl: IntlShape,
  separator: CsvSeparator,
): string {
  const headers = [m.at, m.person, m.role, m.kind, m.change, m.details, m.status, m.entry].map((header) =>
    intl.formatMessage(header),
  );
  const rows = entries.map((entry) => {
    const sentence = sentenceOf(entry, groupName);
    return [
      localDateTime(entry.at),
      entry.actor.name || intl.formatMessage(m.you),
      intl.formatMessage(m.roleName, { role: entry.actor.role }),
      intl.formatMessage(m.kindName, { kind: activityKind(entry.intent.name) }),
      intl.formatMessage(sentence.message, sentence.values),
      detailsOf(entry)
        .map((line) => intl.formatMessage(line.message, line.values))
        .join('\n'),
      intl.formatMessage(m.statusName, { waiting: entry.waiting ? 'yes' : 'no' }),
      entry.waiting ? '' : entry.key.slice('server:'.length),
    ];
  });
  return writeCsv(headers, rows, separator);
}

/** Downloads the file; returns its name. */
export function downloadActivity(
  entries: readonly ShownEntry[],
  groupName: GroupName,
  intl: IntlShape,
  separator: CsvSeparator,
): string {
  const fileName = `${intl.formatMessage(m.fileName)}-${today()}.csv`;
  saveFile(fileName, activityCsv(entries, groupName, intl, separator));
  return fileName;
}
