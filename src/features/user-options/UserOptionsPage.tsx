import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import type { Messaging, Subscriber } from '../../domain/model';
import { IntentRejected } from '../../domain/outcomes';
import { Flash, useFlash } from '../../ui/Flash';
import { LeaveGuard } from '../../ui/LeaveGuard';
import { SubscriberGate, SubscriberProfileHeader } from '../../ui/ProfileTabs';
import { useContact, useContactPending } from './hooks';
import { useSetMessaging } from './mutations';
import { userOptionsMessages as m } from './messages';
import './user-options.css';

function MessagingForm({ subscriber }: { subscriber: Subscriber }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const setMessaging = useSetMessaging();
  const flash = useFlash((state) => state.show);
  const [draft, setDraft] = useState<Messaging | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const messaging = draft ?? subscriber.messaging;
  const dirty = messaging !== subscriber.messaging;
  const messagingOn = messaging === 'enabled';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      if (dirty) await setMessaging(subscriber.id, messaging);
      setDraft(null);
      flash(intl.formatMessage(m.saved, { name: subscriber.name }));
    } catch (error) {
      if (!(error instanceof IntentRejected)) throw error;
      setProblem(intl.formatMessage(error.reason === 'notFound' ? m.gone : m.notSaved));
    } finally {
      setSaving(false);
    }
  };

  const choice = (value: Messaging, label: string) => (
    <label className="choice">
      <input
        type="radio"
        name="text-multimedia"
        value={value}
        checked={messaging === value}
        onChange={() => {
          setDraft(value);
          setProblem(null);
        }}
      />
      {label}
    </label>
  );

  return (
    <form onSubmit={(event) => void submit(event)} aria-labelledby="options-title" noValidate>
      <LeaveGuard when={dirty && !saving} />
      <h2 id="options-title" className="visually-hidden">
        {intl.formatMessage(m.title)}
      </h2>
      <section className="options-section" aria-labelledby="messaging-title">
        <h3 id="messaging-title">{intl.formatMessage(m.messaging)}</h3>
        <fieldset className="options-choices" aria-describedby={!messagingOn ? 'none-warning' : undefined}>
          <legend>{intl.formatMessage(m.textMultimedia)}</legend>
          {choice('enabled', intl.formatMessage(m.enabled))}
          {choice('none', intl.formatMessage(m.none))}
        </fieldset>
        {/* Said before saving, and again whenever None is the choice: what else it turns off. */}
        <div aria-live="polite">
          {!messagingOn && (
            <p id="none-warning" className="options-warning">
              {intl.formatMessage(m.noneWarning)}
            </p>
          )}
        </div>
        <dl className="options-effects">
          <dt>{intl.formatMessage(m.secureMessaging)}</dt>
          <dd>{intl.formatMessage(messagingOn ? m.on : m.off)}</dd>
          <dt>{intl.formatMessage(m.voiceFallback)}</dt>
          <dd>{intl.formatMessage(messagingOn ? m.on : m.off)}</dd>
        </dl>
        <div className="options-location">
          <label className="choice">
            <input type="checkbox" checked disabled aria-describedby="location-note" />
            {intl.formatMessage(m.location)}
          </label>
          <p id="location-note" className="field__hint">
            {intl.formatMessage(m.locationNote)}
          </p>
        </div>
        <p className="options-notice">{intl.formatMessage(m.dataCharges)}</p>
      </section>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {intl.formatMessage(m.save)}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            setDraft(null);
            void navigate({ to: '/master-list', ignoreBlocker: true });
          }}
        >
          {intl.formatMessage(m.cancel)}
        </button>
      </div>
    </form>
  );
}

export function UserOptionsPage() {
  const intl = useIntl();
  const { subscriberId } = useParams({ from: '/app/subscribers/$subscriberId/options' });
  const contact = useContact(subscriberId);
  const pending = useContactPending(subscriberId);

  return (
    <SubscriberGate contact={contact} externalBody={intl.formatMessage(m.externalBody)}>
      {(subscriber) => (
        <section className="page" aria-labelledby="profile-title">
          <SubscriberProfileHeader subscriber={subscriber} pending={pending} />
          <Flash />
          <MessagingForm key={subscriber.id} subscriber={subscriber} />
        </section>
      )}
    </SubscriberGate>
  );
}
