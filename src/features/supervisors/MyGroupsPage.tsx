/**
 * My groups: a supervisor's home, made for a tablet held in one hand. Each group it supervises
 * with its member count and who scans it; each member one tap from their scanning.
 */
import { Link } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import type { Contact, Group } from '../../domain/model';
import { ExternalContactIcon } from '../../ui/ExternalContactIcon';
import { CardListPage } from './CardListPage';
import { useById, useContacts, useGroups } from './hooks';
import { myGroupsMessages as m } from './messages';
import './supervisors.css';

export function MyGroupsPage() {
  const groups = useGroups();
  const byId = useById(useContacts());
  return (
    <CardListPage
      name="my-groups"
      messages={m}
      rows={groups}
      card={(group) => <GroupCard key={group.id} group={group} byId={byId} />}
    />
  );
}

function GroupCard({ group, byId }: { group: Group; byId: ReadonlyMap<string, Contact> }) {
  const intl = useIntl();
  const members = group.memberIds
    .flatMap((id) => byId.get(id) ?? [])
    .sort((a, b) => a.sortKey.localeCompare(b.sortKey));
  const scanOf = (contact: Contact) =>
    contact.kind === 'subscriber' && contact.scanningEnabled
      ? contact.scanList.find((entry) => entry.groupId === group.id)
      : undefined;
  const scanners = members.filter((member) => scanOf(member)).length;
  return (
    <li className="my-group">
      <h2 className="my-group__name">
        <Link to="/groups/$listId" params={{ listId: group.id }} className="touch-link">
          {group.name}
        </Link>
      </h2>
      <p className="my-group__summary">{intl.formatMessage(m.summary, { count: members.length, scanners })}</p>
      <details>
        <summary className="touch-link">{intl.formatMessage(m.members)}</summary>
        <ul className="my-group__members">
          {members.map((member) => {
            const scan = scanOf(member);
            return (
              <li key={member.id} className="my-group__member">
                {member.kind === 'subscriber' ? (
                  <Link to="/subscribers/$subscriberId" params={{ subscriberId: member.id }} className="touch-link">
                    {member.name}
                  </Link>
                ) : (
                  <span className="touch-link">
                    {member.name} <ExternalContactIcon />
                  </span>
                )}
                {member.kind === 'subscriber' && (
                  <span className="my-group__scan">
                    {scan
                      ? intl.formatMessage(m.scans, { priority: scan.priority })
                      : intl.formatMessage(m.notScanning)}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      </details>
    </li>
  );
}
