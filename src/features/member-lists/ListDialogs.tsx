/**
 * The two confirmations of a list's page. Each says what else changes: what a sub-list
 * distributes, which scan lists lose a group, that the members stay in the master list.
 */
import { useIntl } from 'react-intl';
import type { Contact, MemberList } from '../../domain/model';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import type { MemberListKind } from './kinds';
import { countScanning, type ListChanges } from './lists';
import { listMessages as m } from './messages';

interface DialogProps {
  kind: MemberListKind;
  open: boolean;
  contactsById: ReadonlyMap<string, Contact>;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Save → "Save the changes to “X”?" with the list of changes, or "Save the new group “X”?". */
export function SaveListDialog({
  kind,
  list,
  name,
  changes,
  count,
  contactsById,
  ...dialog
}: DialogProps & {
  /** The stored list; null for a new one. */
  list: MemberList | null;
  /** The name to save (normalized). */
  name: string;
  changes: ListChanges | null;
  /** Members after the save. */
  count: number;
}) {
  const intl = useIntl();
  const { words } = kind;
  const removedScanning = kind.scanLists && list && changes ? countScanning(contactsById, list.id, changes.remove) : 0;
  return (
    <ConfirmDialog
      {...dialog}
      title={
        list ? intl.formatMessage(m.saveTitle, { name: list.name }) : intl.formatMessage(words.createTitle, { name })
      }
    >
      {changes ? (
        <ul aria-label={intl.formatMessage(m.changesLabel)}>
          {changes.name !== null && <li>{intl.formatMessage(m.renamed, { name: changes.name })}</li>}
          {changes.add.length > 0 && <li>{intl.formatMessage(m.added, { count: changes.add.length })}</li>}
          {changes.remove.length > 0 && <li>{intl.formatMessage(m.removed, { count: changes.remove.length })}</li>}
        </ul>
      ) : (
        <p>{intl.formatMessage(m.createMembers, { count })}</p>
      )}
      {words.distribution && !list && (
        <p>{intl.formatMessage(words.distribution, { count: Math.max(0, count - 1) })}</p>
      )}
      {words.removeScanEffect && removedScanning > 0 && (
        <p>{intl.formatMessage(words.removeScanEffect, { count: removedScanning })}</p>
      )}
    </ConfirmDialog>
  );
}

/** The X at the top right → "Delete the group “X”?": its members stay, scan lists lose it. */
export function DeleteListDialog({
  kind,
  list,
  contactsById,
  supervisors,
  ...dialog
}: DialogProps & { list: MemberList; supervisors: number }) {
  const intl = useIntl();
  const { words } = kind;
  return (
    <ConfirmDialog {...dialog} title={intl.formatMessage(words.deleteTitle, { name: list.name })} danger>
      <p>{intl.formatMessage(m.deleteKeepsContacts, { count: list.memberIds.length })}</p>
      {words.deleteScanEffect && (
        <p>
          {intl.formatMessage(words.deleteScanEffect, {
            count: countScanning(contactsById, list.id, list.memberIds),
          })}
        </p>
      )}
      {supervisors > 0 && <p>{intl.formatMessage(m.deleteScopes, { count: supervisors })}</p>}
    </ConfirmDialog>
  );
}
