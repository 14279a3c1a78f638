import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import type { Contact, MemberList } from '../../domain/model';
import { IntentRejected } from '../../domain/outcomes';
import { NAME_MAX, countCharacters, nameError, normalizeName } from '../../domain/rules';
import { ConfirmDialog } from '../ConfirmDialog';
import { useFlash } from '../Flash';
import { LeaveGuard } from '../LeaveGuard';
import { PendingMark } from '../PendingMark';
import { TextField } from '../TextField';
import { ContactLabel, MemberPicker } from './MemberPicker';
import { VirtualRows } from './VirtualRows';
import {
  EMPTY_DRAFT,
  countScanning,
  draftChanges,
  draftMemberIds,
  filterContacts,
  hasChanges,
  isDraftEmpty,
  nameHolder,
  withAdded,
  withRemoved,
  type ListChanges,
  type ListDraft,
  type NewListInput,
} from './members';
import { listMessages as m } from './messages';
import type { MemberListKind } from './words';
import './member-lists.css';

export interface MemberListEditorProps {
  kind: MemberListKind;
  /** The stored list being edited; null when it does not exist (or no longer); undefined while loading. Omit for a new list. */
  list?: MemberList | null;
  isNew?: boolean;
  /** Every list of the same kind, to check that the name is unique. */
  lists: readonly MemberList[] | undefined;
  /** Every contact of the tenant, in name order. */
  contacts: readonly Contact[] | undefined;
  /** The list has edits waiting for the server. */
  pending: boolean;
  /** Members whose addition is waiting for the server. */
  pendingMemberIds: ReadonlySet<string>;
  onCreate: (input: NewListInput) => Promise<void>;
  onSave: (listId: string, changes: ListChanges) => Promise<void>;
  onDelete: (listId: string) => Promise<void>;
  /** Back to the lists (without asking about unsaved changes), after a create, a delete, or Cancel on a new list. */
  onDone: () => void;
  /** A link back to the lists, for when there is nothing to edit. */
  backLink: ReactNode;
}

/** From this many members, a search box helps find the one to remove. */
const FILTER_FROM = 12;
const ROW_HEIGHT = 52;

/**
 * The Add New / Identification page of a sub-list or group. Edits stay a draft on screen until
 * Save → OK, which hands the minimal changes (rename, members added, members removed) to the
 * feature; members another admin adds or removes meanwhile show up live in the draft.
 */
export function MemberListEditor(props: MemberListEditorProps) {
  const { kind, list, isNew = false } = props;
  const intl = useIntl();
  const [draft, setDraft] = useState<ListDraft>(EMPTY_DRAFT);
  const [seen, setSeen] = useState(false);
  const [deleting, setDeleting] = useState(false);
  // Saved, until the stored list shows it: keeps the draft on screen so nothing flickers away and back.
  const [settling, setSettling] = useState(false);
  if (list && !seen) setSeen(true);
  if (settling && list && !hasChanges(draftChanges(list, draft))) {
    setSettling(false);
    setDraft(EMPTY_DRAFT);
  }

  const heading = intl.formatMessage(isNew ? kind.words.addNew : kind.words.identification);
  if ((!isNew && list === undefined) || props.contacts === undefined || props.lists === undefined) {
    return <PageFrame heading={heading} />;
  }
  if (!isNew && list === null) {
    // Our own delete also empties the row: the page is about to leave, so say nothing.
    if (deleting) return <PageFrame heading={heading} />;
    return (
      <PageFrame heading={heading}>
        <div role="alert" className="notice notice--danger">
          <p>{intl.formatMessage(seen ? kind.words.deletedElsewhere : kind.words.notFound)}</p>
          {seen && !isDraftEmpty(draft) && <p>{intl.formatMessage(m.unsavedLost)}</p>}
        </div>
        <p>{props.backLink}</p>
      </PageFrame>
    );
  }
  return (
    <EditorForm
      {...props}
      list={list ?? null}
      heading={heading}
      draft={draft}
      setDraft={setDraft}
      settling={settling}
      onSaved={() => setSettling(true)}
      onDeleteStart={() => setDeleting(true)}
      onDeleteFailed={() => setDeleting(false)}
    />
  );
}

function PageFrame({ heading, children }: { heading: string; children?: ReactNode }) {
  return (
    <section className="page">
      <header className="page__header">
        <h1>{heading}</h1>
      </header>
      {children}
    </section>
  );
}

interface EditorFormProps extends MemberListEditorProps {
  list: MemberList | null;
  heading: string;
  draft: ListDraft;
  setDraft: (draft: ListDraft) => void;
  settling: boolean;
  onSaved: () => void;
  onDeleteStart: () => void;
  onDeleteFailed: () => void;
}

type Confirming = 'save' | 'delete' | null;

function EditorForm({
  kind,
  list,
  heading,
  draft,
  setDraft,
  settling,
  onSaved,
  lists = NONE,
  contacts = NONE,
  pending,
  pendingMemberIds,
  onCreate,
  onSave,
  onDelete,
  onDone,
  onDeleteStart,
  onDeleteFailed,
}: EditorFormProps) {
  const intl = useIntl();
  const ids = useId();
  const { words, rules } = kind;
  const flash = useFlash((state) => state.show);
  const nameInputRef = useRef<HTMLInputElement>(null);
  const addButtonRef = useRef<HTMLButtonElement>(null);
  const [pickerOpen, setPickerOpen] = useState(false);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [saveTried, setSaveTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [savedNotice, setSavedNotice] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [memberQuery, setMemberQuery] = useState('');
  const focusAfterRemove = useRef<string | null>(null);

  const storedIds = useMemo(() => list?.memberIds ?? [], [list]);
  const memberIdSet = useMemo(() => new Set(draftMemberIds(storedIds, draft)), [storedIds, draft]);
  // Contacts come in name order, so filtering them keeps the members in name order too.
  const members = useMemo(() => contacts.filter((contact) => memberIdSet.has(contact.id)), [contacts, memberIdSet]);
  const contactsById = useMemo(() => new Map(contacts.map((contact) => [contact.id, contact])), [contacts]);
  const candidates = useMemo(
    () => (pickerOpen ? contacts.filter((contact) => !memberIdSet.has(contact.id)) : []),
    [pickerOpen, contacts, memberIdSet],
  );
  const shownMembers = useMemo(() => filterContacts(members, memberQuery), [members, memberQuery]);
  const storedSet = useMemo(() => new Set(storedIds), [storedIds]);

  const name = draft.name ?? list?.name ?? '';
  const nameProblem = describeNameProblem(intl, kind, lists, name, list?.id ?? null, draft.name !== null || saveTried);
  const changes = list ? draftChanges(list, draft) : null;
  const dirty = changes ? !settling && hasChanges(changes) : true;

  const count = members.length;
  const max = rules.maxMembers;
  const placesLeft = max === undefined ? undefined : Math.max(0, max - count);
  const overBy = max === undefined ? 0 : count - max;

  // After an X, focus goes to the next member's X (or Add Members), once the row is gone.
  useEffect(() => {
    const target = focusAfterRemove.current;
    if (target === null) return;
    focusAfterRemove.current = null;
    const next = target ? document.getElementById(removeButtonId(ids, target)) : null;
    (next ?? addButtonRef.current)?.focus();
  });

  const edit = (next: ListDraft) => {
    setDraft(next);
    setSavedNotice(false);
    setFailure(null);
  };

  const removeMember = (contact: Contact) => {
    const index = shownMembers.indexOf(contact);
    const neighbour = shownMembers[index + 1] ?? shownMembers[index - 1];
    edit(withRemoved(draft, contact.id));
    focusAfterRemove.current = neighbour?.id ?? '';
  };

  const requestSave = () => {
    setSaveTried(true);
    if (nameError(name) || nameHolder(lists, name, list?.id ?? null)) {
      nameInputRef.current?.focus();
      return;
    }
    if (overBy > 0) return;
    setConfirming('save');
  };

  const reject = (error: unknown) => {
    if (error instanceof IntentRejected && error.reason.startsWith('name.')) nameInputRef.current?.focus();
    setFailure(rejectionMessage(intl, kind, error, name));
  };

  const save = async () => {
    setConfirming(null);
    setBusy(true);
    try {
      if (!list) {
        await onCreate({ name: normalizeName(name), memberIds: members.map((contact) => contact.id) });
        flash(intl.formatMessage(words.created, { name: normalizeName(name) }));
        onDone();
        return;
      }
      if (changes) await onSave(list.id, { ...changes, add: changes.add.filter((id) => contactsById.has(id)) });
      onSaved();
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
    onDeleteStart();
    try {
      await onDelete(list.id);
      flash(intl.formatMessage(words.deleted, { name: list.name }));
      onDone();
    } catch (error) {
      onDeleteFailed();
      reject(error);
    }
  };

  const fullId = `${ids}-full`;
  const removedScanning = rules.scanLists && list && changes ? countScanning(contactsById, list.id, changes.remove) : 0;

  return (
    <section className="page member-list-editor">
      <LeaveGuard when={(list ? dirty : !isDraftEmpty(draft)) && !busy} />
      <header className="page__header">
        <h1>{heading}</h1>
        {pending && <PendingMark />}
        {list && (
          <button
            type="button"
            className="button button--icon button--quiet member-list-editor__delete"
            aria-label={intl.formatMessage(words.deleteLabel)}
            onClick={() => setConfirming('delete')}
            disabled={busy}
          >
            <span aria-hidden="true">✕</span>
          </button>
        )}
      </header>

      <form
        onSubmit={(event) => {
          event.preventDefault();
          requestSave();
        }}
        noValidate
      >
        <TextField
          id={`${ids}-name`}
          label={intl.formatMessage(m.nameLabel)}
          value={name}
          inputRef={nameInputRef}
          autoComplete="off"
          counter={intl.formatMessage(m.nameHint, { count: countCharacters(normalizeName(name)), max: NAME_MAX })}
          error={nameProblem}
          onChange={(value) => edit({ ...draft, name: value })}
        />

        <section className="member-list-editor__members" aria-labelledby={`${ids}-members`}>
          <div className="member-list-editor__members-head">
            <h2 id={`${ids}-members`}>{intl.formatMessage(m.members)}</h2>
            <span className="member-count" role="status">
              {max !== undefined && count >= (rules.warnAt ?? max)
                ? intl.formatMessage(m.memberCountOfMax, { count, max, left: placesLeft ?? 0 })
                : intl.formatMessage(m.memberCount, { count })}
            </span>
            <button
              type="button"
              ref={addButtonRef}
              className="button"
              onClick={() => setPickerOpen(true)}
              disabled={placesLeft === 0}
              aria-describedby={placesLeft === 0 ? fullId : undefined}
            >
              {intl.formatMessage(m.addMembers)}
            </button>
          </div>
          {placesLeft === 0 && overBy <= 0 && (
            <p id={fullId} className="field__hint">
              {intl.formatMessage(m.full)}
            </p>
          )}
          {overBy > 0 && max !== undefined && (
            <p className="field__error" role="alert">
              {intl.formatMessage(m.overLimit, { max, excess: overBy })}
            </p>
          )}
          {words.distribution && (
            <p className="member-list-editor__distribution">
              {intl.formatMessage(words.distribution, { count: Math.max(0, count - 1) })}
            </p>
          )}
          {count >= FILTER_FROM && (
            <div className="field">
              <label htmlFor={`${ids}-filter`}>{intl.formatMessage(m.searchMembers)}</label>
              <input
                id={`${ids}-filter`}
                type="search"
                value={memberQuery}
                onChange={(event) => setMemberQuery(event.target.value)}
              />
            </div>
          )}
          {count === 0 && <p>{intl.formatMessage(m.noMembers)}</p>}
          {count > 0 && shownMembers.length === 0 && (
            <p role="status">{intl.formatMessage(m.noMatch, { query: memberQuery.trim() })}</p>
          )}
          {shownMembers.length > 0 && (
            <VirtualRows
              label={intl.formatMessage(m.members)}
              count={shownMembers.length}
              rowHeight={ROW_HEIGHT}
              getKey={(index) => shownMembers[index]!.id}
              renderRow={(index) => {
                const contact = shownMembers[index]!;
                return (
                  <div className="member-row">
                    <ContactLabel contact={contact} />
                    {!storedSet.has(contact.id) ? (
                      <span className="member-row__draft">{intl.formatMessage(m.notSaved)}</span>
                    ) : (
                      pendingMemberIds.has(contact.id) && <PendingMark />
                    )}
                    <button
                      type="button"
                      id={removeButtonId(ids, contact.id)}
                      className="button button--icon button--quiet"
                      aria-label={intl.formatMessage(m.remove, { name: contact.name })}
                      onClick={() => removeMember(contact)}
                    >
                      <span aria-hidden="true">✕</span>
                    </button>
                  </div>
                );
              }}
            />
          )}
        </section>

        {failure && (
          <p className="field__error" role="alert">
            {failure}
          </p>
        )}
        {list && dirty && <p className="notice">{intl.formatMessage(m.unsaved)}</p>}
        <p role="status" className="member-list-editor__saved">
          {savedNotice ? intl.formatMessage(m.saved) : ''}
        </p>
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={busy || !dirty}>
            {intl.formatMessage(m.save)}
          </button>
          {list ? (
            dirty && (
              <button type="button" className="button" onClick={() => edit(EMPTY_DRAFT)} disabled={busy}>
                {intl.formatMessage(m.discard)}
              </button>
            )
          ) : (
            <button type="button" className="button" onClick={onDone} disabled={busy}>
              {intl.formatMessage(m.cancel)}
            </button>
          )}
        </div>
      </form>

      <MemberPicker
        open={pickerOpen}
        title={intl.formatMessage(words.pickerTitle)}
        candidates={candidates}
        placesLeft={placesLeft}
        max={max}
        onCancel={() => setPickerOpen(false)}
        onAdd={(added) => {
          edit(withAdded(draft, added, storedIds));
          setPickerOpen(false);
        }}
      />

      <ConfirmDialog
        open={confirming === 'save'}
        title={
          list
            ? intl.formatMessage(m.saveTitle, { name: list.name })
            : intl.formatMessage(words.createTitle, { name: normalizeName(name) })
        }
        onConfirm={() => void save()}
        onCancel={() => setConfirming(null)}
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

      {list && (
        <ConfirmDialog
          open={confirming === 'delete'}
          title={intl.formatMessage(words.deleteTitle, { name: list.name })}
          danger
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(null)}
        >
          <p>{intl.formatMessage(m.deleteKeepsContacts, { count: list.memberIds.length })}</p>
          {words.deleteScanEffect && (
            <p>
              {intl.formatMessage(words.deleteScanEffect, {
                count: countScanning(contactsById, list.id, list.memberIds),
              })}
            </p>
          )}
        </ConfirmDialog>
      )}
    </section>
  );
}

const NONE: readonly never[] = [];

function removeButtonId(prefix: string, contactId: string) {
  return `${prefix}-remove-${contactId}`;
}

/** The message under the name field, or null. "Required" waits until the user typed or tried to save. */
function describeNameProblem(
  intl: IntlShape,
  kind: MemberListKind,
  lists: readonly MemberList[],
  name: string,
  selfId: string | null,
  showRequired: boolean,
): string | null {
  const error = nameError(name);
  if (error === 'name.required') return showRequired ? intl.formatMessage(m.nameRequired) : null;
  if (error === 'name.tooLong') {
    return intl.formatMessage(m.nameTooLong, { count: countCharacters(normalizeName(name)), max: NAME_MAX });
  }
  const holder = nameHolder(lists, name, selfId);
  return holder ? intl.formatMessage(kind.words.nameTaken, { name: holder.name }) : null;
}

/** A refusal from the rules (or the store) in the user's words. */
function rejectionMessage(intl: IntlShape, kind: MemberListKind, error: unknown, name: string): string {
  if (!(error instanceof IntentRejected)) return intl.formatMessage(m.rejectedOther);
  switch (error.reason) {
    case 'name.required':
      return intl.formatMessage(m.nameRequired);
    case 'name.tooLong':
      return intl.formatMessage(m.nameTooLong, { count: countCharacters(normalizeName(name)), max: NAME_MAX });
    case 'name.taken':
      return intl.formatMessage(kind.words.nameTaken, { name: normalizeName(name) });
    case 'group.full':
      return intl.formatMessage(m.overLimit, {
        max: Number(error.detail?.max ?? 0),
        excess: Number(error.detail?.count ?? 0) - Number(error.detail?.max ?? 0),
      });
    case 'member.notFound':
      return intl.formatMessage(m.rejectedMember);
    case 'notFound':
      return intl.formatMessage(kind.words.deletedElsewhere);
    default:
      return intl.formatMessage(m.rejectedOther);
  }
}
