import { useState } from 'react';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import type { Contact } from '../../domain/model';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useFlash } from '../../ui/Flash';
import { IconButton } from '../../ui/IconButton';
import { PendingMark } from '../../ui/PendingMark';
import { ExternalContactForm } from './ExternalContactForm';
import { useContact, useContactPending, useListsHolding } from './hooks';
import { useExternalContactActions } from './mutations';
import { externalContactMessages as m } from './messages';

function DeleteExternalContact({ contact, onDeleted }: { contact: Contact; onDeleted: () => void }) {
  const intl = useIntl();
  const [open, setOpen] = useState(false);
  const holding = useListsHolding(contact.id);
  const actions = useExternalContactActions();
  return (
    <>
      <IconButton label={intl.formatMessage(m.delete)} icon="✕" danger onClick={() => setOpen(true)} />
      <ConfirmDialog
        open={open}
        title={intl.formatMessage(m.deleteTitle, { name: contact.name })}
        danger
        onCancel={() => setOpen(false)}
        onConfirm={() => {
          setOpen(false);
          void actions.remove(contact.id).then(onDeleted);
        }}
      >
        <p>{intl.formatMessage(m.deleteBody, { name: contact.name })}</p>
        {holding && <p>{intl.formatMessage(m.deleteLists, holding)}</p>}
      </ConfirmDialog>
    </>
  );
}

export function EditExternalContactPage() {
  const intl = useIntl();
  const navigate = useNavigate();
  const { contactId } = useParams({ from: '/app/external-contacts/$contactId' });
  const contact = useContact(contactId);
  const pending = useContactPending(contactId);
  const actions = useExternalContactActions();
  const flash = useFlash((state) => state.show);
  const toMasterList = () => navigate({ to: '/master-list', ignoreBlocker: true });

  const title = (
    <h1 id="edit-external-title" className="page__title">
      {intl.formatMessage(m.editTitle)}
    </h1>
  );
  if (contact === undefined) {
    return (
      <section className="page" aria-labelledby="edit-external-title" aria-busy="true">
        <header className="page__header">{title}</header>
        <p>{intl.formatMessage(m.loading)}</p>
      </section>
    );
  }
  if (contact === null || contact.kind !== 'external') {
    return (
      <section className="page" aria-labelledby="edit-external-title">
        <header className="page__header">{title}</header>
        <div className="empty-state" role="alert">
          <h2>{intl.formatMessage(contact ? m.subscriberTitle : m.notFoundTitle)}</h2>
          <p>{intl.formatMessage(contact ? m.subscriberBody : m.notFoundBody)}</p>
          {contact ? (
            <Link to="/subscribers/$subscriberId" params={{ subscriberId: contact.id }} className="button">
              {intl.formatMessage(m.openSubscriber)}
            </Link>
          ) : (
            <Link to="/master-list" className="button">
              {intl.formatMessage(m.backToList)}
            </Link>
          )}
        </div>
      </section>
    );
  }
  return (
    <section className="page" aria-labelledby="edit-external-title">
      <header className="page__header">
        {title}
        {pending && <PendingMark />}
        <DeleteExternalContact
          contact={contact}
          onDeleted={() => {
            flash(intl.formatMessage(m.deleted, { name: contact.name }));
            void toMasterList();
          }}
        />
      </header>
      <ExternalContactForm
        key={contact.id}
        contact={contact}
        onSave={async (values) => {
          const changes = {
            ...(values.name !== contact.name && { name: values.name }),
            ...(values.phone !== contact.phone && { phone: values.phone }),
          };
          if (Object.keys(changes).length > 0) {
            await actions.update(contact.id, changes);
            flash(intl.formatMessage(m.saved, { name: values.name }));
          }
          await toMasterList();
        }}
        onCancel={() => void navigate({ to: '/master-list', ignoreBlocker: true })}
      />
    </section>
  );
}
