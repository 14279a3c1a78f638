/** Conflicts, rejections and lists saved without some members, in plain words, each with what the user can do about it. */
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useSyncIssues } from './hooks';
import { IssueItem } from './IssueItem';
import { pageMessages as m } from './messages';

export function SyncIssuesPage() {
  const intl = useIntl();
  const issues = useSyncIssues();
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <section className="page">
      <h1>{intl.formatMessage(m.title)}</h1>
      <p role="status">{notice}</p>
      {issues?.length === 0 && <p>{intl.formatMessage(m.none)}</p>}
      {issues && issues.length > 0 && (
        <>
          <p>{intl.formatMessage(m.intro)}</p>
          <ul className="sync-issues">
            {issues.map((issue) => (
              <IssueItem key={issue.key} issue={issue} onResolved={setNotice} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
