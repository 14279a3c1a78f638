/**
 * The form of a sub-list's or group's page: its name (an administrator's), its members, Save → OK
 * with the smallest changes, Delete, and what another administrator changed meanwhile
 * (MemberListEditor.tsx decides whether the page shows it at all).
 */
import { useId, useMemo, useRef, useState } from 'react';
import { useNavigate } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import type { Contact, MemberList } from '../../domain/model';
import { IntentRejected } from '../../domain/outcomes';
import { nameError, normalizeName } from '../../domain/rules';
import { useFlash } from '../../ui/Flash';
import { FormActions } from '../../ui/FormActions';
import { LeaveGuard } from '../../ui/LeaveGuard';
import { useKeptWhile } from '../../ui/useKeptWhile';
import { NameField } from '../../ui/NameField';
import { nameMessages } from '../../ui/form-messages';
import { PendingMark } from '../../ui/PendingMark';
import { RemoteChanges } from '../../ui/RemoteChanges';
import { useAccess, useIsListPending, useIsMemberPending, useNameKeys, useSupervisorNames } from './hooks';
import type { MemberListKind } from './kinds';
import { DeleteListDialog, SaveListDialog } from './ListDialogs';
import { memberLimit, nameHolder } from './lists';
import { MembersSection } from './MembersSection';
import { listMessages as m, listNameProblem, listRejectionMessage } from './messages';
import { useMemberListActions } from './mutations';
import type { ListDraftState } from './useListDraft';

/** A create the server refused, which a new list's page starts from: the sync issue's key and what the user entered. */
export interface RefusedCreate {
  issueKey: string;
  name: string;
  memberIds: readonly string[];
}

interface EditorFormProps {
  kind: MemberListKind;
  /** The stored list; null for a new one. */
  list: MemberList | null;
  /** Every list of the kind, to check that the name is unique. */
  lists: readonly MemberList[];
  /** Every contact, in name order. */
  contacts: readonly Contact[];
  heading: string;
  draft: ListDraftState;
  refused: RefusedCreate | undefined;
  onDeleting: (deleting: boolean) => void;
}

export function EditorForm({ kind, list, lists, contacts, heading, draft, refused, onDeleting }: EditorFormProps) {
  const intl = useIntl();
  const ids = useId();
  const navigate = useNavigate();
  const flash = useFlash((state) => state.show);
  const actions = useMemberListActions(kind);
  const isListPending = useIsListPending(kind);
  const isMemberPending = useIsMemberPending(kind, list?.id ?? '');
  const access = useAccess();
  const supervisorNames = useSupervisorNames(list?.id ?? '');
  useNameKeys();
  const nameInputRef = useRef<HTMLInputElement>(null);
  const [confirming, setConfirming] = useState<'save' | 'delete' | null>(null);
  const [saveTried, setSaveTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [savedNotice, setSavedNotice] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  // Contacts come in name order, so filtering them keeps the members in name order too.
  const { name, changes, dirty, memberIds } = draft;
  const found = useMemo(() => contacts.filter((contact) => memberIds.has(contact.id)), [contacts, memberIds]);
  const kept = useKeptWhile(found, draft.live.waitingForData !== null);
  const members = useMemo(() => kept.filter((contact) => memberIds.has(contact.id)), [kept, memberIds]);
  const contactsById = useMemo(() => new Map(contacts.map((contact) => [contact.id, contact])), [contacts]);
  const selfId = list?.id ?? null;
  const nameProblem = listNameProblem(intl, kind.words, lists, name, selfId, draft.named || saveTried);
  const done = () => void navigate({ to: kind.path, ignoreBlocker: true });

  /** Any edit: the last save's notice and refusal no longer apply. */
  const edit = (apply: () => void) => {
    apply();
    setSavedNotice(false);
    setFailure(null);
  };

  const requestSave = () => {
    setSaveTried(true);
    if (nameError(name) || nameHolder(lists, name, selfId)) {
      nameInputRef.current?.focus();
      return;
    }
    if (memberLimit(kind, members.length).overBy > 0) return;
    setConfirming('save');
  };

  const reject = (error: unknown) => {
    if (error instanceof IntentRejected && error.reason.startsWith('name.')) nameInputRef.current?.focus();
    setFailure(listRejectionMessage(intl, kind.words, error, name));
  };

  const save = async () => {
    setConfirming(null);
    setBusy(true);
    try {
      if (!list) {
        await actions.create(
          { name: normalizeName(name), memberIds: members.map((contact) => contact.id) },
          refused?.issueKey,
        );
        flash(intl.formatMessage(kind.words.created, { name: normalizeName(name) }));
        done();
        return;
      }
      if (changes)
        await actions.save(list.id, { ...changes, add: changes.add.filter((id) => contactsById.has(id)) }, draft.seen);
      draft.saved();
      setSaveTried(false);
      setSavedNotice(true);
    } catch (error) {
      reject(error);
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    if (!list) return;
    setConfirming(null);
    onDeleting(true);
    try {
      await actions.remove(list.id);
      flash(intl.formatMessage(kind.words.deleted, { name: list.name }));
      done();
    } catch (error) {
      onDeleting(false);
      reject(error);
    }
  };

  const dialog = { kind, contactsById, onCancel: () => setConfirming(null) };
  // What the form offers depends on the role: nothing shows until it is read.
  if (!access) return null;
  const isAdministrator = access.role === 'administrator';
  return (
    <section className="page member-list-editor">
      <LeaveGuard when={draft.unsaved && !busy} />
      <header className="page__header">
        <h1>{heading}</h1>
        {list && isListPending(list.id) && <PendingMark />}
        {list && isAdministrator && !draft.live.waitingForData && (
          <button
            type="button"
            className="button button--icon button--quiet member-list-editor__delete"
            aria-label={intl.formatMessage(kind.words.deleteLabel)}
            onClick={() => setConfirming('delete')}
            disabled={busy}
          >
            <span aria-hidden="true">✕</span>
          </button>
        )}
      </header>
      {refused && <p>{intl.formatMessage(kind.words.fromIssue)}</p>}
      <RemoteChanges
        changes={draft.live.changes}
        onUseTheirs={draft.live.useTheirs}
        label={(field) => intl.formatMessage(field === 'name' ? nameMessages.label : m.members)}
        value={(field, theirs) => (field === 'name' ? String(theirs) : null)}
      />

      <form
        onSubmit={(event) => {
          event.preventDefault();
          requestSave();
        }}
        noValidate
      >
        {/* A supervisor manages the members; the name is an administrator's. */}
        {isAdministrator ? (
          <NameField
            id={`${ids}-name`}
            value={name}
            inputRef={nameInputRef}
            error={nameProblem}
            onChange={(value) => edit(() => draft.rename(value))}
          />
        ) : (
          <h2>{list?.name}</h2>
        )}
        {list && kind.scanLists && supervisorNames.length > 0 && (
          <p className="member-list-editor__supervisors">
            {intl.formatMessage(m.supervisedBy, {
              names: intl.formatList(supervisorNames),
              count: supervisorNames.length,
            })}
          </p>
        )}
        <MembersSection
          kind={kind}
          contacts={contacts}
          members={members}
          memberIds={memberIds}
          storedIds={draft.storedIds}
          isMemberPending={isMemberPending}
          onAdd={(added) => edit(() => draft.addMembers(added))}
          onRemove={(id) => edit(() => draft.removeMember(id))}
        />
        <FormActions
          error={failure}
          busy={busy}
          nothingToSave={!dirty}
          waitingForData={draft.live.waitingForData}
          onCancel={!list ? done : dirty ? () => edit(draft.discard) : undefined}
          cancelLabel={list ? intl.formatMessage(m.discard) : undefined}
        >
          {list && dirty && <p className="notice">{intl.formatMessage(m.unsaved)}</p>}
          <p role="status" className="member-list-editor__saved">
            {savedNotice ? intl.formatMessage(m.saved) : ''}
          </p>
        </FormActions>
      </form>

      <SaveListDialog
        {...dialog}
        open={confirming === 'save'}
        list={list}
        name={normalizeName(name)}
        changes={changes}
        count={members.length}
        onConfirm={() => void save()}
      />
      {list && (
        <DeleteListDialog
          {...dialog}
          open={confirming === 'delete'}
          list={list}
          supervisors={supervisorNames.length}
          onConfirm={() => void remove()}
        />
      )}
    </section>
  );
}
