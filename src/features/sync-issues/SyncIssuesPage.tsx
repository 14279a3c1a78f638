/** Conflicts and rejections, in plain words, each with what the user can do about it. */
import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import { useIntl, type IntlShape } from 'react-intl';
import { IntentRejected } from '../../domain/outcomes';
import { formatPhone } from '../../domain/rules';
import type { ScanEntry } from '../../domain/model';
import { useSyncIssues, type ShownIssue } from './hooks';
import { useSyncIssueActions } from './mutations';
import { conflictMessages, editMessages, pageMessages as m, reasonText } from './messages';

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

function IssueItem({ issue, onResolved }: { issue: ShownIssue; onResolved: (notice: string) => void }) {
  const intl = useIntl();
  const actions = useSyncIssueActions();
  const [error, setError] = useState<string | null>(null);
  const titleId = `issue-${issue.seq}`;
  const errorId = `issue-${issue.seq}-error`;
  const args = issue.intent.args as { name?: string };
  const conflict = issue.outcome.status === 'conflict';

  const onKeepMine = async () => {
    try {
      await actions.keepMine(issue);
      onResolved(intl.formatMessage(m.keptMine));
    } catch (failure) {
      if (!(failure instanceof IntentRejected)) throw failure;
      setError(intl.formatMessage(m.cannotKeepMine, { reason: reasonText(intl, failure.reason, failure.detail) }));
    }
  };
  const onDrop = async () => {
    await actions.drop(issue);
    if (conflict) onResolved(intl.formatMessage(m.keptTheirs));
  };

  return (
    <li className="sync-issue" aria-labelledby={titleId}>
      <h2 id={titleId}>
        <span className="sync-issue__kind">{intl.formatMessage(conflict ? m.conflict : m.rejected)}</span>{' '}
        {intl.formatMessage(editMessages[issue.intent.name], { subject: issue.subject, name: args.name ?? '' })}
      </h2>
      <p>
        {conflict
          ? describeConflict(intl, issue)
          : reasonText(intl, issue.outcome.reason ?? 'invalid', issue.outcome.detail)}
      </p>
      {error && (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        {conflict ? (
          <>
            <button
              type="button"
              className="button button--primary"
              onClick={() => void onKeepMine()}
              aria-describedby={error ? errorId : undefined}
            >
              {intl.formatMessage(m.keepMine)}
            </button>
            <button type="button" className="button" onClick={() => void onDrop()}>
              {intl.formatMessage(m.keepTheirs)}
            </button>
          </>
        ) : (
          <button type="button" className="button" onClick={() => void onDrop()}>
            {intl.formatMessage(m.dismiss)}
          </button>
        )}
        <EditLink issue={issue} />
      </div>
    </li>
  );
}

function EditLink({ issue }: { issue: ShownIssue }) {
  const intl = useIntl();
  const target = issue.target;
  if (!target) return null;
  const label = intl.formatMessage(m.edit);
  if (target.table !== 'contacts') {
    return (
      <Link
        className="button"
        to={target.table === 'groups' ? '/groups/$listId' : '/sub-lists/$listId'}
        params={{ listId: target.id }}
      >
        {label}
      </Link>
    );
  }
  if (target.kind === 'external') {
    return (
      <Link className="button" to="/external-contacts/$contactId" params={{ contactId: target.id }}>
        {label}
      </Link>
    );
  }
  const to =
    issue.intent.name === 'options.setMessaging' ? '/subscribers/$subscriberId/options' : '/subscribers/$subscriberId';
  return (
    <Link className="button" to={to} params={{ subscriberId: target.id }}>
      {label}
    </Link>
  );
}

/** "You renamed this group to “Équipe Nord”; another admin renamed it to “Équipe Sud”." — one sentence per contested field. */
function describeConflict(intl: IntlShape, issue: ShownIssue): string {
  const theirs = issue.outcome.server?.fields ?? {};
  const kind = issue.intent.name.split('.')[0]!;
  const messaging = (value: unknown) => intl.formatMessage(value === 'none' ? m.messagingNone : m.enabled);
  const scanning = (enabled: unknown, list: unknown) =>
    intl.formatMessage(m.scanSummary, {
      enabled: String(enabled),
      count: (list as ScanEntry[] | undefined)?.length ?? 0,
    });
  const sentences: string[] = [];
  if ('name' in theirs) {
    sentences.push(
      intl.formatMessage(conflictMessages.name, { kind, mine: String(issue.mine.name), theirs: String(theirs.name) }),
    );
  }
  if ('phone' in theirs) {
    const phone = (value: unknown) => formatPhone(String(value).replace(/\D/g, '').slice(-10), intl.locale);
    sentences.push(
      intl.formatMessage(conflictMessages.phone, { mine: phone(issue.mine.phone), theirs: phone(theirs.phone) }),
    );
  }
  if ('messaging' in theirs) {
    sentences.push(
      intl.formatMessage(conflictMessages.messaging, {
        mine: messaging(issue.mine.messaging),
        theirs: messaging(theirs.messaging),
      }),
    );
  }
  if ('scanningEnabled' in theirs || 'scanList' in theirs) {
    sentences.push(
      intl.formatMessage(conflictMessages.scanning, {
        mine: scanning(issue.mine.scanningEnabled, issue.mine.scanList),
        theirs: scanning(theirs.scanningEnabled ?? issue.mine.scanningEnabled, theirs.scanList ?? issue.mine.scanList),
      }),
    );
  }
  return sentences.join(' ');
}
