/**
 * One sync issue: what the edit was, why it was not saved as made, and what the user can do —
 * keep mine or theirs (a conflict); try again, or correct a refused create in its own form
 * with every field filled in (a rejection); open the row; dismiss.
 */
import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { IntentRejected, StorageFull } from '../../domain/outcomes';
import { commonMessages } from '../../ui/messages';
import type { ShownIssue } from './hooks';
import { isCreate, issueDetails, issueExplanation, issueKind } from './issue-text';
import { editMessages, pageMessages as m, reasonText } from './messages';
import { useSyncIssueActions } from './mutations';
import './sync.css';

const KIND_LABELS = { conflict: m.conflict, rejected: m.rejected, membersDropped: m.membersDropped };
/** What "Keep mine" (mine) and "Try again" (edit) say: queued now, or once the data is loaded again after a restore. */
const SENT_AGAIN = {
  mine: { now: m.keptMine, whenReloaded: m.keptMineWhenReloaded },
  edit: { now: m.sentAgain, whenReloaded: m.sentAgainWhenReloaded },
};

export function IssueItem({ issue, onResolved }: { issue: ShownIssue; onResolved: (notice: string) => void }) {
  const intl = useIntl();
  const actions = useSyncIssueActions();
  const [error, setError] = useState<string | null>(null);
  const titleId = `issue-${issue.key}`;
  const errorId = `issue-${issue.key}-error`;
  const args = issue.intent.args as { name?: string };
  const kind = issueKind(issue);

  const sendAgain = async () => {
    try {
      const { whenReloaded } = await actions.sendAgain(issue);
      const told = SENT_AGAIN[kind === 'conflict' ? 'mine' : 'edit'];
      onResolved(intl.formatMessage(whenReloaded ? told.whenReloaded : told.now));
    } catch (failure) {
      if (failure instanceof StorageFull) return setError(intl.formatMessage(commonMessages.storageFull));
      if (!(failure instanceof IntentRejected)) throw failure;
      const reason = reasonText(intl, failure.reason, failure.detail);
      setError(intl.formatMessage(kind === 'conflict' ? m.cannotKeepMine : m.cannotTryAgain, { reason }));
    }
  };
  const drop = async () => {
    await actions.drop(issue);
    if (kind === 'conflict') onResolved(intl.formatMessage(m.keptTheirs));
  };
  const button = (label: string, onClick: () => Promise<void>, primary = false) => (
    <button
      type="button"
      className={primary ? 'button button--primary' : 'button'}
      onClick={() => void onClick()}
      aria-describedby={error ? errorId : undefined}
    >
      {label}
    </button>
  );

  return (
    <li className="sync-issue" aria-labelledby={titleId}>
      <h2 id={titleId}>
        <span className="sync-issue__kind">{intl.formatMessage(KIND_LABELS[kind])}</span>{' '}
        {intl.formatMessage(editMessages[issue.intent.name], { subject: issue.subject, name: args.name ?? '' })}
      </h2>
      <p>{issueExplanation(intl, issue)}</p>
      {issueDetails(intl, issue).map((detail) => (
        <p key={detail} className="sync-issue__detail">
          {detail}
        </p>
      ))}
      {error && (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        {kind === 'conflict' && (
          <>
            {button(intl.formatMessage(m.keepMine), sendAgain, true)}
            {button(intl.formatMessage(m.keepTheirs), drop)}
          </>
        )}
        {kind === 'rejected' && button(intl.formatMessage(m.tryAgain), sendAgain)}
        {kind !== 'conflict' && button(intl.formatMessage(m.dismiss), drop)}
        {kind === 'rejected' && isCreate(issue) ? <CorrectLink issue={issue} /> : <EditLink issue={issue} />}
      </div>
    </li>
  );
}

/** "Edit" on a refused create: its Add page, every field filled in as the user entered it. */
function CorrectLink({ issue }: { issue: ShownIssue }) {
  const intl = useIntl();
  const to =
    issue.intent.name === 'externalContact.create'
      ? '/external-contacts/new'
      : issue.intent.name === 'group.create'
        ? '/groups/new'
        : '/sub-lists/new';
  return (
    <Link className="button" to={to} search={{ issue: issue.key }}>
      {intl.formatMessage(m.edit)}
    </Link>
  );
}

/** "Edit": the page of the row the edit was about, while it exists here. */
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
