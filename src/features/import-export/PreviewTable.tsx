import { useState } from 'react';
import { useIntl } from 'react-intl';
import { formatPhone } from '../../domain/rules';
import { detailLines, priorityText, type RowContext } from './describe-row';
import { rowAt, type PackedRows } from './packed-plan';
import { fateMessages, previewMessages as m } from './preview-messages';

/** Rows shown at first and added by each "Show more": a real table stays quick and readable at that size. */
const PAGE = 50;

/**
 * The planned rows at the positions `shown` (all, or a fate's) as a table: row number, fate, what
 * the row is about and its details (changes, or errors with their column). Long previews show a
 * page at a time, and only the rows on the page are read (packed-plan.ts).
 */
export function PreviewTable({
  rows: plan,
  shown: positions,
  context,
}: {
  rows: PackedRows;
  shown: readonly number[];
  context: RowContext;
}) {
  const intl = useIntl();
  const [shown, setShown] = useState(PAGE);
  const rows = positions.slice(0, shown).map((index) => rowAt(plan, index));
  const { table } = context;
  const hasList = table !== 'externalContacts';
  const listHeader = table === 'subListMembers' ? m.subList : m.group;

  if (positions.length === 0) return <p className="bulk-hint">{intl.formatMessage(m.noRows)}</p>;
  return (
    <>
      <div className="bulk-table-wrap">
        <table className="bulk-table" aria-label={intl.formatMessage(m.rowsLabel)}>
          <thead>
            <tr>
              <th scope="col">{intl.formatMessage(m.row)}</th>
              <th scope="col">{intl.formatMessage(m.result)}</th>
              {hasList && table !== 'scanLists' && <th scope="col">{intl.formatMessage(listHeader)}</th>}
              <th scope="col">{intl.formatMessage(m.contact)}</th>
              {table === 'scanLists' && <th scope="col">{intl.formatMessage(m.group)}</th>}
              {table === 'scanLists' && <th scope="col">{intl.formatMessage(m.priority)}</th>}
              <th scope="col">{intl.formatMessage(m.details)}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={positions[index]} className={`bulk-row bulk-row--${row.fate}`}>
                <td className="bulk-table__line">
                  {row.line === null ? (
                    <span title={intl.formatMessage(m.notInFile)}>
                      <span aria-hidden="true">—</span>
                      <span className="visually-hidden">{intl.formatMessage(m.notInFile)}</span>
                    </span>
                  ) : (
                    intl.formatNumber(row.line)
                  )}
                </td>
                <td>
                  <span className={`bulk-fate bulk-fate--${row.fate}`}>
                    {intl.formatMessage(fateMessages[row.fate])}
                  </span>
                </td>
                {hasList && table !== 'scanLists' && <td>{row.subject.list}</td>}
                <td>
                  {row.subject.contact?.name}
                  {row.subject.contact?.phone && (
                    <span className="bulk-table__phone">{formatPhone(row.subject.contact.phone, intl.locale)}</span>
                  )}
                </td>
                {table === 'scanLists' && <td>{row.subject.list}</td>}
                {table === 'scanLists' && (
                  <td>{row.subject.priority ? priorityText(intl, row.subject.priority) : ''}</td>
                )}
                <td>
                  {detailLines(intl, row, context).map((line, at) => (
                    <span key={at} className="bulk-table__detail">
                      {line}
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="bulk-hint">
        {intl.formatMessage(m.showing, { shown: rows.length, total: positions.length })}{' '}
        {shown < positions.length && (
          <button type="button" className="button" onClick={() => setShown((count) => count + PAGE)}>
            {intl.formatMessage(m.showMore, { count: Math.min(PAGE, positions.length - shown) })}
          </button>
        )}
      </p>
    </>
  );
}
