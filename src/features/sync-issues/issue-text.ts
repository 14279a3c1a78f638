/**
 * A sync issue in plain words: what kind it is, why the edit was not saved as made (a
 * conflict's contested values, a rejection's reason, the members left out), and the details
 * that let the user recognise it (a contact's number, a list's members, the server's answer).
 */
import type { IntlShape } from 'react-intl';
import { addedMembers } from '../../domain/intents';
import type { ScanEntry } from '../../domain/model';
import { formatPhone, parsePhone } from '../../domain/rules';
import { messagingLabels } from '../../ui/form-messages';
import type { ShownIssue } from './hooks';
import { conflictMessages, pageMessages as m, reasonText } from './messages';

export type IssueKind = 'conflict' | 'rejected' | 'membersDropped';

export function issueKind({ outcome }: ShownIssue): IssueKind {
  if (outcome.status === 'conflict') return 'conflict';
  if (outcome.status === 'rejected') return 'rejected';
  return 'membersDropped';
}

/** Whether the edit created a contact or a list: "Edit" then opens the Add page, filled in as the user entered it. */
export function isCreate({ intent }: ShownIssue): boolean {
  return intent.name.endsWith('.create');
}

/** Why the edit was not saved as made. */
export function issueExplanation(intl: IntlShape, issue: ShownIssue): string {
  switch (issueKind(issue)) {
    case 'conflict':
      return describeConflict(intl, issue);
    case 'rejected':
      // A supervisor's device offers only its own groups: a refused membership edit means the group left its scope.
      if (issue.outcome.reason === 'forbidden' && isMembershipEdit(issue)) return intl.formatMessage(m.scopeWithdrawn);
      return reasonText(intl, issue.outcome.reason ?? 'invalid', issue.outcome.detail);
    case 'membersDropped': {
      const dropped = issue.outcome.droppedMembers ?? [];
      return intl.formatMessage(m.droppedMembers, { count: dropped.length, names: nameList(intl, issue, dropped) });
    }
  }
}

function isMembershipEdit({ intent }: ShownIssue): boolean {
  return intent.name === 'group.addMembers' || intent.name === 'group.removeMembers';
}

/** What identifies the edit beyond its title: the number of a contact it adds, the members of a list it creates, the server's answer. */
export function issueDetails(intl: IntlShape, issue: ShownIssue): string[] {
  const details: string[] = [];
  const { intent, outcome } = issue;
  if (intent.name === 'externalContact.create') {
    const parsed = parsePhone(intent.args.phone);
    details.push(
      intl.formatMessage(m.phone, { phone: parsed.ok ? formatPhone(parsed.digits, intl.locale) : intent.args.phone }),
    );
  }
  if (intent.name === 'group.create' || intent.name === 'subList.create') {
    const members = addedMembers(intent);
    details.push(intl.formatMessage(m.members, { count: members.length, names: nameList(intl, issue, members) }));
  }
  if (outcome.reason === 'refused') {
    details.push(
      intl.formatMessage(m.serverAnswer, {
        status: Number(outcome.detail?.status ?? 0),
        message: String(outcome.detail?.message ?? ''),
      }),
    );
  }
  return details;
}

function nameList(intl: IntlShape, issue: ShownIssue, ids: readonly string[]): string {
  const names = ids.map((id) => issue.names[id] ?? intl.formatMessage(m.unknownContact));
  return new Intl.ListFormat(intl.locale, { type: 'conjunction' }).format(names);
}

/** "You renamed this group to “Équipe Nord”; another admin renamed it to “Équipe Sud”." — one sentence per contested field. */
function describeConflict(intl: IntlShape, issue: ShownIssue): string {
  const theirs = issue.outcome.server?.fields ?? {};
  const kind = issue.intent.name.split('.')[0]!;
  const messaging = (value: unknown) =>
    intl.formatMessage(value === 'none' ? messagingLabels.none : messagingLabels.enabled);
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
