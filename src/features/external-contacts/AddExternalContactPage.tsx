import { useNavigate } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { useFlash } from '../../ui/Flash';
import { ExternalContactForm } from './ExternalContactForm';
import { useExternalContactActions } from './mutations';
import { externalContactMessages as m } from './messages';

export function AddExternalContactPage() {
  const intl = useIntl();
  const navigate = useNavigate();
  const actions = useExternalContactActions();
  const flash = useFlash((state) => state.show);
  return (
    <section className="page" aria-labelledby="add-external-title">
      <header className="page__header">
        <h1 id="add-external-title">{intl.formatMessage(m.addTitle)}</h1>
      </header>
      <p>{intl.formatMessage(m.intro)}</p>
      <ExternalContactForm
        onSave={async (values) => {
          await actions.create(values);
          flash(intl.formatMessage(m.added, { name: values.name }));
          await navigate({ to: '/master-list', ignoreBlocker: true });
        }}
        onCancel={() => void navigate({ to: '/master-list', ignoreBlocker: true })}
      />
    </section>
  );
}
