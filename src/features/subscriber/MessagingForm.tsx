import { useIntl } from 'react-intl';
import type { Messaging, Subscriber } from '../../domain/model';
import { FormActions } from '../../ui/FormActions';
import { messagingLabels } from '../../ui/form-messages';
import { LeaveGuard } from '../../ui/LeaveGuard';
import { RemoteChanges } from '../../ui/RemoteChanges';
import { useOptionsDraft } from './hooks';
import { useSubscriberActions } from './mutations';
import { optionsMessages as m, optionsRejectionMessage, profileMessages } from './messages';
import { useProfileSave } from './profile-save';

/**
 * Options: Text & multimedia, and what choosing None also turns off (said before saving);
 * location services, which cannot be removed, and the data-charges notice.
 */
export function MessagingForm({ subscriber }: { subscriber: Subscriber }) {
  const intl = useIntl();
  const { setMessaging } = useSubscriberActions();
  const draft = useOptionsDraft(subscriber);
  const form = useProfileSave(subscriber, draft, {
    saved: m.saved,
    rejectionMessage: (error) => optionsRejectionMessage(intl, error),
  });
  const messaging = draft.values?.messaging ?? subscriber.messaging;
  const messagingOn = messaging === 'enabled';

  const save = async () => {
    if (draft.dirty) await setMessaging(subscriber.id, messaging, draft.seen);
    draft.saved({ messaging });
  };

  const choice = (value: Messaging, label: string) => (
    <label className="choice">
      <input
        type="radio"
        name="text-multimedia"
        value={value}
        checked={messaging === value}
        onChange={() => {
          draft.set('messaging', value);
          form.clearProblem();
        }}
      />
      {label}
    </label>
  );

  return (
    <form onSubmit={form.onSubmit(save)} aria-labelledby="options-title" noValidate>
      <LeaveGuard when={draft.dirty && !form.saving} />
      <h2 id="options-title" className="visually-hidden">
        {intl.formatMessage(profileMessages.optionsTitle)}
      </h2>
      <RemoteChanges
        changes={draft.changes}
        onUseTheirs={draft.useTheirs}
        label={() => intl.formatMessage(m.textMultimedia)}
        value={(_field, theirs) =>
          intl.formatMessage(theirs === 'enabled' ? messagingLabels.enabled : messagingLabels.none)
        }
      />
      <section className="options-section" aria-labelledby="messaging-title">
        <h3 id="messaging-title">{intl.formatMessage(m.messaging)}</h3>
        <fieldset className="options-choices" aria-describedby={!messagingOn ? 'none-warning' : undefined}>
          <legend>{intl.formatMessage(m.textMultimedia)}</legend>
          {choice('enabled', intl.formatMessage(messagingLabels.enabled))}
          {choice('none', intl.formatMessage(messagingLabels.none))}
        </fieldset>
        {/* Said before saving, and again whenever None is the choice: what else it turns off. */}
        <div aria-live="polite">
          {!messagingOn && (
            <p id="none-warning" className="warning-line options-warning">
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
      <FormActions
        error={form.problem}
        busy={form.saving}
        waitingForData={draft.waitingForData}
        onCancel={form.cancel}
      />
    </form>
  );
}
