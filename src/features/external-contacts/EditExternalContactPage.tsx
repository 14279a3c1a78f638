import { useState } from 'react';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import type { Contact } from '../../domain/model';
import { IntentRejected, StorageFull } from '../../domain/outcomes';
import { normalizeName, parsePhone } from '../../domain/rules';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useFlash } from '../../ui/Flash';
import { IconButton } from '../../ui/IconButton';
import { commonMessages } from '../../ui/messages';
import { nameMessages } from '../../ui/form-messages';
import { ContactPageLink, NotFoundGate } from '../../ui/NotFoundGate';
import { PendingMark } from '../../ui/PendingMark';
import { RemoteChanges, RowDeleted } from '../../ui/RemoteChanges';
import { ExternalContactForm } from './ExternalContactForm';
import { useContact, useContactDraft, useIsContactPending, useListsHolding, type ContactDraft } from './hooks';
import { useExternalContactActions } from './mutations';
import { contactRejectionMessage, externalContactMessages as m } from './messages';

function DeleteExternalContact({
  contact,
  onDeleting,
  onDeleted,
}: {
  contact: Contact;
  onDeleting: (deleting: boolean) => void;
  onDeleted: (name: string) => void;
}) {
  const intl = useIntl();
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const holding = useListsHolding(contact.id);
  const actions = useExternalContactActions();
  const remove = async () => {
    setOpen(false);
    onDeleting(true);
    try {
      await actions.remove(contact.id);
      onDeleted(contact.name);
    } catch (error) {
      onDeleting(false);
      if (!(error instanceof StorageFull)) throw error;
      setProblem(intl.formatMessage(commonMessages.storageFull));
    }
  };
  return (
    <>
      <IconButton label={intl.formatMessage(m.delete)} icon="✕" danger onClick={() => setOpen(true)} />
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      <ConfirmDialog
        open={open}
        title={intl.formatMessage(m.deleteTitle, { name: contact.name })}
        danger
        onCancel={() => setOpen(false)}
        onConfirm={() => void remove()}
      >
        <p>{intl.formatMessage(m.deleteBody, { name: contact.name })}</p>
        {holding && holding.subLists + holding.groups > 0 && <p>{intl.formatMessage(m.deleteLists, holding)}</p>}
      </ConfirmDialog>
    </>
  );
}

export function EditExternalContactPage() {
  const intl = useIntl();
  const navigate = useNavigate();
  const { contactId } = useParams({ from: '/app/external-contacts/$contactId' });
  const contact = useContact(contactId);
  const external = contact === undefined ? undefined : contact?.kind === 'external' ? contact : null;
  const draft = useContactDraft(contactId, external, intl.locale);
  // Our own delete empties the row too: the page is about to leave, so it says nothing of it.
  const [deleting, setDeleting] = useState(false);
  const isPending = useIsContactPending();
  const actions = useExternalContactActions();
  const flash = useFlash((state) => state.show);
  const toMasterList = () => navigate({ to: '/master-list', ignoreBlocker: true });
  const heading = intl.formatMessage(m.editTitle);

  if (draft.state === 'deleted' && !deleting)
    return (
      <section className="page" aria-labelledby="edit-external-title">
        <header className="page__header">
          <h1 id="edit-external-title">{heading}</h1>
        </header>
        <RecreateContact draft={draft} onLeave={() => void toMasterList()} />
      </section>
    );
  return (
    <NotFoundGate
      row={deleting ? undefined : external}
      heading={heading}
      loading={intl.formatMessage(m.loading)}
      missing={
        contact
          ? { title: m.subscriberTitle, body: m.subscriberBody, action: <ContactPageLink contact={contact} /> }
          : { title: m.notFoundTitle, body: m.notFoundBody }
      }
    >
      {() => (
        <section className="page" aria-labelledby="edit-external-title">
          <header className="page__header">
            <h1 id="edit-external-title">{heading}</h1>
            {isPending(contactId) && <PendingMark />}
            {draft.row && !draft.waitingForData && (
              <DeleteExternalContact
                contact={draft.row}
                onDeleting={setDeleting}
                onDeleted={(name) => {
                  flash(intl.formatMessage(m.deleted, { name }));
                  void toMasterList();
                }}
              />
            )}
          </header>
          <RemoteChanges
            changes={draft.changes}
            onUseTheirs={draft.useTheirs}
            label={(field) => intl.formatMessage(field === 'name' ? nameMessages.label : m.phone)}
          />
          <ExternalContactForm
            contactId={contactId}
            values={draft.values ?? { name: '', phone: '' }}
            onEdit={draft.set}
            dirty={draft.dirty}
            waitingForData={draft.waitingForData}
            onSave={async (values) => {
              const changes = {
                ...('name' in draft.edits && { name: values.name }),
                ...('phone' in draft.edits && { phone: values.phone }),
              };
              if (Object.keys(changes).length > 0) {
                await actions.update(contactId, changes, draft.seen);
                flash(intl.formatMessage(m.saved, { name: values.name }));
              }
              await toMasterList();
            }}
            onCancel={() => void toMasterList()}
          />
        </section>
      )}
    </NotFoundGate>
  );
}

/** The contact was deleted while open: say so, and offer to add it again as the form last showed it. */
function RecreateContact({ draft, onLeave }: { draft: ContactDraft; onLeave: () => void }) {
  const intl = useIntl();
  const actions = useExternalContactActions();
  const flash = useFlash((state) => state.show);
  const values = draft.values ?? { name: '', phone: '' };
  const run = async () => {
    const parsed = parsePhone(values.phone);
    const name = normalizeName(values.name);
    await actions.create({ name, phone: parsed.ok ? parsed.digits : values.phone });
    flash(intl.formatMessage(m.added, { name }));
    onLeave();
  };
  const refusal = (error: unknown) => {
    if (error instanceof StorageFull) return intl.formatMessage(commonMessages.storageFull);
    if (error instanceof IntentRejected) return contactRejectionMessage(intl, error.reason, values.name).text;
    throw error;
  };
  return (
    <RowDeleted
      title={intl.formatMessage(m.deletedElsewhere)}
      by={draft.deletedBy}
      onLeave={onLeave}
      recreate={{ run, refusal }}
      shown={[
        { label: intl.formatMessage(nameMessages.label), value: values.name },
        { label: intl.formatMessage(m.phone), value: values.phone },
      ]}
    />
  );
}
