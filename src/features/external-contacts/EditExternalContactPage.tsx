import { useState } from 'react';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import type { Contact } from '../../domain/model';
import { StorageFull } from '../../domain/outcomes';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useFlash } from '../../ui/Flash';
import { IconButton } from '../../ui/IconButton';
import { commonMessages } from '../../ui/messages';
import { ContactPageLink, NotFoundGate } from '../../ui/NotFoundGate';
import { PendingMark } from '../../ui/PendingMark';
import { ExternalContactForm } from './ExternalContactForm';
import { useContact, useIsContactPending, useListsHolding } from './hooks';
import { useExternalContactActions } from './mutations';
import { externalContactMessages as m } from './messages';

function DeleteExternalContact({ contact, onDeleted }: { contact: Contact; onDeleted: () => void }) {
  const intl = useIntl();
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const holding = useListsHolding(contact.id);
  const actions = useExternalContactActions();
  const remove = async () => {
    setOpen(false);
    try {
      await actions.remove(contact.id);
      onDeleted();
    } catch (error) {
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
  const isPending = useIsContactPending();
  const actions = useExternalContactActions();
  const flash = useFlash((state) => state.show);
  const toMasterList = () => navigate({ to: '/master-list', ignoreBlocker: true });
  const heading = intl.formatMessage(m.editTitle);

  return (
    <NotFoundGate
      row={contact === undefined ? undefined : contact?.kind === 'external' ? contact : null}
      heading={heading}
      loading={intl.formatMessage(m.loading)}
      missing={
        contact
          ? { title: m.subscriberTitle, body: m.subscriberBody, action: <ContactPageLink contact={contact} /> }
          : { title: m.notFoundTitle, body: m.notFoundBody }
      }
    >
      {(external) => (
        <section className="page" aria-labelledby="edit-external-title">
          <header className="page__header">
            <h1 id="edit-external-title">{heading}</h1>
            {isPending(external.id) && <PendingMark />}
            <DeleteExternalContact
              contact={external}
              onDeleted={() => {
                flash(intl.formatMessage(m.deleted, { name: external.name }));
                void toMasterList();
              }}
            />
          </header>
          <ExternalContactForm
            key={external.id}
            contact={external}
            onSave={async (values) => {
              const changes = {
                ...(values.name !== external.name && { name: values.name }),
                ...(values.phone !== external.phone && { phone: values.phone }),
              };
              if (Object.keys(changes).length > 0) {
                await actions.update(external.id, changes);
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
